import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byCommune, byMonth, byYear, cumulativeByYear, monthRange, totals, within } from '../../src/lib/aggregate.ts';
import { dayOfYear, latestDay, parsePartialDate, weekdayOf } from '../../src/lib/partial-date.ts';
import { sumVictims } from '../../src/lib/victims.ts';
import { incident } from './helpers.ts';

describe('victim totals', () => {
  it('sums exact counts, keeps minimums and counts unknowns', () => {
    expect(sumVictims([1, 2])).toEqual({ count: 3, isMinimum: false, unknown: 0 });
    expect(sumVictims([1, { at_least: 1 }, null])).toEqual({ count: 2, isMinimum: true, unknown: 1 });
    expect(sumVictims([])).toEqual({ count: 0, isMinimum: false, unknown: 0 });
  });
});

describe('partial dates', () => {
  it('knows the calendar', () => {
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parsePartialDate('2025-02-29')).toBeNull();
    expect(latestDay('2025-02')).toBe('2025-02-28');
    expect(dayOfYear('2025-02-05')).toBe(36);
    expect(weekdayOf('2025-02-05')).toBe('wednesday');
    expect(weekdayOf('2025-02-15')).toBe('saturday');
  });
});

describe('aggregations', () => {
  const incidents = [
    incident({ id: 'a', date: '2025-02-05', killed: 0, injured: 1 }),
    incident({ id: 'b', date: '2025-02', date_precision: 'month', commune: null, location_precision: 'region', killed: { at_least: 1 } }),
    incident({ id: 'c', date: '2025-04-02', commune: 'Ixelles', killed: 1, injured: 2 }),
    incident({ id: 'd', date: null, date_precision: 'unknown', injured: 0 }),
    incident({ id: 'e', date: '2016-03-22', commune: 'Schaerbeek', location_precision: 'commune', killed: null }),
  ];

  it('counts every month in range, zeros included, and reports the unplaced', () => {
    const m = byMonth(incidents, { from: '2025-01', to: '2025-04' });
    expect(m.buckets.map((b) => [b.key, b.incidents])).toEqual([
      ['2025-01', 0],
      ['2025-02', 2],
      ['2025-03', 0],
      ['2025-04', 1],
    ]);
    expect(m.unplaced).toBe(2);
  });

  it('counts by year over the full span', () => {
    const y = byYear(incidents);
    expect(y.buckets).toHaveLength(10);
    expect(y.buckets[0]).toMatchObject({ key: 2016, incidents: 1 });
    expect(y.buckets[9]).toMatchObject({ key: 2025, incidents: 3 });
    expect(y.unplaced).toBe(1);
  });

  it('lists all 19 communes and counts incidents without one', () => {
    const c = byCommune(incidents);
    expect(c.buckets).toHaveLength(19);
    expect(c.buckets.find((b) => b.key === '21001')).toMatchObject({ incidents: 2 });
    expect(c.buckets.find((b) => b.key === '21009')!.killed).toEqual({ count: 1, isMinimum: false, unknown: 0 });
    expect(c.unplaced).toBe(1);
  });

  it('builds cumulative curves only from exact days', () => {
    const [y2016, y2025] = cumulativeByYear(incidents);
    expect(y2016!.points.map((p) => p.total)).toEqual([0, 1]);
    expect(y2025).toMatchObject({ year: 2025, total: 3, withoutDay: 1 });
    expect(y2025!.points.map((p) => [p.day, p.total])).toEqual([[0, 0], [36, 1], [92, 2]]);
  });

  it('selects only incidents certainly within a period', () => {
    expect(within(incidents, '2025-02', '2025-02').map((i) => i.id)).toEqual(['a', 'b']);
    expect(within(incidents, '2025-02-01', '2025-02-10').map((i) => i.id)).toEqual(['a']);
    expect(within(incidents, '2025-01-01', null).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('totals match the sum of the buckets (property)', () => {
    const record = fc.record({
      day: fc.integer({ min: 0, max: 364 }),
      year: fc.integer({ min: 2015, max: 2025 }),
      commune: fc.constantFrom('Anderlecht', 'Ixelles', 'Schaerbeek', null),
      killed: fc.oneof(fc.nat(5), fc.constant(null)),
      injured: fc.oneof(fc.nat(5), fc.constant(null)),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), (rows) => {
        const list = rows.map((r, i) => {
          const d = new Date(Date.UTC(r.year, 0, 1 + r.day)).toISOString().slice(0, 10);
          return incident({ id: `x-${i}`, date: d, commune: r.commune, location_precision: r.commune ? 'commune' : 'region', killed: r.killed, injured: r.injured });
        });
        const all = totals(list);
        for (const grouped of [byMonth(list), byYear(list), byCommune(list)]) {
          const counted = grouped.buckets.reduce((n, b) => n + b.incidents, 0) + grouped.unplaced;
          expect(counted).toBe(all.incidents);
        }
        const communeKilled = byCommune(list).buckets.reduce((n, b) => n + b.killed.count, 0);
        expect(communeKilled).toBeLessThanOrEqual(all.killed.count);
        const curveEnd = cumulativeByYear(list).reduce((n, s) => n + s.points[s.points.length - 1]!.total + s.withoutDay, 0);
        expect(curveEnd).toBe(all.incidents);
      }),
    );
  });

  it('monthRange crosses years', () => {
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });
});
