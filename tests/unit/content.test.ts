/** The real articles: every file valid, assembled without conflict or likely duplicate. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { assembleCorpus } from '../../src/lib/pipeline.ts';
import { HOTSPOTS, SOURCE_REPORTS } from '../../src/lib/reference.ts';
import { existsSync } from 'node:fs';

describe('content/articles', () => {
  const { entries, problems } = loadContent('content/articles');

  it('validates', () => {
    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThanOrEqual(6);
  });

  it('assembles without a problem', () => {
    const corpus = assembleCorpus(entries);
    expect(corpus.problems).toEqual([]);
    expect(corpus.incidents.length).toBeGreaterThan(0);
  });

  it('cites a public report with an http(s) address for every record', () => {
    const corpus = assembleCorpus(entries);
    for (const r of [...corpus.incidents, ...corpus.tallies]) {
      expect(r.sources.some((s) => s.url !== null && /^https?:\/\//.test(s.url)), r.id).toBe(true);
    }
  });

  it('cites every source report at least once', () => {
    const cited = new Set([
      ...entries.flatMap((e) => [...e.data.incidents, ...e.data.tallies].flatMap((r) => r.sources.map((s) => s.key))),
      ...HOTSPOTS.flatMap((h) => h.namedBy),
    ]);
    const mentioned = entries.map((e) => e.body).join('\n');
    for (const s of SOURCE_REPORTS) {
      expect(cited.has(s.key) || (s.outlet !== null && mentioned.includes(s.outlet))).toBe(true);
    }
  });

  it('names every hotspot from public reports a reader can open', () => {
    for (const h of HOTSPOTS) {
      const sources = h.namedBy.map((key) => SOURCE_REPORTS.find((s) => s.key === key));
      expect(sources.every((s) => s !== undefined), h.slug).toBe(true);
      // A copy with no outlet or address cannot back a claim on its own page.
      expect(sources.filter((s) => s?.url === null || s?.outlet === null), h.slug).toEqual([]);
    }
  });

  it('names source files that exist in the shared reports when they are available', () => {
    const dir = '../shared/sources';
    if (!existsSync(dir)) return;
    for (const s of SOURCE_REPORTS) if (s.file) expect(existsSync(`${dir}/${s.file}`)).toBe(true);
  });
});
