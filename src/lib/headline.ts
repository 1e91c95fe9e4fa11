/**
 * The summary box of a page: what the log holds, with its basis stated.
 * One population per box: shootings (with the people killed and injured in
 * them) over the log's period, then the other kinds of incident counted on
 * their own, never summed with shootings. Records dated before the log's
 * period are counted apart, because they are not a sample of their years.
 */
import { byYear, isShooting, totals } from './aggregate.ts';
import { inLogPeriod, LOG_START } from './log-period.ts';
import { earliestDay } from './partial-date.ts';
import type { Incident, IncidentType, Tally } from './schema.ts';
import type { VictimTotal } from './victims.ts';

type Countable = Pick<Incident, 'date' | 'date_precision' | 'commune' | 'type' | 'killed' | 'injured'>;

export interface ShootingFigures {
  count: number;
  killed: VictimTotal;
  injured: VictimTotal;
}

export interface YearRow extends ShootingFigures {
  year: number;
  /** Official shooting counts covering exactly this calendar year, for the whole region. */
  official: Tally[];
}

export interface HeadlineModel {
  /** First day of the log's period. */
  from: string;
  /**
   * Date of the latest dated record of the whole log in the period, as stated (may be a month or a
   * year); null when none is dated. A commune's or quarter's figures run to the log's end, not to
   * its own latest record: the log kept watching after it.
   */
  to: string | null;
  shootings: ShootingFigures;
  years: YearRow[];
  /** Shootings in the period without a stated date. */
  undated: ShootingFigures;
  /** Other kinds of incident in the period, each counted on its own, most frequent first. */
  others: { type: IncidentType; count: number }[];
  /** Records of any kind dated before the log's period. */
  before: number;
}

function figures(incidents: readonly Countable[]): ShootingFigures {
  const { incidents: count, killed, injured } = totals(incidents);
  return { count, killed, injured };
}

/** A tally of shootings in the whole region over one full calendar year. */
export function fullYearOf(tally: Pick<Tally, 'measure' | 'commune' | 'period_start' | 'period_end'>): number | null {
  if (tally.measure !== 'shootings' || tally.commune !== null) return null;
  const year = tally.period_start.slice(0, 4);
  // A figure with no stated end (period_end null) is not a full year: null is not "YYYY-12-31".
  return tally.period_start === `${year}-01-01` && tally.period_end === `${year}-12-31` ? Number(year) : null;
}

/** The latest record of the log's period as its source dates it ("March 2026"), not stretched to the end of its month or year. */
export function logEnd(log: readonly Countable[]): string | null {
  const dated = inLogPeriod(log).map((i) => i.date).filter((d): d is string => d !== null).sort((a, b) => earliestDay(a).localeCompare(earliestDay(b)));
  return dated.at(-1) ?? null;
}

/** Figures of `incidents` (the whole log, or a place's share of it) over the period of `log`. */
export function headlineModel(incidents: readonly Countable[], tallies: readonly Tally[], log: readonly Countable[] = incidents): HeadlineModel {
  const inPeriod = inLogPeriod(incidents);
  const shootings = inPeriod.filter(isShooting);
  const perYear = byYear(shootings);
  const othersByType = new Map<IncidentType, number>();
  for (const i of inPeriod) if (!isShooting(i)) othersByType.set(i.type, (othersByType.get(i.type) ?? 0) + 1);
  return {
    from: LOG_START,
    to: logEnd(log),
    shootings: figures(shootings),
    years: perYear.buckets.map((b) => ({
      year: b.key,
      count: b.incidents,
      killed: b.killed,
      injured: b.injured,
      official: tallies.filter((t) => fullYearOf(t) === b.key),
    })),
    undated: figures(shootings.filter((i) => i.date === null)),
    others: [...othersByType].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
    before: incidents.length - inPeriod.length,
  };
}
