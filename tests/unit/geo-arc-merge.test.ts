/**
 * Merging polygons made of shared arcs (src/lib/geo/derive/arc-merge.ts), on
 * squares built into a topology with topojson-server; the merged rings are
 * decoded here and measured with a shoelace written in this file.
 */
import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { MultiPolygon } from 'geojson';
import { mergeArcPolygons, type ArcPolygon } from '../../src/lib/geo/derive/arc-merge.ts';
import type { MultiPoly, Pt } from '../../src/lib/geo/derive/planar.ts';

/** A counter-clockwise rectangle (x0, y0)–(x1, y1) in plain planar units. */
const rect = (x0: number, y0: number, x1: number, y1: number): Pt[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
const cw = (ring: Pt[]): Pt[] => [...ring].reverse();

function build(shapes: MultiPoly[]) {
  const t = topology(Object.fromEntries(shapes.map((mp, i) => [`s${i}`, { type: 'MultiPolygon', coordinates: mp } as MultiPolygon]))) as unknown as { arcs: Pt[][]; objects: Record<string, { arcs: ArcPolygon[] }> };
  return { arcs: t.arcs, polys: shapes.flatMap((_, i) => t.objects[`s${i}`]!.arcs) };
}

const decode = (arcs: Pt[][], ring: number[]): Pt[] => ring.flatMap((ref, i) => {
  const pts = ref < 0 ? [...arcs[~ref]!].reverse() : arcs[ref]!;
  return i === 0 ? pts : pts.slice(1);
});
/** Shoelace area, positive counter-clockwise. */
const area = (pts: Pt[]) => pts.reduce((s, p, i) => (i === 0 ? 0 : s + (pts[i - 1]![0] * p[1] - p[0] * pts[i - 1]![1]) / 2), 0);

describe('merging polygons into one', () => {
  it('leaves out the arc two neighbours share, in either direction', () => {
    const { arcs, polys } = build([[[rect(0, 0, 10, 10)]], [[rect(10, 0, 20, 10)]]]);
    const abs = (r: number) => (r < 0 ? ~r : r);
    const [a, b] = polys.map((p) => new Set(p.flat().map(abs)));
    const shared = [...a!].filter((r) => b!.has(r));
    expect(shared).toHaveLength(1);
    const merged = mergeArcPolygons(arcs, polys);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.flat().map(abs)).not.toContain(shared[0]);
    const ring = decode(arcs, merged[0]![0]!);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(area(ring)).toBe(200);
  });

  it('merges three squares in an L, one of them reached through a reversed arc', () => {
    const { arcs, polys } = build([[[rect(0, 0, 10, 10)]], [[rect(10, 0, 20, 10)]], [[rect(0, 10, 10, 20)]]]);
    const merged = mergeArcPolygons(arcs, polys);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toHaveLength(1);
    expect(area(decode(arcs, merged[0]![0]!))).toBe(300);
  });

  it('is an error when two polygons overlap, running one arc twice the same way', () => {
    const { arcs, polys } = build([[[rect(0, 0, 10, 10)]]]);
    expect(() => mergeArcPolygons(arcs, [...polys, ...polys])).toThrow(/bounds the group 2 times in one direction: the polygons overlap/);
  });

  it('is an error when a hole has no exterior around it', () => {
    const { arcs, polys } = build([[[cw(rect(0, 0, 10, 10))]]]);
    expect(() => mergeArcPolygons(arcs, polys)).toThrow(/a hole with no exterior ring around it \(rings: 1 arcs, area -2\.00e\+2\)/);
  });
});

describe('holes and islands', () => {
  it('gives each hole to the smallest exterior around it: an island in a lake keeps its own pond', () => {
    // A 30 × 30 square with a 20 × 20 lake; in the lake a 10 × 10 island with a 4 × 4 pond.
    const { arcs, polys } = build([[[rect(0, 0, 30, 30), cw(rect(5, 5, 25, 25))], [rect(10, 10, 20, 20), cw(rect(13, 13, 17, 17))]]]);
    const merged = mergeArcPolygons(arcs, polys);
    expect(merged).toHaveLength(2);
    const areas = merged.map((poly) => poly.map((ring) => area(decode(arcs, ring))));
    // Exteriors come smallest first, each with its own hole.
    expect(areas).toEqual([[100, -16], [900, -400]]);
  });

  it('keeps two squares touching at a corner as two polygons, turning the right way where the boundary meets itself', () => {
    // A bar of two squares, (0, 0)–(20, 10), and two squares touching its top corners (0, 10) and (20, 10):
    // the boundary passes each of those corners twice, and must leave it on the side that keeps the area on its left.
    const { arcs, polys } = build([[[rect(0, 0, 10, 10)]], [[rect(10, 0, 20, 10)]], [[rect(20, 10, 30, 20)]], [[rect(-10, 10, 0, 20)]]]);
    const merged = mergeArcPolygons(arcs, polys);
    const areas = merged.map((poly) => poly.map((ring) => area(decode(arcs, ring))));
    expect(areas.sort((a, b) => a[0]! - b[0]!)).toEqual([[100], [100], [200]]);
  });
});
