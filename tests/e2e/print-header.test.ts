/**
 * Paper and the masthead. Printed (print media emulated): no "Data table" label
 * without its table, no form, search box, filter or language switcher, the sources'
 * addresses shown, and the publication's own address, never a preview server's.
 * On screen: the language switcher stays on the masthead's row at 1280 px in every
 * language, and the header fits a 375 px screen.
 */
import { mkdirSync } from 'node:fs';
import { type Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicUrl, siteUrl } from '../../src/site/site-url.ts';

/** Where a page of this build says it lives (the constant, or the Actions repository's Pages address, or SITE_URL). */
const at = (path: string) => publicUrl(`${(process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/')}${path}`, siteUrl(process.env, false));
import { siteSession } from './site-session.ts';

const SHOTS = 'test-results/screenshots';

const site = siteSession();

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

async function open(path: string, width: number, media: 'screen' | 'print' = 'screen'): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  await page.emulateMedia({ media });
  const response = await page.goto(site.base + path, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(200);
  return page;
}

/** What a printed page shows that it should not, read from the laid-out page. */
function printProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // checkVisibility, not a box: the content of a closed <details> still has a layout box, but is not shown.
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const problems: string[] = [];
    for (const d of document.querySelectorAll('details')) {
      const summary = d.querySelector(':scope > summary');
      const table = d.querySelector('table');
      if (summary && shown(summary) && !(table && shown(table))) problems.push(`"${summary.textContent?.trim()}" printed without its table`);
    }
    // A column heading's sort button prints as the heading it is; any other control has no use on paper.
    for (const el of document.querySelectorAll('form, input, select, button:not(th > button), .lang-switch, .site-nav, .db-filter')) {
      if (shown(el)) problems.push(`printed: <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`);
    }
    return problems;
  });
}

describe('printed pages', () => {
  it.each(['/fr/', '/en/incidents/', '/nl/communes/21001-anderlecht/', '/en/search/', '/fr/articles/57-fusillades-ce-que-dit-le-decompte/'])(
    '%s prints no lone "Data table" label, no form, filter, search box or switcher',
    async (path) => {
      const page = await open(path, 1280, 'print');
      expect(await page.locator('details').count() + (await page.locator('form').count())).toBeGreaterThan(0);
      expect(await printProblems(page)).toEqual([]);
      await page.close();
    },
  );

  it('prints the publication\'s own address, not a preview server\'s', async () => {
    const page = await open('/fr/', 1280, 'print');
    const line = page.locator('.print-only');
    expect(await line.isVisible()).toBe(true);
    const text = (await line.textContent()) ?? '';
    expect(text).toContain(at('fr/'));
    expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
    await page.close();
  });

  it('prints the address of every source link', async () => {
    const page = await open('/fr/articles/57-fusillades-ce-que-dit-le-decompte/', 1280, 'print');
    const missing = await page.locator('.sources a[href^="http"]').evaluateAll((links) =>
      links.filter((a) => !getComputedStyle(a, '::after').content.includes(a.getAttribute('href')!)).map((a) => a.getAttribute('href')));
    expect(await page.locator('.sources a[href^="http"]').count()).toBeGreaterThan(0);
    expect(missing).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/print_fr_article.png`, fullPage: true });
    await page.close();
  });
});

describe.each(['en', 'fr', 'nl'])('the %s header', (lang) => {
  it('keeps the language switcher on the masthead\'s row at 1280 px', async () => {
    const page = await open(`/${lang}/`, 1280);
    const brand = (await page.locator('.site-header .brand').boundingBox())!;
    const langs = (await page.locator('.site-header .lang-switch').boundingBox())!;
    // Same row: the two boxes overlap vertically, and the switcher is to the masthead's right.
    expect(langs.y).toBeLessThan(brand.y + brand.height);
    expect(langs.y + langs.height).toBeGreaterThan(brand.y);
    expect(langs.x).toBeGreaterThan(brand.x + brand.width);
    await page.locator('.site-header').screenshot({ path: `${SHOTS}/header_${lang}_1280.png` });
    await page.close();
  });

  it('fits a 375 px screen: nothing overflows sideways, the switcher stays on screen', async () => {
    const page = await open(`/${lang}/`, 375);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const langs = (await page.locator('.site-header .lang-switch').boundingBox())!;
    expect(langs.x + langs.width).toBeLessThanOrEqual(375);
    await page.locator('.site-header').screenshot({ path: `${SHOTS}/header_${lang}_375.png` });
    await page.close();
  });
});
