/** One published row per record: every column of an incident and an official figure, written out by hand. */
import { describe, expect, it } from 'vitest';
import type { Placement } from '../../src/lib/geo/placement.ts';
import { mergeArticles } from '../../src/lib/merge.ts';
import { incidentRow, INCIDENT_FIELDS, tallyRow, TALLY_FIELDS } from '../../src/lib/open-data/tables.ts';
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
