import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleTemplate, slugify } from '../../scripts/new-article.ts';
import { parseArticle } from '../../scripts/lib/load-content.ts';
import { execFileSync } from 'node:child_process';

describe('npm run new', () => {
  it('makes a slug from any title', () => {
    expect(slugify('Fusillade à Molenbeek : deux blessés')).toBe('fusillade-a-molenbeek-deux-blesses');
    // Name matching reads "St" as "saint"; a slug keeps what the editor wrote.
    expect(slugify('Shots on St Gilles street at 1st light')).toBe('shots-on-st-gilles-street-at-1st-light');
  });
  it('writes a valid draft', () => {
    const { entry, problems } = parseArticle('new.mdx', articleTemplate('A "quoted" title', '2026-11-22'));
    expect(problems).toEqual([]);
    expect(entry!.data).toMatchObject({ title: 'A "quoted" title', draft: true, incidents: [] });
  });
  it('creates the file from the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-'));
    execFileSync('node_modules/.bin/node', ['scripts/new-article.ts', 'Shots fired in Jette', dir]);
    expect(readFileSync(join(dir, 'shots-fired-in-jette.mdx'), 'utf8')).toMatch(/^---\n# Every field/);
  });
});
