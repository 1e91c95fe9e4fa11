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

/**
 * Topologies drawn by hand: arcs in small whole numbers, moved to (4, 50) like the region's
 * lon/lat and scaled by 1/8, so every coordinate and every difference is exact in binary.
 */
const place = (arcs: Pt[][]): Pt[][] => arcs.map((arc) => arc.map(([x, y]): Pt => [4 + x / 8, 50 + y / 8]));

/**
 * Two lobes touching at V = (0, 0), drawn as one ring through V twice: arc 0 runs lobe A into V, arc 1 runs
 * round lobe B from V back to V, arc 2 runs the rest of lobe A from V. Leaving V, arc 1 comes first in order,
 * but keeping the area on the left means taking arc 2.
 */
const LOBES: Record<string, Pt[][]> = {
  // A is the square (−10, −10)–(0, 0), entered from below; B the square (0, 0)–(20, 20), left to the east.
  // Arc 2 leaves west, from a repeated first point.
  'entered from below': [[[-10, -10], [0, -10], [0, 0]], [[0, 0], [20, 0], [20, 20], [0, 20], [0, 0]], [[0, 0], [0, 0], [-10, 0], [-10, -10]]],
  // A is the square (0, −10)–(10, 0), entered from the east; B the square (−20, 0)–(0, 20), left to the north.
  // Arc 2 leaves south, from a repeated first point.
  'entered from the east': [[[0, -10], [10, -10], [10, 0], [0, 0]], [[0, 0], [0, 20], [-20, 20], [-20, 0], [0, 0]], [[0, 0], [0, 0], [0, -10]]],
  // A is the triangle (0, 0), (−10, 10), (−10, −10), entered from the south-west along an arc that starts
  // north-west of V; B the triangle (0, 0), (10, −10), (10, 10), left to the south-east.
  'entered from the south-west': [[[-10, 10], [-10, -10], [0, 0]], [[0, 0], [10, -10], [20, 10], [0, 0]], [[0, 0], [-10, 10]]],
};

describe('a ring that touches itself at a point', () => {
  for (const [name, drawn] of Object.entries(LOBES)) {
    it(`splits into its two lobes where the boundary meets itself, ${name}`, () => {
      const arcs = place(drawn);
      // Lobe A is the smaller: exteriors come smallest first.
      expect(mergeArcPolygons(arcs, [[[0, 1, 2]]])).toEqual([[[0, 2]], [[1]]]);
    });
  }
});

describe('arcs run backwards, spikes, and odd boundaries', () => {
  it('follows an arc the polygon runs backwards, and leaves the arcs as they were', () => {
    // One closed arc drawn clockwise; the polygon runs it reversed, counter-clockwise.
    const arcs: Pt[][] = [cw(rect(0, 0, 10, 10))];
    const copy = structuredClone(arcs);
    expect(mergeArcPolygons(arcs, [[[~0]]])).toEqual([[[~0]]]);
    expect(arcs).toEqual(copy);
  });

  it('runs a spike into the ring, turning straight back only when no other arc leaves the point', () => {
    // Triangle (0, 0), (−10, 10), (−10, −10) with a spike from V = (0, 0) east to (10, 0) and back, as two arcs.
    // The ring starts on the way back in (arc 0): at V the way on is arc 1 (north-west), not the spike out (arc 3).
    const arcs = place([[[10, 0], [0, 0]], [[0, 0], [-10, 10]], [[-10, 10], [-10, -10], [0, 0]], [[0, 0], [10, 0]]]);
    expect(mergeArcPolygons(arcs, [[[0, 1, 2, 3]]])).toEqual([[[0, 1, 2, 3]]]);
  });

  it('drops a ring of no area: a spike traced on its own', () => {
    // The same shape with the ring starting on the spike out: out and back closes a ring of no area.
    const arcs = place([[[0, 0], [10, 0]], [[10, 0], [0, 0]], [[0, 0], [-10, 10]], [[-10, 10], [-10, -10], [0, 0]]]);
    expect(mergeArcPolygons(arcs, [[[0, 1, 2, 3]]])).toEqual([[[2, 3]]]);
  });

  it('gives a hole that no exterior contains to the largest exterior', () => {
    // Exteriors of 100 and 400; a clockwise ring far from both.
    const arcs: Pt[][] = [rect(0, 0, 10, 10), rect(20, 0, 40, 20), cw(rect(100, 100, 110, 110))];
    expect(mergeArcPolygons(arcs, [[[0]], [[1]], [[2]]])).toEqual([[[0]], [[1], [2]]]);
  });

  it('lists every ring when holes have no exterior', () => {
    const arcs: Pt[][] = [cw(rect(0, 0, 10, 10)), cw(rect(20, 0, 40, 20))];
    expect(() => mergeArcPolygons(arcs, [[[0]], [[1]]])).toThrow('(rings: 1 arcs, area -2.00e+2; 1 arcs, area -8.00e+2)');
  });

  it('ends a ring where its boundary runs out', () => {
    // A boundary that does not close (not a valid polygon): traced as far as it goes, not beyond.
    const arcs: Pt[][] = [[[0, 0], [10, 0], [10, 10]]];
    expect(mergeArcPolygons(arcs, [[[0]]])).toEqual([[[0]]]);
  });
});
