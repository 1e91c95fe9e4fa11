/** URL builders, so that every link honours the configured base path. */
import type { Lang } from '../lib/reference.ts';
import { publicUrl } from './site-url.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export function homePath(lang: Lang): string {
  return `${base}/${lang}/`;
}

export function articlePath(lang: Lang, slug: string): string {
  return `${base}/${lang}/articles/${slug}/`;
}

export function articlesPath(lang: Lang): string {
  return `${base}/${lang}/articles/`;
}

export function assetPath(path: string): string {
  return `${base}/${path.replace(/^\//, '')}`;
}

export function communePath(lang: Lang, slug: string): string {
  return `${base}/${lang}/communes/${slug}/`;
}

export function communesPath(lang: Lang): string {
  return `${base}/${lang}/communes/`;
}

export function hotspotPath(lang: Lang, slug: string): string {
  return `${base}/${lang}/hotspots/${slug}/`;
}

export function incidentPath(lang: Lang, id: string): string {
  return `${base}/${lang}/incidents/${id}/`;
}

export function incidentsPath(lang: Lang): string {
  return `${base}/${lang}/incidents/`;
}

export function pagePath(lang: Lang, page: 'methodology' | 'data' | 'corrections' | 'search'): string {
  return `${base}/${lang}/${page}/`;
}

export function dataFilePath(name: string): string {
  return `${base}/data/${name}`;
}

/** Under the language folder so the image route renders after the pages (see share-images.ts). */
export function shareImagePath(lang: Lang, slug: string): string {
  return `${base}/${lang}/og/${slug}.png`;
}

export function feedPath(lang: Lang): string {
  return `${base}/${lang}/rss.xml`;
}

/** A page of the split database: `key` is a year, a year/month, or either with a part number. */
export function incidentsPeriodPath(lang: Lang, key: string): string {
  return `${base}/${lang}/incidents/years/${key}/`;
}

export function quartersPath(lang: Lang): string {
  return `${base}/${lang}/quarters/`;
}

export function quarterPath(lang: Lang, slug: string): string {
  return `${base}/${lang}/quarters/${slug}/`;
}

/** The public address of a path built above (canonical links, feeds, open data). */
export function absoluteUrl(path: string): string {
  return publicUrl(path, import.meta.env.SITE);
}
