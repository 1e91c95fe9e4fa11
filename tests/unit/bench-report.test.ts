import { describe, expect, it } from 'vitest';
import { buildTable, medianStep, ratio, searchTable, warnings, type SizeResult } from '../../scripts/bench/report.ts';

const step = (seconds: number, cpuSeconds = seconds, peakRssMb = 900, load = 1) => ({ seconds, cpuSeconds, peakRssMb, load });
const size = (articles: number, pages: number, buildSeconds: number, searchSeconds = 1, floorSeconds = buildSeconds / 1.2): SizeResult => ({
  articles,
  incidents: articles * 10,
  pages,
  build: step(buildSeconds),
  search: step(searchSeconds, searchSeconds, 300),
  floor: step(floorSeconds, floorSeconds, 700),
  largestPage: { path: '/en/incidents/index.html', bytes: 500_000 },
  pagesOverLimit: [],
});

describe('benchmark report', () => {
  it('prints the ratio to the floor with one decimal and an x, for wall and CPU time', () => {
    expect(ratio(42, 30)).toBe('1.4x');
    const r = { ...size(300, 10_000, 30, 3, 20), build: step(30, 45, 2048, 3.5) };
    expect(buildTable([r]).split('\n')[2]).toBe('| 300 | 10,000 | 30.0 s | 3.00 | 45.0 s | 2.00 GB | 20.0 s | 2.00 | 20.0 s | 700 MB | 1.5x | 2.3x |');
    expect(searchTable([r]).split('\n')[2]).toBe('| 300 | 3.0 s | 3.0 s | 300 MB | 3.30 | 488 KB | 3.5 / 1.0 / 1.0 |');
    const { floor: _, ...noFloor } = r;
    expect(buildTable([noFloor]).split('\n')[2]).toMatch(/\| – \| – \| – \| – \| – \| – \|$/);
  });

  it('takes the median of each measure over runs', () => {
    expect(medianStep([step(3, 1, 10, 5), step(1, 2, 30, 4), step(2, 3, 20, 6)])).toEqual(step(2, 2, 20, 5));
    expect(medianStep([step(1), step(4)]).seconds).toBe(2.5);
  });

  it('is quiet when ms/page holds within 10%', () => {
    expect(warnings([size(300, 10_000, 30), size(1000, 30_000, 96), size(2000, 60_000, 195)])).toEqual([]);
  });

  it('warns when ms/page grows over 10% between sizes, or from the smallest to the largest', () => {
    // 3.0 → 3.2 → 3.4 ms/page: each step under 10%, the whole range 13%.
    const w = warnings([size(300, 10_000, 30, 0), size(1000, 30_000, 96, 0), size(2000, 60_000, 204, 0)]);
    expect(w).toHaveLength(3);
    expect(w[0]).toMatch(/^WARNING astro build: ms\/page grows 13% from 300 to 2,000 articles/);
    expect(w[1]).toMatch(/^WARNING build\+search: ms\/page grows 13% from 300 to 2,000/);
    expect(w[2]).toMatch(/^WARNING astro build CPU: ms\/page grows 13% from 300 to 2,000/);
    expect(warnings([size(300, 10_000, 30), size(1000, 30_000, 120)])[0]).toMatch(/astro build: ms\/page grows 3\d% from 300 to 1,000/);
  });

  it('warns about pages over 1 MB', () => {
    const big = { ...size(2000, 60_000, 195), largestPage: { path: '/en/incidents/years/2024/index.html', bytes: 11 * 1024 * 1024 }, pagesOverLimit: ['a', 'b'] };
    expect(warnings([big])).toEqual(['WARNING 2,000 articles: 2 HTML page(s) over 1.0 MB, largest /en/incidents/years/2024/index.html (11.0 MB)']);
  });
});
