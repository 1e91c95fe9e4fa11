/**
 * The Pagefind search index, one bundle per language (pagefind/en/, …).
 * A reader searches in the page's language, so nothing is lost; and Pagefind
 * holds its whole index in memory (about 50 KB a page), so indexing each
 * language apart keeps the peak at a third: 3.0 GB at 2,000 articles in one
 * run. Pagefind reads a copy of each page with spaces where the minified HTML
 * glues words together (src/lib/search-text.ts); the pages are not changed.
 * Usage: node scripts/search-index.ts <site folder>
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { LANGS } from '../src/lib/reference.ts';
import { SEARCH_EXCLUDE, separateForIndex } from '../src/lib/search-text.ts';

/** Writes the indexer's copy of every page of one language under `copy`. */
function copyForIndex(site: string, lang: string, copy: string): void {
  for (const file of readdirSync(join(site, lang), { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const target = join(copy, lang, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, separateForIndex(readFileSync(join(site, lang, file), 'utf8')));
  }
}

export function buildSearchIndex(site: string): void {
  for (const lang of LANGS) {
    const copy = mkdtempSync(join(tmpdir(), `search-${lang}-`));
    try {
      copyForIndex(site, lang, copy);
      const run = spawnSync('pagefind', ['--site', copy, '--glob', `${lang}/**/*.html`, '--output-path', resolve(site, 'pagefind', lang), '--exclude-selectors', SEARCH_EXCLUDE.join(', '), '--quiet'], { stdio: 'inherit' });
      if (run.status !== 0) process.exit(run.status ?? 1);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }
}

if (import.meta.main) {
  const site = process.argv[2];
  if (!site) throw new Error('usage: node scripts/search-index.ts <site folder>');
  buildSearchIndex(site);
}
