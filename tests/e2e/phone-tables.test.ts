/**
 * Incident tables on a phone: who was killed or injured must be readable on a
 * 375 px screen without scrolling sideways, in the database and in the
 * incidents listed by an article, a commune, a quarter and a hotspot, and no
 * table shown on those pages scrolls sideways (a data table folded in a closed
 * <details> is not shown). The markup stays a real <table> for screen readers.
 * The open-data page, which lists files and their checksums, scrolls no table either.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/strings.ts';
import type { Lang } from '../../src/lib/reference.ts';
import { siteSession } from './site-session.ts';

const PAGES = [
  '/en/incidents/',
  '/fr/incidents/',
  '/en/articles/anderlecht-patrol-fired-on-rue-dante/',
  '/en/articles/shooting-log-2025-02/',
  '/nl/communes/21001-anderlecht/',
  '/fr/quarters/11-cureghem-bara/',
  '/en/hotspots/clemenceau/',
  '/fr/communes/',
  '/nl/communes/',
];
const FIRST_ROWS = 3;

const site = siteSession();

describe.each(PAGES)('%s at 375 px', (path) => {
  it('shows killed and injured of the first rows inside the screen, with no table scrolling sideways', async () => {
    const lang = path.split('/')[1] as Lang;
    const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(site.base + path, { waitUntil: 'load' });
    const report = await page.evaluate(({ headings, rows }) => {
      const tables = [...document.querySelectorAll('table')].filter((table) =>
        [...table.querySelectorAll('thead th')].some((th) => th.textContent?.trim() === headings[0]));
      const outside: string[] = [];
      for (const table of tables) {
        const ths = [...table.querySelectorAll('thead th')];
        const columns = headings.map((h) => ths.findIndex((th) => th.textContent?.trim() === h));
        for (const tr of [...table.querySelectorAll('tbody tr')].slice(0, rows)) {
          for (const c of columns) {
            const cell = tr.children[c]!;
            const box = cell.getBoundingClientRect();
            if (box.left < 0 || box.right > window.innerWidth + 0.5 || box.width === 0) outside.push(`${tr.id} ${headings[columns.indexOf(c)]}: ${Math.round(box.left)}–${Math.round(box.right)}`);
          }
        }
      }
      const scrolling = [...document.querySelectorAll('*')]
        .filter((el) => el.querySelector('table')?.checkVisibility() && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
      return { tables: tables.length, outside, scrolling, page: document.documentElement.scrollWidth - window.innerWidth };
    }, { headings: [t(lang, 'colKilled'), t(lang, 'colInjured')], rows: FIRST_ROWS });
    await page.close();
    expect(report.tables, 'an incident table is on the page').toBeGreaterThan(0);
    expect(report.outside).toEqual([]);
    expect(report.scrolling).toEqual([]);
    expect(report.page).toBeLessThanOrEqual(0);
  });
});

describe.each(['/en/data/', '/fr/data/'])('%s at 375 px', (path) => {
  it('shows its tables without sideways scrolling', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(site.base + path, { waitUntil: 'load' });
    const report = await page.evaluate(() => ({
      tables: [...document.querySelectorAll('table')].filter((t) => t.checkVisibility()).length,
      scrolling: [...document.querySelectorAll('*')]
        .filter((el) => el.querySelector('table')?.checkVisibility() && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`),
      page: document.documentElement.scrollWidth - window.innerWidth,
    }));
    await page.close();
    expect(report.tables).toBeGreaterThan(1);
    expect(report.scrolling).toEqual([]);
    expect(report.page).toBeLessThanOrEqual(0);
  });
});
