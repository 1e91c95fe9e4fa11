/**
 * Chart geometry in numbers a reader sees as positions and lengths: every expected
 * coordinate is worked out by hand from the frame (480 × 240) and its margins.
 */
import { describe, expect, it } from 'vitest';
import type { Bucket } from '../../src/lib/aggregate.ts';
import { communeBarsLayout } from '../../src/lib/charts/commune-bars.ts';
import { cumulativeLayout, cumulativeModel } from '../../src/lib/charts/cumulative-lines.ts';
import { busiestMonth, monthlyBarsLayout } from '../../src/lib/charts/monthly-bars.ts';
import { incident } from './helpers.ts';

const none = { count: 0, isMinimum: false, unknown: 0 };
const bucket = (key: string, incidents: number): Bucket<string> => ({ key, incidents, killed: none, injured: none });

describe('commune bars', () => {
  // Buckets out of key order, with a tie: ranking must not depend on the input order.
  const layoutOf = () => communeBarsLayout([bucket('21015', 1), bucket('21004', 0), bucket('21009', 1), bucket('21001', 3), bucket('21002', 0)]);

  it('ranks by count, ties by NIS code, one 66 px row each', () => {
    const layout = layoutOf();
    expect(layout.rows.map((r) => [r.key, r.y])).toEqual([['21001', 0], ['21009', 66], ['21015', 132]]);
    expect([layout.width, layout.rowHeight, layout.height]).toEqual([480, 66, 198]);
  });

  it('stacks name, bar and victims inside a row', () => {
    expect(layoutOf().lines).toEqual({ name: 14, barTop: 23, barHeight: 16, victims: 54 });
  });

  it('scales bars to the full width less 48 px for the count: 432 px for the most', () => {
    const layout = layoutOf();
    // 480 − 48 = 432 px for 3 incidents; 1 incident is a third, 144.
    expect(layout.rows.map((r) => r.barWidth)).toEqual([432, 144, 144]);
  });

  it('lists the communes with nothing logged, in the given order', () => {
    const layout = layoutOf();
    expect(layout.empty).toEqual(['21004', '21002']);
  });

  it('keeps one row of height when nothing is logged', () => {
    const empty = communeBarsLayout([bucket('21001', 0)]);
    expect([empty.rows, empty.height, empty.empty]).toEqual([[], 66, ['21001']]);
  });

  it('follows a custom width and row height', () => {
    const custom = communeBarsLayout([bucket('21001', 2), bucket('21002', 1)], 300, 20);
    // 300 − 48 = 252 px for 2 incidents.
    expect(custom.rows.map((r) => [r.y, r.barWidth])).toEqual([[0, 252], [20, 126]]);
    expect(custom.height).toBe(40);
  });
});

describe('cumulative lines', () => {
  // x: day 0 → 34, day 366 → 424 (390 px: the right margin of 56 px holds the year labels). y: 0 → 210 (240 − 30), top → 14.
  const series = [
    { year: 2024, points: [{ day: 0, date: '2024-01-01', total: 0 }, { day: 92, date: '2024-04-01', total: 1 }], total: 1, withoutDay: 0 },
    { year: 2025, points: [{ day: 0, date: '2025-01-01', total: 0 }, { day: 36, date: '2025-02-05', total: 1 }, { day: 92, date: '2025-04-02', total: 2 }], total: 2, withoutDay: 0 },
  ];
  const layoutOf = () => cumulativeLayout(series);

  it('draws each year as steps up from zero, the latest year marked current', () => {
    const layout = layoutOf();
    // y for 1 of 2 is halfway: 210 − 98 = 112; day 36 is at 34 + 36 × 390 / 366 = 72.36, shown as 72.4; day 92 at 132.03, shown as 132.
    expect(layout.lines.map((l) => [l.year, l.current, l.path])).toEqual([
      [2024, false, 'M34,210L132,210L132,112'],
      [2025, true, 'M34,210L72.4,210L72.4,112L132,112L132,14'],
    ]);
    expect(layout.lines[1]!.end).toEqual({ x: 132, y: 14, total: 2 });
    expect(layout.baseline).toBe(210);
  });

  it('ticks whole numbers only, at most about five', () => {
    const layout = layoutOf();
    expect(layout.yTicks).toEqual([{ value: 0, y: 210 }, { value: 1, y: 112 }, { value: 2, y: 14 }]);
    const tall = cumulativeLayout([{ year: 2025, points: [{ day: 0, date: '2025-01-01', total: 0 }, { day: 10, date: '2025-01-10', total: 8 }], total: 8, withoutDay: 0 }]);
    expect(tall.yTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8]);
  });

  it('marks the first day of each month', () => {
    const layout = layoutOf();
    expect(layout.monthTicks[0]).toEqual({ month: 1, x: 35.1 });
    expect(layout.monthTicks[11]).toEqual({ month: 12, x: 391 });
  });

  it('models only shootings of the log period, counting earlier ones apart', () => {
    const model = cumulativeModel([
      incident({ id: 'a', date: '2024-04-01' }),
      incident({ id: 'b', date: '2023-06-01' }),
      incident({ id: 'c', date: '2024-05-01', type: 'police-shooting' }),
    ]);
    expect(model.before).toBe(1);
    expect(model.series.map((s) => [s.year, s.total])).toEqual([[2024, 1]]);
    expect(model.layout?.lines.map((l) => l.year)).toEqual([2024]);
    expect(cumulativeModel([incident({ id: 'b', date: '2023-06-01' })])).toMatchObject({ series: [], layout: null, before: 1 });
  });
});

describe('monthly bars', () => {
  const months = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12'];

  it('labels every other month over a year, every month over eight', () => {
    // 12 labels of 44 px need 528 px of the 438 available: one in two.
    const year = monthlyBarsLayout(months.map((m) => bucket(m, 0)));
    expect(year.xLabels.map((l) => l.key)).toEqual(['2025-01', '2025-03', '2025-05', '2025-07', '2025-09', '2025-11']);
    const eight = monthlyBarsLayout(months.slice(0, 8).map((m) => bucket(m, 0)));
    expect(eight.xLabels).toHaveLength(8);
  });

  it('labels every other month over ten, whose labels need 2 px more than the width between the margins', () => {
    // 10 labels of 44 px need 440 px of the 480 - 34 - 8 = 438 available.
    const ten = monthlyBarsLayout(months.slice(0, 10).map((m) => bucket(m, 0)));
    expect(ten.xLabels.map((l) => l.key)).toEqual(['2025-01', '2025-03', '2025-05', '2025-07', '2025-09']);
  });

  it('centres each label under its bar and rests bars on the baseline', () => {
    const layout = monthlyBarsLayout(months.slice(0, 3).map((m, i) => bucket(m, i)));
    for (const [i, l] of layout.xLabels.entries()) {
      const bar = layout.bars[i]!;
      expect(Math.abs(l.x - (bar.x + bar.width / 2))).toBeLessThanOrEqual(0.1);
    }
    expect(layout.baseline).toBe(204);
    // Three bands over the 438 px between the margins: a step of 438 / 3 = 146 px, bars 80 % of it
    // (116.8 px), the first bar 34 + 14.6 px in (half the 29.2 px of outer padding).
    expect(layout.bars.map((b) => [b.x, b.width])).toEqual([[48.6, 116.8], [194.6, 116.8], [340.6, 116.8]]);
    expect(layout.bars[1]!).toMatchObject({ value: 1, height: 95, y: 109 });
  });

  it('ticks whole numbers only, at most about five', () => {
    const layout = monthlyBarsLayout([bucket('2025-01', 8)]);
    expect(layout.yTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8]);
  });

  it('names the first of two equally busy months', () => {
    expect(busiestMonth([bucket('2025-01', 1), bucket('2025-02', 2), bucket('2025-03', 2)])?.key).toBe('2025-02');
  });
});
