/**
 * The corpus of bad input in tests/fixtures/bad: one file per mistake, with the
 * line and message an editor must see (file:line, field, what was expected)
 * beside it, as `LINE  field: message`. Lines were read off the fixtures by
 * hand; several put the mistake in a later record, past other list items.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent, parseArticle, yamlLine } from '../../scripts/lib/load-content.ts';
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
    expect(expected, 'expected file starts with the line number').toMatch(/^\d+  /);
    expect(printed.some((line) => line.startsWith(`${file}:${expected}`)), printed.join('\n')).toBe(true);
    for (const p of problems) expect(p.line).toBeGreaterThan(1);
  });

  it('a duplicate id with conflicting facts names both files', () => {
    const { entries, problems } = loadContent('tests/fixtures/conflict');
    expect(problems).toEqual([]);
    const expected = readFileSync('tests/fixtures/conflict/expected.txt', 'utf8').trim();
    expect(() => mergeArticles(entries)).toThrow(expected);
  });

  it('locates a field inside a later record, past nested lists', () => {
    const text = ['---', 'title: T', 'incidents:', '  - id: a', '    sources:', '      - x', '      - y', '  - id: b', '    sources:', '      - z', '    place: here', '---', ''].join('\n');
    expect(yamlLine(text.split('\n').slice(1, -2).join('\n'), ['incidents', 1, 'place'])).toBe(10);
    expect(yamlLine(text.split('\n').slice(1, -2).join('\n'), ['incidents', 1, 'missing'])).toBe(7);
    expect(yamlLine(text.split('\n').slice(1, -2).join('\n'), ['incidents', 0, 'sources', 1])).toBe(6);
  });
});
