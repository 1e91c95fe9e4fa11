/**
 * The incident database is one page while it is small enough to read and
 * filter in a browser. Past a limit of rows no page may hold more than the
 * limit: the database becomes one page per year, a year over the limit one
 * page per month, and a month over the limit numbered parts. Every step is a
 * single pass, so the layout stays linear in the number of incidents.
 */
import { t } from '../i18n/strings.ts';
import { formatDate } from './format.ts';
import { groupBy } from './group.ts';
import { parsePartialDate } from './partial-date.ts';
import type { Lang } from './reference.ts';

/** "unknown" stands for an undated incident (as a year) or a date with only its year (as a month). */
export const UNKNOWN = 'unknown';

export interface DatabasePage<T> {
  /** Path below incidents/years/: "2024", "2024/03", "2024/03/2", "2024/unknown", "unknown", "unknown/2". */
  key: string;
  year: string;
  /** "03", or UNKNOWN for dates that give only the year; null when the page holds its whole year. */
  month: string | null;
  /** 1-based part of a month (or of the undated) over the limit, and how many parts; null otherwise. */
  part: number | null;
  parts: number | null;
  incidents: T[];
}

/** A year, or a month of a year: one page, or its parts in order. */
export interface DatabasePeriod<T> {
  year: string;
  month: string | null;
  count: number;
  pages: DatabasePage<T>[];
}

export interface DatabaseYear<T> {
  year: string;
  count: number;
  /** The whole year (month null), or its months newest first, "month not stated" last. */
  periods: DatabasePeriod<T>[];
}

export type DatabaseLayout<T> = { split: false; incidents: T[] } | { split: true; years: DatabaseYear<T>[]; pages: DatabasePage<T>[] };

/** Newest first, UNKNOWN last. */
const newestFirst = (a: string, b: string) => (a === UNKNOWN ? 1 : b === UNKNOWN ? -1 : b.localeCompare(a));

function yearKey(date: string | null): string {
  // Stryker disable next-line ConditionalExpression: parsePartialDate(null) is null too (the pattern does not match "null"); the guard only spares the call
  const p = date === null ? null : parsePartialDate(date);
  return p ? String(p.year) : UNKNOWN;
}

function monthKey(date: string | null): string {
  // Stryker disable next-line ConditionalExpression: parsePartialDate(null) is null too (the pattern does not match "null"); the guard only spares the call
  const p = date === null ? null : parsePartialDate(date);
  return p && p.month !== null ? String(p.month).padStart(2, '0') : UNKNOWN;
}

/** One page under `key`, or numbered parts `key/1`, `key/2`… of at most `limit` rows each. */
function periodOf<T>(key: string, year: string, month: string | null, incidents: T[], limit: number): DatabasePeriod<T> {
  const count = incidents.length;
  if (count <= limit) return { year, month, count, pages: [{ key, year, month, part: null, parts: null, incidents }] };
  const parts = Math.ceil(count / limit);
  const pages = Array.from({ length: parts }, (_, i) => ({
    key: `${key}/${i + 1}`,
    year,
    month,
    part: i + 1,
    parts,
    incidents: incidents.slice(i * limit, (i + 1) * limit),
  }));
  return { year, month, count, pages };
}

export function databaseLayout<T extends { date: string | null }>(incidents: readonly T[], limit: number): DatabaseLayout<T> {
  if (!(limit >= 1)) throw new Error(`the database page limit must be 1 or more, not ${limit}`);
  if (incidents.length <= limit) return { split: false, incidents: [...incidents] };
  const byYear = groupBy(incidents, (inc) => yearKey(inc.date));
  const years = [...byYear.keys()].sort(newestFirst).map((year): DatabaseYear<T> => {
    const inYear = byYear.get(year)!;
    // Undated incidents have no month to split by: past the limit they go straight to parts.
    if (inYear.length <= limit || year === UNKNOWN) return { year, count: inYear.length, periods: [periodOf(year, year, null, inYear, limit)] };
    const byMonth = groupBy(inYear, (inc) => monthKey(inc.date));
    const periods = [...byMonth.keys()].sort(newestFirst).map((month) => periodOf(`${year}/${month}`, year, month, byMonth.get(month)!, limit));
    return { year, count: inYear.length, periods };
  });
  return { split: true, years, pages: years.flatMap((y) => y.periods.flatMap((p) => p.pages)) };
}

/** "2024", "March 2024", "2024, month not stated", "date not stated": the period a page covers. */
export function periodLabel(page: Pick<DatabasePage<unknown>, 'year' | 'month'>, lang: Lang): string {
  if (page.year === UNKNOWN) return t(lang, 'unknownPrecision');
  if (page.month === null) return page.year;
  if (page.month === UNKNOWN) return t(lang, 'dbMonthNotStated', { year: page.year });
  return formatDate(`${page.year}-${page.month}`, lang);
}

/** The period, and which part of it when it is cut into parts. */
export function pageLabel(page: Pick<DatabasePage<unknown>, 'year' | 'month' | 'part' | 'parts'>, lang: Lang): string {
  const period = periodLabel(page, lang);
  return page.part === null ? period : t(lang, 'dbPartOf', { period, part: page.part, parts: page.parts! });
}
