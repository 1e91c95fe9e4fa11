/**
 * The Pagefind search index, one bundle per language (pagefind/en/, …).
 * A reader searches in the page's language, so nothing is lost; and Pagefind
 * holds its whole index in memory (about 50 KB a page), so indexing each
 * language apart keeps the peak at a third: 3.0 GB at 2,000 articles in one
 * run. Usage: node scripts/search-index.ts <site folder>
 */
import { spawnSync } from 'node:child_process';
import { LANGS } from '../src/lib/reference.ts';

export function buildSearchIndex(site: string): void {
  for (const lang of LANGS) {
    const run = spawnSync('pagefind', ['--site', site, '--glob', `${lang}/**/*.html`, '--output-subdir', `pagefind/${lang}`, '--quiet'], { stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}

if (import.meta.main) {
  const site = process.argv[2];
  if (!site) throw new Error('usage: node scripts/search-index.ts <site folder>');
  buildSearchIndex(site);
}
