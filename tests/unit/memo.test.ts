import { describe, expect, it } from 'vitest';
import { memoOnInput, memoOnInputs } from '../../src/lib/memo.ts';
import { monthlyChartModel } from '../../src/lib/charts/monthly-model.ts';
import { incident } from './helpers.ts';

describe('memoisation of site-wide chart models', () => {
  it('computes once per input array and again for a different array', () => {
    let calls = 0;
    const f = memoOnInput((xs: number[]) => (calls++, xs.length));
    const a = [1, 2];
    expect(f(a)).toBe(2);
    expect(f(a)).toBe(2);
    expect(f([1])).toBe(1);
    expect(calls).toBe(2);
    let calls2 = 0;
    const g = memoOnInputs((xs: number[], ys: number[]) => (calls2++, xs.length + ys.length));
    const b: number[] = [];
    expect(g(a, b)).toBe(2);
    expect(g(a, b)).toBe(2);
    expect(g(a, [3])).toBe(3);
    expect(calls2).toBe(2);
  });

  it('the monthly model returns the same object for the same arrays', () => {
    const incidents = [incident()];
    const tallies: never[] = [];
    expect(monthlyChartModel(incidents, tallies)).toBe(monthlyChartModel(incidents, tallies));
    expect(monthlyChartModel(incidents, tallies).placedCount).toBe(1);
  });
});
