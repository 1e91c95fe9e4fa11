/**
 * How the incident database orders its rows and says what it shows. Pure, so
 * the browser script only reads and writes the page; shared with the build,
 * which writes each row's sort keys (an empty key is a value no source states).
 */
import { FILTER_KEYS, type Filter } from './incident-facets.ts';

/** The sort key of a value no source states: never a number, never a name. */
export const NOT_STATED = '';

export interface SortSpec {
  numeric: boolean;
  ascending: boolean;
  /** Orders two stated text keys (a collator for the page's language). */
  compareText: (a: string, b: string) => number;
}

/**
 * Orders two sort keys. "Not stated" goes last in both directions: a reader
 * sorting by deaths wants the largest stated counts first, not the unknowns,
 * and one sorting the other way wants the smallest stated ones.
 */
export function compareSortKeys(a: string, b: string, spec: SortSpec): number {
  if (a === NOT_STATED || b === NOT_STATED) return Number(a === NOT_STATED) - Number(b === NOT_STATED);
  const c = spec.numeric ? Number(a) - Number(b) : spec.compareText(a, b);
  return spec.ascending ? c : -c;
}

/**
 * The rows in sorted order; rows with equal keys keep their order (the build's, newest first):
 * Array.prototype.sort is stable (ECMAScript 2019), so equal keys need no tie-break.
 */
export function sortRows<T>(rows: readonly T[], keyOf: (row: T) => string, spec: SortSpec): T[] {
  return rows
    .map((row) => ({ row, key: keyOf(row) }))
    .sort((x, y) => compareSortKeys(x.key, y.key, spec))
    .map((x) => x.row);
}

/** The order in which a caption names the filters set: where, when, what, who. */
const CAPTION_ORDER = ['commune', 'year', 'type', 'victims'] as const satisfies readonly (typeof FILTER_KEYS)[number][];

export interface CaptionText {
  /** "All {total} incidents" */
  all: string;
  /** "{n} of {total} incidents" */
  shown: string;
  /** How each filter set is named, from its value ("commune {v}"); a key left out names the value alone. */
  named: Partial<Record<(typeof FILTER_KEYS)[number], string>>;
}

/**
 * What the table holds, in words: "All 126 incidents", or "12 of 126
 * incidents, commune Anderlecht, 2025". `label` gives the words for a
 * filter's value, as the filter's own menu shows it.
 */
export function tableCaption(filter: Filter, shown: string, total: string, text: CaptionText, label: (key: (typeof FILTER_KEYS)[number], value: string) => string): string {
  const set = CAPTION_ORDER.filter((k) => filter[k]);
  // Replacer functions, so that a "$" in a name is never read as a pattern.
  if (!set.length) return text.all.replace('{total}', () => total);
  const parts = set.map((k) => (text.named[k] ?? '{v}').replace('{v}', () => label(k, filter[k]!)));
  return [text.shown.replace('{n}', () => shown).replace('{total}', () => total), ...parts].join(', ');
}
