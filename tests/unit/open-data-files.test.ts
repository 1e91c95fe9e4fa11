/**
 * The open-data downloads as a reader gets them: which files, what each row
 * says, and a manifest whose sizes and checksums match. The fixture is two
 * hand-written incidents and one tally; every expected cell is written here.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import type { Placement } from '../../src/lib/geo/placement.ts';
import { mergeArticles } from '../../src/lib/merge.ts';
import { DATA_LICENCE, openDataFiles, sha256 } from '../../src/lib/open-data/files.ts';
import { entry, rawIncident } from './helpers.ts';

const PLACED: Placement = { quarter: 11, quarterFrom: 'coordinates', point: { lon: 4.33, lat: 50.84 }, pointFrom: 'source', pointPrecision: 'exact' };
const NOWHERE: Placement = { quarter: null, quarterFrom: null, point: null, pointFrom: null, pointPrecision: null };

const merged = mergeArticles([
  entry(
    'a.mdx',
    [
      rawIncident({
        id: 'placed',
        place: 'Rue de l’Étuve, "near" the café',
        coordinates: { lat: 50.84, lon: 4.33 },
        location_precision: 'exact',
        weekday: 'wednesday',
        time: '23:15',
        killed: { at_least: 1 },
        injured: 2,
        arrests: 3,
        sources: [{ outlet: 'Le Soir', url: 'https://www.lesoir.be/1', title: 'Fusillade à Anderlecht', date: '2025-02-06' }, 'report-003'],
      }),
      rawIncident({ id: 'unplaced', date: '2025-03', date_precision: 'month', location_precision: 'commune' }),
    ],
    {
      tallies: [
        { id: 't1', figure: 12, measure: 'shootings', counts: 'shootings in the region', period_start: '2025-01', period_end: '2025-06', authority: 'Parquet de Bruxelles', stated_on: '2025-07-01', sources: [{ outlet: 'Bruzz', url: 'https://www.bruzz.be/1' }] },
      ],
    },
  ),
  entry('b.mdx', [], { lang: 'fr', incident_refs: ['placed'] }),
]);

// The files keep the order they are given (the merge orders the log; here, placed first).
const incidents = ['placed', 'unplaced'].map((id) => merged.incidents.find((i) => i.id === id)!);

// Built inside each test, not when the file loads: Stryker ignores code that runs only while a
// test file is imported ("static" mutants), so a fixture computed at module level tests nothing there.
function build() {
  const { files, manifest } = openDataFiles({
    incidents,
    tallies: merged.tallies,
    version: '2026-01-10',
    articleUrl: (slug, lang) => `https://example.org/${lang}/articles/${slug}/`,
    population: (nis) => (nis === '21001' ? 126000 : 1000),
    areaKm2: (nis) => (nis === '21001' ? 17.7446 : 1),
    placementOf: (id) => (id === 'placed' ? PLACED : NOWHERE),
  });
  const file = (name: string) => {
    const f = files.find((x) => x.name === name);
    if (!f) throw new Error(`no file ${name}`);
    return f;
  };
  const csvRows = (name: string) => csvParse(file(name).content);
  const jsonRows = (name: string) => JSON.parse(file(name).content) as Record<string, unknown>[];
  return { files, manifest, file, csvRows, jsonRows };
}

describe('open-data files', () => {
  it('writes each table as CSV and JSON (and the incidents as GeoJSON), with its media type and record count', () => {
    const { files } = build();
    expect(files.map((f) => [f.name, f.mediaType, f.table, f.records])).toEqual([
      ['incidents.csv', 'text/csv; charset=utf-8', 'incidents', 2],
      ['incidents.json', 'application/json', 'incidents', 2],
      ['incidents.geojson', 'application/geo+json', 'incidents', 2],
      ['tallies.csv', 'text/csv; charset=utf-8', 'tallies', 1],
      ['tallies.json', 'application/json', 'tallies', 1],
      ['sources.csv', 'text/csv; charset=utf-8', 'sources', 4],
      ['sources.json', 'application/json', 'sources', 4],
      ['communes.csv', 'text/csv; charset=utf-8', 'communes', 19],
      ['communes.json', 'application/json', 'communes', 19],
      ['quarters.csv', 'text/csv; charset=utf-8', 'quarters', 145],
      ['quarters.json', 'application/json', 'quarters', 145],
      ['stations.csv', 'text/csv; charset=utf-8', 'stations', 70],
      ['stations.json', 'application/json', 'stations', 70],
    ]);
  });

  it('incidents.csv: one row per incident, empty cells for what is not stated, lists space-separated', () => {
    const { file, csvRows } = build();
    const rows = csvRows('incidents.csv');
    expect(rows.columns.slice(0, 12)).toEqual(['id', 'date', 'date_precision', 'weekday', 'time', 'time_approximate', 'type', 'context', 'commune_nis', 'place_en', 'place_fr', 'place_nl']);
    expect(rows.columns.at(-1)).toBe('articles');
    const [placed, unplaced] = rows;
    expect(placed).toMatchObject({
      id: 'placed',
      date: '2025-02-05',
      weekday: 'wednesday',
      time: '23:15',
      time_approximate: 'false',
      commune_nis: '21001',
      place_en: 'Rue de l’Étuve, "near" the café',
      place_fr: '',
      quarter: '11',
      quarter_source: 'coordinates',
      lat: '50.84',
      lon: '4.33',
      point_lat: '50.84',
      point_lon: '4.33',
      point_source: 'source',
      killed: '1',
      killed_at_least: 'true',
      injured: '2',
      injured_at_least: 'false',
      arrests: '3',
      source_count: '2',
      articles: 'https://example.org/en/articles/a/ https://example.org/fr/articles/b/',
    });
    expect(unplaced).toMatchObject({ id: 'unplaced', date: '2025-03', date_precision: 'month', weekday: '', time: '', quarter: '', lat: '', point_lat: '', point_source: '', killed: '', arrests: '', source_count: '1', articles: 'https://example.org/en/articles/a/' });
    expect(file('incidents.csv').content).toMatch(/\r\n$/);
  });

  it('incidents.json: the same records, typed (numbers, booleans, null, lists), pretty-printed with a final newline', () => {
    const { file, jsonRows } = build();
    const text = file('incidents.json').content;
    expect(text.startsWith('[\n  {\n    "id": "placed",\n')).toBe(true);
    expect(text.endsWith('}\n]\n')).toBe(true);
    const [placed, unplaced] = jsonRows('incidents.json');
    expect(placed).toMatchObject({ killed: 1, killed_at_least: true, injured: 2, quarter: 11, lat: 50.84, time_approximate: false, place_fr: null, articles: ['https://example.org/en/articles/a/', 'https://example.org/fr/articles/b/'] });
    expect(unplaced).toMatchObject({ weekday: null, quarter: null, point_lon: null, killed: null, arrests: null, articles: ['https://example.org/en/articles/a/'] });
  });

  it('incidents.geojson: a point at [lon, lat] where the maps draw one, a null geometry otherwise', () => {
    const { file } = build();
    const gj = JSON.parse(file('incidents.geojson').content) as { type: string; features: { type: string; id: string; geometry: unknown; properties: Record<string, unknown> }[] };
    expect(gj.type).toBe('FeatureCollection');
    expect(gj.features.map((f) => [f.type, f.id, f.geometry])).toEqual([
      ['Feature', 'placed', { type: 'Point', coordinates: [4.33, 50.84] }],
      ['Feature', 'unplaced', null],
    ]);
    expect(gj.features[0]!.properties).toMatchObject({ id: 'placed', point_source: 'source', quarter: 11 });
    expect(file('incidents.geojson').content.endsWith('}\n')).toBe(true);
  });

  it('tallies and sources: every figure, and one row per source of each incident and figure', () => {
    const { csvRows, jsonRows } = build();
    expect(csvRows('tallies.csv').map((r) => ({ ...r }))).toEqual([
      { id: 't1', figure: '12', measure: 'shootings', counts_en: 'shootings in the region', counts_fr: '', counts_nl: '', commune_nis: '', period_start: '2025-01', period_end: '2025-06', authority_en: 'Parquet de Bruxelles', authority_fr: '', authority_nl: '', stated_on: '2025-07-01', source_count: '1' },
    ]);
    expect(jsonRows('tallies.json')[0]).toMatchObject({ figure: 12, commune_nis: null, source_count: 1 });
    expect(csvRows('sources.csv').map((r) => [r['record_type'], r['record_id'], r['outlet'], r['title'], r['date'], r['url']])).toEqual([
      ['incident', 'placed', 'Le Soir', 'Fusillade à Anderlecht', '2025-02-06', 'https://www.lesoir.be/1'],
      ['incident', 'placed', 'The Bulletin', 'Drugs violence in Brussels: Hotspot strategy granted six-month extension', '2025-02-13', 'https://thebulletin.be/drugs-violence-brussels-hotspot-strategy-granted-six-month-extension'],
      ['incident', 'unplaced', 'The Bulletin', 'Drugs violence in Brussels: Hotspot strategy granted six-month extension', '2025-02-13', 'https://thebulletin.be/drugs-violence-brussels-hotspot-strategy-granted-six-month-extension'],
      ['tally', 't1', 'Bruzz', '', '', 'https://www.bruzz.be/1'],
    ]);
    expect(jsonRows('sources.json')[3]).toEqual({ record_type: 'tally', record_id: 't1', outlet: 'Bruzz', title: null, date: null, author: null, url: 'https://www.bruzz.be/1' });
  });

  it('communes, quarters and stations: the reference tables, areas to a thousandth of a km²', () => {
    const { csvRows, jsonRows } = build();
    expect({ ...csvRows('communes.csv')[0] }).toEqual({ nis: '21001', name_fr: 'Anderlecht', name_nl: 'Anderlecht', name_en: 'Anderlecht', police_zone: '5341', population: '126000', area_km2: '17.745' });
    expect(jsonRows('communes.json')[1]).toEqual({ nis: '21002', name_fr: 'Auderghem', name_nl: 'Oudergem', name_en: 'Auderghem', police_zone: '5342', population: 1000, area_km2: 1 });
    expect({ ...csvRows('quarters.csv').find((r) => r['code'] === '11') }).toEqual({ code: '11', name_fr: 'Cureghem Bara', name_nl: 'Kuregem Bara', kind: 'residential', communes_nis: '21001 21013', communes_share: '0.848 0.152', population: '12461', area_km2: '0.591' });
    expect(jsonRows('quarters.json')[0]).toEqual({ code: 1, name_fr: 'Grand Place', name_nl: 'Grote Markt', kind: 'residential', communes_nis: '21004', communes_share: '1', population: 3989, area_km2: 0.387 });
    expect({ ...csvRows('stations.csv').find((r) => r['id'] === 'de-brouckere') }).toEqual({ id: 'de-brouckere', name_fr: 'De Brouckère', name_nl: 'De Brouckère', modes: 'metro premetro', lat: '50.849821', lon: '4.352486', quarter: '1', commune_nis: '21004' });
    expect(jsonRows('stations.json')[0]).toEqual({ id: 'albert', name_fr: 'Albert', name_nl: 'Albert', modes: 'premetro', lat: 50.822299, lon: 4.34354, quarter: 47, commune_nis: '21013' });
  });

  it('the manifest gives the content version, the licence, and each file’s UTF-8 size, SHA-256 and record count', () => {
    const { files, manifest, file } = build();
    expect(manifest.version).toBe('2026-01-10');
    expect(manifest.licence).toEqual({ name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(DATA_LICENCE.url).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(manifest.files.map((f) => f.name)).toEqual(files.map((f) => f.name));
    for (const f of files) {
      const listed = manifest.files.find((m) => m.name === f.name)!;
      expect(listed.mediaType, f.name).toBe(f.mediaType);
      expect(listed.records, f.name).toBe(f.records);
      expect(listed.bytes, f.name).toBe(new TextEncoder().encode(f.content).length);
      expect(listed.sha256, f.name).toBe(createHash('sha256').update(new TextEncoder().encode(f.content)).digest('hex'));
    }
    // "É" and "é" take two bytes each in UTF-8: the size is in bytes, not characters.
    const csvFile = file('incidents.csv');
    expect(manifest.files[0]!.bytes).toBeGreaterThan(csvFile.content.length);
  });

  it('sha256 hashes the UTF-8 bytes of the text (digests from FIPS 180-2 and from sha256sum)', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('Étuve')).toBe('2cd77b30b917adca11bd7c63fd6c8958c488012db2b2ff91bb55b6876ddc8d61');
  });
});
