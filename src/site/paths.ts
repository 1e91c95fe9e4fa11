/** URL builders, so that every link honours the configured base path. */
import type { Lang } from '../lib/reference.ts';

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
