/**
 * Every address a built file gives (canonical, hreflang, og:url, feeds, sitemap,
 * robots.txt, open data, the printed source line) is the publication's, never the
 * preview server's: a build without SITE_URL links to the public site (src/site/site-url.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, filesUnder } from './helpers.ts';
import { publicUrl, siteUrl } from '../../src/site/site-url.ts';

/** Where a page of this build says it lives (the constant, or the Actions repository's Pages address, or SITE_URL). */
const at = (path: string) => publicUrl(`${(process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/')}${path}`, siteUrl(process.env, false));

const TEXT = /\.(html|xml|json|txt|csv|geojson)$/;

describe('the built site', () => {
  const files = filesUnder(DIST).filter((f) => TEXT.test(f) && !f.includes('/pagefind/'));

  it('has feeds, sitemaps and pages to check', () => {
    expect(files.filter((f) => f.endsWith('rss.xml')).length).toBe(3);
    expect(files.some((f) => f.endsWith('sitemap-index.xml'))).toBe(true);
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(100);
  });

  it('contains "localhost" in no file', () => {
    expect(files.filter((f) => readFileSync(f, 'utf8').includes('localhost'))).toEqual([]);
  });

  it('gives canonical, feed and sitemap addresses on the public site, base path kept', () => {
    const first = (file: string, re: RegExp) => readFileSync(`${DIST}/${file}`, 'utf8').match(re)?.[1];
    expect(first('fr/index.html', /<link rel="canonical" href="([^"]+)"/)).toBe(at('fr/'));
    expect(first('fr/index.html', /<p class="print-only">[^<]*?(https?:\/\/\S+)<\/p>/)).toBe(at('fr/'));
    expect(first('en/rss.xml', /<item>.*?<link>([^<]+)<\/link>/s)).toMatch(new RegExp(`^${at('en/articles/')}[^/]+/$`));
    expect(first('sitemap-index.xml', /<loc>([^<]+)<\/loc>/)).toBe(at('sitemap-0.xml'));
    expect(first('robots.txt', /Sitemap: (\S+)/)).toBe(at('sitemap-index.xml'));
  });
});
