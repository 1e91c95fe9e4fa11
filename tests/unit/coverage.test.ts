/** The coverage report on a hand-made log; every expected number was counted by hand. */
import { describe, expect, it } from 'vitest';
import { coverageReport } from '../../src/lib/coverage.ts';
import { tallySchema } from '../../src/lib/schema.ts';
import { incident } from './helpers.ts';

const tally = (over: Record<string, unknown>) =>
  tallySchema.parse({ id: 't', figure: 10, measure: 'shootings', counts: 'shootings', period_start: '2024-01-01', period_end: '2024-12-31', authority: 'Prosecutor', stated_on: null, sources: ['report-003'], ...over });

/** The hand-made log, rebuilt in each test so the report is computed inside it. */
function log() {
  const incidents = [
    incident({ id: 'a', date: '2024-03-01', killed: 1, injured: 0 }),
    incident({ id: 'b', date: '2024-07-01', killed: null, injured: 2 }),
    incident({ id: 'c', date: '2024-12-30', date_precision: 'approximate', killed: 0, injured: 0 }),
    incident({ id: 'd', date: '2025-02-01', killed: { at_least: 1 }, injured: 0 }),
    incident({ id: 'e', date: '2025-05-01', type: 'police-shooting', killed: 1, injured: 0 }),
    incident({ id: 'f', date: null, date_precision: 'unknown', commune: null, location_precision: 'region', killed: 0, injured: 0 }),
  ];
  const tallies = [
    tally({ id: 'y2024' }),
    tally({ id: 'y2024-so-far', figure: 8, period_end: null, stated_on: '2024-12-20' }),
    tally({ id: 'ytd-2025', figure: 4, period_start: '2025-01-01', period_end: null, stated_on: '2025-03-01' }),
    tally({ id: 'open', figure: 3, period_start: '2025-01-01', period_end: null, stated_on: null }),
    tally({ id: 'killed', figure: 2, measure: 'killed' }),
    tally({ id: 'commune', figure: 2, commune: 'Anderlecht' }),
  ];
  return { incidents, report: coverageReport(incidents, tallies, 2024) };
}

describe('coverage report', () => {
  it('counts shootings per year (approximate dates and police shootings apart) beside the year counts', () => {
    const { report } = log();
    expect(report.years.map((y) => [y.year, y.incidents, y.killed.count, y.killed.isMinimum, y.injured.count, y.official.map((o) => `${o.id}:${o.figure}:${o.until}`)])).toEqual([
      [2024, 2, 1, true, 2, ['y2024:10:2024-12-31', 'y2024-so-far:8:2024-12-20']],
      [2025, 1, 1, true, 0, []],
    ]);
  });

  it('compares each region-wide shooting count whose period can be bounded, with the share covered', () => {
    const { report } = log();
    expect(report.periods.map((p) => [p.id, p.end, p.figure, p.incidents, p.share])).toEqual([
      ['y2024', '2024-12-31', 10, 2, 0.2],
      ['y2024-so-far', '2024-12-20', 8, 2, 0.25],
      ['ytd-2025', '2025-03-01', 4, 1, 0.25],
    ]);
  });

  it('counts records without a public source, a date or a commune', () => {
    const { incidents, report } = log();
    expect([report.records, report.withoutUrlSource, report.withoutDate, report.withoutCommune]).toEqual([12, 0, 1, 1]);
    const noUrl = { ...incidents[0]!, sources: [{ ...incidents[0]!.sources[0]!, url: null }] };
    expect(coverageReport([noUrl], [], 2024).withoutUrlSource).toBe(1);
  });
});
