/** One published row per record: every column of an incident and an official figure, written out by hand. */
import { describe, expect, it } from 'vitest';
import type { Placement } from '../../src/lib/geo/placement.ts';
import { mergeArticles } from '../../src/lib/merge.ts';
import {
  COMMUNE_FIELDS,
  communeRows,
  incidentRow,
  INCIDENT_FIELDS,
  QUARTER_FIELDS,
  quarterRows,
  SOURCE_FIELDS,
  sourceRows,
  STATION_FIELDS,
  stationRows,
  tallyRow,
  TALLY_FIELDS,
} from '../../src/lib/open-data/tables.ts';
import { incidentSchema } from '../../src/lib/schema.ts';
import { entry, rawIncident } from './helpers.ts';

const AT_STATION: Placement = { quarter: 11, quarterFrom: 'record', point: { lon: 4.331202, lat: 50.84082 }, pointFrom: 'station-table', pointPrecision: 'station' };
const url = (slug: string, lang: string) => `https://example.org/${lang}/articles/${slug}/`;

describe('open-data rows', () => {
  const { incidents, tallies } = mergeArticles([
    entry(
      'fr-story.mdx',
      [
        rawIncident({
          id: 'at-clemenceau',
          time: '02:10',
          time_approximate: true,
          context: 'drug-trafficking',
          place: { fr: 'station Clemenceau', nl: 'station Clemenceau' },
          hotspot: 'clemenceau',
          station: 'clemenceau',
          quarter: 11,
          quarter_note: { fr: 'la station est dans le quartier' },
          killed: 0,
          injured: { at_least: 2 },
          arrests: 0,
          weapon: null,
          police_targeted: false,
          notes: { nl: 'Twee versies' },
        }),
      ],
      {
        lang: 'fr',
        tallies: [{ id: 'anderlecht-2025', figure: 7, measure: 'injured', counts: 'blessés par balle', commune: 'Anderlecht', period_start: '2025-01-01', period_end: null, authority: { fr: 'Parquet', nl: 'Parket' }, stated_on: null, sources: ['report-003'] }],
      },
    ),
  ]);

  it('an incident row has every column of the dictionary, in its order, with what the record says', () => {
    const row = incidentRow(incidents[0]!, url, AT_STATION);
    expect(Object.keys(row)).toEqual(INCIDENT_FIELDS.map((f) => f.name));
    expect(row).toEqual({
      id: 'at-clemenceau',
      date: '2025-02-05',
      date_precision: 'day',
      weekday: null,
      time: '02:10',
      time_approximate: true,
      type: 'shooting',
      context: 'drug-trafficking',
      commune_nis: '21001',
      place_en: null,
      place_fr: 'station Clemenceau',
      place_nl: 'station Clemenceau',
      hotspot: 'clemenceau',
      station: 'clemenceau',
      quarter: 11,
      quarter_source: 'record',
      quarter_note_en: null,
      quarter_note_fr: 'la station est dans le quartier',
      quarter_note_nl: null,
      lat: null,
      lon: null,
      point_lat: 50.84082,
      point_lon: 4.331202,
      point_source: 'station-table',
      location_precision: 'station',
      killed: 0,
      killed_at_least: false,
      injured: 2,
      injured_at_least: true,
      arrests: 0,
      weapon: null,
      police_targeted: false,
      notes_en: null,
      notes_fr: null,
      notes_nl: 'Twee versies',
      source_count: 1,
      articles: ['https://example.org/fr/articles/fr-story/'],
    });
  });

  it('a record without hotspot, station, quarter note or notes has null there, not a missing column', () => {
    const [bare] = mergeArticles([entry('a.mdx', [rawIncident()])]).incidents;
    const row = incidentRow(bare!, url, { quarter: null, quarterFrom: null, point: null, pointFrom: null, pointPrecision: null });
    expect(Object.keys(row)).toEqual(INCIDENT_FIELDS.map((f) => f.name));
    expect(row).toMatchObject({ hotspot: null, station: null, quarter: null, quarter_source: null, quarter_note_en: null, notes_en: null, notes_fr: null, arrests: null, weekday: null, time: null });
    // Deaths not stated: an empty count, which is not a minimum; one injured, exactly.
    expect(row).toMatchObject({ killed: null, killed_at_least: false, injured: 1, injured_at_least: false });
  });

  it('an official figure row has every column of the dictionary, in its order', () => {
    const row = tallyRow(tallies[0]!);
    expect(Object.keys(row)).toEqual(TALLY_FIELDS.map((f) => f.name));
    expect(row).toEqual({
      id: 'anderlecht-2025',
      figure: 7,
      measure: 'injured',
      counts_en: null,
      counts_fr: 'blessés par balle',
      counts_nl: null,
      commune_nis: '21001',
      period_start: '2025-01-01',
      period_end: null,
      authority_en: null,
      authority_fr: 'Parquet',
      authority_nl: 'Parket',
      stated_on: null,
      source_count: 1,
    });
  });
});

describe('open-data rows of sources and reference tables', () => {
  it('a source row per source, with the record it backs and null for what the source does not state', () => {
    const { sources } = incidentSchema.parse(
      rawIncident({ sources: [{ outlet: 'Le Soir', title: 'Fusillade à Anderlecht', date: '2025-02-06', author: 'A. Auteur', url: 'https://www.lesoir.be/1' }, 'report-000', 'report-003'] }),
    );
    const rows = sourceRows('tally', 'anderlecht-2025', sources);
    expect(rows).toEqual([
      { record_type: 'tally', record_id: 'anderlecht-2025', outlet: 'Le Soir', title: 'Fusillade à Anderlecht', date: '2025-02-06', author: 'A. Auteur', url: 'https://www.lesoir.be/1' },
      { record_type: 'tally', record_id: 'anderlecht-2025', outlet: null, title: null, date: null, author: null, url: null },
      {
        record_type: 'tally',
        record_id: 'anderlecht-2025',
        outlet: 'The Bulletin',
        title: 'Drugs violence in Brussels: Hotspot strategy granted six-month extension',
        date: '2025-02-13',
        author: 'Helen Lyons',
        url: 'https://thebulletin.be/drugs-violence-brussels-hotspot-strategy-granted-six-month-extension',
      },
    ]);
    expect(Object.keys(rows[0]!)).toEqual(SOURCE_FIELDS.map((f) => f.name));
    expect(sourceRows('incident', 'x', [])).toEqual([]);
  });

  it('a commune row per commune in NIS order, its population as given and its area rounded to a thousandth of a km²', () => {
    const rows = communeRows(
      (nis) => (nis === '21019' ? 42_000 : 1),
      (nis) => (nis === '21019' ? 8.9412984 : 0.0004999),
    );
    expect(rows).toHaveLength(19);
    expect(rows.map((r) => r['nis'])).toEqual(Array.from({ length: 19 }, (_, i) => String(21001 + i)));
    expect(rows[18]).toEqual({ nis: '21019', name_fr: 'Woluwe-Saint-Pierre', name_nl: 'Sint-Pieters-Woluwe', name_en: 'Woluwe-Saint-Pierre', police_zone: '5343', population: 42_000, area_km2: 8.941 });
    // Rounded to the nearest thousandth, not cut: 0.0004999 → 0, 17.7445001 → 17.745.
    expect(rows[0]!['area_km2']).toBe(0);
    expect(communeRows(() => 1, () => 17.7445001)[0]!['area_km2']).toBe(17.745);
    expect(Object.keys(rows[0]!)).toEqual(COMMUNE_FIELDS.map((f) => f.name));
  });

  it('a quarter row per quarter, its communes and their shares space-separated in the same order', () => {
    const rows = quarterRows();
    expect(rows).toHaveLength(145);
    expect(rows.find((r) => r['code'] === 11)).toEqual({ code: 11, name_fr: 'Cureghem Bara', name_nl: 'Kuregem Bara', kind: 'residential', communes_nis: '21001 21013', communes_share: '0.848 0.152', population: 12461, area_km2: 0.591 });
    expect(rows.find((r) => r['code'] === 901)).toEqual({ code: 901, name_fr: 'Parc Josaphat', name_nl: 'Josaphatpark', kind: 'park/forest', communes_nis: '21015', communes_share: '1', population: 8, area_km2: 0.37 });
    expect(Object.keys(rows[0]!)).toEqual(QUARTER_FIELDS.map((f) => f.name));
  });

  it('a station row per station, its modes space-separated', () => {
    const rows = stationRows();
    expect(rows).toHaveLength(70);
    expect(rows.at(-1)).toEqual({ id: 'yser', name_fr: 'Yser', name_nl: 'IJzer', modes: 'metro', lat: 50.857226, lon: 4.351501, quarter: 3, commune_nis: '21004' });
    expect(rows.find((r) => r['id'] === 'de-brouckere')).toMatchObject({ modes: 'metro premetro' });
    expect(Object.keys(rows[0]!)).toEqual(STATION_FIELDS.map((f) => f.name));
  });
});

