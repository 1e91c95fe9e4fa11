/**
 * What the built search index holds, read from its fragments (one per page,
 * gzipped JSON after a short header): each page's own text, with words kept
 * apart, and none of the chrome that repeats from page to page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/strings.ts';
import { HOTSPOTS, LANGS, type Lang } from '../../src/lib/reference.ts';
import { DIST } from './helpers.ts';

interface Fragment { url: string; content: string }

function fragments(lang: Lang): Fragment[] {
  const dir = join(DIST, 'pagefind', lang, 'fragment');
  return readdirSync(dir).map((f) => {
    const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
  });
}

describe.each(LANGS)('the search index in %s', (lang) => {
  const all = fragments(lang);
  const page = (url: string) => all.find((f) => f.url === url)!;

  it('keeps labels apart from their values', () => {
    const record = page(`/${lang}/incidents/2025-02-05-anderlecht-clemenceau-metro/`).content;
    expect(record).toContain(`${t(lang, 'fieldId')} 2025-02-05-anderlecht-clemenceau-metro`);
    expect(record).toContain(`${t(lang, 'fieldDatePrecision')} ${t(lang, 'dateprec_day')}`);
  });

  it('holds none of the chrome repeated across pages', () => {
    for (const chrome of [t(lang, 'footerMethod'), t(lang, 'chartTable'), t(lang, 'chartSourceLine'), t(lang, 'skipToContent')]) {
      expect(all.filter((f) => f.content.includes(chrome)).map((f) => f.url), chrome).toEqual([]);
    }
  });

  it('gives a commune without incidents (Ganshoren) no other place’s name from maps and lists', () => {
    const ganshoren = page(`/${lang}/communes/21008-ganshoren/`).content;
    for (const name of ['Anderlecht', ...HOTSPOTS.map((h) => h.name[lang])]) expect(ganshoren, name).not.toContain(name);
  });
});

describe.each(['fr', 'nl'] as const)('the %s search index and passages in another language', (lang) => {
  it('leaves out a record’s text shown in another language, which the index of that language holds', () => {
    const all = fragments(lang);
    const english = fragments('en');
    const passages: { url: string; text: string }[] = [];
    for (const f of all.filter((x) => x.url.includes('/incidents/20'))) {
      const html = readFileSync(join(DIST, f.url, 'index.html'), 'utf8');
      // Free text of a record marked as English on a French or Dutch page (a note, a place);
      // the first 30 characters before any entity, which the index holds decoded.
      for (const m of html.matchAll(/<span[^>]* lang="en"[^>]*>([^<&]{30,})/g)) passages.push({ url: f.url, text: m[1]!.slice(0, 30) });
    }
    expect(passages.length).toBeGreaterThan(10);
    for (const p of passages) {
      expect(all.find((f) => f.url === p.url)!.content, p.url).not.toContain(p.text);
      expect(english.find((f) => f.url === p.url.replace(`/${lang}/`, '/en/'))!.content, p.url).toContain(p.text);
    }
  });
});
