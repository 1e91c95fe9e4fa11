/**
 * Golden files that are never overwritten silently: a changed rendering is
 * written beside the golden as `<name>.new.html` for review (as Observable
 * Plot's snapshot tests do) and the test fails. After reading the diff
 * (`diff x.html x.new.html`), accept it with `UPDATE_GOLDEN=1 npx vitest run --project golden`.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export function expectGolden(actual: string, path: string): void {
  const pending = path.replace(/\.html$/, '.new.html');
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(path)) {
    writeFileSync(path, actual);
    rmSync(pending, { force: true });
    return;
  }
  const expected = readFileSync(path, 'utf8');
  if (expected === actual) {
    rmSync(pending, { force: true });
    return;
  }
  writeFileSync(pending, actual);
  expect(actual, `${path} changed; the new output is in ${pending}: read the diff, then accept with UPDATE_GOLDEN=1`).toBe(expected);
}
