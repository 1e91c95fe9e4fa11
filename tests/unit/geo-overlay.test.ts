/**
 * The overlay of quarters and communes (src/lib/geo/derive/overlay.ts), on
 * squares and rectangles drawn in metres whose areas are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { cutQuarter, fillGaps, gapsBetween, overlaps } from '../../src/lib/geo/derive/overlay.ts';
import { difference, intersection } from '../../src/lib/geo/derive/clip.ts';
import { multiPolygonAreaM2, rewindRfc7946, type MultiPoly, type Pt } from '../../src/lib/geo/derive/planar.ts';

const DX = 1 / (111_320 * Math.cos((50.84 * Math.PI) / 180));
const DY = 1 / 110_574;
const at = (xm: number, ym: number): Pt => [4.35 + xm * DX, 50.84 + ym * DY];
/** A rectangle from (x0, y0) to (x1, y1) metres, wound the RFC 7946 way. */
const rect = (x0: number, y0: number, x1: number, y1: number): MultiPoly => rewindRfc7946([[[at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1), at(x0, y0)]]]);
/** Areas are compared as shares of a 100 m square: the drawing helper's metres are within 1% of the ellipsoid's. */
const UNIT = multiPolygonAreaM2(rect(0, 0, 100, 100)) / 10_000;

describe('overlaps of quarters and communes', () => {
  it('gives each quarter the area each commune holds of it, largest first, leaving out communes that only touch it or lie apart', () => {
    const q = { key: 'Q', shape: rect(0, 0, 100, 100) };
    const communes = [
      { key: 'E', shape: rect(70, -50, 150, 150) },
      { key: 'W', shape: rect(-50, -50, 70, 150) },
      { key: 'touching', shape: rect(100, 0, 200, 100) },
      { key: 'apart', shape: rect(300, 300, 400, 400) },
    ];
    const out = overlaps([q], communes).get('Q')!;
    expect(out.map((p) => p.key)).toEqual(['W', 'E']);
    expect(out[0]!.m2 / UNIT).toBeCloseTo(7_000, 0);
    expect(out[1]!.m2 / UNIT).toBeCloseTo(3_000, 0);
  });

  it('gives a quarter no commune when none reaches it, and handles each quarter', () => {
    const out = overlaps([{ key: 1, shape: rect(0, 0, 10, 10) }, { key: 2, shape: rect(500, 0, 510, 10) }], [{ key: 'C', shape: rect(495, -5, 520, 20) }]);
    expect(out.get(1)).toEqual([]);
    expect(out.get(2)!.map((p) => p.key)).toEqual(['C']);
  });
});

describe('gaps between quarters', () => {
  it('are the holes in their union, as exterior rings', () => {
    // A frame of four rectangles around an empty 20 m square.
    const frame = [rect(0, 0, 40, 10), rect(0, 30, 40, 40), rect(0, 10, 10, 30), rect(30, 10, 40, 30)];
    const gaps = gapsBetween(frame);
    expect(gaps).toHaveLength(1);
    expect(multiPolygonAreaM2(gaps[0]!) / UNIT).toBeCloseTo(400, 1);
    expect(gapsBetween([rect(0, 0, 10, 10), rect(10, 0, 20, 10)])).toEqual([]);
  });

  it('go to the area sharing most of their corners, and to the first key in order on a tie', () => {
    // A 2 m gap at the corner of A's notch: three of its corners are A's, one is B's.
    const a = { key: 'A', shape: rewindRfc7946([[[at(0, 0), at(10, 0), at(10, 8), at(8, 8), at(8, 10), at(0, 10), at(0, 0)]]]) };
    const b = { key: 'B', shape: rect(10, 0, 20, 20) };
    const gap = rewindRfc7946([[[at(8, 8), at(10, 8), at(10, 10), at(8, 10), at(8, 8)]]]);
    const out = fillGaps([b, a], [gap]);
    expect(out.assigned.map((g) => g.key)).toEqual(['A']);
    expect(out.assigned[0]!.m2 / UNIT).toBeCloseTo(4, 0); // a few m² on the sphere: d3 is good to a tenth of one
    expect(multiPolygonAreaM2(out.areas.find((x) => x.key === 'A')!.shape) / UNIT).toBeCloseTo(100, 1);
    expect(out.areas.find((x) => x.key === 'B')).toBe(b);
    // Sharing two corners each, the gap goes to the key first in order, whichever order the areas come in.
    const c = { key: 'C', shape: rect(0, 0, 10, 10) };
    const d = { key: 'D', shape: rect(0, 12, 10, 20) };
    const between = rect(0, 10, 10, 12);
    expect(fillGaps([d, c], [between]).assigned.map((g) => g.key)).toEqual(['C']);
    expect(fillGaps([c, d], [between]).assigned.map((g) => g.key)).toEqual(['C']);
  });

  it('is an error when a gap shares no corner with any area', () => {
    expect(() => fillGaps([{ key: 'A', shape: rect(0, 0, 10, 10) }], [rect(50, 50, 52, 52)])).toThrow(/touches no quarter vertex/);
  });
});

describe('cutting a quarter', () => {
  const quarter = { key: 7, shape: rect(0, 0, 100, 100) };

  it('is an error when the quarter lies in no commune, and leaves it whole in a single commune', () => {
    expect(() => cutQuarter(quarter, [], 100)).toThrow(/quarter 7 lies in no commune/);
    expect(cutQuarter(quarter, [{ key: 'M', shape: rect(-10, -10, 110, 110) }], 100)).toEqual([{ quarter: 7, commune: 'M', shape: quarter.shape }]);
  });

  it('keeps a piece exactly at the threshold, and leaves a sliver touching no other piece with the main commune', () => {
    const main = { key: 'M', shape: rect(-10, -10, 110, 110) };
    // 'O' holds a 10 m × 100 m strip of the quarter: 1,000 m² by the drawing, kept at a threshold just below its area.
    const other = { key: 'O', shape: rect(-10, -10, 10, 110) };
    const strip = multiPolygonAreaM2(rect(0, 0, 10, 100));
    const kept = cutQuarter(quarter, [main, other], strip * 0.999);
    expect(multiPolygonAreaM2(kept[1]!.shape) / UNIT).toBeCloseTo(1_000, 0);
    // At a threshold above it the strip is a sliver and goes back to the main commune, which then holds it all.
    const back = cutQuarter(quarter, [main, other], strip * 1.001);
    expect(back[1]!.shape).toEqual([]);
    expect(multiPolygonAreaM2(back[0]!.shape) / UNIT).toBeCloseTo(10_000, 0);
  });

  it('gives what the main commune is left with to the neighbouring piece when it is only a sliver', () => {
    // 'O' reaches all but a 20 cm strip along the quarter's west edge: 20 m², left to the main commune, goes to O.
    const main = { key: 'M', shape: rect(-10, -10, 110, 110) };
    const other = { key: 'O', shape: rect(0.2, -10, 110, 110) };
    const [m, o] = cutQuarter(quarter, [main, other], 100);
    expect(m!.shape).toEqual([]);
    expect(multiPolygonAreaM2(o!.shape) / UNIT).toBeCloseTo(10_000, 0);
  });

  it('keeps with the main commune a small part of the quarter that touches no other piece', () => {
    // The quarter has a 5 m islet 200 m away; 'O' holds the east half of its square.
    const islet = rect(300, 0, 305, 5);
    const withIslet = { key: 8, shape: [...quarter.shape, ...islet] };
    const main = { key: 'M', shape: rect(-10, -10, 400, 110) };
    const other = { key: 'O', shape: rect(50, -10, 110, 110) };
    const [m, o] = cutQuarter(withIslet, [main, other], 100);
    expect(multiPolygonAreaM2(m!.shape) / UNIT).toBeCloseTo(5_025, 0);
    expect(multiPolygonAreaM2(o!.shape) / UNIT).toBeCloseTo(5_000, 0);
  });

  it('keeps a piece whose area is exactly the threshold', () => {
    const main = { key: 'M', shape: rect(-10, -10, 110, 110) };
    const other = { key: 'O', shape: rect(-10, -10, 10, 110) };
    const piece = intersection(quarter.shape, other.shape);
    const [, o] = cutQuarter(quarter, [main, other], multiPolygonAreaM2(piece));
    expect(o!.shape).toEqual(piece);
    // And what the main commune is left with, exactly at the threshold, stays with it: here 'O' holds the west 60%.
    const wide = { key: 'O', shape: rect(-10, -10, 60, 110) };
    const rest = difference(quarter.shape, intersection(quarter.shape, wide.shape));
    const [m2] = cutQuarter(quarter, [main, wide], multiPolygonAreaM2(rest));
    expect(m2!.shape).toEqual(rest);
  });
});

/** Twice the signed area of a ring in its own units: positive when counter-clockwise. */
const shoelace2 = (ring: Pt[]) => ring.reduce((s, p, i) => (i === 0 ? 0 : s + ring[i - 1]![0] * p[1] - p[0] * ring[i - 1]![1]), 0);

describe('gaps, cuts and owners: order and winding', () => {
  it('gives a gap as an exterior ring wound counter-clockwise, as RFC 7946 wants', () => {
    const frame = [rect(0, 0, 40, 10), rect(0, 30, 40, 40), rect(0, 10, 10, 30), rect(30, 10, 40, 30)];
    const [gap] = gapsBetween(frame);
    expect(gap).toHaveLength(1);
    expect(gap![0]).toHaveLength(1);
    expect(shoelace2(gap![0]![0]!)).toBeGreaterThan(0);
  });

  it('gives a gap to the area with most of its corners even when another comes first in order and in the gap’s own ring', () => {
    // The gap (8, 8)–(10, 10), its ring starting and closing at (10, 8). 'Z' has three of its corners, (10, 8),
    // (10, 10) and (8, 10): four votes with the closing point; 'B' has (10, 8) too, and (8, 8): three votes.
    const z = { key: 'Z', shape: rewindRfc7946([[[at(8, 10), at(10, 10), at(10, 8), at(20, 8), at(20, 20), at(8, 20), at(8, 10)]]]) };
    const b = { key: 'B', shape: rewindRfc7946([[[at(0, 0), at(20, 0), at(20, 8), at(10, 8), at(8, 8), at(0, 8), at(0, 0)]]]) };
    const gap: MultiPoly = [[[at(10, 8), at(10, 10), at(8, 10), at(8, 8), at(10, 8)]]];
    expect(fillGaps([z, b], [gap]).assigned.map((g) => g.key)).toEqual(['Z']);
    expect(fillGaps([b, z], [gap]).assigned.map((g) => g.key)).toEqual(['Z']);
  });

  it('returns a quarter lying in a single commune exactly as drawn, a vertex in the middle of a side included', () => {
    const drawn = { key: 9, shape: rewindRfc7946([[[at(0, 0), at(50, 0), at(100, 0), at(100, 100), at(0, 100), at(0, 0)]]]) };
    const [piece] = cutQuarter(drawn, [{ key: 'M', shape: rect(-10, -10, 110, 110) }], 100);
    expect(piece!.shape).toBe(drawn.shape);
    expect(piece!.shape[0]![0]).toHaveLength(6);
  });

  it('gives a sliver the main commune is left with to the piece sharing most of its corners, keeping the pieces in order', () => {
    // 'W' holds the west 20 m of the quarter, 'E' the east 50 m but for a 2 m square at its north-east corner.
    // The main commune keeps the middle 30 m; the 4 m² square shares three corners with E's piece and none with W's.
    const quarter = { key: 5, shape: rect(0, 0, 100, 100) };
    const main = { key: 'M', shape: rect(-10, -10, 110, 110) };
    const west = { key: 'W', shape: rect(-10, -10, 20, 110) };
    const east = { key: 'E', shape: rewindRfc7946([[[at(50, -10), at(110, -10), at(110, 110), at(50, 110), at(50, -10)], [at(98, 98), at(98, 100), at(100, 100), at(100, 98), at(98, 98)]]]) };
    const pieces = cutQuarter(quarter, [main, west, east], 100);
    expect(pieces.map((p) => p.commune)).toEqual(['M', 'W', 'E']);
    expect(pieces.map((p) => Math.round(multiPolygonAreaM2(p.shape) / UNIT))).toEqual([3_000, 2_000, 5_000]);
  });
});
