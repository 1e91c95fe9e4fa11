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
}

export function compareWithOfficial(incidents: readonly Incident[], tallies: readonly Tally[]): OfficialComparison[] {
  const shootings = incidents.filter(isShooting);
  return tallies
    .filter((t) => t.measure === 'shootings' && t.commune === null)
    .sort((a, b) => (a.period_start < b.period_start ? -1 : a.period_start > b.period_start ? 1 : 0))
    .map((tally) => {
      const logged = within(shootings, tally.period_start, tally.period_end).length;
      return { tally, logged, missing: Math.max(0, tally.figure - logged) };
    });
}

/** First and last month a monthly chart should span: placed shootings and the official periods' starts. */
export function monthlyChartRange(placedMonths: readonly string[], tallies: readonly Tally[]): { from: string; to: string } | null {
  const starts = tallies.filter((t) => t.measure === 'shootings').map((t) => t.period_start.slice(0, 7)).filter((m) => m.length === 7);
  const all = [...placedMonths, ...starts].sort();
  if (!placedMonths.length) return null;
  return { from: all[0]!, to: [...placedMonths].sort().at(-1)! };
}
