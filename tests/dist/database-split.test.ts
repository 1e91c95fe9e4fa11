/**
 * Past its page limit the incident database becomes one page per year. The
 * real log is far below the limit, so this builds it with a limit of 5.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearOf } from '../../src/lib/partial-date.ts';
import { buildInto, corpus, read } from './helpers.ts';

let work: string;
let out: string;
const { incidents } = corpus();

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'db-split-'));
  out = join(work, 'dist');
  buildInto(work, out, undefined, { DB_PAGE_LIMIT: '5' });
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const rowIds = (html: string) => [...html.matchAll(/<tr id="incident-([^"]+)"/g)].map((m) => m[1]!);

describe('a database over its page limit', () => {
  it.each(['en', 'fr', 'nl'])('(%s) links to one page per year, which together hold every incident once', (lang) => {
    const index = readFileSync(join(out, lang, 'incidents/index.html'), 'utf8');
    expect(rowIds(index)).toEqual([]);
    const years = [...new Set(incidents.map((i) => (i.date === null ? 'unknown' : String(yearOf(i.date)))))];
    const seen: string[] = [];
    for (const year of years) {
      expect(index).toContain(`href="/${lang}/incidents/years/${year}/"`);
      const page = join(out, lang, `incidents/years/${year}/index.html`);
      expect(existsSync(page), page).toBe(true);
      const ids = rowIds(readFileSync(page, 'utf8'));
      for (const id of ids) {
        const inc = incidents.find((i) => i.id === id)!;
        expect(inc.date === null ? 'unknown' : String(yearOf(inc.date))).toBe(year);
      }
      seen.push(...ids);
    }
    expect(seen.sort()).toEqual(incidents.map((i) => i.id).sort());
  });

  it('the normal build keeps a single page with every incident', () => {
    expect(rowIds(read('en/incidents/index.html')).sort()).toEqual(incidents.map((i) => i.id).sort());
    expect(existsSync('dist/en/incidents/years')).toBe(false);
  });
});
