/**
 * Builds the site from the real articles plus a draft and a scheduled article
 * carrying unique markers, then searches every built file for those markers.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const MARKERS = ['DRAFTMARKER', 'SCHEDULEDMARKER', 'draftmarker', 'scheduledmarker', '7f3a'];
let work: string;
let out: string;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'leak-'));
  const content = join(work, 'articles');
  out = join(work, 'dist');
  cpSync('content/articles', content, { recursive: true });
  cpSync('tests/fixtures/leak', content, { recursive: true });
  execFileSync('node_modules/.bin/astro', ['build', '--outDir', out], { env: { ...process.env, CONTENT_DIR: content }, stdio: 'pipe' });
}, 180_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('drafts and scheduled articles', () => {
  it('appear nowhere in the built site', () => {
    const files = filesUnder(out);
    expect(files.length).toBeGreaterThan(10);
    const leaks = files.flatMap((f) => {
      const text = readFileSync(f, 'latin1');
      return MARKERS.filter((m) => text.includes(m)).map((m) => `${f}: ${m}`);
    });
    expect(leaks).toEqual([]);
  });

  it('do not change the published figures', () => {
    const withFixtures = readFileSync(join(out, 'en/index.html'), 'utf8');
    const real = readFileSync('dist/en/index.html', 'utf8');
    const figures = (html: string) => /<ul class="figures"[\s\S]*?<\/ul>/.exec(html)?.[0];
    expect(figures(withFixtures)).toBe(figures(real));
  });
});
