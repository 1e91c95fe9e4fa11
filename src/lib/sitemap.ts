/**
 * The sitemap, written from the list of built pages. Each page lists its
 * versions in the other languages (same path under another language prefix)
 * as hreflang alternates. One pass groups the pages by that path, so the cost
 * is linear in the number of pages (@astrojs/sitemap scans every page for
 * every page: 25 s at 62,000 pages).
 */
import { escapeXml } from './share-image.ts';

export interface SitemapEntry {
  loc: string;
  /** Versions of the page in each language, this one included; empty when there is only one. */
  alternates: { lang: string; href: string }[];
}

/** The search engines' limit is 50,000 URLs a file; stay under it, as @astrojs/sitemap does. */
export const SITEMAP_ENTRY_LIMIT = 45_000;

/**
 * `pages` are paths below the site's base ("en/incidents/", "" for the root),
 * `base` the absolute address of the site's base ("https://example.org/sub/").
 */
export function sitemapEntries(pages: readonly string[], base: string, locales: readonly string[]): SitemapEntry[] {
  const localeOf = (page: string) => locales.find((l) => page.startsWith(`${l}/`));
  const byRest = new Map<string, { lang: string; href: string }[]>();
  // The default sort orders strings by UTF-16 code units, as < does: stable across builds and locales.
  const rows = [...new Set(pages)]
    .sort()
    .map((page) => {
      const href = new URL(page, base).href;
      const lang = localeOf(page);
      if (lang === undefined) return { href, versions: undefined };
      const rest = page.slice(lang.length);
      let versions = byRest.get(rest);
      if (!versions) byRest.set(rest, (versions = []));
      versions.push({ lang, href });
      return { href, versions };
    });
  const order = (v: { lang: string }) => locales.indexOf(v.lang);
  for (const versions of byRest.values()) versions.sort((a, b) => order(a) - order(b));
  return rows.map(({ href, versions }) => ({ loc: href, alternates: versions && versions.length > 1 ? versions : [] }));
}

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (e) =>
      `<url><loc>${escapeXml(e.loc)}</loc>${e.alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.lang)}" href="${escapeXml(a.href)}"/>`).join('')}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join('')}</urlset>\n`;
}

export function sitemapIndexXml(sitemaps: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${sitemaps.map((s) => `<sitemap><loc>${escapeXml(s)}</loc></sitemap>`).join('')}</sitemapindex>\n`;
}

/** The files to write: `sitemap-0.xml`, `sitemap-1.xml`… of at most `limit` entries, and `sitemap-index.xml` naming them. */
export function sitemapFiles(entries: readonly SitemapEntry[], base: string, limit = SITEMAP_ENTRY_LIMIT): { name: string; content: string }[] {
  const files: { name: string; content: string }[] = [];
  for (let i = 0; i * limit < Math.max(entries.length, 1); i++) {
    files.push({ name: `sitemap-${i}.xml`, content: sitemapXml(entries.slice(i * limit, (i + 1) * limit)) });
  }
  return [...files, { name: 'sitemap-index.xml', content: sitemapIndexXml(files.map((f) => new URL(f.name, base).href)) }];
}
