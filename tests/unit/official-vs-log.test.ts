import { describe, expect, it } from 'vitest';
import { compareWithOfficial, countedUntil, monthlyChartRange } from '../../src/lib/charts/official-vs-log.ts';
import { tallySchema } from '../../src/lib/schema.ts';
import { incident } from './helpers.ts';

const tally = (over: Record<string, unknown>) =>
  tallySchema.parse({ id: 't', figure: 57, measure: 'shootings', counts: 'shootings', period_start: '2025-01-01', period_end: null, authority: 'Prosecutor', stated_on: null, sources: ['report-003'], ...over });

describe('official count beside our log', () => {
  const incidents = [
    incident({ id: 'a', date: '2025-02-05' }),
    incident({ id: 'b', date: '2025-07-01' }),
    incident({ id: 'c', date: '2024-12-31' }),
    incident({ id: 'd', date: '2025-03-01', type: 'police-operation' }),
    incident({ id: 'e', date: null, date_precision: 'unknown' }),
  ];
  it('counts only logged shootings certainly inside each period, oldest period first', () => {
    const rows = compareWithOfficial(incidents, [
      tally({ id: 'summer', figure: 20, period_start: '2025-06', stated_on: '2025-08-12' }),
      tally({ id: 'year', period_end: '2025-12-31' }),
      tally({ id: 'to-march', figure: 4, stated_on: '2025-03-01' }),
    ]);
    expect(rows.map((r) => [r.tally.id, r.logged, r.missing, r.share])).toEqual([
      ['year', 2, 55, 2 / 57],
      ['to-march', 1, 3, 0.25],
      ['summer', 1, 19, 0.05],
    ]);
  });
  it('leaves out a count whose period has neither an end nor a date it was stated', () => {
    expect(compareWithOfficial(incidents, [tally({ id: 'open' })])).toEqual([]);
    expect(countedUntil({ period_end: null, stated_on: '2025-08-12' })).toBe('2025-08-12');
    expect(countedUntil({ period_end: '2025-06-30', stated_on: '2025-08-12' })).toBe('2025-06-30');
  });
  it('never reports a negative gap, and ignores tallies of other measures', () => {
    const rows = compareWithOfficial(incidents, [tally({ figure: 1, stated_on: '2025-12-31' }), tally({ id: 'k', measure: 'killed', stated_on: '2025-12-31' })]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.missing).toBe(0);
  });
  it('spans the chart from the earliest official period to the last placed month', () => {
    expect(monthlyChartRange(['2025-02'], [tally({})])).toEqual({ from: '2025-01', to: '2025-02' });
    expect(monthlyChartRange([], [tally({})])).toBeNull();
  });
});
