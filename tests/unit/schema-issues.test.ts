/**
 * Every problem the schema words itself comes out as a zod issue of code "custom", with the field it
 * concerns and its exact text: `npm run check` prints path and message, and tells zod's own issues
 * (an unknown key, a wrong type) apart from these by their code. Each message was written out by hand.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { incidentSchema } from '../../src/lib/schema.ts';
import { rawIncident } from './helpers.ts';

function issues(over: Record<string, unknown>): { code: string; path: PropertyKey[]; message: string }[] {
  const r = incidentSchema.safeParse(rawIncident(over));
  return r.success ? [] : r.error.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
}

const custom = (path: PropertyKey[], message: string) => [{ code: 'custom', path, message }];

describe('schema issues: free text', () => {
  it('asks for text in a blank field', () => {
    expect(issues({ place: '  ' })).toEqual(custom(['place'], 'say where it happened, or "not stated"'));
    expect(issues({ place: {} })).toEqual(custom(['place'], 'say where it happened, or "not stated"'));
  });

  it('names a key that is not a language with text', () => {
    expect(issues({ place: { de: 'Strasse' } })).toEqual(custom(['place'], "'de' is not a language with text; expected en, fr or nl, each with some text"));
  });

  it('says what text may be when the field holds something else', () => {
    expect(issues({ place: 42 })).toEqual(custom(['place'], 'say where it happened, or "not stated"; expected text, or { en, fr, nl } with text in at least one of them'));
  });
});

describe('schema issues: dates', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refuses a day that is not in the calendar', () => {
    expect(issues({ date: '2025-02-30' })).toEqual(custom(['date'], "date '2025-02-30' is not a real calendar date; expected YYYY-MM-DD, YYYY-MM or YYYY"));
  });

  it('refuses a day after today in Brussels, and says which day today is', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-15T10:00:00Z'));
    expect(issues({ date: '2025-06-16', weekday: undefined })).toEqual(custom(['date'], "date '2025-06-16' is in the future (today is 2025-06-15)"));
  });

  it('refuses a precision the date does not have', () => {
    expect(issues({ date: '2025-02', date_precision: 'day' })).toEqual(custom(['date_precision'], "date_precision 'day' does not fit date '2025-02'; expected 'month' or 'approximate'"));
  });

  it("asks for the precision 'unknown' with no date, and 'approximate' will not do", () => {
    expect(issues({ date: null, date_precision: 'day', weekday: undefined })).toEqual(custom(['date_precision'], "date_precision 'day' does not fit date 'null'; expected 'unknown'"));
    expect(issues({ date: null, date_precision: 'approximate' })).toEqual(custom(['date_precision'], "date_precision 'approximate' does not fit date 'null'; expected 'unknown'"));
  });

  it('refuses a weekday the date does not fall on', () => {
    expect(issues({ weekday: 'monday' })).toEqual(custom(['weekday'], "weekday 'monday' does not match date 2025-02-05, which is a wednesday"));
  });
});

describe('schema issues: places', () => {
  it('suggests the commune an unknown name is closest to', () => {
    expect(issues({ commune: 'Molenbek' })).toEqual(custom(['commune'], "commune 'Molenbek' is not a Brussels commune; did you mean Molenbeek-Saint-Jean (21012)?"));
  });

  it('suggests the quarter an unknown name is closest to', () => {
    expect(issues({ quarter: 'Cureghem Barra', quarter_note: 'The report names it.' })).toEqual(
      custom(['quarter'], "quarter 'Cureghem Barra' is not one of the 145 quarters in data/quarters.json; did you mean Cureghem Bara (11)?"),
    );
  });

  it('suggests the station an unknown name is closest to', () => {
    expect(issues({ station: 'Clemenseau' })).toEqual(custom(['station'], "station 'Clemenseau' is not one of the 70 metro and premetro stations in data/stations.json; did you mean Clemenceau?"));
  });

  it('lists the hotspots when the name is none of them', () => {
    expect(issues({ hotspot: 'nowhere' })).toEqual(
      custom(['hotspot'], "hotspot 'nowhere' is not in data/hotspots.json; expected one of clemenceau, peterbos, gare-du-nord, parc-bonnevie, matonge"),
    );
  });

  it('refuses a hotspot outside the commune', () => {
    expect(issues({ hotspot: 'peterbos', commune: 'Forest' })).toEqual(custom(['hotspot'], "hotspot 'peterbos' does not lie in commune 21007; expected a commune among 21001"));
    expect(issues({ hotspot: 'gare-du-nord' })).toEqual(custom(['hotspot'], "hotspot 'gare-du-nord' does not lie in commune 21001; expected a commune among 21004, 21014, 21015"));
  });

  it('refuses a quarter outside the commune', () => {
    expect(issues({ quarter: 'Marolles', quarter_note: 'The report names it.' })).toEqual(
      custom(['quarter'], 'quarter Marolles (8) lies in Bruxelles (21004), not in Anderlecht (21001); expected a quarter of that commune (data/quarters.json lists them); or is the commune Bruxelles?'),
    );
  });

  it('asks how a quarter was established, and refuses a note with no quarter', () => {
    expect(issues({ quarter: 11 })).toEqual(
      custom(['quarter_note'], 'a quarter needs a quarter_note saying how the reports place the incident in it (the quarter bears the name they give, or a place only it holds)'),
    );
    expect(issues({ quarter_note: 'The report names it.' })).toEqual(custom(['quarter_note'], 'quarter_note explains a quarter; add the quarter or leave the note out'));
  });

  it('refuses a station whose quarter does not reach the commune', () => {
    expect(issues({ station: 'Schuman' })).toEqual(
      custom(['station'], "station Schuman lies in Bruxelles (21004), in a quarter that does not reach Anderlecht (21001); is the commune Bruxelles? Otherwise name the station in 'place' and leave 'station' out"),
    );
  });

  it('asks for a commune at a precision that needs one, and for a fine precision with coordinates', () => {
    expect(issues({ commune: null, location_precision: 'street' })).toEqual(
      custom(['location_precision'], "location_precision 'street' needs a commune; use 'region' or 'unknown' when the commune is not known"),
    );
    expect(issues({ coordinates: { lat: 50.85, lon: 4.35 }, location_precision: 'commune' })).toEqual(
      custom(['coordinates'], "coordinates need a location_precision of exact, street, station or neighbourhood, not 'commune'"),
    );
  });
});

describe('schema issues: victims and sources', () => {
  it('says what a victim count may be', () => {
    expect(issues({ killed: -1 })).toEqual(custom(['killed'], '-1 is not a victim count; expected a whole number of 0 or more, { at_least: n }, or null when the source does not say'));
  });

  it('lists the registry when a source key is none of it', () => {
    expect(issues({ sources: ['report-042'] })).toEqual(
      custom(
        ['sources', 0],
        "source 'report-042' is not in data/sources.json; expected one of report-000, report-001, report-002, report-003, report-004, rtl-2024-03-29-hotspots, belga-plan-major-cities, or an inline record with outlet and url",
      ),
    );
  });

  it('places the problem of an inline source on its field', () => {
    expect(issues({ sources: [{ outlet: 'X', url: 'ftp://x.example/' }] })).toEqual(custom(['sources', 0, 'url'], 'expected an absolute http(s) URL'));
    expect(issues({ sources: [{ outlet: 'X' }] })).toEqual(custom(['sources', 0], 'a source needs the http(s) url of the public report'));
  });
});
