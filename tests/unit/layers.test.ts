/** The layers depend one way: src/i18n imports nothing from src/lib, and src/lib nothing from Astro or the site. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('layers', () => {
  it('src/i18n imports nothing from src/lib', () => {
    expect(sources('src/i18n').flatMap((f) => importsOf(f).filter((i) => i.includes('/lib/')).map((i) => `${f}: ${i}`))).toEqual([]);
  });
  it('src/lib imports neither Astro nor the site layer', () => {
    expect(sources('src/lib').flatMap((f) => importsOf(f).filter((i) => /^astro|astro:|\/site\/|\.astro$/.test(i)).map((i) => `${f}: ${i}`))).toEqual([]);
  });
});
