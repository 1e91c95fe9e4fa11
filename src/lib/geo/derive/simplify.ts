/**
 * Douglas–Peucker simplification of topology arcs with a tolerance in metres.
 * Arcs are simplified once and shared by both neighbours, so two quarters
 * (or a quarter and its commune) keep exactly the same border; arc ends,
 * where three or more areas meet, never move.
 */
import { distanceToSegmentM as segmentDistance, toMetres, type Pt } from './planar.ts';

/** Indices kept between first and last (both always kept), for points in metres. */
function keep(m: readonly Pt[], first: number, last: number, tol: number, out: Set<number>): void {
  let worst = -1;
  let worstDistance = tol;
  // Stryker disable next-line EqualityOperator: `i <= last` adds the chord's own end, 0 m from it, never farther than tol
  for (let i = first + 1; i < last; i++) {
    const d = segmentDistance(m[i]!, m[first]!, m[last]!);
    if (d > worstDistance) {
      worst = i;
      worstDistance = d;
    }
  }
  if (worst === -1) return;
  out.add(worst);
  keep(m, first, worst, tol, out);
  keep(m, worst, last, tol, out);
}

/**
 * Simplifies one arc (lon/lat points) so that no dropped point lies farther
 * than `tolM` metres from the line kept. A closed arc (a ring on its own) is
 * split at its point farthest from the start and keeps at least four points.
 */
export function simplifyArc(points: readonly Pt[], tolM: number): Pt[] {
  // Stryker disable next-line EqualityOperator: with `< 2`, two points go through the general case and come out unchanged
  if (points.length <= 2) return [...points];
  const m = points.map(toMetres);
  const last = points.length - 1;
  const kept = new Set<number>([0, last]);
  const closed = m[0]![0] === m[last]![0] && m[0]![1] === m[last]![1];
  if (closed) {
    let far = 1;
    // Stryker disable next-line EqualityOperator: `i <= last` adds the closing point, the start itself, 0 m from it
    for (let i = 1; i < last; i++) {
      if (Math.hypot(m[i]![0] - m[0]![0], m[i]![1] - m[0]![1]) > Math.hypot(m[far]![0] - m[0]![0], m[far]![1] - m[0]![1])) far = i;
    }
    kept.add(far);
    keep(m, 0, far, tolM, kept);
    keep(m, far, last, tolM, kept);
    // A ring needs three distinct corners: keep the point farthest from the chord if nothing else was.
    if (kept.size < 4) {
      // Stryker disable next-line UnaryOperator: starting at 1 instead of -1 only matters when no point is left to add, and point 1 (the far point then) is already kept
      let best = -1;
      let bestD = -1;
      // Stryker disable next-line EqualityOperator: `i <= last` reaches the closing point, which is always kept and skipped
      for (let i = 1; i < last; i++) {
        if (kept.has(i)) continue;
        const d = segmentDistance(m[i]!, m[0]!, m[far]!);
        if (d > bestD) {
          best = i;
          bestD = d;
        }
      }
      if (best !== -1) kept.add(best);
    }
  } else {
    keep(m, 0, last, tolM, kept);
  }
  return [...kept].sort((a, b) => a - b).map((i) => points[i]!);
}
