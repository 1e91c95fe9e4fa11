/** Walking and reading the built site. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { mergeArticles } from '../../src/lib/merge.ts';
import { publishedArticles } from '../../src/lib/publication.ts';

export const DIST = 'dist';

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

export const htmlFiles = () => filesUnder(DIST).filter((f) => f.endsWith('.html'));
export const read = (p: string) => readFileSync(p.startsWith(`${DIST}/`) ? p : `${DIST}/${p}`, 'utf8');

/** The published corpus, merged by the data layer, independently of the build. */
export function corpus() {
  const { entries } = loadContent('content/articles');
  const published = publishedArticles(entries);
  return { entries, published, ...mergeArticles(published) };
}
