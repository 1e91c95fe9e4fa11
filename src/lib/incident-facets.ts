/**
 * What the incident database filters on. Shared by the build (which writes
 * each row's facets as data attributes) and the browser script (which reads
 * the URL query and hides rows), so both agree on what a filter means.
 */
import type { Incident } from './schema.ts';
import { yearOf } from './partial-date.ts';

export const VICTIM_CLASSES = ['killed', 'injured', 'none', 'unknown'] as const;
export type VictimClass = (typeof VICTIM_CLASSES)[number];

export interface RowFacets {
  year: string;
  commune: string;
  type: string;
  victims: VictimClass;
}

export type Filter = Partial<RowFacets>;
export const FILTER_KEYS = ['year', 'commune', 'type', 'victims'] as const;

const positive = (v: Incident['killed']) => (v === null ? null : typeof v === 'number' ? v > 0 : v.at_least > 0);

/** Killed wins over injured; "none" only when both counts are stated as zero. */
export function victimClass(inc: Pick<Incident, 'killed' | 'injured'>): VictimClass {
  const k = positive(inc.killed);
  const i = positive(inc.injured);
  if (k) return 'killed';
  if (i) return 'injured';
  if (k === false && i === false) return 'none';
  return 'unknown';
}

export function rowFacets(inc: Pick<Incident, 'date' | 'commune' | 'type' | 'killed' | 'injured'>): RowFacets {
  return {
    year: inc.date === null ? 'unknown' : String(yearOf(inc.date)),
    commune: inc.commune ?? 'unknown',
    type: inc.type,
    victims: victimClass(inc),
  };
}

/** Reads a filter from a URL query; unknown keys and empty values are ignored. */
export function filterFromQuery(search: string): Filter {
  const params = new URLSearchParams(search);
  const filter: Filter = {};
  for (const key of FILTER_KEYS) {
    const v = params.get(key);
    if (!v) continue;
    if (key === 'victims') {
      if ((VICTIM_CLASSES as readonly string[]).includes(v)) filter.victims = v as VictimClass;
    } else filter[key] = v;
  }
  return filter;
}

export function queryFromFilter(filter: Filter): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filter[key]) params.set(key, filter[key]!);
  const q = params.toString();
  return q ? `?${q}` : '';
}

export function matches(row: RowFacets, filter: Filter): boolean {
  return FILTER_KEYS.every((k) => !filter[k] || row[k] === filter[k]);
}
