/**
 * The log is searched systematically from this day on; earlier records are
 * events that later reporting led us to, not a sample of their years. Charts
 * over time and comparisons with official counts start here.
 */
import { earliestDay } from './partial-date.ts';

export const LOG_START = '2024-01-01';

/** Records dated on or after the start of the log, and undated ones (which charts report as unplaced). */
export function inLogPeriod<T extends { date: string | null }>(records: readonly T[]): T[] {
  return records.filter((r) => r.date === null || earliestDay(r.date) >= LOG_START);
}
