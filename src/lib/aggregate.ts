/**
 * Counts behind every figure and chart. All functions take merged incidents
 * and return plain numbers; what could not be placed (no month, no commune)
 * is counted and returned, never dropped.
 */
import type { Incident, IncidentType } from './schema.ts';
import { COMMUNES } from './reference.ts';
import { dayOfYear, earliestDay, granularity, latestDay, monthKey, pad, yearOf } from './partial-date.ts';
import { sumVictims, type VictimTotal } from './victims.ts';

type Countable = Pick<Incident, 'date' | 'date_precision' | 'commune' | 'type' | 'killed' | 'injured'>;

/** Gunfire by offenders. Police use of firearms is recorded as 'police-shooting' and counted apart. */
export const SHOOTING_TYPES: readonly IncidentType[] = ['shooting'];

export function isShooting(inc: Pick<Incident, 'type'>): boolean {
  return SHOOTING_TYPES.includes(inc.type);
}

export interface Totals {
  incidents: number;
  killed: VictimTotal;
  injured: VictimTotal;
}

export function totals(incidents: readonly Countable[]): Totals {
  return {
    incidents: incidents.length,
    killed: sumVictims(incidents.map((i) => i.killed)),
    injured: sumVictims(incidents.map((i) => i.injured)),
  };
}

/** Months from `from` to `to` inclusive, as YYYY-MM. */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    months.push(`${y}-${pad(m)}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

export interface Bucket<K extends string | number> extends Totals {
  key: K;
}

export interface Bucketed<K extends string | number> {
  buckets: Bucket<K>[];
  /** Incidents whose date (or commune) is too vague to place in a bucket. */
  unplaced: number;
}

function bucketize<K extends string | number>(
  incidents: readonly Countable[],
  keys: readonly K[],
  keyOf: (i: Countable) => K | null,
): Bucketed<K> {
  // Keyed by K | null so that a record without a key looks up null, which is never a bucket.
  const groups = new Map<K | null, Countable[]>(keys.map((k) => [k, []]));
  let unplaced = 0;
  for (const inc of incidents) {
    const group = groups.get(keyOf(inc));
    if (group) group.push(inc);
    else unplaced += 1;
  }
  return { buckets: keys.map((key) => ({ key, ...totals(groups.get(key)!) })), unplaced };
}

/** A month is only counted when the record states it: approximate dates stay unplaced. */
function placedMonth(inc: Countable): string | null {
  if (inc.date_precision === 'approximate') return null;
  // Stryker disable next-line ConditionalExpression: monthKey reads a null date as the text "null", no date, and returns null as well
  return inc.date === null ? null : monthKey(inc.date);
}

function placedYear(inc: Countable): number | null {
  return inc.date === null ? null : yearOf(inc.date);
}

/** Every month between the first and last placed incident (or the given range), zeros included. */
export function byMonth(incidents: readonly Countable[], range?: { from: string; to: string }): Bucketed<string> {
  const months = incidents.map(placedMonth).filter((m): m is string => m !== null).sort();
  const keys = range ? monthRange(range.from, range.to) : months.length ? monthRange(months[0]!, months.at(-1)!) : [];
  return bucketize(incidents, keys, placedMonth);
}

export function byYear(incidents: readonly Countable[]): Bucketed<number> {
  const years = [...new Set(incidents.map(placedYear).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const keys = years.length ? Array.from({ length: years[years.length - 1]! - years[0]! + 1 }, (_, i) => years[0]! + i) : [];
  return bucketize(incidents, keys, placedYear);
}

/** All 19 communes in NIS order, zeros included. */
export function byCommune(incidents: readonly Countable[]): Bucketed<string> {
  return bucketize(incidents, COMMUNES.map((c) => c.nis), (i) => i.commune);
}

export function byType(incidents: readonly Countable[]): Bucketed<IncidentType> {
  const types = [...new Set(incidents.map((i) => i.type))].sort();
  return bucketize(incidents, types, (i) => i.type);
}

export interface CumulativeSeries {
  year: number;
  /** One point per day on which the count changes, starting at day 0 with 0. */
  points: { day: number; date: string; total: number }[];
  total: number;
  /** Incidents of that year whose day is not known: in `total`, not on the curve. */
  withoutDay: number;
}

/** Running count through each year; only exact days can be placed on the curve. */
export function cumulativeByYear(incidents: readonly Countable[]): CumulativeSeries[] {
  const perYear = new Map<number, { days: string[]; withoutDay: number }>();
  for (const inc of incidents) {
    if (inc.date === null) continue;
    const year = yearOf(inc.date);
    const slot = perYear.get(year) ?? { days: [], withoutDay: 0 };
    if (granularity(inc.date) === 'day' && inc.date_precision === 'day') slot.days.push(inc.date);
    else slot.withoutDay += 1;
    perYear.set(year, slot);
  }
  return [...perYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, { days, withoutDay }]) => {
      const points: CumulativeSeries['points'] = [{ day: 0, date: `${year}-01-01`, total: 0 }];
      let running = 0;
      for (const date of days.sort()) {
        running += 1;
        const day = dayOfYear(date);
        const last = points[points.length - 1]!;
        if (last.day === day) last.total = running;
        else points.push({ day, date, total: running });
      }
      return { year, points, total: running + withoutDay, withoutDay };
    });
}

/**
 * Incidents certainly inside [start, end]: a record dated only "2025" is not
 * counted in a period "2025-06 to 2025-08" because it may fall outside it.
 */
export function within<T extends Countable>(incidents: readonly T[], start: string, end: string | null): T[] {
  const from = earliestDay(start);
  const to = end === null ? null : latestDay(end);
  return incidents.filter((i) => datedExactly(i) && earliestDay(i.date) >= from && (to === null || latestDay(i.date) <= to));
}

/** A record with an approximate date might fall on either side of a period's first or last day, so no period counts it. */
export function datedExactly<T extends Countable>(i: T): i is T & { date: string } {
  return i.date !== null && i.date_precision !== 'approximate';
}
