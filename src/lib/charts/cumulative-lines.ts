/**
 * Geometry of the "cumulative shootings through the year" chart: one step line
 * per year on a shared day-of-year axis, so years compare at the same date.
 */
import { inLogPeriod } from '../log-period.ts';
import { curveStepAfter, line, scaleLinear } from 'd3';
import { cumulativeByYear, isShooting, type CumulativeSeries } from '../aggregate.ts';
import { memoOnInput } from '../memo.ts';
import type { Incident } from '../schema.ts';
import type { ChartFrame } from './monthly-bars.ts';

// The right margin holds each line's year label, also at the larger size a phone gets (see --text-floor in global.css).
export const CUMULATIVE_FRAME: ChartFrame = { width: 480, height: 240, margin: { top: 14, right: 56, bottom: 30, left: 34 } };

/** First day of each month in a non-leap year, for axis ticks. */
const MONTH_STARTS = [1, 32, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335];

export interface CumulativeLayout {
  frame: ChartFrame;
  lines: { year: number; path: string; current: boolean; end: { x: number; y: number; total: number } }[];
  yTicks: { value: number; y: number }[];
  monthTicks: { month: number; x: number }[];
  baseline: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function cumulativeLayout(series: readonly CumulativeSeries[], frame: ChartFrame = CUMULATIVE_FRAME): CumulativeLayout {
  const { width, height, margin } = frame;
  const x = scaleLinear().domain([0, 366]).range([margin.left, width - margin.right]);
  const max = Math.max(1, ...series.map((s) => s.points[s.points.length - 1]!.total));
  const y = scaleLinear().domain([0, max]).nice().range([height - margin.bottom, margin.top]);
  const latest = Math.max(...series.map((s) => s.year));
  const toPath = line<{ day: number; total: number }>()
    .x((p) => round(x(p.day)))
    .y((p) => round(y(p.total)))
    .curve(curveStepAfter);
  return {
    frame,
    lines: series.map((s) => {
      // A series starts with its point at day 0, so it has a last point and d3 draws it a path (null only for no points).
      const last = s.points[s.points.length - 1]!;
      return { year: s.year, path: toPath(s.points)!, current: s.year === latest, end: { x: round(x(last.day)), y: round(y(last.total)), total: last.total } };
    }),
    // At most one tick a unit up the whole-number domain: every tick is a whole number (as in monthlyBarsLayout).
    yTicks: y.ticks(Math.min(5, y.domain()[1]!)).map((value) => ({ value, y: round(y(value)) })),
    monthTicks: MONTH_STARTS.map((day, i) => ({ month: i + 1, x: round(x(day)) })),
    baseline: round(y(0)),
  };
}

/** The cumulative chart's series and layout for a set of incidents, computed once per array. */
export const cumulativeModel = memoOnInput((incidents: readonly Incident[]) => {
  const shootings = incidents.filter(isShooting);
  // Years before the systematic log hold a few records each: a curve would read as a count.
  const inPeriod = inLogPeriod(shootings);
  const series = cumulativeByYear(inPeriod);
  return { series, layout: series.length ? cumulativeLayout(series) : null, before: shootings.length - inPeriod.length };
});
