/**
 * Two builds of the same content must give byte-identical output, so a
 * deploy diff shows only what editors changed and downloads keep their checksums.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildInto, DIST, filesUnder } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'rebuild-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('a second build is byte-identical to dist/', () => {
  const out = join(work, 'dist');
  buildInto(work, out);
  const first = filesUnder(DIST).map((f) => relative(DIST, f)).sort();
  const second = filesUnder(out).map((f) => relative(out, f)).sort();
  expect(second).toEqual(first);
  const differing = first.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(out, f))));
  expect(differing).toEqual([]);
}, 240_000);
