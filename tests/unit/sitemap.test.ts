import { describe, expect, it } from 'vitest';
import { sitemapEntries, sitemapFiles } from '../../src/lib/sitemap.ts';

const BASE = 'https://example.org/sub/';
const LOCALES = ['en', 'fr', 'nl'];

describe('sitemap', () => {
  const pages = ['nl/incidents/x/', 'en/', '', 'fr/', 'nlx/', 'en/articles/story/', 'fr/incidents/x/', 'nl/', 'en/incidents/x/', 'fr/articles/histoire/'];
  // Called in each test, not in the describe body: Stryker ignores code run only while the file loads.
  const build = () => sitemapEntries(pages, BASE, LOCALES);
  const alternatesByLoc = () => new Map(build().map((e) => [e.loc, e.alternates.map((a) => `${a.lang} ${a.href}`)]));

  it('lists every page once, as an absolute address under the base, in a stable order', () => {
    const entries = build();
    expect(entries.map((e) => e.loc)).toEqual([
      'https://example.org/sub/',
      'https://example.org/sub/en/',
      'https://example.org/sub/en/articles/story/',
      'https://example.org/sub/en/incidents/x/',
      'https://example.org/sub/fr/',
      'https://example.org/sub/fr/articles/histoire/',
      'https://example.org/sub/fr/incidents/x/',
      'https://example.org/sub/nl/',
      'https://example.org/sub/nl/incidents/x/',
      'https://example.org/sub/nlx/',
    ]);
    expect(sitemapEntries([...pages, 'en/'], BASE, LOCALES)).toEqual(entries);
  });

  it('gives a page its versions at the same path in the other languages, itself included, in locale order', () => {
    const byLoc = alternatesByLoc();
    const all = ['en https://example.org/sub/en/incidents/x/', 'fr https://example.org/sub/fr/incidents/x/', 'nl https://example.org/sub/nl/incidents/x/'];
    expect(byLoc.get('https://example.org/sub/fr/incidents/x/')).toEqual(all);
    expect(byLoc.get('https://example.org/sub/nl/incidents/x/')).toEqual(all);
    expect(byLoc.get('https://example.org/sub/nl/')).toEqual(['en https://example.org/sub/en/', 'fr https://example.org/sub/fr/', 'nl https://example.org/sub/nl/']);
  });

  it('gives no alternates to a page in one language, or outside the language folders', () => {
    const byLoc = alternatesByLoc();
    expect(byLoc.get('https://example.org/sub/en/articles/story/')).toEqual([]);
    expect(byLoc.get('https://example.org/sub/')).toEqual([]);
    expect(byLoc.get('https://example.org/sub/nlx/')).toEqual([]);
  });

  it('writes files of at most the limit and an index naming each, with the alternates as xhtml:link', () => {
    const files = sitemapFiles(build(), BASE, 4);
    expect(files.map((f) => f.name)).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-index.xml']);
    expect(files.slice(0, 3).map((f) => f.content.match(/<url>/g)!.length)).toEqual([4, 4, 2]);
    expect(files[3]!.content).toContain('<sitemap><loc>https://example.org/sub/sitemap-2.xml</loc></sitemap>');
    expect(files[0]!.content).toContain(
      '<url><loc>https://example.org/sub/en/</loc><xhtml:link rel="alternate" hreflang="en" href="https://example.org/sub/en/"/><xhtml:link rel="alternate" hreflang="fr" href="https://example.org/sub/fr/"/><xhtml:link rel="alternate" hreflang="nl" href="https://example.org/sub/nl/"/></url>',
    );
    expect(files[0]!.content).toContain('<url><loc>https://example.org/sub/en/articles/story/</loc></url>');
  });

  it('escapes what XML needs escaped', () => {
    expect(sitemapFiles(sitemapEntries(['en/a&b/'], BASE, LOCALES), BASE)[0]!.content).toContain('<loc>https://example.org/sub/en/a&amp;b/</loc>');
  });
});
