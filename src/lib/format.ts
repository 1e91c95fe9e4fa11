/** Locale-aware wording of numbers, partial dates and victim counts. */
import { t } from '../i18n/strings.ts';
import type { Lang } from './reference.ts';
import { parsePartialDate, type Weekday } from './partial-date.ts';

import { LOCALES } from '../i18n/plural.ts';

export { LOCALES };

/**
 * An Intl formatter costs about a hundred times more to create than to use, and a
 * large build formats millions of values: keep one per kind, locale and options.
 */
function cachedFormatter<O extends object, F>(make: (locale: string, options: O) => F): (lang: Lang, options: O) => F {
  const cache = new Map<string, F>();
  return (lang, options) => {
    const key = `${lang}|${JSON.stringify(options)}`;
    let formatter = cache.get(key);
    if (!formatter) cache.set(key, (formatter = make(LOCALES[lang], options)));
    return formatter;
  };
}

export const numberFormat = cachedFormatter((locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));
export const dateTimeFormat = cachedFormatter((locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));
const listFormat = cachedFormatter((locale, options: Intl.ListFormatOptions) => new Intl.ListFormat(locale, options));

export function formatNumber(n: number, lang: Lang): string {
  return numberFormat(lang, {}).format(n);
}

const formattedDates = new Map<string, string>();

/** Calendar dates carry no time zone: format them as UTC so no day shifts. */
export function formatDate(value: string, lang: Lang): string {
  // A corpus has a few thousand distinct dates, each formatted on many pages.
  const key = `${lang}|${value}`;
  let text = formattedDates.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; formatting again gives the same text
  if (text === undefined) formattedDates.set(key, (text = formatDateUncached(value, lang)));
  return text;
}

function formatDateUncached(value: string, lang: Lang): string {
  const p = parsePartialDate(value);
  if (!p) throw new Error(`not a partial date: ${value}`);
  const at = new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));
  const options = p.day !== null ? DAY : p.month !== null ? MONTH : YEAR;
  const formatter = dateTimeFormat(lang, options);
  // French writes the first day of a month as an ordinal ("1er janvier"), which Intl does not.
  if (lang === 'fr' && p.day === 1) return formatter.formatToParts(at).map((part) => (part.type === 'day' ? `${part.value}er` : part.value)).join('');
  return formatter.format(at);
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC' };
const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };

export function formatMonthShort(monthKey: string, lang: Lang): string {
  const [y, m] = monthKey.split('-').map(Number) as [number, number];
  return dateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

interface DatedRecord {
  date: string | null;
  date_precision: 'day' | 'month' | 'year' | 'approximate' | 'unknown';
  weekday?: Weekday | undefined;
}

/** "5 February 2025", "February 2025 (a Thursday)", "a Wednesday, date not stated". */
export function formatIncidentDate(rec: DatedRecord, lang: Lang): string {
  const weekday = rec.weekday ? t(lang, `weekday_${rec.weekday}`) : null;
  if (rec.date === null) return weekday ? t(lang, 'weekdayOnly', { weekday }) : t(lang, 'unknownPrecision');
  const text = formatDate(rec.date, lang);
  const approx = rec.date_precision === 'approximate' ? ` (${t(lang, 'approximatePrecision')})` : '';
  const day = parsePartialDate(rec.date)!.day;
  return weekday && day === null ? `${text} (${weekday})${approx}` : `${text}${approx}`;
}

/** "A, B and C" in the page's language. */
export function formatList(items: readonly string[], lang: Lang): string {
  // Stryker disable next-line ObjectLiteral: these are Intl.ListFormat's defaults; stated so the reader need not know them
  return listFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}

/** Rates: a fixed number of decimals, so a column of them lines up. */
export function formatDecimal(n: number, lang: Lang, digits: number): string {
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

/**
 * A counted period exactly as stated: "1 January 2024 to 31 December 2024",
 * or "since 1 January 2025 (as stated on 12 August 2025)" when no end is given.
 */
export function formatPeriod(start: string, end: string | null, statedOn: string | null, lang: Lang): string {
  const from = formatDate(start, lang);
  if (end !== null) return t(lang, 'tallyPeriod', { start: from, end: formatDate(end, lang) });
  if (statedOn !== null) return t(lang, 'tallySinceStated', { start: from, stated: formatDate(statedOn, lang) });
  return t(lang, 'tallyToUnstated', { start: from });
}

export function formatShare(share: number, lang: Lang): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Text with `code` spans (field names, allowed values) split for rendering; code keeps its own spelling. */
export function codeSegments(text: string): { text: string; code: boolean }[] {
  return text.split('`').map((part, i) => ({ text: part, code: i % 2 === 1 })).filter((s) => s.text !== '');
}
