/**
 * Numbers as a reader reads them, on every built page in every language:
 * no "at least 0", no rate or zero shown for a place with no record, no count
 * of 1 with a plural noun, and every article dated.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { byCommune } from '../../src/lib/aggregate.ts';
import { mergeArticles } from '../../src/lib/merge.ts';
import { publishedArticles } from '../../src/lib/publication.ts';
import { communeByNis } from '../../src/lib/reference.ts';
import { communeSlug } from '../../src/lib/slugs.ts';
import { DIST, htmlFiles } from './helpers.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );

/** What a reader or a screen reader gets: text between tags, and the labels carried in attributes. */
function readable(html: string): string[] {
  const body = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ');
  // Blocks and cells are separate phrases ("Injured 1 | Arrests"); inline tags join theirs ("<b>1</b> shooting").
  const blocks = body.replace(/<\/?(?:p|div|li|ul|ol|dl|dt|dd|table|tr|td|th|caption|figcaption|summary|details|section|nav|header|footer|h[1-6]|label|legend|option|button|text|tspan|title|g)\b[^>]*>/gi, ' | ');
  const text = decode(blocks.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
  const attributes = [...body.matchAll(/\s(?:aria-label|title|alt|content)="([^"]*)"/g)].map((m) => decode(m[1]!));
  return [text, ...attributes];
}

const pages = htmlFiles().map((file) => ({ file, html: readFileSync(file, 'utf8') }));
const texts = pages.map(({ file, html }) => ({ file, parts: readable(html) }));

function hits(re: RegExp): string[] {
  return texts.flatMap(({ file, parts }) =>
    parts.flatMap((p) => [...p.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))].map((m) => `${file}: …${p.slice(Math.max(0, m.index - 40), m.index + m[0].length + 30)}…`)),
  );
}

/** Nouns that never follow "1" in correct English, French or Dutch. */
const PLURAL_NOUNS = [
  // English
  'incidents', 'shootings', 'records', 'people', 'persons', 'types', 'kinds', 'victims', 'pages', 'articles', 'sources', 'stabbings', 'explosions', 'months', 'years', 'days', 'quarters', 'communes', 'stations', 'parts', 'arrests', 'deaths',
  // French
  'fusillades', 'fiches', 'personnes', 'victimes', 'tirs', 'attentats', 'années', 'jours', 'quartiers', 'parties', 'arrestations', 'morts', 'blessés', 'tuées', 'blessées',
  // Dutch
  'incidenten', 'schietpartijen', 'schietincidenten', 'personen', 'doden', 'gewonden', 'soorten', 'slachtoffers', 'artikelen', 'artikels', 'bronnen', 'explosies', 'maanden', 'jaren', 'dagen', 'wijken', 'gemeenten', 'delen', 'arrestaties', 'politieschoten', 'steekpartijen', 'terreuraanslagen',
];

const merged = mergeArticles(publishedArticles(loadContent('content/articles').entries));

describe('numbers on every page', () => {
  it('reads pages in all three languages', () => {
    for (const lang of ['en', 'fr', 'nl']) expect(pages.filter((p) => p.file.startsWith(`${DIST}/${lang}/`)).length).toBeGreaterThan(50);
  });

  it('never says "at least 0", "au moins 0" or "minstens 0"', () => {
    expect(hits(/\b(?:at least|au moins|minstens)\s+0(?![\d.,\u202f\u00a0]\d)/iu)).toEqual([]);
  });

  it('shows no rate of zero ("0.0 per 100,000", "0,0") for a place with no record', () => {
    expect(hits(/(?<![\d.,])0[.,]0+\s*(?:per|pour|par)\s/u)).toEqual([]);
    const cells = pages.flatMap(({ file, html }) =>
      [...html.matchAll(/<(td|dd)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => ({ file, text: decode(m[2]!.replace(/<[^>]+>/g, '')).trim() })),
    );
    expect(cells.filter((c) => /^0[.,]0+$/.test(c.text)).map((c) => `${c.file}: ${c.text}`)).toEqual([]);
  });

  it('shows "none logged", not "0", for the incidents, killed and injured of a commune with no record', () => {
    const empty = byCommune(merged.incidents).buckets.filter((b) => b.incidents === 0).map((b) => communeByNis.get(b.key)!);
    expect(empty.length, 'a commune with no record, to check').toBeGreaterThan(0);
    for (const lang of ['en', 'fr', 'nl'] as const) {
      const html = readFileSync(`${DIST}/${lang}/communes/index.html`, 'utf8');
      for (const commune of empty) {
        // The table of communes (incidents, killed, injured) and the map's table (incidents, residents, rate, area, rate).
        const rows = [...html.matchAll(new RegExp(`<tr>\\s*<th scope="row"><a href="[^"]*/${communeSlug(commune)}/"[\\s\\S]*?</tr>`, 'g'))].map((m) => m[0]);
        expect(rows, `${lang} rows of ${commune.name.en}`).toHaveLength(2);
        for (const row of rows) {
          const cells = [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]!.trim());
          const counted = cells.length === 5 ? [cells[0], cells[2], cells[4]] : cells;
          expect(cells.length === 3 || cells.length === 5, `${lang} ${commune.name.en}: ${cells.join(' | ')}`).toBe(true);
          for (const c of counted) expect(c, `${lang} ${commune.name.en}`).not.toMatch(/^\d/);
        }
      }
    }
  });

  it('never puts a count of 1 before a plural noun', () => {
    const re = new RegExp(`(?<![\\p{L}\\d.,\\u202f\\u00a0])1[\\s\\u00a0\\u202f]+(?:${PLURAL_NOUNS.join('|')})(?![\\p{L}])`, 'iu');
    expect(hits(re)).toEqual([]);
  });
});

describe('articles carry their dates', () => {
  const published = publishedArticles(loadContent('content/articles').entries);
  it.each(published.map((a) => [`${a.data.lang}/${a.slug}`, a] as const))('%s states when it was published, and updated when it was', (_, a) => {
    const html = readFileSync(`${DIST}/${a.data.lang}/articles/${a.slug}/index.html`, 'utf8');
    expect(html).toContain(`<time datetime="${a.data.published}">`);
    if (a.data.updated) expect(html).toContain(`<time datetime="${a.data.updated}">`);
  });
});
