/** The real articles: every file valid, merged without conflict or duplicate warning. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { mergeArticles } from '../../src/lib/merge.ts';
import { publishedArticles } from '../../src/lib/publication.ts';
import { SOURCE_REPORTS } from '../../src/lib/reference.ts';
import { existsSync } from 'node:fs';

describe('content/articles', () => {
  const { entries, problems } = loadContent('content/articles');

  it('validates', () => {
    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThanOrEqual(6);
  });

  it('merges without conflict or warning', () => {
    const merged = mergeArticles(publishedArticles(entries));
    expect(merged.warnings).toEqual([]);
    expect(merged.incidents.length).toBeGreaterThan(0);
  });

  it('cites every source report at least once', () => {
    const cited = new Set(entries.flatMap((e) => [...e.data.incidents, ...e.data.tallies].flatMap((r) => r.sources.map((s) => s.key))));
    const mentioned = entries.map((e) => e.body).join('\n');
    for (const s of SOURCE_REPORTS) {
      expect(cited.has(s.key) || (s.outlet !== null && mentioned.includes(s.outlet))).toBe(true);
    }
  });

  it('names source files that exist in the shared reports when they are available', () => {
    const dir = '../shared/sources';
    if (!existsSync(dir)) return;
    for (const s of SOURCE_REPORTS) if (s.file) expect(existsSync(`${dir}/${s.file}`)).toBe(true);
  });
});
