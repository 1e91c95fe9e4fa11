/**
 * The 19 commune polygons, from the shared topology, plus the populations
 * joined by NIS code. Pure: no file system, no Astro.
 */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import populationJson from '../../../data/populations.json' with { type: 'json' };
import { geography, type CommuneProps } from './geometry.ts';

export { rewindForD3, type CommuneProps } from './geometry.ts';

export const POPULATION_DATE: string = populationJson.date;
export const POPULATIONS: Readonly<Record<string, number>> = populationJson.populations;

/** The communes at a tolerance suited to the map's scale (metres; the shipped 6 m by default). */
export function communeFeatures(toleranceM?: number): FeatureCollection<MultiPolygon, CommuneProps> {
  return geography(toleranceM).communes;
}

/** Area on the WGS84 ellipsoid of the full-resolution UrbIS boundary. */
export function areaKm2(props: Pick<CommuneProps, 'area_m2'>): number {
  return props.area_m2 / 1e6;
}

export function populationOf(nis: string): number {
  const p = POPULATIONS[nis];
  if (p === undefined) throw new Error(`no population for commune NIS ${nis} in data/populations.json`);
  return p;
}
