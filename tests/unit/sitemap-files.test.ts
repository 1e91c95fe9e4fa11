/** The sitemap files as search engines fetch them: exact XML, and the split into files of at most the limit. */
import { describe, expect, it } from 'vitest';
import { sitemapEntries, sitemapFiles, sitemapIndexXml, sitemapXml } from '../../src/lib/sitemap.ts';

const BASE = 'https://example.org/sub/';
const entry = (n: number) => ({ loc: `https://example.org/sub/p${n}/`, alternates: [] });

describe('sitemap files', () => {
  it('writes the urlset and the index exactly, each ending with a newline', () => {
    expect(sitemapXml([{ loc: 'https://e.org/en/?a=1&b=2', alternates: [{ lang: 'en', href: 'https://e.org/en/' }, { lang: 'fr', href: 'https://e.org/fr/' }] }])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">' +
        '<url><loc>https://e.org/en/?a=1&amp;b=2</loc><xhtml:link rel="alternate" hreflang="en" href="https://e.org/en/"/><xhtml:link rel="alternate" hreflang="fr" href="https://e.org/fr/"/></url>' +
        '</urlset>\n',
    );
    expect(sitemapIndexXml(['https://e.org/sitemap-0.xml', 'https://e.org/sitemap-1.xml'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://e.org/sitemap-0.xml</loc></sitemap><sitemap><loc>https://e.org/sitemap-1.xml</loc></sitemap></sitemapindex>\n',
    );
  });

  it('writes one url element after another, with nothing between them', () => {
    expect(sitemapXml([entry(1), entry(2)])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">' +
        '<url><loc>https://example.org/sub/p1/</loc></url><url><loc>https://example.org/sub/p2/</loc></url>' +
        '</urlset>\n',
    );
  });

  it('still writes one (empty) sitemap and the index for a site without pages', () => {
    const files = sitemapFiles([], BASE);
    expect(files.map((f) => f.name)).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(files[0]!.content).not.toContain('<url>');
    expect(files[1]!.content).toContain('<loc>https://example.org/sub/sitemap-0.xml</loc>');
  });

  it('fills each file to the limit, with no empty file when the count is a multiple of it', () => {
    const files = sitemapFiles([1, 2, 3, 4, 5, 6].map(entry), BASE, 3);
    expect(files.map((f) => f.name)).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(files[1]!.content).toContain('<loc>https://example.org/sub/p4/</loc>');
    expect(files[1]!.content).not.toContain('p3/');
  });

  it('treats a folder named like a language only as that language, and a page of one language alone', () => {
    // "en" is a locale: "en/" and "en/x/" are English; "english/" is not.
    const entries = sitemapEntries(['en/x/', 'fr/x/', 'english/', 'en/'], BASE, ['en', 'fr']);
    expect(entries.map((e) => [e.loc, e.alternates.map((a) => a.lang)])).toEqual([
      ['https://example.org/sub/en/', []],
      ['https://example.org/sub/en/x/', ['en', 'fr']],
      ['https://example.org/sub/english/', []],
      ['https://example.org/sub/fr/x/', ['en', 'fr']],
    ]);
  });

  it('lists a page’s versions in the order of the locales given, not alphabetically', () => {
    const entries = sitemapEntries(['en/x/', 'fr/x/', 'nl/x/'], BASE, ['nl', 'fr', 'en']);
    expect(entries[0]!.alternates.map((a) => a.lang)).toEqual(['nl', 'fr', 'en']);
  });
});
