/**
 * The numbers behind the map: one value per commune for each measure, class
 * breaks for the legend, and a reliability flag so a commune with one or two
 * incidents is not painted as the region's worst because it is small.
 */
import { ticks } from 'd3';

export const MEASURES = ['count', 'per100k', 'perKm2'] as const;
export type Measure = (typeof MEASURES)[number];

/** Below this many incidents a rate says more about chance than about the place. */
export const MIN_RELIABLE_COUNT = 3;

export interface CommuneInput {
  nis: string;
  count: number;
  population: number;
  areaKm2: number;
}

export interface CommuneValue extends CommuneInput {
  value: number;
  /** False when the measure is a rate and the count is too small to compare. */
  reliable: boolean;
  /** Index into `breaks`-defined classes; null when unreliable. */
  classIndex: number | null;
}

export interface ChoroplethScale {
  measure: Measure;
  /** Upper bounds of each class except the last; class 0 is exactly zero. */
  breaks: number[];
  classes: { from: number; to: number | null; zero: boolean }[];
  values: CommuneValue[];
}

export function measureValue(c: CommuneInput, measure: Measure): number {
  if (measure === 'count') return c.count;
  if (measure === 'per100k') return (c.count / c.population) * 100_000;
  return c.count / c.areaKm2;
}

/**
 * Zero gets its own class (no incident logged is not the same as few), then
 * up to four equal, rounded intervals up to the largest reliable value.
 */
export function choropleth(communes: readonly CommuneInput[], measure: Measure, maxClasses = 4): ChoroplethScale {
  const raw = communes.map((c) => {
    const value = measureValue(c, measure);
    const reliable = measure === 'count' || c.count === 0 || c.count >= MIN_RELIABLE_COUNT;
    return { ...c, value, reliable };
  });
  const max = Math.max(0, ...raw.filter((c) => c.reliable).map((c) => c.value));
  let breaks: number[] = [];
  // d3's ticks only approximate the count asked for; ask for fewer until the ramp's colours suffice.
  for (let k = maxClasses; k >= 1; k--) {
    breaks = max > 0 ? ticks(0, max, k).filter((b) => b > 0 && b < max) : [];
    // Counts are whole numbers: a break at 0.5 would make an empty class.
    if (measure === 'count') breaks = breaks.filter((b) => Number.isInteger(b));
    if (breaks.length < maxClasses) break;
  }
  const bounds = [0, ...breaks];
  const classes = [
    { from: 0, to: 0, zero: true },
    ...(max > 0 ? bounds.map((from, i) => ({ from, to: breaks[i] ?? max, zero: false })) : []),
  ];
  const classOf = (v: number): number => {
    if (v === 0) return 0;
    const i = breaks.findIndex((b) => v <= b);
    return (i === -1 ? breaks.length : i) + 1;
  };
  const values = raw.map((c) => ({ ...c, classIndex: c.reliable ? classOf(c.value) : null }));
  return { measure, breaks, classes, values };
}
