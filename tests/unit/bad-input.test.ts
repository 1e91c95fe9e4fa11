/**
 * The corpus of bad input in tests/fixtures/bad: one file per mistake, with the
 * message an editor must see (file:line, field, what was expected) beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent, parseArticle } from '../../scripts/lib/load-content.ts';
import { mergeArticles } from '../../src/lib/merge.ts';

const dir = 'tests/fixtures/bad';
const cases = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();

describe('bad input corpus', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it.each(cases)('%s is rejected with its expected message', (name) => {
    const file = `${dir}/${name}`;
    const expected = readFileSync(file.replace(/\.mdx$/, '.expected.txt'), 'utf8').trim();
    const { entry, problems } = parseArticle(file, readFileSync(file, 'utf8'));
    expect(entry).toBeUndefined();
    const printed = problems.map((p) => `${p.file}:${p.line}  ${p.field}: ${p.message}`);
    expect(printed.some((line) => line.includes(expected)), printed.join('\n')).toBe(true);
    for (const p of problems) expect(p.line).toBeGreaterThan(1);
  });

  it('a duplicate id with conflicting facts names both files', () => {
    const { entries, problems } = loadContent('tests/fixtures/conflict');
    expect(problems).toEqual([]);
    const expected = readFileSync('tests/fixtures/conflict/expected.txt', 'utf8').trim();
    expect(() => mergeArticles(entries)).toThrow(expected);
  });
});
