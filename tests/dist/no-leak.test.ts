/**
 * Builds the site from the real articles plus a draft and a scheduled article
 * carrying unique markers, then searches every built file for those markers.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithFixtures, filesUnder } from './helpers.ts';

const MARKERS = ['DRAFTMARKER', 'SCHEDULEDMARKER', 'draftmarker', 'scheduledmarker', 'qzxv'];
let work: string;
let out: string;

beforeAll(() => {
  ({ work, out } = buildWithFixtures('tests/fixtures/leak'));
}, 180_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('drafts and scheduled articles', () => {
  it('appear nowhere in the built site', () => {
    const files = filesUnder(out);
    expect(files.length).toBeGreaterThan(10);
    expect(files.some((f) => f.includes('/pagefind/'))).toBe(true);
    const leaks = files.flatMap((f) => {
      const bytes = readFileSync(f);
      // Pagefind's index and fragments are gzipped: search what a browser would read.
      const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
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
