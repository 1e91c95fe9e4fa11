/**
 * The shipped topology (data/geo/brussels.topo.json): quarters and communes
 * built from the same arcs. Maps ask for it at a tolerance suited to their
 * scale; arcs are simplified once, shared by both neighbours, so borders still
 * coincide. Pure: no file system, no Astro.
 */
import { feature, mesh } from 'topojson-client';
import { geoContains } from 'd3';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topoJson from '../../../data/geo/brussels.topo.json' with { type: 'json' };
import { simplifyArc } from './derive/simplify.ts';
import type { Pt } from './derive/planar.ts';
import { geoArea } from 'd3';

export interface QuarterProps { code: number }
export interface CommuneProps { nis: string; area_m2: number }
type Objects = { quarters: GeometryCollection; communes: GeometryCollection<{ area_m2: number }> };

const shipped = topoJson as unknown as Omit<Topology<Objects>, 'arcs'> & { transform: { scale: Pt; translate: Pt }; arcs: Pt[][] };

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

/** Absolute coordinates of every arc, decoded once. */
const absoluteArcs: Pt[][] = shipped.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx!;
    y += dy!;
    return [x * shipped.transform.scale[0] + shipped.transform.translate[0], y * shipped.transform.scale[1] + shipped.transform.translate[1]] as Pt;
  });
});

/** The smallest tolerance maps may ask for: the shipped arcs are already simplified to 6 m. */
export const SHIPPED_TOLERANCE_M = 6;

export interface Geography {
  topology: Topology<Objects>;
  quarters: FeatureCollection<MultiPolygon, QuarterProps>;
  communes: FeatureCollection<MultiPolygon, CommuneProps>;
  /** Borders between two communes, and the region's outline. */
  communeBorders: MultiLineString;
  outline: MultiLineString;
}

const cache = new Map<number, Geography>();

/** The geography with arcs simplified to `toleranceM` metres (never finer than shipped). */
export function geography(toleranceM = SHIPPED_TOLERANCE_M): Geography {
  const tol = Math.max(SHIPPED_TOLERANCE_M, Math.round(toleranceM));
  const hit = cache.get(tol);
  if (hit) return hit;
  const arcs = tol <= SHIPPED_TOLERANCE_M ? absoluteArcs : absoluteArcs.map((a) => simplifyArc(a, tol));
  const topology = { type: 'Topology', objects: shipped.objects, arcs } as unknown as Topology<Objects>;
  const quarterFc = feature(topology, topology.objects.quarters) as FeatureCollection<MultiPolygon>;
  const communeFc = feature(topology, topology.objects.communes) as FeatureCollection<MultiPolygon, { area_m2: number }>;
  const geo: Geography = {
    topology,
    quarters: { type: 'FeatureCollection', features: quarterFc.features.map((f) => rewindForD3({ ...f, properties: { code: Number(f.id) } })) },
    communes: { type: 'FeatureCollection', features: communeFc.features.map((f) => rewindForD3({ ...f, properties: { nis: String(f.id), area_m2: f.properties.area_m2 } })) },
    communeBorders: mesh(topology, topology.objects.communes as GeometryCollection, (a, b) => a !== b),
    outline: mesh(topology, topology.objects.communes as GeometryCollection, (a, b) => a === b),
  };
  cache.set(tol, geo);
  return geo;
}

/** The outline of a set of quarters: the arcs between one of them and any other area or the outside. */
export function quartersOutline(codes: readonly number[], toleranceM = SHIPPED_TOLERANCE_M): MultiLineString {
  const { topology } = geography(toleranceM);
  const inside = new Set(codes);
  const isIn = (g: { id?: string | number | undefined }) => inside.has(Number(g.id));
  return mesh(topology, topology.objects.quarters as GeometryCollection, (a, b) => isIn(a) !== isIn(b) || (a === b && isIn(a)));
}

/** The quarters as one feature, for fitting a map to them. */
export function quartersFeature(codes: readonly number[], toleranceM = SHIPPED_TOLERANCE_M): Feature<MultiPolygon> {
  const { quarters } = geography(toleranceM);
  const polys = quarters.features.filter((f) => codes.includes(f.properties.code)).flatMap((f) => f.geometry.coordinates);
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polys } };
}

/** The quarter holding a point, as shipped (a point on a border goes to the first quarter that claims it). */
export function quarterAt(lon: number, lat: number): number | null {
  const f = geography().quarters.features.find((q) => geoContains(q, [lon, lat]));
  return f ? f.properties.code : null;
}
