/**
 * Ranked bars of incidents per commune, with killed and injured beside each
 * bar. Communes with no logged incident are listed, not drawn.
 */
import { scaleLinear } from 'd3';
import type { Bucket } from '../aggregate.ts';

export interface CommuneBarsLayout {
  width: number;
  rowHeight: number;
  labelWidth: number;
  rows: (Bucket<string> & { y: number; barWidth: number })[];
  empty: string[];
  height: number;
}

export function communeBarsLayout(buckets: readonly Bucket<string>[], width = 480, labelWidth = 150, rowHeight = 40): CommuneBarsLayout {
  const ranked = buckets.filter((b) => b.incidents > 0).sort((a, b) => b.incidents - a.incidents || a.key.localeCompare(b.key));
  const max = Math.max(1, ...ranked.map((b) => b.incidents));
  // Leave room to the right of the longest bar for its count.
  const x = scaleLinear().domain([0, max]).range([0, width - labelWidth - 40]);
  return {
    width,
    rowHeight,
    labelWidth,
    rows: ranked.map((b, i) => ({ ...b, y: i * rowHeight, barWidth: Math.round(x(b.incidents) * 10) / 10 })),
    empty: buckets.filter((b) => b.incidents === 0).map((b) => b.key),
    height: Math.max(1, ranked.length) * rowHeight,
  };
}
