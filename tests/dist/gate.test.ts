/**
 * The strict build's gate works both ways: a data problem found by the data
 * layer stops the build (and `npm run check`), while words such as "warning"
 * in an article's name do not. Each case builds a fixture folder on its own.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInto } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'gate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(fixture: string): { ok: boolean; output: string } {
  try {
    buildInto(join(work, fixture), join(work, fixture, 'dist'), `tests/fixtures/gate/${fixture}`);
    return { ok: true, output: '' };
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    return { ok: false, output: `${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? ''}` };
  }
}

describe('strict build gate', () => {
  it('builds an article whose slug, title and text contain "warning"', () => {
    const r = build('warning-slug');
    expect(r.output).toBe('');
    expect(r.ok).toBe(true);
  }, 180_000);

  it('stops on a likely duplicate incident, naming the id to reuse', () => {
    const r = build('duplicate');
    expect(r.ok).toBe(false);
    expect(r.output).toContain("incident '2025-02-05-anderlecht-test-second' looks like '2025-02-05-anderlecht-test-first'");
    expect(r.output).toContain("reuse the id '2025-02-05-anderlecht-test-first'");
  }, 180_000);

  it('makes npm run check exit non-zero on the same problem', () => {
    const r = spawnSync('node', ['scripts/check-content.ts', 'tests/fixtures/gate/duplicate'], { encoding: 'utf8', env: { ...process.env, PATH: `${process.cwd()}/node_modules/.bin:${process.env['PATH']}` } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("looks like '2025-02-05-anderlecht-test-first'");
    const ok = execFileSync('node', ['scripts/check-content.ts', 'tests/fixtures/gate/warning-slug'], { encoding: 'utf8', env: { ...process.env, PATH: `${process.cwd()}/node_modules/.bin:${process.env['PATH']}` } });
    expect(ok).toContain('all valid');
  });
});
