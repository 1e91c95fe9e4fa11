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
    expect(likelyDuplicates([rec('a', { date: null, date_precision: 'unknown' }), rec('b', { date: null, date_precision: 'unknown' })])).toEqual([]);
  });

  it('needs a full date as well as the precision "day", should the two ever disagree', () => {
    expect(likelyDuplicates([rec('a', { date: null }), rec('b', { date: null })])).toEqual([]);
    expect(likelyDuplicates([rec('a', { date: '2025-02' }), rec('b', { date: '2025-02' })])).toEqual([]);
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

describe('what makes two places one', () => {
  it('ignores words that only say what kind of place it is, in every language', () => {
    expect(likelyDuplicates([rec('a', { place: { en: 'near the Delacroix metro station' } }), rec('b', { place: { en: 'at the Clemenceau metro station' } })])).toEqual([]);
    expect(likelyDuplicates([rec('a', { place: { fr: 'rue de la Loi' } }), rec('b', { place: { fr: 'rue de Namur' } })])).toEqual([]);
    expect(likelyDuplicates([rec('a', { place: { nl: 'Wetstraat bij het station' } }), rec('b', { place: { nl: 'Naamsesteenweg bij het station' } })])).toEqual([]);
  });

  it('keeps three-letter names and numbers, drops shorter ones', () => {
    expect([...placeWords({ en: 'ULB campus, block 12 B' })].sort()).toEqual(['block', 'campus', 'ulb']);
    expect(placeWords({ en: 'not stated' }).size).toBe(0);
    expect([...placeWords({ en: 'Avenue 2000' }, 'Aumale')].sort()).toEqual(['2000', 'aumale']);
  });

  it('finds no word in a place written without a letter or a digit', () => {
    expect(placeWords({ en: '?' }).size).toBe(0);
    expect(placeWords({ en: '— , —' }).size).toBe(0);
  });

  it('names every shared word, in alphabetical order', () => {
    const pairs = likelyDuplicates([rec('a', { place: { en: 'Peterbos, Clemenceau' } }), rec('b', { place: { en: 'Clemenceau near Peterbos' } })]);
    expect(pairs.map((p) => p.reason)).toEqual(["places share 'clemenceau', 'peterbos'"]);
  });

  it('compares every pair in a day and commune, keeping the first id', () => {
    const pairs = likelyDuplicates([rec('c'), rec('a'), rec('b')]);
    expect(pairs.map((p) => [p.keep, p.duplicate])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
  });

  it('lists each file once when both records come from the same article', () => {
    const pairs = likelyDuplicates([rec('a', { reportedIn: [{ file: 'log.mdx' }] }), rec('b', { reportedIn: [{ file: 'log.mdx' }, { file: 'x.mdx' }] })]);
    expect(pairs[0]!.files).toEqual(['log.mdx', 'x.mdx']);
  });

  it('also pairs when the first record is the one without a place', () => {
    expect(likelyDuplicates([rec('a', { place: { fr: 'non précisé' } }), rec('b')])[0]?.reason).toBe('one of the places is not stated');
  });
});
