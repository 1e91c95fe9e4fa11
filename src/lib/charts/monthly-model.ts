/** Everything the monthly chart draws, from the merged incidents and official tallies. */
import { byMonth, datedExactly, isShooting } from '../aggregate.ts';
import { memoOnInputs } from '../memo.ts';
import type { Incident, Tally } from '../schema.ts';
import { inLogPeriod, LOG_START } from '../log-period.ts';
import { earliestDay } from '../partial-date.ts';
import { busiestMonth, monthlyBarsLayout } from './monthly-bars.ts';
import { compareWithOfficial, monthlyChartRange } from './official-vs-log.ts';

export const monthlyChartModel = memoOnInputs((incidents: readonly Incident[], tallies: readonly Tally[]) => {
  const all = incidents.filter(isShooting);
  // Undated records stay in (they are reported as unplaced); records before the log's period are counted apart.
  const shootings = inLogPeriod(all);
  const inPeriod = tallies.filter((t) => earliestDay(t.period_start) >= LOG_START);
  // Stryker disable next-line MethodExpression,ConditionalExpression,EqualityOperator: empty months lie between the first and last placed ones, so keeping them changes neither end of the range
  const placed = byMonth(shootings).buckets.filter((b) => b.incidents > 0).map((b) => b.key);
  const range = monthlyChartRange(placed, inPeriod);
  const monthly = range ? byMonth(shootings, range) : { buckets: [], unplaced: shootings.length };
  const comparisons = compareWithOfficial(shootings, inPeriod);
  return {
    range,
    /** Shootings dated before the log's period: in the database, not in this chart. */
    before: all.length - shootings.length,
    monthly,
    layout: monthlyBarsLayout(monthly.buckets),
    top: busiestMonth(monthly.buckets),
    placedCount: monthly.buckets.reduce((n, b) => n + b.incidents, 0),
    comparisons,
    /** Dated shootings the comparisons leave out because their date is approximate. */
    approximate: shootings.filter((s) => s.date !== null && !datedExactly(s)).length,
  };
});
