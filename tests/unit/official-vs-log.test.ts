import { describe, expect, it } from 'vitest';
import { compareWithOfficial, monthlyChartRange } from '../../src/lib/charts/official-vs-log.ts';
import { tallySchema } from '../../src/lib/schema.ts';
import { incident } from './helpers.ts';

const tally = (over: Record<string, unknown>) =>
  tallySchema.parse({ id: 't', figure: 57, measure: 'shootings', counts: 'shootings', period_start: '2025-01-01', period_end: null, authority: 'Prosecutor', stated_on: null, sources: ['report-002'], ...over });

describe('official count beside our log', () => {
  const incidents = [
    incident({ id: 'a', date: '2025-02-05' }),
    incident({ id: 'b', date: '2025-07-01' }),
    incident({ id: 'c', date: '2024-12-31' }),
    incident({ id: 'd', date: '2025-03-01', type: 'police-operation' }),
    incident({ id: 'e', date: null, date_precision: 'unknown' }),
  ];
  it('counts only logged shootings certainly inside each period, oldest period first', () => {
    const rows = compareWithOfficial(incidents, [tally({ id: 'summer', figure: 20, period_start: '2025-06' }), tally({ id: 'year' })]);
    expect(rows.map((r) => [r.tally.id, r.logged, r.missing])).toEqual([
      ['year', 2, 55],
      ['summer', 1, 19],
    ]);
  });
  it('never reports a negative gap, and ignores tallies of other measures', () => {
    const rows = compareWithOfficial(incidents, [tally({ figure: 1 }), tally({ id: 'k', measure: 'killed' })]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.missing).toBe(0);
  });
  it('spans the chart from the earliest official period to the last placed month', () => {
    expect(monthlyChartRange(['2025-02'], [tally({})])).toEqual({ from: '2025-01', to: '2025-02' });
    expect(monthlyChartRange([], [tally({})])).toBeNull();
  });
});
