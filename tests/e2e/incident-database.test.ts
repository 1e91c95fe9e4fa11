/**
 * The incident database as a reader uses it, in each language: filters that
 * match nothing say so and offer a way back, "not stated" never heads a
 * sorted column, the caption says what the table shows, and without the
 * script no heading pretends to be a button.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/strings.ts';
import type { Lang } from '../../src/lib/reference.ts';
import { typeset } from '../../src/lib/typography.ts';
import { openPage, siteSession } from './site-session.ts';

const site = siteSession();

const open = (path: string) => openPage(site, path);

const rows = 'table.incident-db tbody tr';
/** Ganshoren: no incident in the log, so filtering on it matches nothing. */
const NO_MATCH = '?commune=21008';
const CAPTION: Record<Lang, RegExp> = {
  en: /^(\d+) of (\d+) incidents, commune Anderlecht, 2025; choose a column heading to sort$/,
  fr: /^(\d+) sur (\d+) incidents, commune Anderlecht, 2025\u202F; choisissez un en-tête de colonne pour trier$/,
  nl: /^(\d+) van (\d+) incidenten, gemeente Anderlecht, 2025; kies een kolomkop om te sorteren$/,
};

describe.each(['en', 'fr', 'nl'] as const)('the incident database in %s', (lang) => {
  it('explains a filter that matches nothing, in a live region, and offers a reset', async () => {
    const { page, problems } = await open(`/${lang}/incidents/${NO_MATCH}`);
    await page.locator('table.incident-db thead button').first().waitFor({ timeout: 30_000 });
    expect(await page.locator(`${rows}:visible`).count()).toBe(0);
    const status = page.locator('[data-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toBe(t(lang, 'dbNoMatch'));
    expect(await status.isVisible()).toBe(true);
    const reset = page.getByRole('button', { name: t(lang, 'filterReset') });
    await reset.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator(`${rows}:visible`).count()).toBe(await page.locator(rows).count());
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('select[name="commune"]').inputValue()).toBe('');
    expect(await reset.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('puts "not stated" last whichever way every sortable column is sorted', async () => {
    const { page, problems } = await open(`/${lang}/incidents/`);
    await page.locator('table.incident-db thead button').first().waitFor({ timeout: 30_000 });
    const headings = await page.locator('table.incident-db thead th').allTextContents();
    const notStated = (column: number, text: string) => {
      const heading = headings[column];
      if (heading === t(lang, 'colDate')) return text.includes(t(lang, 'unknownPrecision'));
      if (heading === t(lang, 'colCommune')) return text === t(lang, 'communeNotStated');
      return text === t(lang, 'unknown');
    };
    const buttons = page.locator('table.incident-db thead th button');
    expect(await buttons.count()).toBeGreaterThanOrEqual(5);
    for (let b = 0; b < (await buttons.count()); b++) {
      const column = await buttons.nth(b).evaluate((el) => (el.closest('th') as HTMLTableCellElement).cellIndex);
      for (const direction of ['ascending', 'descending']) {
        await buttons.nth(b).click();
        expect(await page.locator('table.incident-db thead th').nth(column).getAttribute('aria-sort')).toBe(direction);
        const cells = await page.locator(`${rows} td:nth-child(${column + 1})`).allTextContents();
        const flags = cells.map((c) => notStated(column, c.trim()));
        const firstUnknown = flags.indexOf(true);
        if (firstUnknown >= 0) expect(flags.slice(firstUnknown), `${headings[column]} ${direction}`).not.toContain(false);
      }
    }
    // The data do hold values not stated in these columns, so the check above is not empty.
    const killed = await page.locator(`${rows} td:nth-child(5)`).allTextContents();
    expect(killed).toContain(t(lang, 'unknown'));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says in its caption what it shows, following the filters', async () => {
    const { page, problems } = await open(`/${lang}/incidents/?commune=21001&year=2025`);
    const caption = page.locator('table.incident-db caption');
    // On a busy machine the module script may run a moment after the network settles.
    await expect.poll(() => caption.textContent(), { timeout: 30_000 }).toMatch(CAPTION[lang]);
    const [, n, total] = (await caption.textContent())!.match(CAPTION[lang]) ?? [];
    expect(Number(n)).toBe(await page.locator(`${rows}:visible`).count());
    expect(Number(total)).toBe(await page.locator(rows).count());
    await page.locator('select[name="commune"]').selectOption('');
    await page.locator('select[name="year"]').selectOption('');
    // The page's French typography reaches the texts its script writes too.
    expect(await caption.textContent()).toBe(typeset(t(lang, 'dbCaptionSortHint', { caption: t(lang, 'dbCaptionAll', { total: Number(total) }) }), lang));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows plain column headings without JavaScript, and no promise of sorting', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}/${lang}/incidents/`);
    expect(await page.locator('table.incident-db thead button').count()).toBe(0);
    const cursors = await page.locator('table.incident-db thead th').evaluateAll((ths) => ths.map((th) => getComputedStyle(th).cursor));
    expect(cursors.every((c) => c !== 'pointer')).toBe(true);
    const caption = (await page.locator('table.incident-db caption').textContent()) ?? '';
    expect(caption).toBe(t(lang, 'dbCaptionAll', { total: await page.locator(rows).count() }));
    await context.close();
  });
});
