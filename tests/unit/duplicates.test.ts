import { describe, expect, it } from 'vitest';
import { duplicateMessage, likelyDuplicates, placeWords } from '../../src/lib/duplicates.ts';

const rec = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  date: '2025-02-05',
  date_precision: 'day',
  commune: '21001',
  place: { en: 'near Clemenceau metro station' },
  reportedIn: [{ file: `${id}.mdx` }],
  ...over,
});

describe('likelyDuplicates', () => {
  it('pairs two records of one day and commune whose places share a name, in any language', () => {
    const pairs = likelyDuplicates([rec('b'), rec('a', { place: { fr: 'station de métro Clémenceau' } })]);
    expect(pairs).toEqual([{ keep: 'a', duplicate: 'b', date: '2025-02-05', commune: '21001', files: ['a.mdx', 'b.mdx'], reason: "places share 'clemenceau'" }]);
    expect(duplicateMessage(pairs[0]!)).toBe(
      "incident 'b' looks like 'a' (same day 2025-02-05, commune 21001, places share 'clemenceau'); reuse the id 'a', or add distinct_from: [a] if they are different incidents (a.mdx, b.mdx)",
    );
  });

  it('pairs a record whose place is not stated with any other that day in the commune', () => {
    expect(likelyDuplicates([rec('a'), rec('b', { place: { en: 'not stated' } })])[0]?.reason).toBe('one of the places is not stated');
  });

  it('leaves apart different places, other days, other communes, vague dates and declared distinct records', () => {
    expect(likelyDuplicates([rec('a'), rec('b', { place: { en: 'Westland Shopping' } })])).toEqual([]);
    expect(likelyDuplicates([rec('a'), rec('b', { date: '2025-02-06' })])).toEqual([]);
    expect(likelyDuplicates([rec('a'), rec('b', { commune: '21004' })])).toEqual([]);
    expect(likelyDuplicates([rec('a', { date: '2025-02', date_precision: 'month' }), rec('b', { date: '2025-02', date_precision: 'month' })])).toEqual([]);
    expect(likelyDuplicates([rec('a', { date_precision: 'approximate' }), rec('b', { date_precision: 'approximate' })])).toEqual([]);
    expect(likelyDuplicates([rec('a', { distinct_from: ['b'] }), rec('b')])).toEqual([]);
    expect(likelyDuplicates([rec('a'), rec('b', { distinct_from: ['a'] })])).toEqual([]);
    expect(likelyDuplicates([rec('a', { commune: null }), rec('b', { commune: null })])).toEqual([]);
  });

  it('matches on the station too', () => {
    expect(likelyDuplicates([rec('a', { place: { en: 'rue X' }, station: 'aumale' }), rec('b', { place: { en: 'Aumale' } })])).toHaveLength(1);
  });
});

describe('placeWords', () => {
  it('keeps distinctive words only, folded', () => {
    expect([...placeWords({ en: 'Rue de Sébastopol, near Aumale metro station', nl: 'Sébastopolstraat' })].sort()).toEqual(['aumale', 'sebastopol', 'sebastopolstraat']);
  });
});
