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

/** Metres per degree as the code under test takes them at 50.84° N (111,320 · cos φ and 110,574). */
const M: Pt = [111_320 * Math.cos((50.84 * Math.PI) / 180), 110_574];
/** Points in metres from an origin on a 50 m grid line (so multiples of 10 m and of 50 m fall on cell edges). */
const X0 = Math.ceil((4.35 * M[0]) / 50) * 50;
const Y0 = Math.ceil((50.84 * M[1]) / 50) * 50;
const g = (xm: number, ym: number): Pt => [(X0 + xm) / M[0], (Y0 + ym) / M[1]];
const gring = (...pts: [number, number][]): Pt[] => [...pts, pts[0]!].map(([x, y]) => g(x, y));

describe('snapping across grid cells', () => {
  it('finds a vertex in the cell east of its own, and counts a vertex moved along x alone', () => {
    // A 10 m tolerance puts cell edges every 10 m: B's corners at x = −3 m sit in the cell west of A's at x = 3 m, 6 m away.
    const a: MultiPoly = [[gring([3, 2], [30, 2], [30, 28], [3, 28])]];
    const b: MultiPoly = [[gring([-30, 2], [-3, 2], [-3, 28], [-30, 28])]];
    const out = snapAndNode([a, b], 10);
    expect(out.shapes[1]).toEqual([[gring([-30, 2], [3, 2], [3, 28], [-30, 28])]]);
    expect(out.snapped).toBe(2);
  });

  it('counts a vertex moved along y alone', () => {
    // B's corners at y = −3 m move 6 m north onto A's at y = 3 m, in the cell north of their own.
    const a: MultiPoly = [[gring([2, 3], [28, 3], [28, 30], [2, 30])]];
    const b: MultiPoly = [[gring([2, -30], [28, -30], [28, -3], [2, -3])]];
    const out = snapAndNode([a, b], 10);
    expect(out.shapes[1]).toEqual([[gring([2, -30], [28, -30], [28, 3], [2, 3])]]);
    expect(out.snapped).toBe(2);
  });

  it('keeps every vertex a cell holds: two 12 m apart in one 10 m cell are both there to snap to', () => {
    // (9.5, 9.5) and then (0.5, 0.5) go into one cell, more than 10 m apart; (1, 1) then snaps to the second.
    const a: MultiPoly = [[gring([9.5, 9.5], [0.5, 0.5], [0.5, 40])]];
    const b: MultiPoly = [[gring([1, 1], [-40, 1], [-40, -40])]];
    const out = snapAndNode([a, b], 10);
    expect(out.shapes[1]).toEqual([[gring([0.5, 0.5], [-40, 1], [-40, -40])]]);
    expect(out.snapped).toBe(2);
  });

  it('keeps a polygon’s hole', () => {
    const withHole: MultiPoly = [[gring([0, 0], [30, 0], [30, 30], [0, 30]), gring([10, 10], [10, 20], [20, 20], [20, 10])]];
    expect(snapAndNode([withHole], 1).shapes).toEqual([withHole]);
  });
});

describe('noding across the index’s cells', () => {
  it('finds vertices within the tolerance of a side but in the next 50 m cell beyond it, on every side, near either end', () => {
    // A square whose sides lie 0.3 m inside the 50 m cells at its edges; a vertex 0.3 m beyond each side lies in the
    // next cell, 0.6 m from the side. Right and bottom ones sit near the start of a side, left and top near its end.
    const square: MultiPoly = [[gring([0.3, 0.3], [199.7, 0.3], [199.7, 199.7], [0.3, 199.7])]];
    const spike = (x: number, y: number, dx: number, dy: number): MultiPoly => [[gring([x, y], [x + dx - dy, y + dy + dx], [x + dx + dy, y + dy - dx])]];
    const out = snapAndNode([square, spike(20, -0.3, 0, -10), spike(200.3, 20, 10, 0), spike(180, 200.3, 0, 10), spike(-0.3, 180, -10, 0)], 1);
    expect(out.inserted).toBe(4);
    expect(out.shapes[0]).toEqual([[gring([0.3, 0.3], [20, -0.3], [199.7, 0.3], [200.3, 20], [199.7, 199.7], [180, 200.3], [0.3, 199.7], [-0.3, 180])]]);
  });

  it('inserts a vertex exactly the tolerance from a side', () => {
    // A side along latitude 50.84375° and a vertex 1/1024° north of it: 110,574 / 1024 = 107.982421875 m, exact in binary.
    const eps = 110_574 / 1024;
    const lat = 50.84375;
    const rectangle: MultiPoly = [[[[4.3, lat], [4.3, 50.8], [4.4, 50.8], [4.4, lat], [4.3, lat]]]];
    const v: Pt = [4.35, lat + 1 / 1024];
    const out = snapAndNode([rectangle, [[[v, [4.34, 50.86], [4.36, 50.86], v]]]], eps);
    expect(out.inserted).toBe(1);
    expect(out.shapes[0]).toEqual([[[[4.3, lat], [4.3, 50.8], [4.4, 50.8], [4.4, lat], v, [4.3, lat]]]]);
  });
});

describe('dead ends in short rings', () => {
  it('stop at three points: a spike that leaves two goes, then nothing more', () => {
    const a: Pt = [0, 0];
    const b: Pt = [1, 0];
    const c: Pt = [0, 1];
    expect(withoutSpikes([a, b, a, c, a])).toEqual([a, c, a]);
  });

  it('never cut a ring of three points, even one that doubles back', () => {
    const a: Pt = [0, 0];
    const b: Pt = [1, 0];
    expect(withoutSpikes([a, b, a, a])).toEqual([a, b, a, a]);
  });
});
