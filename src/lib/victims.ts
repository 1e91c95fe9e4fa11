/**
 * A victim count as a source states it: an exact number, "at least n"
 * ("a deadly shooting" is at least one death), or null when not stated.
 */
export type VictimCount = number | { at_least: number } | null;

export interface VictimTotal {
  /** Sum of every stated number, exact or minimum. */
  count: number;
  /** True when any part of the sum is a minimum or unknown: the total is then "at least". */
  isMinimum: boolean;
  /** Records whose count is not stated at all. */
  unknown: number;
}

export const EMPTY_TOTAL: VictimTotal = { count: 0, isMinimum: false, unknown: 0 };

export function addVictims(total: VictimTotal, value: VictimCount): VictimTotal {
  if (value === null) return { count: total.count, isMinimum: true, unknown: total.unknown + 1 };
  if (typeof value === 'number') return { ...total, count: total.count + value };
  return { count: total.count + value.at_least, isMinimum: true, unknown: total.unknown };
}

export function sumVictims(values: readonly VictimCount[]): VictimTotal {
  return values.reduce<VictimTotal>(addVictims, EMPTY_TOTAL);
}

/** Lowest number of victims a count guarantees, for "any victims?" filters. */
export function minimumOf(value: VictimCount): number {
  if (value === null) return 0;
  return typeof value === 'number' ? value : value.at_least;
}

/** A minimum ("at least n"), as opposed to an exact number or no statement. */
function isMinimum(v: VictimCount): v is { at_least: number } {
  return v !== null && typeof v === 'object';
}

export function sameVictimCount(a: VictimCount, b: VictimCount): boolean {
  return a === b || (isMinimum(a) && isMinimum(b) && a.at_least === b.at_least);
}
