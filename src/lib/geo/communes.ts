/**
 * The 19 commune polygons, read from the committed TopoJSON, plus the
 * populations joined by NIS code. Pure: no file system, no Astro.
 */
import { feature } from 'topojson-client';
import { geoArea } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import topoJson from '../../../data/geo/brussels-communes.topo.json' with { type: 'json' };
import populationJson from '../../../data/populations.json' with { type: 'json' };

export interface CommuneProps {
  nis: string;
  name_fr: string;
  name_nl: string;
  area_m2: number;
}

export type CommuneFeature = Feature<Polygon | MultiPolygon, CommuneProps>;

export const POPULATION_DATE: string = populationJson.date;
export const POPULATIONS: Readonly<Record<string, number>> = populationJson.populations;

/**
 * d3-geo works on the sphere and takes a ring's winding to mean which side is
 * inside; a polygon wound the RFC 7946 way covers the rest of the globe. Any
 * feature whose area exceeds a hemisphere is rewound ring by ring.
 */
export function rewindForD3<F extends Feature<Polygon | MultiPolygon>>(f: F): F {
  if (geoArea(f) <= 2 * Math.PI) return f;
  const flip = (rings: number[][][]) => rings.map((r) => [...r].reverse());
  const g = f.geometry;
  const geometry = g.type === 'Polygon' ? { ...g, coordinates: flip(g.coordinates) } : { ...g, coordinates: g.coordinates.map(flip) };
  return { ...f, geometry };
}

export function communeFeatures(topology: unknown = topoJson): FeatureCollection<Polygon | MultiPolygon, CommuneProps> {
  const topo = topology as Topology<{ communes: GeometryCollection<CommuneProps> }>;
  const fc = feature(topo, topo.objects.communes) as FeatureCollection<Polygon | MultiPolygon, CommuneProps>;
  return { ...fc, features: fc.features.map((f) => rewindForD3({ ...f, properties: { ...f.properties, nis: String(f.properties.nis) } })) };
}

export function areaKm2(props: Pick<CommuneProps, 'area_m2'>): number {
  return props.area_m2 / 1e6;
}

export function populationOf(nis: string): number {
  const p = POPULATIONS[nis];
  if (p === undefined) throw new Error(`no population for commune NIS ${nis} in data/populations.json`);
  return p;
}
