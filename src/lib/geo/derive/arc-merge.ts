/**
 * Merges polygons of a topology into one MultiPolygon made of the same arcs,
 * so the merged shapes (quarters, communes) share their borders arc for arc.
 *
 * topojson-client's `merge` treats the largest ring of a connected group as
 * its exterior and every other ring as a hole, which is wrong when a commune
 * touches itself at a single point; here rings are traced keeping the area on
 * their left and classified by winding, then holes go to the exterior that
 * contains them.
 */
import { inRing, signedArea2, type Pt } from './planar.ts';

/** Arcs of a topology before quantisation: absolute coordinates. */
export type Arcs = readonly (readonly Pt[])[];
/** A polygon as rings of arc references (~i is arc i reversed). */
export type ArcPolygon = number[][];

const abs = (a: number) => (a < 0 ? ~a : a);

function arcPoints(arcs: Arcs, ref: number): readonly Pt[] {
  const pts = arcs[abs(ref)]!;
  return ref < 0 ? [...pts].reverse() : pts;
}

const ptKey = (p: Pt) => `${p[0]},${p[1]}`;

/** Direction leaving `from` along the arc: the first point that differs. */
function leavingAngle(pts: readonly Pt[]): number {
  const a = pts[0]!;
  const b = pts.find((p) => p[0] !== a[0] || p[1] !== a[1]) ?? a;
  return Math.atan2(b[1] - a[1], b[0] - a[0]);
}

export function mergeArcPolygons(arcs: Arcs, polygons: readonly ArcPolygon[]): ArcPolygon[] {
  // An arc run once each way inside the group is internal (two of its polygons meet there, or a ring
  // doubles back on itself); what is left over, one way or the other, is the group's boundary.
  const net = new Map<number, number>();
  for (const poly of polygons) for (const ring of poly) for (const ref of ring) net.set(abs(ref), (net.get(abs(ref)) ?? 0) + (ref < 0 ? -1 : 1));
  const boundary: number[] = [];
  for (const [arc, n] of net) {
    if (Math.abs(n) > 1) throw new Error(`arc ${arc} bounds the group ${Math.abs(n)} times in one direction: the polygons overlap`);
    if (n === 1) boundary.push(arc);
    if (n === -1) boundary.push(~arc);
  }

  const leaving = new Map<string, number[]>();
  for (const ref of boundary) {
    const k = ptKey(arcPoints(arcs, ref)[0]!);
    leaving.set(k, [...(leaving.get(k) ?? []), ref]);
  }
  const used = new Set<number>();
  const rings: number[][] = [];
  for (const start of boundary) {
    if (used.has(start)) continue;
    const ring: number[] = [];
    let ref = start;
    for (;;) {
      used.add(ref);
      ring.push(ref);
      const pts = arcPoints(arcs, ref);
      const end = pts[pts.length - 1]!;
      const candidates = (leaving.get(ptKey(end)) ?? []).filter((r) => !used.has(r));
      if (candidates.length === 0) break;
      if (ptKey(end) === ptKey(arcPoints(arcs, start)[0]!)) break;
      // Keep the area on the left: from the way back, turn clockwise to the first boundary arc.
      const prev = pts[pts.length - 2] ?? pts[0]!;
      const back = Math.atan2(prev[1] - end[1], prev[0] - end[0]);
      const clockwiseFromBack = (r: number) => {
        const d = back - leavingAngle(arcPoints(arcs, r));
        return d <= 0 ? d + 2 * Math.PI : d;
      };
      ref = candidates.sort((a, b) => clockwiseFromBack(a) - clockwiseFromBack(b))[0]!;
    }
    rings.push(ring);
  }

  // Each joint comes twice, as one arc's end and the next one's start: a repeated point adds nothing to the area or the even-odd test.
  const coords = (ring: number[]): Pt[] => ring.flatMap((ref) => arcPoints(arcs, ref));
  const exteriors: { ring: number[]; pts: Pt[]; area: number; holes: number[][] }[] = [];
  const holes: { ring: number[]; pts: Pt[] }[] = [];
  for (const ring of rings) {
    const pts = coords(ring);
    const area = signedArea2(pts);
    if (area > 0) exteriors.push({ ring, pts, area, holes: [] });
    else if (area < 0) holes.push({ ring, pts });
  }
  exteriors.sort((a, b) => a.area - b.area);
  for (const hole of holes) {
    // A point just inside the hole's first segment, so a vertex shared with the exterior does not decide.
    const [a, b] = [hole.pts[0]!, hole.pts[1]!];
    const probe: Pt = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const owner = exteriors.find((e) => inRing(probe, e.pts)) ?? exteriors[exteriors.length - 1];
    if (!owner) throw new Error(`a hole with no exterior ring around it (rings: ${rings.map((r) => `${r.length} arcs, area ${signedArea2(coords(r)).toExponential(2)}`).join('; ')})`);
    owner.holes.push(hole.ring);
  }
  return exteriors.map((e) => [e.ring, ...e.holes]);
}
