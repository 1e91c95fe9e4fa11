/** What the monthly chart and the official-count comparison hold, on hand-made records counted by hand. */
import { describe, expect, it } from 'vitest';
import { compareWithOfficial, monthlyChartRange } from '../../src/lib/charts/official-vs-log.ts';
import { monthlyChartModel } from '../../src/lib/charts/monthly-model.ts';
import { tallySchema } from '../../src/lib/schema.ts';
import { incident } from './helpers.ts';

const tally = (over: Record<string, unknown>) =>
  tallySchema.parse({ id: 't', figure: 10, measure: 'shootings', counts: 'shootings', period_start: '2025-01-01', period_end: '2025-12-31', authority: 'Prosecutor', stated_on: null, sources: ['report-003'], ...over });

describe('official counts beside the log', () => {
  it('keeps counts that start on the same day in the order given', () => {
    const rows = compareWithOfficial([], [tally({ id: 'x' }), tally({ id: 'y' }), tally({ id: 'early', period_start: '2024-06-01' })]);
    expect(rows.map((r) => r.tally.id)).toEqual(['early', 'x', 'y']);
  });

  it('gives no share of a count of zero', () => {
    const [row] = compareWithOfficial([incident({ date: '2025-03-01' })], [tally({ figure: 0 })]);
    expect(row).toMatchObject({ logged: 1, missing: 0, share: null });
  });

  it('counts police shootings apart', () => {
    const [row] = compareWithOfficial([incident({ id: 'p', date: '2025-03-01', type: 'police-shooting' }), incident({ id: 's', date: '2025-03-02' })], [tally({})]);
    expect(row!.logged).toBe(1);
  });

  it('spans the monthly chart from the earliest month, placed or official, to the last placed month', () => {
    expect(monthlyChartRange(['2025-04', '2025-02'], [tally({ period_start: '2025-03-01' })])).toEqual({ from: '2025-02', to: '2025-04' });
    // A count stated for a whole year, or of something other than shootings, does not stretch the chart.
    expect(monthlyChartRange(['2025-04'], [tally({ period_start: '2024' }), tally({ measure: 'killed', period_start: '2024-01-01' })])).toEqual({ from: '2025-04', to: '2025-04' });
    expect(monthlyChartRange(['2025-04'], [tally({ period_start: '2024-11' })])).toEqual({ from: '2024-11', to: '2025-04' });
  });
});

describe('monthly chart model', () => {
  it('draws no month when no shooting is placed, and says how many could not be', () => {
    const model = monthlyChartModel([incident({ id: 'u', date: null, date_precision: 'unknown' }), incident({ id: 'x', date: '2025-03-01', date_precision: 'approximate' })], []);
    expect(model.range).toBeNull();
    expect(model.monthly).toEqual({ buckets: [], unplaced: 2 });
    expect(model.layout.bars).toEqual([]);
    expect(model.top).toBeNull();
    expect(model.placedCount).toBe(0);
  });

  it('leaves police shootings out of the chart and of the count before the log', () => {
    const model = monthlyChartModel([incident({ id: 'p', date: '2025-03-01', type: 'police-shooting' }), incident({ id: 'q', date: '2023-03-01', type: 'police-shooting' }), incident({ id: 's', date: '2025-05-01' })], []);
    expect(model.monthly.buckets.map((b) => [b.key, b.incidents])).toEqual([['2025-05', 1]]);
    expect(model.before).toBe(0);
    expect(model.top?.key).toBe('2025-05');
  });

  it('starts the chart at an official count that begins before the first shooting', () => {
    const model = monthlyChartModel([incident({ id: 's', date: '2024-03-10' })], [tally({ period_start: '2024-01-01', period_end: '2024-12-31' }), tally({ id: 'old', period_start: '2023-12-31', period_end: '2024-12-31' })]);
    expect(model.range).toEqual({ from: '2024-01', to: '2024-03' });
    expect(model.comparisons.map((c) => c.tally.id)).toEqual(['t']);
    expect(model.layout.bars.map((b) => b.value)).toEqual([0, 0, 1]);
  });

  it('counts the shootings its comparisons leave out for an approximate date, and only those', () => {
    // Two approximate shootings, one undated, one police shooting with an approximate date, one exact: 2 left out.
    const model = monthlyChartModel(
      [
        incident({ id: 'a', date: '2025-03-01', date_precision: 'approximate' }),
        incident({ id: 'b', date: '2025-06', date_precision: 'approximate' }),
        incident({ id: 'u', date: null, date_precision: 'unknown' }),
        incident({ id: 'p', date: '2025-03-02', date_precision: 'approximate', type: 'police-shooting' }),
        incident({ id: 'x', date: '2025-03-03' }),
      ],
      [tally({})],
    );
    expect(model.approximate).toBe(2);
    expect(model.comparisons.map((c) => c.logged)).toEqual([1]);
  });
});
