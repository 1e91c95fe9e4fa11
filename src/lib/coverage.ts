/**
 * How much of the officially counted gun violence our log documents: per
 * calendar year and per officially counted period, and how many records lack
 * a public source, a date or a commune. `npm run coverage` prints it.
 */
import { isShooting, totals, within, type Totals } from './aggregate.ts';
import { compareWithOfficial, countedUntil } from './charts/official-vs-log.ts';
import { textIn, type LocalText } from './local-text.ts';
import { yearOf } from './partial-date.ts';
import type { Incident, Tally } from './schema.ts';

export interface YearCoverage extends Totals {
  year: number;
  /** Region-wide official shooting counts for exactly that calendar year. */
  official: { figure: number; authority: string; id: string; until: string }[];
}

export interface PeriodCoverage extends Totals {
  id: string;
  start: string;
  end: string | null;
  authority: string;
  figure: number;
  share: number | null;
}

export interface CoverageReport {
  years: YearCoverage[];
  periods: PeriodCoverage[];
  records: number;
  withoutUrlSource: number;
  withoutDate: number;
  withoutCommune: number;
}

/** The report is in English: a text in English, or in the language it has. */
function inEnglish(text: LocalText): string {
  // Stryker disable next-line StringLiteral: textIn falls back to English first, so asking for no language ('') gives the same text
  return textIn(text, 'en').text;
}

/** An http(s) address; no address (null) is none. */
function isWebAddress(url: string | null): boolean {
  return Boolean(url?.match(/^https?:\/\//));
}

/** A count for the year: from 1 January to 31 December, or stated in the year's last month as its count so far. */
function isYearCount(t: Tally, year: number): boolean {
  const until = countedUntil(t);
  return t.period_start === `${year}-01-01` && until !== null && until.startsWith(`${year}-12`);
}

export function coverageReport(incidents: readonly Incident[], tallies: readonly Tally[], fromYear: number): CoverageReport {
  const shootings = incidents.filter(isShooting);
  const regional = tallies.filter((t) => t.measure === 'shootings' && t.commune === null);
  const lastYear = Math.max(fromYear, ...shootings.filter((i) => i.date !== null).map((i) => yearOf(i.date!)));
  const years: YearCoverage[] = [];
  for (let year = fromYear; year <= lastYear; year++) {
    years.push({
      year,
      ...totals(within(shootings, `${year}`, `${year}`)),
      official: regional.filter((t) => isYearCount(t, year)).map((t) => ({ figure: t.figure, authority: inEnglish(t.authority), id: t.id, until: countedUntil(t)! })),
    });
  }
  const periods = compareWithOfficial(shootings, regional).map((c) => ({
    id: c.tally.id,
    start: c.tally.period_start,
    end: countedUntil(c.tally),
    authority: inEnglish(c.tally.authority),
    figure: c.tally.figure,
    share: c.share,
    ...totals(within(shootings, c.tally.period_start, countedUntil(c.tally))),
  }));
  const records = [...incidents, ...tallies];
  return {
    years,
    periods,
    records: records.length,
    withoutUrlSource: records.filter((r) => !r.sources.some((s) => isWebAddress(s.url))).length,
    withoutDate: incidents.filter((i) => i.date === null).length,
    withoutCommune: incidents.filter((i) => i.commune === null).length,
  };
}
