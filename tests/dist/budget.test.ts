/** Page-weight budgets on the real site: sizes, not timings, so they belong in the test suite. */
import { describe, expect, it } from 'vitest';
import { BUDGET, pageWeight } from '../../scripts/lib/page-weight.ts';

describe('page weight', () => {
  it('an article with two charts and the map reads without JavaScript, under 100 KB gzip', () => {
    const w = pageWeight('dist', '/en/articles/what-the-57-shootings-count-means/');
    expect(w.svgElements).toBeGreaterThanOrEqual(3);
    expect(w.scripts).toEqual([]);
    expect(w.htmlGzip + w.cssGzip).toBeLessThan(BUDGET.htmlCssSvgGzip);
  });

  it.each(['/en/incidents/', '/en/search/'])('%s keeps its enhancement script under 15 KB gzip', (page) => {
    const w = pageWeight('dist', page);
    expect(w.scripts.length).toBeGreaterThan(0);
    expect(w.jsGzip).toBeLessThan(BUDGET.jsGzip);
    expect(w.htmlGzip + w.cssGzip).toBeLessThan(BUDGET.htmlCssSvgGzip);
  });
});
