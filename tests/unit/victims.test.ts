/** Victim counts as sources state them: exact, "at least n", or not stated. */
import { describe, expect, it } from 'vitest';
import { addVictims, EMPTY_TOTAL, minimumOf, sameVictimCount, sumVictims } from '../../src/lib/victims.ts';

describe('victim totals', () => {
  it('adds an exact count without turning the total into a minimum', () => {
    expect(addVictims({ count: 2, isMinimum: false, unknown: 1 }, 3)).toEqual({ count: 5, isMinimum: false, unknown: 1 });
    expect(addVictims({ count: 2, isMinimum: true, unknown: 0 }, 0)).toEqual({ count: 2, isMinimum: true, unknown: 0 });
  });

  it('adds an "at least" count as a minimum, and an unstated one as unknown', () => {
    expect(addVictims({ count: 2, isMinimum: false, unknown: 1 }, { at_least: 4 })).toEqual({ count: 6, isMinimum: true, unknown: 1 });
    expect(addVictims({ count: 2, isMinimum: false, unknown: 1 }, null)).toEqual({ count: 2, isMinimum: true, unknown: 2 });
  });

  it('starts from nothing', () => {
    expect(EMPTY_TOTAL).toEqual({ count: 0, isMinimum: false, unknown: 0 });
    expect(sumVictims([null, null, 2])).toEqual({ count: 2, isMinimum: true, unknown: 2 });
  });
});

describe('minimumOf', () => {
  it('is the number a count guarantees', () => {
    expect(minimumOf(null)).toBe(0);
    expect(minimumOf(0)).toBe(0);
    expect(minimumOf(3)).toBe(3);
    expect(minimumOf({ at_least: 2 })).toBe(2);
  });
});

describe('sameVictimCount', () => {
  it('is true only for the same statement', () => {
    expect(sameVictimCount(null, null)).toBe(true);
    expect(sameVictimCount(2, 2)).toBe(true);
    expect(sameVictimCount({ at_least: 2 }, { at_least: 2 })).toBe(true);
  });

  it('tells apart exact and minimum, stated and unstated, and different numbers', () => {
    expect(sameVictimCount(null, 0)).toBe(false);
    expect(sameVictimCount(0, null)).toBe(false);
    expect(sameVictimCount(null, { at_least: 1 })).toBe(false);
    expect(sameVictimCount({ at_least: 1 }, null)).toBe(false);
    expect(sameVictimCount({ at_least: 0 }, 0)).toBe(false);
    expect(sameVictimCount(2, 3)).toBe(false);
    expect(sameVictimCount(2, { at_least: 2 })).toBe(false);
    expect(sameVictimCount({ at_least: 2 }, 2)).toBe(false);
    expect(sameVictimCount({ at_least: 1 }, { at_least: 2 })).toBe(false);
  });
});
