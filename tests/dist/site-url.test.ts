/**
 * Every address a built file gives (canonical, hreflang, og:url, feeds, sitemap,
 * robots.txt, open data, the printed source line) is the publication's, never the
 * preview server's: a build without SITE_URL links to the public site (src/site/site-url.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, filesUnder } from './helpers.ts';
import { PRODUCTION_SITE } from '../../src/site/site-url.ts';

const TEXT = /\.(html|xml|json|txt|csv|geojson)$/;

describe.skipIf(process.env['SITE_URL'])('the built site without SITE_URL', () => {
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
    expect(first('fr/index.html', /<link rel="canonical" href="([^"]+)"/)).toBe(`${PRODUCTION_SITE}fr/`);
    expect(first('fr/index.html', /<p class="print-only">[^<]*?(https?:\/\/\S+)<\/p>/)).toBe(`${PRODUCTION_SITE}fr/`);
    expect(first('en/rss.xml', /<item>.*?<link>([^<]+)<\/link>/s)).toMatch(new RegExp(`^${PRODUCTION_SITE}en/articles/[^/]+/$`));
    expect(first('sitemap-index.xml', /<loc>([^<]+)<\/loc>/)).toBe(`${PRODUCTION_SITE}sitemap-0.xml`);
    expect(first('robots.txt', /Sitemap: (\S+)/)).toBe(`${PRODUCTION_SITE}sitemap-index.xml`);
  });
});
