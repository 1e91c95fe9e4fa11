/** Everything the monthly chart draws, from the merged incidents and official tallies. */
import { byMonth, isShooting } from '../aggregate.ts';
import { memoOnInputs } from '../memo.ts';
import type { Incident, Tally } from '../schema.ts';
import { busiestMonth, monthlyBarsLayout } from './monthly-bars.ts';
import { compareWithOfficial, monthlyChartRange } from './official-vs-log.ts';

export const monthlyChartModel = memoOnInputs((incidents: readonly Incident[], tallies: readonly Tally[]) => {
  const shootings = incidents.filter(isShooting);
  const placed = byMonth(shootings).buckets.filter((b) => b.incidents > 0).map((b) => b.key);
  const range = monthlyChartRange(placed, tallies);
  const monthly = range ? byMonth(shootings, range) : { buckets: [], unplaced: shootings.length };
  const comparisons = compareWithOfficial(shootings, tallies);
  return {
    range,
    monthly,
    layout: monthlyBarsLayout(monthly.buckets),
    top: busiestMonth(monthly.buckets),
    placedCount: monthly.buckets.reduce((n, b) => n + b.incidents, 0),
    comparisons,
    maxFigure: Math.max(1, ...comparisons.map((c) => c.tally.figure)),
  };
});
