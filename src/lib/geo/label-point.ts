/**
 * Where to put a label inside a polygon: the sampled point farthest from its
 * edges (a coarse pole of inaccessibility). A centroid can fall outside or on
 * the edge of a concave commune such as the City of Brussels.
 */
import { geoContains, type GeoProjection } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

type Pt = [number, number];

function segmentDistance(p: Pt, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

export function labelPoint(f: Feature<Polygon | MultiPolygon>, projection: GeoProjection, samples = 40): Pt {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const rings = polygons.flat().map((ring) => ring.map((c) => projection(c as Pt) as Pt));
  const xs = rings.flat().map((p) => p[0]);
  const ys = rings.flat().map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const step = Math.max(x1 - x0, y1 - y0) / samples;
  let best: Pt | null = null;
  let bestDistance = -1;
  // Sample centres are computed from their index, not by adding steps, so that each is the
  // same number whichever samples came before it.
  // Stryker disable next-line ArithmeticOperator: k - 0.5 only adds a first column and row just outside the box, where no point of the shape lies; every other sample is the same number
  const centre = (k: number) => k + 0.5;
  for (let i = 0; x0 + centre(i) * step < x1; i++) {
    const x = x0 + centre(i) * step;
    for (let j = 0; y0 + centre(j) * step < y1; j++) {
      const y = y0 + centre(j) * step;
      const lonLat = projection.invert?.([x, y]);
      if (!lonLat || !geoContains(f, lonLat)) continue;
      let d = Infinity;
      for (const ring of rings) for (let i = 1; i < ring.length; i++) d = Math.min(d, segmentDistance([x, y], ring[i - 1]!, ring[i]!));
      if (d > bestDistance) {
        bestDistance = d;
        best = [x, y];
      }
    }
  }
  if (!best) throw new Error(`no point found inside feature ${String(f.properties && 'nis' in f.properties ? f.properties['nis'] : '')}`);
  return [Math.round(best[0] * 10) / 10, Math.round(best[1] * 10) / 10];
}
