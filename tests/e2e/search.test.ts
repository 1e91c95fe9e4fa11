/**
 * Search as a reader meets it, in each language, on the built site and its
 * Pagefind index: a place name finds the pages about that place and not the
 * pages that merely repeat it in navigation, lists or chart tables; results
 * come while typing, excerpts are readable and mark the words found, and a
 * query matching many pages can show all of them.
 */
import { type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, siteSession } from './site-session.ts';

const site = siteSession();

/** Generous: the index loads and searches in the page, on a machine that may be busy. */
const WAIT = 30_000;

const open = (path: string) => openPage(site, path);

interface Shown { href: string; title: string; excerpt: string; marks: string[] }

async function results(page: Page): Promise<Shown[]> {
  return page.locator('ol[data-results] > li').evaluateAll((items) => items.map((li) => ({
    href: li.querySelector('a')?.getAttribute('href') ?? '',
    title: li.querySelector('a')?.textContent ?? '',
    excerpt: li.querySelector('p')?.textContent ?? '',
    marks: [...li.querySelectorAll('p mark')].map((m) => m.textContent ?? ''),
  })));
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A query that matches more pages than one screen of results shows. */
const MANY: Record<string, string> = { en: 'shooting', fr: 'fusillade', nl: 'schietpartij' };

describe.each(['en', 'fr', 'nl'])('search in %s', (lang) => {
  it('finds the Clemenceau pages first, and no commune page without a Clemenceau incident', async () => {
    const { page, problems } = await open(`/${lang}/search/?q=Clemenceau`);
    await page.locator('ol[data-results] > li').first().waitFor({ timeout: WAIT });
    const found = await results(page);
    // Every page the index finds, not only the first screen of them.
    // A string, so that the test runner does not rewrite the browser's import().
    const all = await page.evaluate<string[]>(`import('/pagefind/${lang}/pagefind.js').then((p) => p.search('Clemenceau')).then((s) => Promise.all(s.results.map((r) => r.data()))).then((d) => d.map((r) => r.url))`);
    expect(all.length).toBeGreaterThan(5);
    // Every incident at Clemenceau is in Anderlecht: the list of communes, and the other communes, only name it in chrome.
    expect(all.filter((url) => url.includes(`/${lang}/communes/`))).toEqual([`/${lang}/communes/21001-anderlecht/`]);
    expect(found.slice(0, 5).map((r) => fold(r.title))).toEqual(found.slice(0, 5).map((r) => fold(r.title)).filter((t) => t.includes('clemenceau')));
    expect(found.slice(0, 3).some((r) => r.href.endsWith(`/${lang}/hotspots/clemenceau/`))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('marks the words found in clean excerpts', async () => {
    const { page } = await open(`/${lang}/search/?q=Clemenceau`);
    await page.locator('ol[data-results] > li').first().waitFor({ timeout: WAIT });
    const found = await results(page);
    expect(found.every((r) => r.marks.length > 0 && r.marks.every((m) => fold(m).includes('clemenceau')))).toBe(true);
    // Labels and values, cells and notes glued together ("Date precisionto the day", "stationAnderlecht").
    for (const r of found) {
      expect(r.excerpt, r.href).not.toMatch(/precisionto|[a-zà-ÿ]{3}[A-ZÀ-Ý][a-zà-ÿ]|[a-zà-ÿ]{2}\d|\d{4}\d{2}:/u);
      expect(r.excerpt, r.href).not.toMatch(/<\/?mark>|&lt;|&gt;|&amp;/);
    }
    await page.close();
  }, 120_000);

  it('searches while the reader types, without pressing Enter, and keeps the query in the address', async () => {
    const { page, problems } = await open(`/${lang}/search/`);
    const input = page.locator('input[name="q"]');
    await input.click();
    await page.keyboard.type('Clemenc', { delay: 30 });
    await page.locator('ol[data-results] > li').first().waitFor({ timeout: WAIT });
    const first = await results(page);
    expect(first.length).toBeGreaterThan(0);
    const query = () => new URL(page.url()).searchParams.get('q');
    expect(query()).toBe('Clemenc');
    await page.keyboard.type('eau Peterbos', { delay: 30 });
    await expect.poll(query, { timeout: WAIT }).toBe('Clemenceau Peterbos');
    await expect.poll(async () => (await results(page)).map((r) => r.href).join(), { timeout: WAIT }).not.toBe(first.map((r) => r.href).join());
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows results beyond the first twenty on request', async () => {
    const { page, problems } = await open(`/${lang}/search/?q=${MANY[lang]}`);
    await page.locator('ol[data-results] > li').first().waitFor({ timeout: WAIT });
    const total = Number((await page.locator('[data-status]').textContent())?.match(/\d+/)?.[0]);
    expect(total).toBeGreaterThan(20);
    expect(await page.locator('ol[data-results] > li').count()).toBe(20);
    const more = page.locator('button[data-more]');
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('ol[data-results] > li').count(), { timeout: WAIT }).toBe(Math.min(total, 40));
    // The reader carries on from the first new result, not from the top of the page.
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('ol[data-results] > li')[20])).toBe(true);
    while (await more.isVisible()) {
      const before = await page.locator('ol[data-results] > li').count();
      await more.click();
      await expect.poll(() => page.locator('ol[data-results] > li').count(), { timeout: WAIT }).toBeGreaterThan(before);
    }
    expect(await page.locator('ol[data-results] > li').count()).toBe(total);
    const hrefs = (await results(page)).map((r) => r.href);
    expect(new Set(hrefs).size).toBe(total);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('fits its search box and button inside a phone screen', async () => {
    const { page, problems } = await openPage(site, `/${lang}/search/`, 375);
    const button = page.locator('.search-row button');
    await button.waitFor({ timeout: WAIT });
    const box = (await button.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
