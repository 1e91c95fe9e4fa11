/**
 * Past its page limit the incident database becomes one page per year, a year
 * over the limit one page per month, a month over it numbered parts. The real
 * log is far below the limit, so this builds it with a limit of 5.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearOf } from '../../src/lib/partial-date.ts';
import { buildInto, corpus, filesUnder, read } from './helpers.ts';

const LIMIT = 5;
let work: string;
let out: string;
const { incidents } = corpus();

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'db-split-'));
  out = join(work, 'dist');
  buildInto(work, out, undefined, { DB_PAGE_LIMIT: String(LIMIT) });
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const rowIds = (html: string) => [...html.matchAll(/<tr id="incident-([^"]+)"/g)].map((m) => m[1]!);

/** The period a page's address names, checked against each row's own date. */
function inPeriod(date: string | null, path: string): boolean {
  const [year, month] = path.split('/');
  if (year === 'unknown') return date === null;
  if (date === null || String(yearOf(date)) !== year) return false;
  if (month === undefined) return true;
  return month === 'unknown' ? date.length === 4 : date.slice(5, 7) === month;
}

describe('a database over its page limit', () => {
  it.each(['en', 'fr', 'nl'])('(%s) links to pages by year, month and part, which together hold every incident once, none over the limit', (lang) => {
    const index = readFileSync(join(out, lang, 'incidents/index.html'), 'utf8');
    expect(rowIds(index)).toEqual([]);
    const links = [...new Set([...index.matchAll(new RegExp(`href="/${lang}/incidents/years/([^"]+)/"`, 'g'))].map((m) => m[1]!))];
    // The real log has more than LIMIT incidents in some month, so every level of the split is exercised.
    expect(links.some((l) => /^\d{4}$/.test(l))).toBe(true);
    expect(links.some((l) => /^\d{4}\/\d{2}$/.test(l))).toBe(true);
    expect(links.some((l) => /^\d{4}\/\d{2}\/\d+$/.test(l))).toBe(true);
    const seen: string[] = [];
    for (const link of links) {
      const page = join(out, lang, `incidents/years/${link}/index.html`);
      expect(existsSync(page), page).toBe(true);
      const ids = rowIds(readFileSync(page, 'utf8'));
      expect(ids.length, link).toBeGreaterThan(0);
      expect(ids.length, link).toBeLessThanOrEqual(LIMIT);
      for (const id of ids) expect(inPeriod(incidents.find((i) => i.id === id)!.date, link), `${id} on ${link}`).toBe(true);
      seen.push(...ids);
    }
    expect(seen.sort()).toEqual(incidents.map((i) => i.id).sort());
    expect(filesUnder(join(out, lang, 'incidents/years')).filter((f) => f.endsWith('.html'))).toHaveLength(links.length);
  });

  it('the normal build keeps a single page with every incident', () => {
    expect(rowIds(read('en/incidents/index.html')).sort()).toEqual(incidents.map((i) => i.id).sort());
    expect(existsSync('dist/en/incidents/years')).toBe(false);
  });
});
