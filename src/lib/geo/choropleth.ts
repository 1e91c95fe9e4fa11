/**
 * The numbers behind the maps: one value per area for each measure, class
 * breaks for the legend, and a reliability flag so an area with one or two
 * incidents is not painted as the region's worst because it is small, and a
 * park is not given a rate per resident.
 */
import { ticks } from 'd3';

export const MEASURES = ['count', 'per100k', 'perKm2'] as const;
/** The quarters map: counts, and rates per 10,000 residents (a quarter has about 10,000). */
export const QUARTER_MEASURES = ['count', 'per10k'] as const;
export type CommuneMeasure = (typeof MEASURES)[number];
export type Measure = CommuneMeasure | (typeof QUARTER_MEASURES)[number];

/** Below this many incidents a rate says more about chance than about the place. */
export const MIN_RELIABLE_COUNT = 3;

export interface ChoroplethInput {
  count: number;
  population: number;
  areaKm2: number;
  /** False for parks, cemeteries, industry and rail: their few residents make a rate per resident meaningless. */
  residential?: boolean;
}

/** The commune map's input. */
export interface CommuneInput extends ChoroplethInput {
  nis: string;
}

export type Unreliable = 'few' | 'not-residential';

export type AreaValue<T extends ChoroplethInput> = T & {
  value: number;
  /** False when the measure is a rate and the count is too small to compare, or the area has no residents to speak of. */
  reliable: boolean;
  /** Why a value is not shaded; null when it is. */
  unreliable: Unreliable | null;
  /** Index into `breaks`-defined classes; null when unreliable. */
  classIndex: number | null;
};

export interface ChoroplethScale<T extends ChoroplethInput = CommuneInput> {
  measure: Measure;
  /** Upper bounds of each class except the last; class 0 is exactly zero. */
  breaks: number[];
  classes: { from: number; to: number | null; zero: boolean }[];
  values: AreaValue<T>[];
}

const PER_RESIDENT: readonly Measure[] = ['per100k', 'per10k'];

export function measureValue(c: ChoroplethInput, measure: Measure): number {
  if (measure === 'count') return c.count;
  if (measure === 'per100k') return c.population > 0 ? (c.count / c.population) * 100_000 : 0;
  if (measure === 'per10k') return c.population > 0 ? (c.count / c.population) * 10_000 : 0;
  return c.count / c.areaKm2;
}

function unreliability(c: ChoroplethInput, measure: Measure): Unreliable | null {
  if (measure === 'count' || c.count === 0) return null;
  if (PER_RESIDENT.includes(measure) && c.residential === false) return 'not-residential';
  return c.count < MIN_RELIABLE_COUNT ? 'few' : null;
}

/**
 * Zero gets its own class (no incident logged is not the same as few), then
 * up to four equal, rounded intervals up to the largest reliable value.
 */
export function choropleth<T extends ChoroplethInput>(areas: readonly T[], measure: Measure, maxClasses = 4): ChoroplethScale<T> {
  const raw = areas.map((c) => {
    const unreliable = unreliability(c, measure);
    return { ...c, value: measureValue(c, measure), reliable: unreliable === null, unreliable };
  });
  const max = Math.max(0, ...raw.filter((c) => c.reliable).map((c) => c.value));
  // With max = 0, ticks(0, 0, k) is [0]: no break.
  const breaksFor = (k: number): number[] => {
    const inside = ticks(0, max, k).filter((b) => b > 0 && b < max);
    // Counts are whole numbers: a break at 0.5 would make an empty class.
    return measure === 'count' ? inside.filter((b) => Number.isInteger(b)) : inside;
  };
  // d3's ticks only approximate the count asked for; ask for fewer until the ramp's colours suffice (or one is asked for).
  let k = maxClasses;
  let breaks = breaksFor(k);
  while (breaks.length >= maxClasses && k > 1) breaks = breaksFor(--k);
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
