import { describe, expect, it } from 'vitest';
import { articleSchema, incidentSchema, tallySchema } from '../../src/lib/schema.ts';
import { rawIncident } from './helpers.ts';

function messages(input: unknown, schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } } = incidentSchema): string[] {
  const r = schema.safeParse(input);
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('incident schema', () => {
  it('accepts a complete record and normalises the commune to its NIS code', () => {
    const inc = incidentSchema.parse(rawIncident({ commune: 'anderlecht' }));
    expect(inc.commune).toBe('21001');
    expect(inc.sources[0]!.file).toBe('003_5cd70d82bf660a46.txt');
  });

  it.each([
    ['Molenbeek', '21012'],
    ['Sint-Jans-Molenbeek', '21012'],
    ['St Gilles', '21013'],
    ['Saint-Gilles', '21013'],
    ['Elsene', '21009'],
    ['City of Brussels', '21004'],
    ['Bruxelles', '21004'],
    ['OUDERGHEM', '21002'],
    ['21015', '21015'],
    [21016, '21016'],
  ])('resolves %s to %s', (name, nis) => {
    expect(incidentSchema.parse(rawIncident({ commune: name })).commune).toBe(nis);
  });

  it('rejects an unknown commune and suggests the nearest one', () => {
    expect(messages(rawIncident({ commune: 'Molenbek' }))).toEqual([
      "commune: commune 'Molenbek' is not a Brussels commune; did you mean Molenbeek-Saint-Jean (21012)?",
    ]);
    expect(messages(rawIncident({ commune: 'Antwerpen' }))[0]).toMatch(/not a Brussels commune; expected one of the 19 communes/);
  });

  it('turns YAML dates (Date objects) into ISO days', () => {
    expect(incidentSchema.parse(rawIncident({ date: new Date(Date.UTC(2025, 1, 5)) })).date).toBe('2025-02-05');
  });

  it.each(['2025-02-30', '2025-13', '5 Feb 2025', '2025-2-5'])('rejects the bad date %s', (date) => {
    expect(messages(rawIncident({ date }))[0]).toMatch(/^date: date '.*' is not a real calendar date/);
  });

  it('rejects a future date', () => {
    expect(messages(rawIncident({ date: '2999-01-01' }))[0]).toMatch(/is in the future/);
  });

  it('requires the precision to match what the date states', () => {
    expect(messages(rawIncident({ date: '2025-02', date_precision: 'day' }))[0]).toMatch(/date_precision 'day' does not fit date '2025-02'; expected 'month'/);
    expect(messages(rawIncident({ date: null, date_precision: 'day' }))[0]).toMatch(/expected 'unknown'/);
    expect(incidentSchema.parse(rawIncident({ date: '2025-02', date_precision: 'month' })).date).toBe('2025-02');
    expect(incidentSchema.parse(rawIncident({ date: null, date_precision: 'unknown' })).date).toBeNull();
  });

  it('rejects a weekday that contradicts the date', () => {
    expect(messages(rawIncident({ weekday: 'friday' }))[0]).toMatch(/which is a wednesday/);
  });

  it.each([-1, 1.5, '2'])('rejects the victim count %s', (killed) => {
    expect(messages(rawIncident({ killed })).some((m) => m.startsWith('killed'))).toBe(true);
  });

  it('accepts "at least" counts', () => {
    expect(incidentSchema.parse(rawIncident({ killed: { at_least: 1 } })).killed).toEqual({ at_least: 1 });
  });

  it('rejects coordinates outside the region', () => {
    expect(messages(rawIncident({ coordinates: { lat: 51.2, lon: 4.4 } }))[0]).toMatch(/latitude is outside the Brussels-Capital Region/);
  });

  it('requires at least one source, and known source keys', () => {
    expect(messages(rawIncident({ sources: [] }))[0]).toBe('sources: every record needs at least one source');
    expect(messages(rawIncident({ sources: ['report-999'] }))[0]).toMatch(/source 'report-999' is not in data\/sources.json/);
  });

  it('accepts an inline source with a URL and rejects javascript: URLs', () => {
    const ok = incidentSchema.parse(rawIncident({ sources: [{ outlet: 'Le Soir', url: 'https://www.lesoir.be/x' }] }));
    expect(ok.sources[0]).toMatchObject({ key: null, outlet: 'Le Soir', url: 'https://www.lesoir.be/x' });
    expect(messages(rawIncident({ sources: [{ outlet: 'X', url: 'javascript:alert(1)' }] }))[0]).toMatch(/expected an absolute http\(s\) URL/);
    expect(messages(rawIncident({ sources: [{ outlet: 'X' }] }))[0]).toMatch(/needs the http\(s\) url of the public report/);
  });

  it('rejects misspelt field names instead of dropping them', () => {
    expect(messages(rawIncident({ comune: 'Anderlecht' })).join()).toMatch(/comune/);
  });

  it('rejects a hotspot outside the stated commune', () => {
    expect(messages(rawIncident({ hotspot: 'matonge' }))[0]).toMatch(/hotspot 'matonge' does not lie in commune 21001/);
  });

  it('needs a commune for commune-level precision', () => {
    expect(messages(rawIncident({ commune: null, location_precision: 'commune' }))[0]).toMatch(/needs a commune/);
  });
});

describe('quarters and stations in an incident', () => {
  const note = 'The report names the quarter.';

  it.each([
    [11, 11],
    ['11', 11],
    ['Cureghem Bara', 11],
    ['cureghem bara', 11],
    ['Kuregem Bara', 11],
    ['Cureghem Vétérinaire', 12],
    ['Cureghem veterinaire', 12],
    ['Kuregem Veeartsenij', 12],
    ['13-cureghem-rosee', 13],
  ])('resolves the quarter %s to code %s', (quarter, code) => {
    expect(incidentSchema.parse(rawIncident({ quarter, quarter_note: note })).quarter).toBe(code);
  });

  it('rejects a misspelt quarter and suggests the nearest one', () => {
    expect(messages(rawIncident({ quarter: 'Cureghem Barra', quarter_note: note }))).toEqual([
      "quarter: quarter 'Cureghem Barra' is not one of the 145 quarters in data/quarters.json; did you mean Cureghem Bara (11)?",
    ]);
  });

  it('lists the quarters a partial name could mean', () => {
    expect(messages(rawIncident({ quarter: 'Cureghem', quarter_note: note }))[0]).toBe(
      "quarter: quarter 'Cureghem' is not one of the 145 quarters in data/quarters.json; did you mean Cureghem Bara (11) or Cureghem Vétérinaire (12) or Cureghem Rosée (13)?",
    );
  });

  it('accepts a quarter that straddles the commune, and rejects one that does not touch it, suggesting both ways out', () => {
    // Cureghem Bara lies in Anderlecht and Saint-Gilles.
    expect(incidentSchema.parse(rawIncident({ commune: 'Saint-Gilles', quarter: 'Cureghem Bara', quarter_note: note, station: undefined })).quarter).toBe(11);
    expect(messages(rawIncident({ quarter: 'Marolles', quarter_note: note }))).toEqual([
      "quarter: quarter Marolles (8) lies in Bruxelles (21004), not in Anderlecht (21001); expected a quarter of that commune (data/quarters.json lists them); or is the commune Bruxelles?",
    ]);
    // Cureghem Vétérinaire lies in Anderlecht only; in Saint-Gilles, the closest name is Cureghem Bara, which straddles both.
    expect(messages(rawIncident({ commune: 'Saint-Gilles', quarter: 'Cureghem Vétérinaire', quarter_note: note, station: undefined }))[0]).toBe(
      'quarter: quarter Cureghem Vétérinaire (12) lies in Anderlecht (21001), not in Saint-Gilles (21013); did you mean Cureghem Bara (11), in Saint-Gilles, or is the commune Anderlecht?',
    );
  });

  it('needs a note saying how the quarter was established, and no note without a quarter', () => {
    expect(messages(rawIncident({ quarter: 11 }))[0]).toMatch(/^quarter_note: a quarter needs a quarter_note/);
    expect(messages(rawIncident({ quarter_note: note }))[0]).toMatch(/^quarter_note: quarter_note explains a quarter/);
  });

  it.each([
    ['Clemenceau', 'clemenceau'],
    ['clemenceau', 'clemenceau'],
    ['Gare du Midi', 'gare-du-midi'],
    ['Zuidstation', 'gare-du-midi'],
    ['Étangs Noirs', 'etangs-noirs'],
    ['Etangs Noirs', 'etangs-noirs'],
    ['Zwarte Vijvers', 'etangs-noirs'],
    ['ETANGS NOIRS', 'etangs-noirs'],
  ])('normalises the station %s to its id %s', (station, id) => {
    const commune = id === 'gare-du-midi' ? 'Saint-Gilles' : id === 'etangs-noirs' ? 'Molenbeek' : 'Anderlecht';
    expect(incidentSchema.parse(rawIncident({ station, commune })).station).toBe(id);
  });

  it('rejects an unknown station with a suggestion, and a station whose quarter does not reach the commune', () => {
    expect(messages(rawIncident({ station: 'Clemenseau' }))).toEqual([
      "station: station 'Clemenseau' is not one of the 70 metro and premetro stations in data/stations.json; did you mean Clemenceau?",
    ]);
    expect(messages(rawIncident({ station: 'Schuman' }))[0]).toMatch(/^station: station Schuman lies in Bruxelles \(21004\), in a quarter that does not reach Anderlecht \(21001\); is the commune Bruxelles\?/);
  });
});

describe('tally schema', () => {
  const tally = {
    id: 'prosecutor-2025',
    figure: 57,
    measure: 'shootings',
    counts: 'shootings in Brussels',
    period_start: '2025-01-01',
    period_end: null,
    authority: "Brussels public prosecutor's office",
    stated_on: null,
    sources: ['report-003'],
  };
  it('accepts a tally', () => {
    expect(tallySchema.parse(tally).figure).toBe(57);
  });
  it('rejects a tally without an authority', () => {
    expect(messages({ ...tally, authority: '' }, tallySchema)[0]).toBe('authority: a tally needs the authority that stated it');
    expect(messages({ ...tally, authority: undefined }, tallySchema)[0]).toMatch(/^authority/);
  });
});

describe('article schema', () => {
  const base = { title: 'T', dek: 'D', published: '2026-01-10', authors: ['A'], lang: 'en' };
  it('fills defaults', () => {
    const a = articleSchema.parse(base);
    expect(a).toMatchObject({ draft: false, tags: [], incidents: [], tallies: [], corrections: [] });
  });
  it('allows a future publication day (scheduled) but not a partial one', () => {
    expect(articleSchema.parse({ ...base, published: '2999-01-01' }).published).toBe('2999-01-01');
    expect(messages({ ...base, published: '2026-01' }, articleSchema)[0]).toMatch(/full publication day/);
  });
  it('rejects an unknown language', () => {
    expect(messages({ ...base, lang: 'de' }, articleSchema)[0]).toMatch(/^lang/);
  });
});

describe('incident schema: every rule, each way', () => {
  const parse = (over: Record<string, unknown>) => incidentSchema.safeParse(rawIncident(over));
  const ok = (over: Record<string, unknown>) => expect(parse(over).error?.issues ?? []).toEqual([]);

  it('fills the defaults an editor may leave out', () => {
    expect(incidentSchema.parse(rawIncident())).toMatchObject({ time_approximate: false, context: 'unknown' });
  });

  it('trims a date written with spaces', () => {
    expect(incidentSchema.parse(rawIncident({ date: ' 2025-02-05 ' })).date).toBe('2025-02-05');
  });

  it.each(['x', 'ab-12', '2025-02-05-anderlecht'])('accepts the id %s', (id) => ok({ id }));
  it.each(['A', 'a--b', '-a', 'a-', 'a b', 'a_b', ''])('rejects the id %j', (id) => {
    expect(messages(rawIncident({ id }))).toEqual(['id: expected a lower-case slug such as 2025-02-05-anderlecht-clemenceau']);
  });

  it.each(['00:00', '09:05', '19:59', '23:59'])('accepts the time %s', (time) => ok({ time }));
  it.each(['24:00', '9:30', '12:60', '12:3', '12:345', '2:30x', 'x12:30'])('rejects the time %s', (time) => {
    expect(messages(rawIncident({ time }))).toEqual(['time: expected a 24-hour time HH:MM']);
  });

  it('reads text in a language object only when every language has text', () => {
    expect(messages(rawIncident({ place: { en: 5 } }))).toEqual(["place: 'en' is not a language with text; expected en, fr or nl, each with some text"]);
    expect(messages(rawIncident({ place: { en: 'x', fr: '' } }))).toEqual(["place: 'fr' is not a language with text; expected en, fr or nl, each with some text"]);
    expect(messages(rawIncident({ place: null }))).toEqual(['place: say where it happened, or "not stated"; expected text, or { en, fr, nl } with text in at least one of them']);
    expect(incidentSchema.parse(rawIncident({ place: 'rue Dante' })).place).toEqual({ en: 'rue Dante' });
  });

  it('accepts "at least" only as a whole number of 1 or more, alone', () => {
    expect(messages(rawIncident({ injured: { at_least: 1.5 } }))).toEqual(['injured: {"at_least":1.5} is not a victim count; expected a whole number of 0 or more, { at_least: n }, or null when the source does not say']);
    expect(messages(rawIncident({ injured: { at_least: '2' } }))).toEqual(['injured: {"at_least":"2"} is not a victim count; expected a whole number of 0 or more, { at_least: n }, or null when the source does not say']);
    expect(messages(rawIncident({ injured: {} }))).toEqual(['injured: {} is not a victim count; expected a whole number of 0 or more, { at_least: n }, or null when the source does not say']);
    expect(messages(rawIncident({ injured: false }))).toEqual(['injured: false is not a victim count; expected a whole number of 0 or more, { at_least: n }, or null when the source does not say']);
    expect(incidentSchema.parse(rawIncident({ injured: 0, killed: { at_least: 3 } }))).toMatchObject({ injured: 0, killed: { at_least: 3 } });
  });

  it('needs an absolute http(s) address for an inline source', () => {
    expect(messages(rawIncident({ sources: [{ outlet: 'X', url: 'www.lesoir.be/x' }] }))).toEqual(['sources.0.url: expected an absolute http(s) URL']);
    expect(messages(rawIncident({ sources: [{ outlet: 'X', url: 'https://x.example/', extra: 1 }] }))[0]).toMatch(/^sources\.0: .*extra/);
    expect(messages(rawIncident({ sources: [{ outlet: 'X', url: 'https://x.example/', title: '' }] }))[0]).toMatch(/^sources\.0\.title: /);
  });

  it('takes the language of an inline source as a two- or three-letter code', () => {
    const src = (language: string) => ({ sources: [{ outlet: 'X', url: 'https://x.example/', language }] });
    expect(incidentSchema.parse(rawIncident(src('de'))).sources[0]!.language).toBe('de');
    expect(incidentSchema.parse(rawIncident(src('fra'))).sources[0]!.language).toBe('fra');
    for (const bad of ['f', 'FR', 'french', 'fr-BE', ' fr']) {
      expect(messages(rawIncident(src(bad))), bad).toEqual(['sources.0.language: expected a language code such as fr, nl or en']);
    }
  });

  it("keeps a registry source's missing note missing", () => {
    expect(incidentSchema.parse(rawIncident({ sources: ['report-003'] })).sources[0]!.note).toBeNull();
  });

  it('reports an empty source list once', () => {
    expect(messages(rawIncident({ sources: [] }))).toEqual(['sources: every record needs at least one source']);
  });

  it('lists every hotspot when the name is unknown', () => {
    expect(messages(rawIncident({ hotspot: 'nowhere' }))).toEqual([
      "hotspot: hotspot 'nowhere' is not in data/hotspots.json; expected one of clemenceau, peterbos, gare-du-nord, parc-bonnevie, matonge",
    ]);
  });

  it('checks a weekday only against a full date', () => {
    ok({ date: '2025-02', date_precision: 'month', weekday: 'monday' });
    ok({ date: null, date_precision: 'unknown', weekday: 'monday' });
    ok({ date: '2025-02-05', date_precision: 'approximate', weekday: 'wednesday' });
  });

  it('checks hotspot, quarter and station against the commune only when the commune is known', () => {
    const noCommune = { commune: null, location_precision: 'region' };
    ok({ ...noCommune, hotspot: 'matonge' });
    ok({ ...noCommune, quarter: 8, quarter_note: 'The report names the Marolles.' });
    ok({ ...noCommune, station: 'Schuman' });
  });

  it.each(['exact', 'street', 'station', 'neighbourhood', 'commune'])('needs a commune for the precision %s', (location_precision) => {
    expect(messages(rawIncident({ commune: null, location_precision }))).toEqual([
      `location_precision: location_precision '${location_precision}' needs a commune; use 'region' or 'unknown' when the commune is not known`,
    ]);
  });

  it.each(['region', 'unknown'])('needs no commune for the precision %s', (location_precision) => ok({ commune: null, location_precision }));

  it.each(['exact', 'street', 'station', 'neighbourhood'])('accepts coordinates at the precision %s', (location_precision) => ok({ coordinates: { lat: 50.84, lon: 4.31 }, location_precision }));

  it.each(['commune', 'region', 'unknown'])('refuses coordinates at the precision %s', (location_precision) => {
    expect(messages(rawIncident({ commune: location_precision === 'commune' ? 'Anderlecht' : null, coordinates: { lat: 50.84, lon: 4.31 }, location_precision }))).toEqual([
      `coordinates: coordinates need a location_precision of exact, street, station or neighbourhood, not '${location_precision}'`,
    ]);
  });
});

describe('article schema: text in the article language', () => {
  const base = { title: 'T', dek: 'D', published: '2026-01-10', authors: ['A'], lang: 'nl' };

  it('tags plain text but leaves an empty field for the schema to reject in its own words', () => {
    expect(messages({ ...base, incidents: [rawIncident({ notes: '' })] }, articleSchema)).toEqual(['incidents.0.notes: expected some text, or leave the field out']);
  });

  it('rejects what is not a record or not a list with zod\'s messages, without crashing', () => {
    expect(articleSchema.safeParse(null).success).toBe(false);
    expect(messages({ ...base, incidents: ['x'] }, articleSchema)).toHaveLength(1);
    expect(messages({ ...base, incidents: ['x'] }, articleSchema)[0]).toMatch(/^incidents\.0: /);
    for (const notRecord of [null, ['x'], 5]) expect(messages({ ...base, incidents: [notRecord] }, articleSchema), JSON.stringify(notRecord)).toHaveLength(1);
    expect(messages({ ...base, incidents: [rawIncident({ sources: 'report-003' })] }, articleSchema)[0]).toMatch(/^incidents\.0\.sources: /);
    expect(messages({ ...base, tallies: 'none' }, articleSchema)[0]).toMatch(/^tallies: /);
  });
});
