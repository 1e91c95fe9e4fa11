/**
 * Every open-data file, built from the merged data in one pass, with a
 * manifest of checksums. The version is the date of the newest published
 * change, not the build time, so two builds of the same content are identical.
 */
import { createHash } from 'node:crypto';
import type { MergedIncident, MergedTally } from '../merge.ts';
import { toCsv } from '../csv.ts';
import { toCell, type Field, type Row } from './fields.ts';
import { COMMUNE_FIELDS, communeRows, INCIDENT_FIELDS, incidentRow, QUARTER_FIELDS, quarterRows, SOURCE_FIELDS, sourceRows, STATION_FIELDS, stationRows, TALLY_FIELDS, tallyRow } from './tables.ts';
import type { Placement } from '../geo/placement.ts';

export const DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

export interface DataFile {
  name: string;
  mediaType: string;
  table: 'incidents' | 'tallies' | 'sources' | 'communes' | 'quarters' | 'stations';
  content: string;
  records: number;
}

export interface Manifest {
  version: string;
  licence: typeof DATA_LICENCE;
  files: { name: string; mediaType: string; bytes: number; sha256: string; records: number }[];
}

export interface OpenDataInput {
  incidents: readonly MergedIncident[];
  tallies: readonly MergedTally[];
  version: string;
  articleUrl: (slug: string, lang: string) => string;
  population: (nis: string) => number;
  areaKm2: (nis: string) => number;
  /** Where each incident is placed (quarter and drawn point), as on the maps. */
  placementOf: (id: string) => Placement;
}

export const TABLE_FIELDS: Record<DataFile['table'], readonly Field[]> = {
  incidents: INCIDENT_FIELDS,
  tallies: TALLY_FIELDS,
  sources: SOURCE_FIELDS,
  communes: COMMUNE_FIELDS,
  quarters: QUARTER_FIELDS,
  stations: STATION_FIELDS,
};

function csv(fields: readonly Field[], rows: readonly Row[]): string {
  return toCsv(
    fields.map((f) => f.name),
    rows.map((r) => fields.map((f) => toCell(r[f.name] ?? null))),
  );
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** SHA-256 of the text's UTF-8 bytes (Node hashes a string as UTF-8 when no encoding is given). */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function openDataFiles(input: OpenDataInput): { files: DataFile[]; manifest: Manifest } {
  const incidents = input.incidents.map((i) => incidentRow(i, input.articleUrl, input.placementOf(i.id)));
  const tallies = input.tallies.map(tallyRow);
  const sources = [...input.incidents.flatMap((i) => sourceRows('incident', i.id, i.sources)), ...input.tallies.flatMap((t) => sourceRows('tally', t.id, t.sources))];
  const communes = communeRows(input.population, input.areaKm2);
  const quarters = quarterRows();
  const stations = stationRows();
  const geojson = {
    type: 'FeatureCollection',
    features: incidents.map((r) => ({
      type: 'Feature',
      id: r['id'],
      // The point drawn on our maps (point_source says whether a source or the station table gives it).
      // RFC 7946 allows a null geometry: incidents without a point stay in the file. Both cells come
      // from one Placement.point ({ lon, lat } or null), so one being null means both are.
      geometry: r['point_lat'] !== null ? { type: 'Point', coordinates: [r['point_lon'], r['point_lat']] } : null,
      properties: r,
    })),
  };
  const files: DataFile[] = [
    { name: 'incidents.csv', mediaType: 'text/csv; charset=utf-8', table: 'incidents', content: csv(INCIDENT_FIELDS, incidents), records: incidents.length },
    { name: 'incidents.json', mediaType: 'application/json', table: 'incidents', content: json(incidents), records: incidents.length },
    { name: 'incidents.geojson', mediaType: 'application/geo+json', table: 'incidents', content: json(geojson), records: incidents.length },
    { name: 'tallies.csv', mediaType: 'text/csv; charset=utf-8', table: 'tallies', content: csv(TALLY_FIELDS, tallies), records: tallies.length },
    { name: 'tallies.json', mediaType: 'application/json', table: 'tallies', content: json(tallies), records: tallies.length },
    { name: 'sources.csv', mediaType: 'text/csv; charset=utf-8', table: 'sources', content: csv(SOURCE_FIELDS, sources), records: sources.length },
    { name: 'sources.json', mediaType: 'application/json', table: 'sources', content: json(sources), records: sources.length },
    { name: 'communes.csv', mediaType: 'text/csv; charset=utf-8', table: 'communes', content: csv(COMMUNE_FIELDS, communes), records: communes.length },
    { name: 'communes.json', mediaType: 'application/json', table: 'communes', content: json(communes), records: communes.length },
    { name: 'quarters.csv', mediaType: 'text/csv; charset=utf-8', table: 'quarters', content: csv(QUARTER_FIELDS, quarters), records: quarters.length },
    { name: 'quarters.json', mediaType: 'application/json', table: 'quarters', content: json(quarters), records: quarters.length },
    { name: 'stations.csv', mediaType: 'text/csv; charset=utf-8', table: 'stations', content: csv(STATION_FIELDS, stations), records: stations.length },
    { name: 'stations.json', mediaType: 'application/json', table: 'stations', content: json(stations), records: stations.length },
  ];
  const manifest: Manifest = {
    version: input.version,
    licence: DATA_LICENCE,
    // Buffer.byteLength counts a string's UTF-8 bytes when no encoding is given.
    files: files.map((f) => ({ name: f.name, mediaType: f.mediaType, bytes: Buffer.byteLength(f.content), sha256: sha256(f.content), records: f.records })),
  };
  return { files, manifest };
}
