/**
 * What only a browser shows: pages load without console errors or failed
 * requests, axe finds no WCAG 2.2 A/AA violation, the map and the database
 * work from the keyboard, search finds an incident by place, and nothing
 * overflows a 375 px screen. Runs Debian's Chromium through playwright-core.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, siteSession } from './site-session.ts';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = 'test-results/screenshots';

const PAGES = [
  '/en/',
  '/fr/',
  '/nl/',
  '/en/articles/',
  '/en/articles/anderlecht-patrol-fired-on-rue-dante/',
  '/en/articles/what-the-57-shootings-count-means/',
  '/en/incidents/',
  '/fr/incidents/2025-02-05-anderlecht-clemenceau-metro/',
  '/en/communes/',
  '/nl/communes/21001-anderlecht/',
  '/en/hotspots/clemenceau/',
  '/en/quarters/',
  '/fr/quarters/11-cureghem-bara/',
  '/nl/hotspots/parc-bonnevie/',
  '/fr/data/',
  '/nl/methodology/',
  '/en/corrections/',
  '/en/search/',
];

const site = siteSession();

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

const open = (path: string, width = 1280) => openPage(site, path, width);

describe('an address with no page', () => {
  it('answers 404 with the site\'s page in the three languages, each marked, linking to each edition, with no WCAG violation', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 900 } });
    const response = await page.goto(`${site.base}/en/hotspots/`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(404);
    const sections = await page.locator('main section').evaluateAll((els) => els.map((el) => ({ lang: el.getAttribute('lang'), h1: el.querySelector('h1')?.textContent, home: el.querySelector('a')?.getAttribute('href') })));
    expect(sections).toEqual([
      { lang: 'en', h1: 'Page not found', home: '/en/' },
      { lang: 'fr', h1: 'Page introuvable', home: '/fr/' },
      { lang: 'nl', h1: 'Pagina niet gevonden', home: '/nl/' },
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe.each(PAGES)('%s', (path) => {
  it('loads with no console error, no failed or off-site request, and no WCAG 2.2 A/AA violation', async () => {
    const { page, problems } = await open(path);
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
    });
    expect(problems).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('fits a 375 px screen without horizontal scrolling', async () => {
    const { page } = await open(path, 375);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const name = path.replace(/\W+/g, '_');
    await page.screenshot({ path: `${SHOTS}/${name}375.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}1280.png`, fullPage: true });
    await page.close();
  });
});

describe('the map', () => {
  it('is visible and every commune is reachable by keyboard, announced with its values', async () => {
    const { page } = await open('/en/communes/');
    const box = await page.locator('#map-communes svg').boundingBox();
    expect(box!.height).toBeGreaterThan(200);
    const areas = page.locator('#map-communes a.area');
    expect(await areas.count()).toBe(19);
    const labels = await areas.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    // Three states, never a zero rate: nothing logged, too few for a rate, or the rates.
    for (const l of labels) expect(l).toMatch(/^[^:]+: (no incident logged|(1 incident|\d+ incidents); too few for a rate|\d+ incidents; .+ per 100,000 residents; .+ per km²)$/);
    expect(labels.some((l) => / per 100,000 residents; /.test(l))).toBe(true);
    // Tab from the last radio button into the map: the first commune gets focus, Enter opens its page.
    await page.locator('#map-communes input[value="perKm2"]').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(focused).toMatch(/incident/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/communes\/210\d\d-[a-z-]+\/$/);
    await page.close();
  });

  it('switches measure from the keyboard without JavaScript, and the legend follows', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}/en/communes/`);
    await expect(page.locator('.map-legend[data-measure="count"]').isVisible()).resolves.toBe(true);
    await page.locator('#map-communes input[value="count"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#map-communes input[value="per100k"]').isChecked()).toBe(true);
    expect(await page.locator('.map-legend[data-measure="per100k"]').isVisible()).toBe(true);
    expect(await page.locator('.map-legend[data-measure="count"]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('the map of quarters', () => {
  it('is visible, announces every quarter with its values, and a quarter is reached and opened from the keyboard', async () => {
    const { page, problems } = await open('/en/quarters/');
    const box = await page.locator('#map-quarters svg.map-svg').boundingBox();
    expect(box!.height).toBeGreaterThan(200);
    const areas = page.locator('#map-quarters a.area');
    expect(await areas.count()).toBe(145);
    const labels = await areas.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    for (const l of labels) expect(l).toMatch(/^.+, .+: (no incident logged|(1 incident|\d+ incidents); .+)$/);
    expect(labels.some((l) => /per 10,000 residents$/.test(l))).toBe(true);
    // From the measure switch, Tab reaches the link that skips the map, then the quarters one by one.
    await page.locator('#map-quarters input[value="per10k"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/Skip the map/);
    let label = '';
    for (let i = 0; i < 146 && !label.startsWith('Cureghem Bara,'); i++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    }
    expect(label).toMatch(/^Cureghem Bara, Anderlecht and Saint-Gilles: \d+ incidents; /);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/quarters\/11-cureghem-bara\/$/);
    expect(await page.locator('h1').textContent()).toBe('Cureghem Bara');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('skips to its data table from the keyboard, and the table holds every quarter', async () => {
    const { page } = await open('/en/quarters/');
    await page.locator('#map-quarters .skip-map').focus();
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#map-quarters-table$/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    expect(await page.locator('#map-quarters-table table').first().locator('tbody tr').count()).toBe(145);
    await page.close();
  });
});

describe('the incident database', () => {
  it('shows every incident without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}/en/incidents/?commune=21001`);
    const rows = await page.locator('table.incident-db tbody tr').count();
    expect(rows).toBeGreaterThan(10);
    expect(await page.locator('table.incident-db tbody tr:visible').count()).toBe(rows);
    await context.close();
  });

  it('filters from a deep link and from the keyboard, keeping the URL in step', async () => {
    const { page, problems } = await open('/en/incidents/?commune=21001');
    const visible = () => page.locator('table.incident-db tbody tr:visible');
    const all = await page.locator('table.incident-db tbody tr').count();
    const anderlecht = await visible().count();
    expect(anderlecht).toBeGreaterThan(0);
    expect(anderlecht).toBeLessThan(all);
    for (const commune of await visible().locator('td:nth-child(2)').allTextContents()) expect(commune).toBe('Anderlecht');
    await page.locator('select[name="commune"]').focus();
    await page.keyboard.press('Home');
    await page.locator('select[name="commune"]').selectOption('');
    expect(await visible().count()).toBe(all);
    await page.locator('select[name="victims"]').selectOption('killed');
    expect(page.url()).toContain('victims=killed');
    expect(await page.locator('[data-status]').textContent()).toMatch(/^Showing \d+ of \d+ incidents$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('sorts by a column from its header button, announcing the order', async () => {
    const { page, problems } = await open('/en/incidents/');
    // Counts no source states have an empty key and come last either way (tests/e2e/incident-database.test.ts).
    const killed = () => page.locator('table.incident-db tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['killed']).filter((k) => k !== '').map(Number));
    const header = page.locator('button[data-sort="killed"]');
    await header.focus();
    await page.keyboard.press('Enter');
    const ascending = await killed();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await page.locator('th:has(button[data-sort="killed"])').getAttribute('aria-sort')).toBe('ascending');
    await page.keyboard.press('Enter');
    const descending = await killed();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(new Set(descending).size).toBeGreaterThan(1);
    expect(await page.locator('th:has(button[data-sort="killed"])').getAttribute('aria-sort')).toBe('descending');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('search', () => {
  it('finds an incident by its place name', async () => {
    const { page, problems } = await open('/en/search/?q=Dante');
    await page.locator('ol[data-results] li').first().waitFor({ timeout: 10_000 });
    const hrefs = await page.locator('ol[data-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.includes('/en/incidents/') || h.includes('/en/articles/anderlecht-patrol-fired-on-rue-dante/'))).toBe(true);
    expect(hrefs.some((h) => h.includes('/en/incidents/'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});
