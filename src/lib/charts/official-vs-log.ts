/**
 * Our log is a sample of documented incidents, never the official total.
 * For each official shooting count, this pairs it with what the log holds
 * for the same period, so charts can state the gap instead of hiding it.
 */
import { isShooting, within } from '../aggregate.ts';
import type { Incident, Tally } from '../schema.ts';

export interface OfficialComparison {
  tally: Tally;
  logged: number;
  /** Shootings the authority counted that the log does not document (never negative). */
  missing: number;
  /** Logged shootings as a share of the official figure (0–1, may pass 1); null for a figure of 0. */
  share: number | null;
}

/**
 * The last day a tally can cover: its stated end, else the day it was stated
 * ("57 since January", said on 12 August, cannot include 13 August).
 */
export function countedUntil(tally: Pick<Tally, 'period_end' | 'stated_on'>): string | null {
  return tally.period_end ?? tally.stated_on;
}

export function compareWithOfficial(incidents: readonly Incident[], tallies: readonly Tally[]): OfficialComparison[] {
  const shootings = incidents.filter(isShooting);
  return tallies
    // A count with no end and no date stated cannot be matched to a stretch of the log.
    .filter((t) => t.measure === 'shootings' && t.commune === null && countedUntil(t) !== null)
    // ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) compare as text; equal starts keep the order given.
    .sort((a, b) => a.period_start.localeCompare(b.period_start))
    .map((tally) => {
      const logged = within(shootings, tally.period_start, countedUntil(tally)).length;
      return { tally, logged, missing: Math.max(0, tally.figure - logged), share: tally.figure > 0 ? logged / tally.figure : null };
    });
}

/** First and last month a monthly chart should span: placed shootings and the official periods' starts. */
export function monthlyChartRange(placedMonths: readonly string[], tallies: readonly Tally[]): { from: string; to: string } | null {
  const starts = tallies.filter((t) => t.measure === 'shootings').map((t) => t.period_start.slice(0, 7)).filter((m) => m.length === 7);
  const all = [...placedMonths, ...starts].sort();
  if (!placedMonths.length) return null;
  return { from: all[0]!, to: [...placedMonths].sort().at(-1)! };
}
