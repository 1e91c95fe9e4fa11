/**
 * Makes boundaries that two upstream layers draw almost identically (the
 * quarters and the communes come from different UrbIS layers, a few
 * centimetres apart in places) into exactly identical vertex sequences, so a
 * topology built from them shares one arc per border instead of two arcs with
 * a sliver between them.
 *
 * 1. Snap: vertices closer than `epsM` metres become one vertex.
 * 2. Node: a vertex lying within `epsM` of another ring's segment is inserted
 *    into that segment.
 * Nothing moves by more than `epsM`.
 */
import { toMetres, type MultiPoly, type Pt, type Ring } from './planar.ts';

export interface NodingResult {
  shapes: MultiPoly[];
  /** Vertices moved onto a neighbour within the tolerance. */
  snapped: number;
  /** Vertices inserted into a segment they lay on. */
  inserted: number;
  /** Rings that collapsed to fewer than four points and were dropped. */
  dropped: number;
}

// Stryker disable next-line StringLiteral: the grid is only an index; with every vertex in one cell the distance tests still decide alone
const key = (gx: number, gy: number) => `${gx},${gy}`;

export function snapAndNode(shapes: readonly MultiPoly[], epsM: number): NodingResult {
  const grid = new Map<string, { p: Pt; m: Pt }[]>();
  const reps: { p: Pt; m: Pt }[] = [];
  let snapped = 0;
  const snap = (p: Pt): Pt => {
    const m = toMetres(p);
    const gx = Math.floor(m[0] / epsM);
    const gy = Math.floor(m[1] / epsM);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        // Stryker disable next-line ArithmeticOperator: dx and dy run over -1..1, so gx - dx visits the same nine cells as gx + dx
        for (const r of grid.get(key(gx + dx, gy + dy)) ?? []) {
          if (Math.hypot(r.m[0] - m[0], r.m[1] - m[1]) <= epsM) {
            if (r.p[0] !== p[0] || r.p[1] !== p[1]) snapped++;
            return r.p;
          }
        }
      }
    }
    const rep = { p, m };
    const cell = grid.get(key(gx, gy));
    if (cell) cell.push(rep);
    else grid.set(key(gx, gy), [rep]);
    reps.push(rep);
    return p;
  };

  let dropped = 0;
  const cleanRing = (ring: Ring): Ring | null => {
    const out: Ring = [];
    for (const p of ring) {
      const s = snap(p);
      const last = out[out.length - 1];
      if (!last || last[0] !== s[0] || last[1] !== s[1]) out.push(s);
    }
    if (out.length < 4) {
      dropped++;
      return null;
    }
    return out;
  };
  const snappedShapes: MultiPoly[] = shapes.map((mp) =>
    mp.flatMap((poly) => {
      const [outer, ...holes] = poly.map(cleanRing);
      if (!outer) return [];
      return [[outer, ...holes.filter((h): h is Ring => h !== null)]];
    }),
  );

  // Coarse index of every vertex, to find those lying on a segment.
  const CELL = 50;
  const index = new Map<string, { p: Pt; m: Pt }[]>();
  for (const r of reps) {
    const k = key(Math.floor(r.m[0] / CELL), Math.floor(r.m[1] / CELL));
    const cell = index.get(k);
    if (cell) cell.push(r);
    else index.set(k, [r]);
  }
  let inserted = 0;
  const nodeRing = (ring: Ring): Ring => {
    const out: Ring = [ring[0]!];
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1]!;
      const b = ring[i]!;
      const [ax, ay] = toMetres(a);
      const [bx, by] = toMetres(b);
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const found: [number, Pt][] = [];
      // Consecutive points differ once cleaned, so len2 > 0 (were it 0, t would be NaN or infinite and nothing found).
      for (let gx = Math.floor((Math.min(ax, bx) - epsM) / CELL); gx <= Math.floor((Math.max(ax, bx) + epsM) / CELL); gx++) {
        for (let gy = Math.floor((Math.min(ay, by) - epsM) / CELL); gy <= Math.floor((Math.max(ay, by) + epsM) / CELL); gy++) {
          for (const v of index.get(key(gx, gy)) ?? []) {
            // The segment's own ends come out at t = 0 and t = 1 exactly (the same arithmetic on the same numbers).
            const t = ((v.m[0] - ax) * dx + (v.m[1] - ay) * dy) / len2;
            if (t <= 0 || t >= 1) continue;
            if (Math.hypot(ax + t * dx - v.m[0], ay + t * dy - v.m[1]) <= epsM) found.push([t, v.p]);
          }
        }
      }
      found.sort((u, w) => u[0] - w[0]);
      for (const [, p] of found) out.push(p);
      inserted += found.length;
      out.push(b);
    }
    return out;
  };
  return { shapes: snappedShapes.map((mp) => mp.map((poly) => poly.map((ring) => withoutSpikes(nodeRing(ring))))), snapped, inserted, dropped };
}

const same = (a: Pt, b: Pt) => a[0] === b[0] && a[1] === b[1];

/** Removes dead ends where a ring goes to a point and straight back (A, B, A), which snapping can leave. */
export function withoutSpikes(ring: Ring): Ring {
  const open = ring.slice(0, -1);
  let changed = true;
  while (changed && open.length > 3) {
    changed = false;
    // Stryker disable next-line EqualityOperator: at i = length the test is the one already made at i = 0 (same prev and next)
    for (let i = 0; i < open.length; i++) {
      const prev = open[(i - 1 + open.length) % open.length]!;
      const next = open[(i + 1) % open.length]!;
      if (same(prev, next)) {
        // Drop the tip and one copy of the point it came back to.
        open.splice(i, 1);
        open.splice(i % open.length, 1);
        changed = true;
        break;
      }
    }
  }
  return [...open, open[0]!];
}
