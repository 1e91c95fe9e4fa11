/**
 * Geometry of the "shootings per month" bar chart, as plain numbers: the
 * Astro component only turns it into SVG elements, and tests read it directly.
 */
import { scaleBand, scaleLinear } from 'd3';
import type { Bucket } from '../aggregate.ts';

export interface ChartFrame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export const MONTHLY_FRAME: ChartFrame = { width: 480, height: 240, margin: { top: 14, right: 8, bottom: 36, left: 34 } };

export interface MonthlyBarsLayout {
  frame: ChartFrame;
  bars: { key: string; value: number; x: number; y: number; width: number; height: number }[];
  yTicks: { value: number; y: number }[];
  /**
   * Axis labels, thinned so that they never overlap at the chart's width: months
   * over a year or less, otherwise each January, labelled with its year alone,
   * and the first month too when the range starts after a January and there is
   * room for it, so that the first year is named as well.
   */
  xLabels: { key: string; x: number; yearOnly: boolean }[];
  baseline: number;
}

const round = (n: number) => Math.round(n * 10) / 10;
/** Centre-to-centre room a year label needs ("2024" at the chart's font is about 28 units wide). */
export const YEAR_LABEL_ROOM = 40;

/**
 * Each January, and the first month too when the range starts after a January and its label
 * has room before the first January's. Only for ranges over a year, which always hold a January.
 */
function yearLabelled(buckets: readonly Bucket<string>[], centre: (key: string) => number): Bucket<string>[] {
  const januaries = buckets.filter((b) => b.key.endsWith('-01'));
  const first = buckets[0]!;
  // A range that starts in January has its first January as its first month: no room, no second label.
  return centre(januaries[0]!.key) - centre(first.key) >= YEAR_LABEL_ROOM ? [first, ...januaries] : januaries;
}

export function monthlyBarsLayout(buckets: readonly Bucket<string>[], frame: ChartFrame = MONTHLY_FRAME): MonthlyBarsLayout {
  const { width, height, margin } = frame;
  const x = scaleBand<string>()
    .domain(buckets.map((b) => b.key))
    .range([margin.left, width - margin.right])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const max = Math.max(1, ...buckets.map((b) => b.incidents));
  const y = scaleLinear().domain([0, max]).nice().range([height - margin.bottom, margin.top]);
  // No more ticks than whole units up the (whole-number) domain: d3 then steps by 1 or more, so every tick is a whole number.
  const yTicks = y.ticks(Math.min(5, y.domain()[1]!)).map((value) => ({ value, y: round(y(value)) }));
  const labelEvery = Math.max(1, Math.ceil((buckets.length * 44) / (width - margin.left - margin.right)));
  const byYear = buckets.length > 12;
  const centre = (key: string) => x(key)! + x.bandwidth() / 2;
  const labelled = byYear ? yearLabelled(buckets, centre) : buckets.filter((_, i) => i % labelEvery === 0);
  return {
    frame,
    bars: buckets.map((b) => ({
      key: b.key,
      value: b.incidents,
      x: round(x(b.key)!),
      y: round(y(b.incidents)),
      width: round(x.bandwidth()),
      height: round(y(0) - y(b.incidents)),
    })),
    yTicks,
    xLabels: labelled.map((b) => ({ key: b.key, x: round(centre(b.key)), yearOnly: byYear })),
    baseline: round(y(0)),
  };
}

/** The busiest month, for the chart's one-sentence takeaway; null when nothing is placed. */
export function busiestMonth(buckets: readonly Bucket<string>[]): Bucket<string> | null {
  return buckets.reduce<Bucket<string> | null>((best, b) => (b.incidents > (best?.incidents ?? 0) ? b : best), null);
}
