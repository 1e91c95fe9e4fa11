/**
 * Small planar helpers for deriving the shipped geography. Brussels spans
 * 0.25° of longitude, so a local equirectangular projection in metres is
 * accurate to well under a metre for distances and tolerances; areas that are
 * reported are computed on the sphere (d3's geoArea).
 */
import { geoArea } from 'd3';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Pt = [number, number];
export type Ring = Pt[];
export type Poly = Ring[];
export type MultiPoly = Poly[];

const LAT0 = (50.84 * Math.PI) / 180;
/** Metres per degree of longitude and of latitude at the region's latitude. */
export const M_PER_DEG: Pt = [111_320 * Math.cos(LAT0), 110_574];

export function toMetres(p: Position): Pt {
  return [p[0]! * M_PER_DEG[0], p[1]! * M_PER_DEG[1]];
}

/** Twice the signed planar area of a ring in lon/lat: positive when counter-clockwise. */
export function signedArea2(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 1; i < ring.length; i++) s += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return s;
}

/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. */
export function rewindRfc7946(mp: MultiPoly): MultiPoly {
  return mp.map((poly) => poly.map((ring, i) => ((signedArea2(ring) > 0) === (i === 0) ? ring : [...ring].reverse())));
}

const EARTH_RADIUS_M = 6_371_008.8;
/**
 * Areas are wanted on the WGS84 ellipsoid, where Brussels is 0.36% larger than
 * on a sphere of mean radius: the ellipsoid's local area element (meridional
 * times prime-vertical radius of curvature) at the region's latitude, over the
 * sphere's, corrects d3's spherical area to within 0.01% across the region.
 */
const ELLIPSOID_FACTOR = (() => {
  const a = 6_378_137;
  const e2 = 0.006_694_379_990_14;
  const s2 = Math.sin(LAT0) ** 2;
  const w = 1 - e2 * s2;
  const meridional = (a * (1 - e2)) / w ** 1.5;
  const primeVertical = a / Math.sqrt(w);
  return (meridional * primeVertical) / EARTH_RADIUS_M ** 2;
})();

/** Area on the WGS84 ellipsoid, in m², whatever the winding. */
export function areaM2(geometry: Polygon | MultiPolygon): number {
  return polygonsAreaM2(geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
}

export function multiPolygonAreaM2(mp: MultiPoly): number {
  return polygonsAreaM2(mp);
}

function polygonsAreaM2(polys: readonly Position[][][]): number {
  let total = 0;
  for (const poly of polys) {
    poly.forEach((ring, i) => {
      let a = geoArea({ type: 'Polygon', coordinates: [ring] });
      // Stryker disable next-line EqualityOperator: at a = 2π both branches give 2π (4π − 2π is exact)
      if (a > 2 * Math.PI) a = 4 * Math.PI - a;
      total += (i === 0 ? 1 : -1) * a;
    });
  }
  return total * EARTH_RADIUS_M ** 2 * ELLIPSOID_FACTOR;
}

/** Even-odd point in ring, planar. */
export function inRing(p: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Pt;
    const [xj, yj] = ring[j] as Pt;
    const crosses = yi > p[1]! !== yj > p[1]!;
    // Stryker disable next-line EqualityOperator: `>=` counts the crossings at or left of the point instead of those right of it; a closed ring crosses the line an even number of times, so the parity is the same (`<=` is killed by the tests)
    if (crosses && p[0]! < ((xj - xi) * (p[1]! - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function inMultiPolygon(p: Position, mp: readonly (readonly (readonly Position[])[])[]): boolean {
  return mp.some((poly) => inRing(p, poly[0]!) && !poly.slice(1).some((hole) => inRing(p, hole)));
}

/** Distance in metres from point p to segment ab, all three in metres. */
export function distanceToSegmentM(p: Pt, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}
