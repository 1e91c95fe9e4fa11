/** Merging the copies of one record across articles: what may differ, what is combined, what is refused. */
import { describe, expect, it } from 'vitest';
import { compareIncidents, MergeConflictError, mergeArticles } from '../../src/lib/merge.ts';
import { entry, incident, rawIncident } from './helpers.ts';

const tally = (over: Record<string, unknown> = {}) => ({
  id: 't',
  figure: 57,
  measure: 'shootings',
  counts: 'shootings',
  period_start: '2025-01-01',
  period_end: null,
  authority: 'Prosecutor',
  stated_on: null,
  sources: ['report-003'],
  ...over,
});

describe('fields that may differ between copies', () => {
  it('joins every kind of note per language, once each, and leaves absent notes absent', () => {
    const a = entry('a.mdx', [rawIncident({ date_note: 'Evening.', weapon_note: 'A rifle.', notes: 'Same.' })]);
    const b = entry('b.mdx', [rawIncident({ date_note: 'Around 21:00.', weapon_note: { fr: 'Un fusil.' }, notes: 'Same.' })]);
    const [merged] = mergeArticles([a, b]).incidents;
    expect(merged!.date_note).toEqual({ en: 'Evening. Around 21:00.' });
    expect(merged!.weapon_note).toEqual({ en: 'A rifle.', fr: 'Un fusil.' });
    expect(merged!.notes).toEqual({ en: 'Same.' });
    expect('quarter_note' in merged!).toBe(false);
    expect('distinct_from' in merged!).toBe(false);
  });

  it('joins quarter notes', () => {
    const q = { commune: 'Anderlecht', quarter: 11, station: undefined, location_precision: 'neighbourhood' };
    const a = entry('a.mdx', [rawIncident({ ...q, quarter_note: 'The report names Cureghem.' })]);
    const b = entry('b.mdx', [rawIncident({ ...q, quarter_note: 'Near the Bara square.' })]);
    expect(mergeArticles([a, b]).incidents[0]!.quarter_note).toEqual({ en: 'The report names Cureghem. Near the Bara square.' });
  });

  it('unites distinct_from across copies, whichever copy declares it', () => {
    const other = rawIncident({ id: 'other', place: 'Clemenceau' });
    const a = entry('a.mdx', [rawIncident({ id: 'one', distinct_from: ['other'] }), other]);
    const b = entry('b.mdx', [rawIncident({ id: 'one', distinct_from: ['third'] })]);
    const merged = mergeArticles([a, b]);
    expect(merged.incidents.find((i) => i.id === 'one')!.distinct_from).toEqual(['other', 'third']);
    expect(merged.duplicates).toEqual([]);
    // Only the second file's copy says the two are different incidents: still no duplicate.
    const c = entry('c.mdx', [rawIncident({ id: 'one' }), other]);
    const d = entry('d.mdx', [rawIncident({ id: 'one', distinct_from: ['other'] })]);
    const merged2 = mergeArticles([c, d]);
    expect(merged2.incidents.find((i) => i.id === 'one')!.distinct_from).toEqual(['other']);
    expect(merged2.duplicates).toEqual([]);
  });

  it('combines a tally stated in two languages, and its period notes', () => {
    const a = entry('a.mdx', [], { tallies: [tally({ period_note: 'To August.' })] });
    const b = entry('b.mdx', [], { lang: 'fr', tallies: [tally({ counts: 'fusillades', authority: 'Parquet', period_note: "Jusqu'en août." })] });
    const [merged] = mergeArticles([a, b]).tallies;
    expect(merged!.counts).toEqual({ en: 'shootings', fr: 'fusillades' });
    expect(merged!.authority).toEqual({ en: 'Prosecutor', fr: 'Parquet' });
    expect(merged!.period_note).toEqual({ en: 'To August.', fr: "Jusqu'en août." });
    expect(merged!.reportedIn.map((r) => [r.file, r.lang])).toEqual([['a.mdx', 'en'], ['b.mdx', 'fr']]);
  });

  it('refuses a tally whose counts or authority differ in one language', () => {
    const a = entry('a.mdx', [], { tallies: [tally()] });
    expect(() => mergeArticles([a, entry('b.mdx', [], { tallies: [tally({ counts: 'incidents' })] })])).toThrow(/\(field: counts\)/);
    expect(() => mergeArticles([a, entry('b.mdx', [], { tallies: [tally({ authority: 'Police' })] })])).toThrow(/\(field: authority\)/);
  });
});

describe('conflicts', () => {
  it('say which record, files and fields, in words an editor can act on', () => {
    const a = entry('a.mdx', [], { tallies: [tally()] });
    const b = entry('b.mdx', [], { tallies: [tally({ figure: 58, measure: 'killed' })] });
    let error: unknown;
    try {
      mergeArticles([b, a]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MergeConflictError);
    const conflict = error as MergeConflictError;
    expect(conflict.message).toBe(
      "tally 't' has conflicting facts in a.mdx and b.mdx (fields: figure, measure); make the records agree, or give them different ids if they are different tallies",
    );
    expect([conflict.name, conflict.kind, conflict.id, conflict.files, conflict.fields]).toEqual(['MergeConflictError', 'tally', 't', ['a.mdx', 'b.mdx'], ['figure', 'measure']]);
  });

  it('compare each later copy with the first', () => {
    const a = entry('a.mdx', [rawIncident()]);
    const b = entry('b.mdx', [rawIncident()]);
    const c = entry('c.mdx', [rawIncident({ killed: 1 })]);
    expect(() => mergeArticles([c, b, a])).toThrow("incident '2025-02-05-anderlecht-clemenceau' has conflicting facts in a.mdx and c.mdx (field: killed); make the records agree, or give them different ids if they are different incidents");
  });

  it('see a fact stated in one copy and left out of another', () => {
    const a = entry('a.mdx', [rawIncident({ time: '21:30' })]);
    const b = entry('b.mdx', [rawIncident()]);
    expect(() => mergeArticles([a, b])).toThrow(/\(field: time\)/);
  });
});

describe('references between articles', () => {
  it('list an article once even when it both records and refers to an incident', () => {
    const log = entry('log.mdx', [rawIncident({ id: 'x' })], { incident_refs: ['x'] });
    expect(mergeArticles([log]).incidents[0]!.reportedIn.map((r) => r.file)).toEqual(['log.mdx']);
  });

  it('name an official figure that no article records', () => {
    const feature = entry('feature.mdx', [], { tally_refs: ['gone'] });
    expect(mergeArticles([feature]).unknownRefs).toEqual([
      "feature.mdx: refers to official figure 'gone', which no published article records; expected the id of a record in a log or article file",
    ]);
  });
});

describe('order', () => {
  it('puts incidents newest first, undated last, ties by id', () => {
    const dated = (id: string, date: string) => incident({ id, date });
    const undated = (id: string) => incident({ id, date: null, date_precision: 'unknown' });
    const list = [undated('u2'), dated('b', '2025-02-05'), undated('u1'), dated('a', '2025-02-05'), dated('c', '2024-06-01'), dated('d', '2025-03-01')];
    expect([...list].sort(compareIncidents).map((i) => i.id)).toEqual(['d', 'a', 'b', 'c', 'u1', 'u2']);
    expect(compareIncidents(undated('u'), dated('x', '2025-01-01'))).toBeGreaterThan(0);
    expect(compareIncidents(dated('x', '2025-01-01'), undated('u'))).toBeLessThan(0);
  });

  it('puts tallies with the latest period first, ties by id', () => {
    const a = entry('a.mdx', [], { tallies: [tally({ id: 'b-2025' }), tally({ id: 'old', period_start: '2023-01-01' }), tally({ id: 'a-2025' }), tally({ id: 'new', period_start: '2025-06-01' })] });
    expect(mergeArticles([a]).tallies.map((t) => t.id)).toEqual(['new', 'a-2025', 'b-2025', 'old']);
  });
});
