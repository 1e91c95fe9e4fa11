/**
 * The choropleth's numbers (src/lib/geo/choropleth.ts): values per measure,
 * which areas are not shaded and why, and the class breaks of the legend.
 * Expected breaks follow d3's tick rule (steps of 1, 2 or 5 times a power of ten).
 */
import { describe, expect, it } from 'vitest';
import { choropleth, measureValue, type ChoroplethInput } from '../../src/lib/geo/choropleth.ts';

const area = (count: number, over: Partial<ChoroplethInput> = {}): ChoroplethInput => ({ count, population: 20_000, areaKm2: 4, ...over });

describe('a value per measure', () => {
  it('is the count, the count per 100,000 or 10,000 residents, or the count per km²', () => {
    const a = area(6);
    expect(measureValue(a, 'count')).toBe(6);
    expect(measureValue(a, 'per100k')).toBeCloseTo(30, 9);
    expect(measureValue(a, 'per10k')).toBeCloseTo(3, 9);
    expect(measureValue(a, 'perKm2')).toBe(1.5);
  });

  it('is zero per resident where nobody lives, not infinite', () => {
    const a = area(6, { population: 0 });
    expect(measureValue(a, 'per100k')).toBe(0);
    expect(measureValue(a, 'per10k')).toBe(0);
  });
});

describe('areas left unshaded', () => {
  const park = (count: number) => area(count, { residential: false });

  it('flag a rate per resident for a park, but not its count or its rate per km²', () => {
    expect(choropleth([park(5)], 'per10k').values[0]).toMatchObject({ reliable: false, unreliable: 'not-residential', classIndex: null });
    expect(choropleth([park(5)], 'per100k').values[0]).toMatchObject({ reliable: false, unreliable: 'not-residential' });
    expect(choropleth([park(5)], 'perKm2').values[0]).toMatchObject({ reliable: true, unreliable: null });
    expect(choropleth([park(5)], 'count').values[0]).toMatchObject({ reliable: true, unreliable: null });
  });

  it('are not flagged when nothing happened there: zero is shaded as zero, park or not', () => {
    expect(choropleth([park(0), area(5)], 'per10k').values[0]).toMatchObject({ reliable: true, unreliable: null, classIndex: 0 });
  });

  it('flag a rate from fewer than three incidents as too few, and shade one from three', () => {
    const s = choropleth([area(2), area(3)], 'perKm2');
    expect(s.values.map((v) => v.unreliable)).toEqual(['few', null]);
    expect(s.values.map((v) => v.reliable)).toEqual([false, true]);
  });
});

describe('class breaks', () => {
  it('are whole numbers for counts: 0, then up to 1, 2 and 3 when the most is 3', () => {
    // d3 asks steps of 0.5 for 0–3 in four: the half-steps would make empty classes of counts.
    const s = choropleth([area(3), area(1), area(2), area(0)], 'count');
    expect(s.breaks).toEqual([1, 2]);
    expect(s.classes).toEqual([
      { from: 0, to: 0, zero: true },
      { from: 0, to: 1, zero: false },
      { from: 1, to: 2, zero: false },
      { from: 2, to: 3, zero: false },
    ]);
    expect(s.values.map((v) => v.classIndex)).toEqual([3, 1, 2, 0]);
  });

  it('keep half-steps for rates', () => {
    // 6 and 4 incidents on 4 km²: 1.5 and 1 per km², split in steps of 0.5.
    const s = choropleth([area(6), area(4)], 'perKm2');
    expect(s.breaks).toEqual([0.5, 1]);
    expect(s.values.map((v) => v.classIndex)).toEqual([3, 2]);
    // Rates of 3, 1 and 2 per km²: steps of 0.5 would make five breaks, so d3 is asked for three: steps of 1.
    expect(choropleth([area(12), area(4), area(8)], 'perKm2').breaks).toEqual([1, 2]);
  });

  it('ask d3 for fewer ticks until there are fewer breaks than colours', () => {
    // 0–10 in four steps gives breaks 2, 4, 6, 8 (five classes and zero: too many); in three, a step of 5.
    const s = choropleth([area(10), area(5), area(6)], 'count');
    expect(s.breaks).toEqual([5]);
    expect(s.values.map((v) => v.classIndex)).toEqual([2, 1, 2]);
    // With room for five classes, 2, 4, 6, 8 are kept.
    expect(choropleth([area(10)], 'count', 5).breaks).toEqual([2, 4, 6, 8]);
  });

  it('go down to asking d3 for one tick, and keep what that gives even when it is still too many', () => {
    // Room for two classes, most 25: in two steps d3 gives 10 and 20 (too many); in one, a step of 20.
    expect(choropleth([area(25)], 'count', 2).breaks).toEqual([20]);
    // Room for one class, most 7: in one step d3 gives 5, kept as the last answer though it makes two classes.
    expect(choropleth([area(7)], 'count', 1).breaks).toEqual([5]);
  });

  it('are none when nothing happened anywhere: one class, zero', () => {
    const s = choropleth([area(0), area(0)], 'count');
    expect(s.breaks).toEqual([]);
    expect(s.classes).toEqual([{ from: 0, to: 0, zero: true }]);
  });

  it('put a value equal to a break in the class below it', () => {
    const s = choropleth([area(10), area(5)], 'count');
    expect(s.values[1]!.classIndex).toBe(1);
  });

  it('end at the largest reliable value; unreliable values above it fall in no class', () => {
    const s = choropleth([area(4), area(2, { population: 1000 }), area(3)], 'per10k');
    // 4 incidents per 20,000 residents is 2 per 10,000; the 2 incidents among 1,000 (20 per 10,000) are too few.
    expect(s.classes.at(-1)).toEqual({ from: 1.5, to: 2, zero: false });
    expect(s.values.map((v) => v.classIndex)).toEqual([4, null, 3]);
  });
});
