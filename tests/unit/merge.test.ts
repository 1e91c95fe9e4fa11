import { describe, expect, it } from 'vitest';
import { MergeConflictError, mergeArticles } from '../../src/lib/merge.ts';
import { isPublished, publishedArticles } from '../../src/lib/publication.ts';
import { entry, rawIncident } from './helpers.ts';

describe('mergeArticles', () => {
  it('keeps one record per id, with the sources and articles of every report', () => {
    const a = entry('a.mdx', [rawIncident({ sources: ['report-001'] })]);
    const b = entry('b.mdx', [rawIncident({ sources: ['report-003', 'report-001'] })]);
    const { incidents, duplicates } = mergeArticles([a, b]);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.sources.map((s) => s.key)).toEqual(['report-001', 'report-003']);
    expect(incidents[0]!.reportedIn.map((r) => r.file)).toEqual(['a.mdx', 'b.mdx']);
    expect(duplicates).toEqual([]);
  });

  it('refuses conflicting facts and names both files and the fields', () => {
    const a = entry('content/a.mdx', [rawIncident({ injured: 1 })]);
    const b = entry('content/b.mdx', [rawIncident({ injured: 2, place: 'elsewhere' })]);
    expect(() => mergeArticles([a, b])).toThrow(MergeConflictError);
    expect(() => mergeArticles([b, a])).toThrow(
      "incident '2025-02-05-anderlecht-clemenceau' has conflicting facts in content/a.mdx and content/b.mdx (fields: injured, place)",
    );
  });

  it('joins differing notes instead of treating them as a conflict', () => {
    const a = entry('a.mdx', [rawIncident({ notes: 'One.' })]);
    const b = entry('b.mdx', [rawIncident({ notes: 'Two.' })]);
    expect(mergeArticles([a, b]).incidents[0]!.notes).toEqual({ en: 'One. Two.' });
  });

  it('combines a place written in two languages, and refuses two versions in one language', () => {
    const en = entry('en.mdx', [rawIncident({ place: 'near Clemenceau metro station' })]);
    const fr = entry('fr.mdx', [rawIncident({ place: 'près de la station Clemenceau' })], { lang: 'fr' });
    expect(mergeArticles([en, fr]).incidents[0]!.place).toEqual({ en: 'near Clemenceau metro station', fr: 'près de la station Clemenceau' });
    const other = entry('other.mdx', [rawIncident({ place: { en: 'at Clemenceau' } })]);
    expect(() => mergeArticles([en, other])).toThrow(/\(field: place\)/);
  });

  it('reports two ids on the same day and commune at the same place as a likely duplicate', () => {
    const a = entry('a.mdx', [rawIncident({ id: 'one' })]);
    const b = entry('b.mdx', [rawIncident({ id: 'two', place: 'Near  CLEMENCEAU' })]);
    const { incidents, duplicates } = mergeArticles([a, b]);
    expect(incidents).toHaveLength(2);
    expect(duplicates).toEqual([
      { keep: 'one', duplicate: 'two', date: '2025-02-05', commune: '21001', files: ['a.mdx', 'b.mdx'], reason: "places share 'clemenceau'" },
    ]);
  });

  it('merges tallies and refuses conflicting figures', () => {
    const tally = { id: 't', figure: 57, measure: 'shootings', counts: 'shootings', period_start: '2025-01-01', period_end: null, authority: 'Prosecutor', stated_on: null, sources: ['report-003'] };
    const a = entry('a.mdx', [], { tallies: [tally] });
    const b = entry('b.mdx', [], { tallies: [tally] });
    expect(mergeArticles([a, b]).tallies).toHaveLength(1);
    const c = entry('c.mdx', [], { tallies: [{ ...tally, figure: 58 }] });
    expect(() => mergeArticles([a, c])).toThrow(/tally 't' has conflicting facts in a.mdx and c.mdx \(field: figure\)/);
  });

  it('orders incidents newest first with undated ones last', () => {
    const a = entry('a.mdx', [
      rawIncident({ id: 'old', date: '2016-03-22' }),
      rawIncident({ id: 'undated', date: null, date_precision: 'unknown' }),
      rawIncident({ id: 'new', date: '2025-02-15' }),
    ]);
    expect(mergeArticles([a]).incidents.map((i) => i.id)).toEqual(['new', 'old', 'undated']);
  });
});

describe('publication', () => {
  it('hides drafts and scheduled articles', () => {
    const live = entry('live.mdx', [], { published: '2026-01-10' });
    const draft = entry('draft.mdx', [], { draft: true });
    const later = entry('later.mdx', [], { published: '2026-12-01' });
    expect(isPublished(live, '2026-11-22')).toBe(true);
    expect(isPublished(draft, '2026-11-22')).toBe(false);
    expect(publishedArticles([later, draft, live], '2026-11-22').map((e) => e.file)).toEqual(['live.mdx']);
  });
});
