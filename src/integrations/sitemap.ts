/**
 * Writes the sitemap after the build from the pages Astro generated (see
 * src/lib/sitemap.ts for why this replaces @astrojs/sitemap).
 */
import { writeFile } from 'node:fs/promises';
import type { AstroConfig, AstroIntegration } from 'astro';
import { sitemapEntries, sitemapFiles } from '../lib/sitemap.ts';
import { publicUrl } from '../site/site-url.ts';

export interface SitemapOptions {
  locales: readonly string[];
  /** Pages to leave out, by path below the base ("" is the root). */
  exclude?: (page: string) => boolean;
}

export default function sitemap({ locales, exclude = () => false }: SitemapOptions): AstroIntegration {
  let config: AstroConfig;
  return {
    name: 'site-sitemap',
    hooks: {
      'astro:config:done': ({ config: c }) => {
        config = c;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!config.site) throw new Error('the sitemap needs the `site` option');
        const base = publicUrl(config.base.endsWith('/') ? config.base : `${config.base}/`, config.site);
        const entries = sitemapEntries(
          pages.map((p) => p.pathname).filter((p) => !exclude(p)),
          base,
          locales,
        );
        const files = sitemapFiles(entries, base);
        await Promise.all(files.map((f) => writeFile(new URL(f.name, dir), f.content)));
        logger.info(`${entries.length} pages in ${files.length - 1} sitemap file(s)`);
      },
    },
  };
}
