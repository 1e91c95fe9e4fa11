/** Edges of the counts behind every figure: period bounds, same-day records, types; counted by hand. */
import { describe, expect, it } from 'vitest';
import { byMonth, byType, byYear, cumulativeByYear, isShooting, monthRange, totals, within } from '../../src/lib/aggregate.ts';
import { incident } from './helpers.ts';

describe('aggregate boundaries', () => {
  it('counts a record on the first and on the last day of a period, not the day after', () => {
    const list = [incident({ id: 'start', date: '2025-03-01' }), incident({ id: 'end', date: '2025-03-31' }), incident({ id: 'after', date: '2025-04-01' }), incident({ id: 'before', date: '2025-02-28' })];
    expect(within(list, '2025-03-01', '2025-03-31').map((i) => i.id)).toEqual(['start', 'end']);
    expect(within(list, '2025-03', null).map((i) => i.id)).toEqual(['start', 'end', 'after']);
    // A record dated only by its month lies within a period covering the whole month, not a shorter one.
    const month = [incident({ id: 'march', date: '2025-03', date_precision: 'month' })];
    expect(within(month, '2025-03-01', '2025-03-31').map((i) => i.id)).toEqual(['march']);
    expect(within(month, '2025-03-01', '2025-03-30')).toEqual([]);
    expect(within(month, '2025-03-02', null)).toEqual([]);
  });

  it('puts two records of one day on one step of the curve', () => {
    const [year] = cumulativeByYear([incident({ id: 'a', date: '2025-02-05' }), incident({ id: 'b', date: '2025-02-05' }), incident({ id: 'c', date: '2025-01-10' })]);
    expect(year!.points).toEqual([
      { day: 0, date: '2025-01-01', total: 0 },
      { day: 10, date: '2025-01-10', total: 1 },
      { day: 36, date: '2025-02-05', total: 3 },
    ]);
    expect([year!.total, year!.withoutDay]).toEqual([3, 0]);
  });

  it('puts on the curve only a date that names its day, whatever precision a record claims', () => {
    // Built by hand, not through the schema (which refuses it): the curve itself must not trust the precision alone.
    const claimsDay = { date: '2025-03', date_precision: 'day', commune: null, type: 'shooting', killed: null, injured: null } as const;
    const [year] = cumulativeByYear([claimsDay, incident({ id: 'a', date: '2025-01-10' })]);
    expect(year!.points).toEqual([
      { day: 0, date: '2025-01-01', total: 0 },
      { day: 10, date: '2025-01-10', total: 1 },
    ]);
    expect([year!.total, year!.withoutDay]).toEqual([2, 1]);
  });

  it('orders yearly curves oldest first', () => {
    expect(cumulativeByYear([incident({ id: 'a', date: '2025-02-05' }), incident({ id: 'b', date: '2024-02-05' })]).map((s) => s.year)).toEqual([2024, 2025]);
  });

  it('counts by type, types in alphabetical order', () => {
    const t = byType([incident({ id: 'a', type: 'stabbing' }), incident({ id: 'b' }), incident({ id: 'c', type: 'police-shooting' }), incident({ id: 'd' })]);
    expect(t.buckets.map((b) => [b.key, b.incidents])).toEqual([['police-shooting', 1], ['shooting', 2], ['stabbing', 1]]);
    expect(t.unplaced).toBe(0);
  });

  it('spans months from the first to the last placed record when no range is given, and nothing for none', () => {
    const m = byMonth([incident({ id: 'a', date: '2025-03-02' }), incident({ id: 'b', date: '2024-12-30' })]);
    expect(m.buckets.map((b) => [b.key, b.incidents])).toEqual([['2024-12', 1], ['2025-01', 0], ['2025-02', 0], ['2025-03', 1]]);
    expect(byMonth([])).toEqual({ buckets: [], unplaced: 0 });
    // A range given is counted in full even when no record falls in it.
    expect(byMonth([], { from: '2025-01', to: '2025-02' }).buckets.map((b) => [b.key, b.incidents])).toEqual([['2025-01', 0], ['2025-02', 0]]);
    expect(byMonth([incident({ id: 'u', date: null, date_precision: 'unknown' })])).toEqual({ buckets: [], unplaced: 1 });
    expect(byYear([])).toEqual({ buckets: [], unplaced: 0 });
  });

  it('counts years from the oldest to the newest whatever the order met', () => {
    const y = byYear([incident({ id: 'a', date: '2025-01-01' }), incident({ id: 'b', date: '2023-01-01' }), incident({ id: 'c', date: '2024', date_precision: 'year' })]);
    expect(y.buckets.map((b) => [b.key, b.incidents])).toEqual([[2023, 1], [2024, 1], [2025, 1]]);
  });

  it('a month range within one year, and of one month', () => {
    expect(monthRange('2025-01', '2025-03')).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(monthRange('2025-12', '2025-12')).toEqual(['2025-12']);
    expect(monthRange('2025-12', '2026-01')).toEqual(['2025-12', '2026-01']);
    expect(monthRange('2025-03', '2025-01')).toEqual([]);
  });

  it('counts only offenders\' gunfire as shootings', () => {
    expect(['shooting', 'police-shooting', 'stabbing'].map((type) => isShooting({ type: type as 'shooting' }))).toEqual([true, false, false]);
  });

  it('totals victims over records', () => {
    expect(totals([incident({ id: 'a', killed: 1, injured: null }), incident({ id: 'b', killed: 2, injured: 3 })])).toEqual({
      incidents: 2,
      killed: { count: 3, isMinimum: false, unknown: 0 },
      injured: { count: 3, isMinimum: true, unknown: 1 },
    });
  });
});
