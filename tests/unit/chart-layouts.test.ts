import { describe, expect, it } from 'vitest';
import { byCommune, cumulativeByYear } from '../../src/lib/aggregate.ts';
import { communeBarsLayout } from '../../src/lib/charts/commune-bars.ts';
import { cumulativeLayout, CUMULATIVE_FRAME } from '../../src/lib/charts/cumulative-lines.ts';
import { incident } from './helpers.ts';

const list = [
  incident({ id: 'a', date: '2024-03-01', commune: 'Ixelles' }),
  incident({ id: 'b', date: '2025-02-05' }),
  incident({ id: 'c', date: '2025-02-15', killed: 1 }),
  incident({ id: 'd', date: '2025-06-01', commune: 'Schaerbeek', location_precision: 'commune' }),
];

describe('cumulative layout', () => {
  const layoutOf = () => cumulativeLayout(cumulativeByYear(list));
  it('draws one line per year and highlights the latest', () => {
    const layout = layoutOf();
    expect(layout.lines.map((l) => [l.year, l.current, l.end.total])).toEqual([
      [2024, false, 1],
      [2025, true, 3],
    ]);
  });
  it('starts every line at zero on day 0 and stays inside the frame', () => {
    const layout = layoutOf();
    for (const l of layout.lines) {
      expect(l.path.startsWith(`M${CUMULATIVE_FRAME.margin.left},${layout.baseline}`)).toBe(true);
      expect(l.end.x).toBeLessThanOrEqual(CUMULATIVE_FRAME.width - CUMULATIVE_FRAME.margin.right);
    }
    expect(layout.monthTicks).toHaveLength(12);
  });
});

describe('commune bars layout', () => {
  const layoutOf = () => communeBarsLayout(byCommune(list).buckets);
  it('ranks communes by incidents, longest bar for the most', () => {
    const layout = layoutOf();
    expect(layout.rows.map((r) => [r.key, r.incidents])).toEqual([
      ['21001', 2],
      ['21009', 1],
      ['21015', 1],
    ]);
    expect(layout.rows[0]!.barWidth).toBeCloseTo(layout.rows[1]!.barWidth * 2, 0);
    expect(layout.rows[0]!.killed.count).toBe(1);
  });
  it('lists the communes with nothing logged', () => {
    const layout = layoutOf();
    expect(layout.empty).toHaveLength(16);
  });
});
