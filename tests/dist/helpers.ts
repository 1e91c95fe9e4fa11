/** Walking and reading the built site. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesUnder } from '../../scripts/lib/files.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { mergeArticles } from '../../src/lib/merge.ts';
import { publishedArticles } from '../../src/lib/publication.ts';
import { siteUrl } from '../../src/site/site-url.ts';

export const DIST = 'dist';

export { filesUnder };

/** Runs the strict build (with search index) into `out`, from `contentDir` if given, with its own content cache. */
export function buildInto(work: string, out: string, contentDir?: string, extraEnv: Record<string, string> = {}): void {
  execFileSync('node', ['scripts/build-strict.ts', '--outDir', out], {
    env: {
      ...process.env,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      ...(contentDir ? { CONTENT_DIR: contentDir } : {}),
      ...extraEnv,
      PATH: `${process.cwd()}/node_modules/.bin:${process.env['PATH']}`,
    },
    stdio: 'pipe',
  });
}

/** Builds the real articles plus the fixture articles in `fixtures` into a fresh temp folder. */
export function buildWithFixtures(fixtures: string): { work: string; out: string } {
  const work = mkdtempSync(join(tmpdir(), 'fixture-build-'));
  const content = join(work, 'articles');
  const out = join(work, 'dist');
  cpSync('content/articles', content, { recursive: true });
  cpSync(fixtures, content, { recursive: true });
  buildInto(work, out, content);
  return { work, out };
}

export const htmlFiles = () => filesUnder(DIST).filter((f) => f.endsWith('.html'));
export const read = (p: string) => readFileSync(p.startsWith(`${DIST}/`) ? p : `${DIST}/${p}`, 'utf8');

/** The published corpus, merged by the data layer, independently of the build. */
export function corpus() {
  const { entries } = loadContent('content/articles');
  const published = publishedArticles(entries);
  return { entries, published, ...mergeArticles(published) };
}

/** The site path of an address the build gives: the public site may live below a path of its own (src/site/site-url.ts). */
export function sitePath(url: string): string {
  const own = new URL(siteUrl(process.env, false)).pathname.replace(/\/$/, '');
  const path = new URL(url).pathname;
  const base = process.env['BASE_PATH'] ?? '/';
  return own && !base.startsWith(`${own}/`) && path.startsWith(`${own}/`) ? path.slice(own.length) : path;
}
