/** Every message an editor can get from the schema, exactly as printed (field path and text). */
import { describe, expect, it } from 'vitest';
import { articleSchema, incidentSchema } from '../../src/lib/schema.ts';
import { todayInBrussels } from '../../src/lib/partial-date.ts';
import { rawIncident } from './helpers.ts';

function issues(input: Record<string, unknown>): string[] {
  const r = incidentSchema.safeParse(rawIncident(input));
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('schema messages', () => {
  it.each([
    [{ place: '   ' }, 'place: say where it happened, or "not stated"'],
    [{ place: { de: 'Strasse' } }, "place: 'de' is not a language with text; expected en, fr or nl, each with some text"],
    [{ place: { fr: ' ' } }, "place: 'fr' is not a language with text; expected en, fr or nl, each with some text"],
    [{ place: {} }, 'place: say where it happened, or "not stated"'],
    [{ place: 42 }, 'place: say where it happened, or "not stated"; expected text, or { en, fr, nl } with text in at least one of them'],
    [{ place: ['a'] }, 'place: say where it happened, or "not stated"; expected text, or { en, fr, nl } with text in at least one of them'],
    [{ notes: '' }, 'notes: expected some text, or leave the field out'],
    [{ date: '2999-01-01' }, `date: date '2999-01-01' is in the future (today is ${todayInBrussels()})`],
    [{ hotspot: 'nowhere' }, 'hotspot: hotspot \'nowhere\' is not in data/hotspots.json; expected one of '],
    [{ killed: -1 }, 'killed: -1 is not a victim count; expected a whole number of 0 or more, { at_least: n }, or null when the source does not say'],
    [{ killed: { at_least: 0 } }, 'killed: {"at_least":0} is not a victim count;'],
    [{ killed: { at_least: 1, extra: 1 } }, 'killed: {"at_least":1,"extra":1} is not a victim count;'],
    [{ killed: [1] }, 'killed: [1] is not a victim count;'],
    [{ killed: undefined }, 'killed: undefined is not a victim count;'],
    [{ sources: ['report-042'] }, "sources.0: source 'report-042' is not in data/sources.json; expected one of report-000, report-001"],
    [{ sources: [{ outlet: 'X', url: 'ftp://x/' }] }, 'sources.0.url: expected an absolute http(s) URL'],
    [{ sources: ['report-000'] }, 'sources: every record needs at least one source with the http(s) url of a public report'],
    [{ date: '2025-02', date_precision: 'day' }, "date_precision: date_precision 'day' does not fit date '2025-02'; expected 'month' or 'approximate'"],
    [{ date: null, date_precision: 'day' }, "date_precision: date_precision 'day' does not fit date 'null'; expected 'unknown'"],
    [{ weekday: 'monday' }, 'weekday: weekday \'monday\' does not match date 2025-02-05, which is a wednesday'],
    [{ hotspot: 'peterbos', commune: 'Forest' }, "hotspot: hotspot 'peterbos' does not lie in commune 21007; expected a commune among 21001"],
    [{ commune: null, location_precision: 'street' }, "location_precision: location_precision 'street' needs a commune; use 'region' or 'unknown' when the commune is not known"],
    [{ coordinates: { lat: 50.85, lon: 4.35 }, location_precision: 'commune' }, "coordinates: coordinates need a location_precision of exact, street, station or neighbourhood, not 'commune'"],
  ])('%j', (input, expected) => {
    const found = issues(input as Record<string, unknown>);
    expect(found.some((m) => m.startsWith(expected)), found.join('\n')).toBe(true);
  });

  it('accepts what each rule allows', () => {
    for (const ok of [
      { place: { fr: 'rue', nl: 'straat' } },
      { killed: { at_least: 1 } },
      { killed: 0, injured: null },
      { date: '2025-02', date_precision: 'approximate' },
      { weekday: 'wednesday' },
      { hotspot: 'peterbos' },
      { commune: null, location_precision: 'region' },
      { coordinates: { lat: 50.85, lon: 4.35 }, location_precision: 'street' },
      { sources: [{ outlet: 'X', url: 'http://x.example/' }] },
    ]) expect(issues(ok)).toEqual([]);
  });

  it('reads plain text in an article as the article\'s language, and leaves other fields alone', () => {
    const a = articleSchema.parse({
      title: 'T', dek: 'D', published: '2026-01-01', authors: ['A'], lang: 'nl',
      incidents: [rawIncident({ place: 'Dantestraat', notes: 'Een noot', sources: [{ outlet: 'X', url: 'https://x.example/', note: 'Kopie' }] })],
      tallies: [{ id: 't', figure: 1, measure: 'shootings', counts: 'schietpartijen', period_start: '2025-01-01', period_end: null, authority: 'Parket', stated_on: null, sources: ['report-003'] }],
    });
    expect(a.incidents[0]!.place).toEqual({ nl: 'Dantestraat' });
    expect(a.incidents[0]!.notes).toEqual({ nl: 'Een noot' });
    expect(a.incidents[0]!.sources[0]!.note).toEqual({ nl: 'Kopie' });
    expect(a.tallies[0]!.counts).toEqual({ nl: 'schietpartijen' });
    expect(a.tallies[0]!.authority).toEqual({ nl: 'Parket' });
    expect(a.incidents[0]!.date).toBe('2025-02-05');
    // A registry source's note is English and says so.
    const reg = incidentSchema.parse(rawIncident({ sources: ['report-001'] })).sources[0]!;
    expect(Object.keys(reg.note ?? {})).toEqual(['en']);
    // An unknown language leaves the raw input for the schema to reject.
    expect(articleSchema.safeParse({ title: 'T', dek: 'D', published: '2026-01-01', authors: ['A'], lang: 'de', incidents: [rawIncident({ place: 'x' })] }).success).toBe(false);
  });
});
