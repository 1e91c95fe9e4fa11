/**
 * Snapping and noding two layers (src/lib/geo/derive/noding.ts), on squares
 * drawn in metres: what moves, what is inserted, what is dropped.
 */
import { describe, expect, it } from 'vitest';
import { snapAndNode, withoutSpikes } from '../../src/lib/geo/derive/noding.ts';
import type { MultiPoly, Pt } from '../../src/lib/geo/derive/planar.ts';

const DX = 1 / (111_320 * Math.cos((50.84 * Math.PI) / 180));
const DY = 1 / 110_574;
const at = (xm: number, ym: number): Pt => [4.35 + xm * DX, 50.84 + ym * DY];
const ring = (...pts: [number, number][]): Pt[] => [...pts, pts[0]!].map(([x, y]) => at(x, y));

describe('snapping', () => {
  it('moves a vertex onto the first one within the tolerance, whichever grid cell either falls in', () => {
    // Eight vertices along a square's sides, at positions that fall anywhere in a 2 m grid; the second ring's
    // copies are 1 m off in both directions (1.41 m away), some to the north-east, some to the south-west.
    const pts: [number, number][] = [[0, 0], [13.3, 0], [26.7, 0], [40, 0], [40, 16.1], [40, 40], [18.6, 40], [0, 40]];
    const a: MultiPoly = [[ring(...pts)]];
    const b: MultiPoly = [[ring(...pts.map(([x, y], i): [number, number] => (i % 2 ? [x + 1, y + 1] : [x - 1, y - 1])))]];
    const out = snapAndNode([a, b], 2);
    expect(out.shapes[1]).toEqual(a);
    // Every vertex of the second ring moved, its closing copy too.
    expect(out.snapped).toBe(9);
    expect(out.inserted).toBe(0);
  });

  it('does not count a vertex already where its neighbour’s is, and leaves apart vertices farther than the tolerance', () => {
    const a: MultiPoly = [[ring([0, 0], [10, 0], [10, 10], [0, 10])]];
    expect(snapAndNode([a, a], 1).snapped).toBe(0);
    // The same square 1.2 m east and 1.2 m north: no vertex within 1 m of another, or of a side.
    const far: MultiPoly = [[ring([1.2, 1.2], [11.2, 1.2], [11.2, 11.2], [1.2, 11.2])]];
    const out = snapAndNode([a, far], 1);
    expect(out.snapped).toBe(0);
    expect(out.shapes[1]).toEqual(far);
  });

  it('snaps a vertex exactly the tolerance away', () => {
    // Two points on one meridian, 0.00001° of latitude apart: exactly that difference in metres (110,574 m a degree).
    const eps = 50.84001 * 110_574 - 50.84 * 110_574;
    const a: MultiPoly = [[[[4.35, 50.84], [4.36, 50.84], [4.36, 50.85], [4.35, 50.84]]]];
    const b: MultiPoly = [[[[4.35, 50.84001], [4.34, 50.84], [4.34, 50.83], [4.35, 50.84001]]]];
    const out = snapAndNode([a, b], eps);
    expect(out.shapes[1]![0]![0]![0]).toEqual([4.35, 50.84]);
  });

  it('drops a ring that collapses to fewer than four points, and a polygon whose exterior does', () => {
    const square = ring([0, 0], [10, 0], [10, 10], [0, 10]);
    const tinyHole = ring([4, 4], [4.3, 4], [4.3, 4.3]);
    const out = snapAndNode([[[square, tinyHole]], [[ring([50, 50], [50.2, 50], [50.2, 50.2], [50, 50.2])]]], 1);
    expect(out.dropped).toBe(2);
    expect(out.shapes).toEqual([[[square]], []]);
  });
});

describe('noding', () => {
  it('inserts every vertex lying on a segment, in order along it, and none beyond its ends or off it', () => {
    const left: MultiPoly = [[ring([0, 0], [10, 0], [10, 10], [0, 10])]];
    // The right square has corners on the left one's east side at y = 3 and y = 7 (and none of its own at its ends);
    // its far corner (10, 14) lies beyond the side's end and (10.5, 12) is half a metre off it.
    const right: MultiPoly = [[ring([10, 3], [20, 3], [20, 7], [10, 7]), ring([10, 14], [12, 14], [10.5, 12])]];
    const out = snapAndNode([left, right], 0.2);
    expect(out.inserted).toBe(2);
    expect(out.shapes[0]).toEqual([[ring([0, 0], [10, 0], [10, 3], [10, 7], [10, 10], [0, 10])]]);
  });

  it('finds vertices along a segment longer than the index’s cells, whichever way the segment runs', () => {
    // A 200 m square; the shapes below and above it have corners on its bottom side (run west to east) and on
    // its top side (run east to west), near both ends.
    const square: MultiPoly = [[ring([0, 0], [200, 0], [200, 200], [0, 200])]];
    const below: MultiPoly = [[ring([20, 0], [20, -30], [180, -30], [180, 0])]];
    const above: MultiPoly = [[ring([20, 200], [180, 200], [180, 230], [20, 230])]];
    const out = snapAndNode([square, below, above], 0.2);
    expect(out.inserted).toBe(4);
    expect(out.shapes[0]).toEqual([[ring([0, 0], [20, 0], [180, 0], [200, 0], [200, 200], [180, 200], [20, 200], [0, 200])]]);
  });

  it('inserts a vertex lying within the tolerance of a segment, not only exactly on it', () => {
    const left: MultiPoly = [[ring([0, 0], [10, 0], [10, 10], [0, 10])]];
    const right: MultiPoly = [[ring([10.1, 5], [20, 5], [20, 8])]];
    const out = snapAndNode([left, right], 0.2);
    expect(out.inserted).toBe(1);
    expect(out.shapes[0]![0]![0]![2]).toEqual(at(10.1, 5));
  });
});

describe('dead ends', () => {
  it('are removed where the ring closes, and repeatedly', () => {
    // The spike sits across the closing point: …, B, A | A, B, … with A the tip. A and one B go; the ring
    // then starts at the point after them.
    const a: Pt = [0, 0];
    expect(withoutSpikes([a, [1, 0], [1, 1], [0, 1], [1, 0], a])).toEqual([[1, 1], [0, 1], [1, 0], [1, 1]]);
    // Two nested spikes: (2, 0) out and back, then (1, 0) out and back.
    expect(withoutSpikes([[0, 0], [1, 0], [2, 0], [1, 0], [0, 0], [0, 1], [-1, 1], [0, 0]])).toEqual([[0, 0], [0, 1], [-1, 1], [0, 0]]);
  });

  it('leave a triangle and a square alone', () => {
    const t: Pt[] = [[0, 0], [1, 0], [0, 1], [0, 0]];
    expect(withoutSpikes(t)).toEqual(t);
    const sq: Pt[] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    expect(withoutSpikes(sq)).toEqual(sq);
    // Points sharing one coordinate are not the same point.
    const kite: Pt[] = [[0, 0], [1, 1], [0, 2], [-1, 1], [0, 0]];
    expect(withoutSpikes(kite)).toEqual(kite);
  });
});
