/**
 * The overlay of quarters and communes. Quarters are the finer layer, but 47
 * of them straddle a commune border, so neither layer is a union of the
 * other. Each quarter is cut along the commune borders it really crosses into
 * pieces; a quarter is the union of its pieces and a commune the union of its
 * pieces, so the two layers tile the region with the same borders.
 */
import { difference, intersection, union } from './clip.ts';
import { multiPolygonAreaM2, type MultiPoly, type Pt } from './planar.ts';

export interface Area<K> {
  key: K;
  shape: MultiPoly;
}

export interface Piece<Q, C> {
  quarter: Q;
  commune: C;
  shape: MultiPoly;
}

function bbox(mp: MultiPoly): [number, number, number, number] {
  // Stryker disable next-line UnaryOperator: a box that grows without bound meets more boxes: the box test only spares computing intersections that are empty; a commune tested anyway adds an area of 0, which is dropped
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of mp) for (const [x, y] of poly[0]!) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  return [x0, y0, x1, y1];
}

// Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: boxes that meet more often, or when they only touch: the box test only spares computing intersections that are empty; a commune tested anyway adds an area of 0, which is dropped
const boxesMeet = (a: number[], b: number[]) => a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;

/** Area of each commune inside each quarter, in m², largest first; zero overlaps omitted. */
export function overlaps<Q, C>(quarters: readonly Area<Q>[], communes: readonly Area<C>[]): Map<Q, { key: C; m2: number }[]> {
  const boxes = communes.map((c) => bbox(c.shape));
  const out = new Map<Q, { key: C; m2: number }[]>();
  for (const q of quarters) {
    const qb = bbox(q.shape);
    // Stryker disable next-line MethodExpression: without the filter every commune is tested: the box test only spares computing intersections that are empty; a commune tested anyway adds an area of 0, which is dropped
    const near = communes.filter((_, i) => boxesMeet(qb, boxes[i]!));
    const parts = near
      .map((c) => ({ key: c.key, m2: multiPolygonAreaM2(intersection(q.shape, c.shape)) }))
      .filter((p) => p.m2 > 0)
      .sort((a, b) => b.m2 - a.m2);
    out.set(q.key, parts);
  }
  return out;
}

// polygon-clipping rounds coordinates in the last bits: compare vertices to 1e-9 degrees (0.1 mm).
const vertexKey = (p: Pt) => `${p[0].toFixed(9)},${p[1].toFixed(9)}`;

/** The area of the union of all shapes that none covers: holes in their union. */
export function gapsBetween(shapes: readonly MultiPoly[]): MultiPoly[] {
  const [first, ...rest] = shapes;
  const all = union(first!, ...rest);
  return all.flatMap((poly) => poly.slice(1).map((hole): MultiPoly => [[[...hole].reverse()]]));
}

/**
 * Gives each gap to the area that shares most of its vertices (the gap lies
 * between that area's edge and a neighbour's), so every point of the region
 * belongs to an area. Returns the areas and where each gap went.
 */
export function fillGaps<K>(areas: readonly Area<K>[], gaps: readonly MultiPoly[]): { areas: Area<K>[]; assigned: { key: K; m2: number }[] } {
  const owners = new Map<string, Set<K>>();
  for (const a of areas) for (const poly of a.shape) for (const ring of poly) for (const p of ring) {
    const k = vertexKey(p);
    const set = owners.get(k);
    if (set) set.add(a.key);
    else owners.set(k, new Set([a.key]));
  }
  const extra = new Map<K, MultiPoly[]>();
  const assigned: { key: K; m2: number }[] = [];
  for (const gap of gaps) {
    const votes = new Map<K, number>();
    for (const poly of gap) for (const p of poly[0]!) for (const k of owners.get(vertexKey(p)) ?? []) votes.set(k, (votes.get(k) ?? 0) + 1);
    const best = [...votes].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))[0];
    if (!best) throw new Error('a gap between quarters touches no quarter vertex');
    extra.set(best[0], [...(extra.get(best[0]) ?? []), gap]);
    assigned.push({ key: best[0], m2: multiPolygonAreaM2(gap) });
  }
  return { areas: areas.map((a) => (extra.has(a.key) ? { key: a.key, shape: union(a.shape, ...extra.get(a.key)!) } : a)), assigned };
}

/**
 * Cuts a quarter along the borders of the communes it crosses. `communes`
 * lists them largest share first; the first takes whatever the others do not,
 * so the pieces add up to the quarter exactly. Slivers below `minM2` (where
 * two layers draw one border a little apart) stay with the piece they touch.
 */
export function cutQuarter<Q, C>(quarter: Area<Q>, communes: readonly Area<C>[], minM2: number): Piece<Q, C>[] {
  const [main, ...others] = communes;
  if (!main) throw new Error(`quarter ${String(quarter.key)} lies in no commune`);
  if (others.length === 0) return [{ quarter: quarter.key, commune: main.key, shape: quarter.shape }];
  const parts = others.map((c) => ({ commune: c.key, shape: intersection(quarter.shape, c.shape).filter((poly) => multiPolygonAreaM2([poly]) >= minM2) }));
  const rest = difference(quarter.shape, ...parts.map((p) => p.shape));
  const mainShape: MultiPoly = [];
  for (const poly of rest) {
    if (multiPolygonAreaM2([poly]) >= minM2) {
      mainShape.push(poly);
      continue;
    }
    const corners = new Set(poly[0]!.map(vertexKey));
    const shared = (p: { shape: MultiPoly }) => p.shape.flat(2).filter((v) => corners.has(vertexKey(v))).length;
    const neighbour = [...parts].sort((a, b) => shared(b) - shared(a))[0];
    if (neighbour && shared(neighbour) > 0) neighbour.shape = union(neighbour.shape, [poly]);
    else mainShape.push(poly);
  }
  return [{ quarter: quarter.key, commune: main.key, shape: mainShape }, ...parts.map((p) => ({ quarter: quarter.key, commune: p.commune, shape: p.shape }))];
}
