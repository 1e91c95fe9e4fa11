/** Grouping in place, in first-seen order. */
import { describe, expect, it } from 'vitest';
import { groupBy, pushTo } from '../../src/lib/group.ts';

describe('groupBy', () => {
  it('keeps the order of keys as first seen and of items within a group', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0]!);
    expect([...groups.entries()]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
      ['c', ['c1']],
    ]);
  });

  it('gives an empty map for no items', () => {
    expect(groupBy([], (s: string) => s).size).toBe(0);
  });
});

describe('pushTo', () => {
  it('adds to the existing group, or starts one', () => {
    const groups = new Map<string, number[]>([['x', [1]]]);
    pushTo(groups, 'x', 2);
    pushTo(groups, 'y', 3);
    expect([...groups.entries()]).toEqual([
      ['x', [1, 2]],
      ['y', [3]],
    ]);
  });
});
