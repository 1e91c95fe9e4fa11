/**
 * axe-core on every page type at phone and desktop width, for a reader who
 * prefers a light and one who prefers a dark colour scheme: dark mode has its
 * own palette, and a phone its own layout, so each can break contrast or
 * targets on its own. One browser; one context per scheme; each page is loaded
 * once per scheme and checked at both widths.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteSession } from './site-session.ts';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const PAGES = [
  '/en/',
  '/fr/',
  '/nl/',
  '/en/articles/',
  '/en/articles/what-the-57-shootings-count-means/',
  '/fr/articles/57-fusillades-ce-que-dit-le-decompte/',
  '/nl/articles/57-schietincidenten-wat-de-telling-zegt/',
  '/en/articles/anderlecht-patrol-fired-on-rue-dante/',
  '/en/articles/shooting-log-2025-02/',
  '/en/communes/',
  '/en/communes/21001-anderlecht/',
  '/en/quarters/',
  '/en/quarters/11-cureghem-bara/',
  '/en/hotspots/clemenceau/',
  '/en/incidents/2025-02-05-anderlecht-clemenceau-metro/',
  '/en/incidents/',
  '/en/data/',
  '/en/methodology/',
  '/en/corrections/',
  '/en/search/',
];
const WIDTHS = [1280, 375];
const SCHEMES = ['light', 'dark'] as const;

const site = siteSession();

/** axe's WCAG 2.2 A/AA violations on the page as it is now, one line per rule with its first nodes. */
async function violations(page: Page): Promise<string[]> {
  return page.evaluate(async (tags) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('; ')})`);
  }, TAGS);
}

describe.each(SCHEMES)('%s colour scheme', (scheme) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ colorScheme: scheme, viewport: { width: WIDTHS[0]!, height: 900 } });
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(PAGES)(`%s has no WCAG 2.2 A/AA violation at ${WIDTHS.join(' and ')} px`, async (path) => {
    const page = await context.newPage();
    const response = await page.goto(site.base + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    await page.evaluate(AXE);
    const found: Record<number, string[]> = {};
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      found[width] = await violations(page);
    }
    await page.close();
    expect(found).toEqual(Object.fromEntries(WIDTHS.map((w) => [w, []])));
  }, 180_000);
});
