/** Edges of the coverage report: what counts as a year's count and as a public source; counted by hand. */
import { describe, expect, it } from 'vitest';
import { coverageReport } from '../../src/lib/coverage.ts';
import { tallySchema } from '../../src/lib/schema.ts';
import { incident } from './helpers.ts';

const tally = (over: Record<string, unknown>) =>
  tallySchema.parse({ id: 't', figure: 10, measure: 'shootings', counts: 'shootings', period_start: '2024-01-01', period_end: '2024-12-31', authority: 'Prosecutor', stated_on: null, sources: ['report-003'], ...over });

describe('coverage report edges', () => {
  it('takes as a year count only one from 1 January to a day in December of that year', () => {
    const tallies = [
      tally({ id: 'full' }),
      tally({ id: 'to-november', period_end: '2024-11-30' }),
      tally({ id: 'from-february', period_start: '2024-02-01' }),
      tally({ id: 'into-next-year', period_end: '2025-12-31' }),
      tally({ id: 'stated-in-december', period_end: null, stated_on: '2024-12-02' }),
      tally({ id: 'other-measure', measure: 'killed' }),
    ];
    const report = coverageReport([incident({ date: '2024-05-01' })], tallies, 2024);
    expect(report.years.map((y) => [y.year, y.official.map((o) => o.id)])).toEqual([[2024, ['full', 'stated-in-december']]]);
    expect(report.years[0]!.official[0]).toEqual({ figure: 10, authority: 'Prosecutor', id: 'full', until: '2024-12-31' });
  });

  it('lists every year from the first asked for, even with nothing logged', () => {
    expect(coverageReport([], [], 2024).years.map((y) => [y.year, y.incidents])).toEqual([[2024, 0]]);
    expect(coverageReport([incident({ date: '2025-05-01' }), incident({ id: 'p', date: '2026-01-05', type: 'police-shooting' })], [], 2023).years.map((y) => [y.year, y.incidents])).toEqual([[2023, 0], [2024, 0], [2025, 1]]);
  });

  it('describes each compared period with its totals', () => {
    const report = coverageReport([incident({ date: '2024-05-01', killed: 1, injured: 0 })], [tally({ id: 'full', authority: 'Parquet' })], 2024);
    expect(report.periods).toEqual([
      { id: 'full', start: '2024-01-01', end: '2024-12-31', authority: 'Parquet', figure: 10, share: 0.1, incidents: 1, killed: { count: 1, isMinimum: false, unknown: 0 }, injured: { count: 0, isMinimum: false, unknown: 0 } },
    ]);
  });

  it('counts a record as sourced when any of its sources has a web address', () => {
    const base = incident();
    const src = base.sources[0]!;
    const withUrls = (...urls: (string | null)[]) => ({ ...base, sources: urls.map((url) => ({ ...src, url })) });
    const count = (...urls: (string | null)[]) => coverageReport([withUrls(...urls)], [], 2025).withoutUrlSource;
    expect(count('http://www.example.org/a')).toBe(0);
    expect(count('https://www.example.org/a')).toBe(0);
    expect(count(null, 'https://www.example.org/a')).toBe(0);
    expect(count('archive/report-003.pdf')).toBe(1);
    expect(count('see https://www.example.org/a')).toBe(1);
    expect(count('https:www.example.org')).toBe(1);
    expect(count(null)).toBe(1);
  });
});
