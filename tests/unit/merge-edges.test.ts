/** Edges of merging: facts compared by value, a source cited twice, an article that records and refers at once. */
import { describe, expect, it } from 'vitest';
import { mergeArticles, mergeSources } from '../../src/lib/merge.ts';
import { entry, incident, rawIncident } from './helpers.ts';

const placed = { coordinates: { lat: 50.8364, lon: 4.3095 }, location_precision: 'exact' };

describe('merging copies of a record', () => {
  it('sees no conflict in the same coordinates written with their keys in another order', () => {
    const a = entry('a.mdx', [rawIncident(placed)]);
    const b = entry('b.mdx', [rawIncident(placed)]);
    const copy = b.data.incidents[0]!;
    b.data.incidents[0] = { ...copy, coordinates: { lon: 4.3095, lat: 50.8364 } };
    const merged = mergeArticles([a, b]).incidents;
    expect(merged.map((i) => [i.id, i.coordinates, i.reportedIn.map((r) => r.file)])).toEqual([
      ['2025-02-05-anderlecht-clemenceau', { lat: 50.8364, lon: 4.3095 }, ['a.mdx', 'b.mdx']],
    ]);
  });

  it('refuses two copies whose coordinates differ', () => {
    const a = entry('a.mdx', [rawIncident(placed)]);
    const b = entry('b.mdx', [rawIncident({ ...placed, coordinates: { lat: 50.8364, lon: 4.31 } })]);
    expect(() => mergeArticles([a, b])).toThrow(/\(field: coordinates\)/);
  });

  it('lists each article once when a later one both records the incident and refers to it', () => {
    const a = entry('a.mdx', [rawIncident({ id: 'x' })]);
    const log = entry('log.mdx', [rawIncident({ id: 'x' })], { incident_refs: ['x'] });
    expect(mergeArticles([a, log]).incidents[0]!.reportedIn.map((r) => r.file)).toEqual(['a.mdx', 'log.mdx']);
  });
});

describe('merging sources', () => {
  it('keeps the first copy of a source cited twice under one address', () => {
    const cite = (title: string) => incident({ sources: [{ outlet: 'Le Soir', url: 'https://www.lesoir.be/1', title }] }).sources;
    expect(mergeSources([cite('First title'), cite('Second title')]).map((s) => s.title)).toEqual(['First title']);
  });
});
