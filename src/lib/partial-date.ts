/**
 * Dates in this publication are often only partly known ("February 2025",
 * "a Wednesday evening"). A PartialDate keeps exactly what a source states:
 * YYYY, YYYY-MM or YYYY-MM-DD, never padded with invented days.
 */
export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

export function parsePartialDate(value: string): DateParts | null {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  // The pattern captures a day only after a month.
  if (day !== null && (day < 1 || day > daysInMonth(year, month!))) return null;
  return { year, month, day };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Arithmetic, not a Date: the schema asks this for every date of every record. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** YAML turns unquoted 2025-02-05 into a Date at UTC midnight; bring it back to text. */
export function dateToIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function granularity(value: string): 'year' | 'month' | 'day' {
  const p = parsePartialDate(value);
  if (!p) throw new Error(`not a partial date: ${value}`);
  return p.day !== null ? 'day' : p.month !== null ? 'month' : 'year';
}

/** First day the partial date can refer to, for ordering and "is it in the future" checks. */
export function earliestDay(value: string): string {
  const p = parsePartialDate(value);
  if (!p) throw new Error(`not a partial date: ${value}`);
  return `${p.year}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

/** Last day the partial date can refer to. */
export function latestDay(value: string): string {
  const p = parsePartialDate(value);
  if (!p) throw new Error(`not a partial date: ${value}`);
  const month = p.month ?? 12;
  return `${p.year}-${pad(month)}-${pad(p.day ?? daysInMonth(p.year, month))}`;
}

export function monthKey(value: string): string | null {
  const p = parsePartialDate(value);
  return p && p.month !== null ? `${p.year}-${pad(p.month)}` : null;
}

export function yearOf(value: string): number {
  const p = parsePartialDate(value);
  if (!p) throw new Error(`not a partial date: ${value}`);
  return p.year;
}

/** 1-based day of the year, for cumulative-within-year curves. */
export function dayOfYear(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000) + 1;
}

export function weekdayOf(isoDay: string): Weekday {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
}

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const BRUSSELS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' });
let lastToday: { minute: number; day: string } | undefined;

/**
 * Today's date in Brussels, the reference for "future" dates. The schema asks
 * for every date it validates: the answer is kept for the minute it was asked
 * in, so a long build still sees midnight pass.
 */
export function todayInBrussels(now: Date = new Date()): string {
  // Stryker disable next-line ArithmeticOperator: any key that differs between minutes only changes how often the day is recomputed, never the day
  const minute = Math.floor(now.getTime() / 60_000);
  // Stryker disable next-line ConditionalExpression: a cache; working the day out again on every call gives the same day
  if (lastToday?.minute !== minute) lastToday = { minute, day: BRUSSELS_DAY.format(now) };
  return lastToday.day;
}
