import { describe, expect, it } from 'vitest';
import { DEV_SITE, PRODUCTION_SITE, publicUrl, siteUrl } from '../../src/site/site-url.ts';

describe('the public site address', () => {
  it('is the production address for every build unless SITE_URL says otherwise; the dev server links to itself', () => {
    expect(siteUrl({}, false)).toBe(PRODUCTION_SITE);
    expect(siteUrl({}, true)).toBe(DEV_SITE);
    expect(siteUrl({ SITE_URL: 'https://example.org' }, false)).toBe('https://example.org');
    expect(siteUrl({ SITE_URL: 'https://example.org' }, true)).toBe('https://example.org');
  });

  it('inside GitHub Actions is the Pages address of the repository the deploy runs in', () => {
    expect(siteUrl({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Newsroom/brussels-shootings' }, false)).toBe('https://newsroom.github.io/brussels-shootings/');
    expect(siteUrl({ GITHUB_REPOSITORY: 'Newsroom/brussels-shootings' }, false)).toBe(PRODUCTION_SITE);
  });

  it('keeps the site\'s own path, and does not repeat it when the base path already carries it', () => {
    expect(publicUrl('/fr/', 'https://o.github.io/repo/')).toBe('https://o.github.io/repo/fr/');
    expect(publicUrl('/repo/fr/', 'https://o.github.io/repo/')).toBe('https://o.github.io/repo/fr/');
    expect(publicUrl('/repo/fr/', 'https://o.github.io')).toBe('https://o.github.io/repo/fr/');
    expect(publicUrl('/fr/', 'https://example.org')).toBe('https://example.org/fr/');
    expect(publicUrl('sitemap-index.xml', 'https://example.org/')).toBe('https://example.org/sitemap-index.xml');
  });
});
