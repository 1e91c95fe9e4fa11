/**
 * Ranked bars of incidents per commune, with killed and injured beside each
 * bar. Communes with no logged incident are listed, not drawn.
 */
import { scaleLinear } from 'd3';
import type { Bucket } from '../aggregate.ts';

export interface CommuneBarsLayout {
  width: number;
  rowHeight: number;
  /** Within a row, top to bottom: the commune's name, its bar (count at the end), killed and injured. */
  lines: { name: number; barTop: number; barHeight: number; victims: number };
  rows: (Bucket<string> & { y: number; barWidth: number })[];
  empty: string[];
  height: number;
}

/**
 * Each row stacks name, bar and victims across the full width: names as long as
 * "Molenbeek-Saint-Jean" and the victims line need the whole width once the
 * stylesheet enlarges the text for a phone (see --text-floor), which a label
 * column beside the bars could not give them.
 */
export function communeBarsLayout(buckets: readonly Bucket<string>[], width = 480, rowHeight = 66): CommuneBarsLayout {
  const ranked = buckets.filter((b) => b.incidents > 0).sort((a, b) => b.incidents - a.incidents || a.key.localeCompare(b.key));
  const max = Math.max(1, ...ranked.map((b) => b.incidents));
  // Leave room to the right of the longest bar for its count.
  const x = scaleLinear().domain([0, max]).range([0, width - 48]);
  return {
    width,
    rowHeight,
    lines: { name: 14, barTop: 23, barHeight: 16, victims: 54 },
    rows: ranked.map((b, i) => ({ ...b, y: i * rowHeight, barWidth: Math.round(x(b.incidents) * 10) / 10 })),
    empty: buckets.filter((b) => b.incidents === 0).map((b) => b.key),
    height: Math.max(1, ranked.length) * rowHeight,
  };
}
