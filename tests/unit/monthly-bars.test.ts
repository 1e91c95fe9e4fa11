import { describe, expect, it } from 'vitest';
import { byMonth } from '../../src/lib/aggregate.ts';
import { busiestMonth, monthlyBarsLayout, MONTHLY_FRAME } from '../../src/lib/charts/monthly-bars.ts';
import { incident } from './helpers.ts';

describe('monthly bars layout', () => {
  const list = [
    incident({ id: 'a', date: '2025-02-05' }),
    incident({ id: 'b', date: '2025-02-15' }),
    incident({ id: 'c', date: '2025-04-02' }),
  ];
  const bucketsOf = () => byMonth(list, { from: '2025-01', to: '2025-08' }).buckets;
  const layoutOf = () => monthlyBarsLayout(bucketsOf());

  it('draws one bar per month, inside the frame, heights proportional to counts', () => {
    const layout = layoutOf();
    expect(layout.bars.map((b) => b.value)).toEqual([0, 2, 0, 1, 0, 0, 0, 0]);
    const feb = layout.bars[1]!;
    const apr = layout.bars[3]!;
    expect(feb.height).toBeCloseTo(apr.height * 2, 0);
    for (const b of layout.bars) {
      expect(b.x).toBeGreaterThanOrEqual(MONTHLY_FRAME.margin.left);
      expect(b.x + b.width).toBeLessThanOrEqual(MONTHLY_FRAME.width - MONTHLY_FRAME.margin.right + 0.1);
      expect(b.y + b.height).toBeCloseTo(layout.baseline, 0);
    }
  });

  it('uses whole-number ticks starting at zero', () => {
    const layout = layoutOf();
    expect(layout.yTicks[0]!.value).toBe(0);
    expect(layout.yTicks.every((t) => Number.isInteger(t.value))).toBe(true);
  });

  it('thins month labels when months are many', () => {
    const many = byMonth([], { from: '2016-01', to: '2025-12' }).buckets;
    const l = monthlyBarsLayout(many);
    expect(l.bars).toHaveLength(120);
    expect(l.xLabels.length).toBeLessThan(20);
  });

  it('labels each January with its year when the range passes a year, so labels cannot collide', () => {
    const l = monthlyBarsLayout(byMonth([], { from: '2024-01', to: '2026-03' }).buckets);
    expect(l.xLabels.map((x) => [x.key, x.yearOnly])).toEqual([['2024-01', true], ['2025-01', true], ['2026-01', true]]);
    const gaps = l.xLabels.slice(1).map((x, i) => x.x - l.xLabels[i]!.x);
    expect(Math.min(...gaps)).toBeGreaterThan(100);
    const year = monthlyBarsLayout(byMonth([], { from: '2025-01', to: '2025-12' }).buckets);
    expect(year.xLabels.every((x) => !x.yearOnly)).toBe(true);
    expect(year.xLabels[0]!.key).toBe('2025-01');
  });

  it('names the first year too when the range starts after its January, if the label has room', () => {
    // 26 months in 438 units: 16.8 units a month, so February 2024 sits 11 months (185 units) before January 2025.
    const l = monthlyBarsLayout(byMonth([], { from: '2024-02', to: '2026-03' }).buckets);
    expect(l.xLabels.map((x) => [x.key, x.yearOnly])).toEqual([['2024-02', true], ['2025-01', true], ['2026-01', true]]);
    expect(l.xLabels[0]!.x).toBeCloseTo(l.bars[0]!.x + l.bars[0]!.width / 2, 0);
    // December 2024 is one month (about 26 units at 16 months) before January 2025: no room, so 2024 goes unnamed.
    const tight = monthlyBarsLayout(byMonth([], { from: '2024-12', to: '2026-03' }).buckets);
    expect(tight.xLabels.map((x) => x.key)).toEqual(['2025-01', '2026-01']);
    // Two months (about 56 units at 15 months) is room enough.
    const two = monthlyBarsLayout(byMonth([], { from: '2024-11', to: '2026-01' }).buckets);
    expect(two.xLabels.map((x) => x.key)).toEqual(['2024-11', '2025-01', '2026-01']);
    // In a frame whose months are exactly 20 units apart (280 units for 14 months), two months are exactly the room a label needs.
    const exact = monthlyBarsLayout(byMonth([], { from: '2024-11', to: '2025-12' }).buckets, { ...MONTHLY_FRAME, width: 280 + MONTHLY_FRAME.margin.left + MONTHLY_FRAME.margin.right });
    expect(exact.xLabels[1]!.x - exact.xLabels[0]!.x).toBe(40);
    expect(exact.xLabels.map((x) => x.key)).toEqual(['2024-11', '2025-01']);
  });

  it('finds the busiest month', () => {
    expect(busiestMonth(bucketsOf())?.key).toBe('2025-02');
    expect(busiestMonth(byMonth([], { from: '2025-01', to: '2025-02' }).buckets)).toBeNull();
  });
});
