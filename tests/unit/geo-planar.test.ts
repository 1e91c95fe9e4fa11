/**
 * The planar helpers scripts/derive-geo.ts measures with, on squares and
 * triangles whose answers are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { areaM2, distanceToSegmentM, inMultiPolygon, inRing, multiPolygonAreaM2, rewindRfc7946, signedArea2, toMetres, type Pt } from '../../src/lib/geo/derive/planar.ts';

/** Degrees per metre at the region's latitude (50.84° N), to draw shapes in metres. */
const DX = 1 / (111_320 * Math.cos((50.84 * Math.PI) / 180));
const DY = 1 / 110_574;
const at = (xm: number, ym: number): Pt => [4.35 + xm * DX, 50.84 + ym * DY];
/** A square wound counter-clockwise (the RFC 7946 way for an exterior). */
const ccwSquare = (x: number, y: number, size: number): Pt[] => [at(x, y), at(x + size, y), at(x + size, y + size), at(x, y + size), at(x, y)];

const unitCcw: Pt[] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
const unitCw: Pt[] = [...unitCcw].reverse();

describe('metres at the region’s latitude', () => {
  it('scales a degree of longitude by cos(50.84°) and a degree of latitude by 110,574 m', () => {
    // cos(50.84°) = 0.63148…, so one degree of longitude is 70,297 m there.
    const [x, y] = toMetres([1, 2]);
    expect(x).toBeCloseTo(70_297.26, 1);
    expect(y).toBe(221_148);
  });
});

describe('signed area', () => {
  it('is twice the area, positive counter-clockwise and negative clockwise', () => {
    expect(signedArea2(unitCcw)).toBe(2);
    expect(signedArea2(unitCw)).toBe(-2);
    // A right triangle with legs 4 and 3: area 6.
    expect(signedArea2([[0, 0], [4, 0], [0, 3], [0, 0]])).toBe(12);
  });
});

describe('RFC 7946 winding', () => {
  it('turns an exterior counter-clockwise and a hole clockwise, leaving rings already right alone', () => {
    const hole: Pt[] = [[0.25, 0.25], [0.75, 0.25], [0.75, 0.75], [0.25, 0.75], [0.25, 0.25]]; // counter-clockwise: wrong for a hole
    const out = rewindRfc7946([[unitCw, hole], [unitCcw]]);
    expect(out[0]![0]).toEqual(unitCcw);
    expect(out[0]![1]).toEqual([...hole].reverse());
    expect(out[1]![0]).toEqual(unitCcw);
    const right = rewindRfc7946([[unitCcw, [...hole].reverse()]]);
    expect(right[0]![1]).toEqual([...hole].reverse());
  });
});

describe('area on the ellipsoid', () => {
  // The drawing helper's metres per degree are the usual round figures, within 1% of the ellipsoid's there;
  // ratios between shapes drawn with it are exact.
  const sq = ccwSquare(0, 0, 100);
  const square = areaM2({ type: 'Polygon', coordinates: [sq] });

  it('gives a 100 m square about 10,000 m², whichever way it is wound', () => {
    // On the ellipsoid at 50.84° a degree is 111,544·cos φ m east–west and 111,245 m north–south (radii of curvature
    // N = 6,391,011 m, M = 6,373,881 m), against the helper's 111,320·cos φ and 110,574: the "100 m" square
    // covers 10,000 × 1.00201 × 1.00607 = 10,081 m².
    expect(square).toBeCloseTo(10_081, -1);
    expect(areaM2({ type: 'Polygon', coordinates: [[...sq].reverse()] }) / square).toBeCloseTo(1, 5);
  });

  it('measures a polygon larger than a hemisphere’s worth of radians the short way round: an eighth of the globe', () => {
    // lon 0–90°, lat 0–90°: π/2 steradians, 63.76 million km² on the sphere of mean radius.
    const octant = areaM2({ type: 'Polygon', coordinates: [[[0, 0], [90, 0], [0, 90], [0, 0]]] });
    expect(Math.abs(octant / 63.758e12 - 1)).toBeLessThan(0.01);
  });

  it('takes a hole away and adds the polygons of a MultiPolygon', () => {
    const withHole = [sq, [...ccwSquare(25, 25, 50)].reverse()];
    expect(areaM2({ type: 'Polygon', coordinates: withHole }) / square).toBeCloseTo(0.75, 5);
    // A 100 m square with a 50 m hole, and a separate 20 m square: 7,500 + 400 of 10,000.
    expect(multiPolygonAreaM2([withHole, [ccwSquare(200, 0, 20)]]) / square).toBeCloseTo(0.79, 5);
  });
});

describe('point in polygon', () => {
  it('tells inside from outside a triangle, planar, and counts a hole as outside', () => {
    const triangle: Pt[] = [[0, 0], [4, 0], [0, 4], [0, 0]];
    expect(inRing([1, 1], triangle)).toBe(true);
    expect(inRing([3, 3], triangle)).toBe(false); // beyond the hypotenuse x + y = 4
    expect(inRing([-1, 1], triangle)).toBe(false);
    expect(inRing([1, 5], triangle)).toBe(false);
    const square: Pt[] = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
    const hole: Pt[] = [[4, 4], [4, 6], [6, 6], [6, 4], [4, 4]];
    const mp = [[square, hole], [[[20, 0], [22, 0], [22, 2], [20, 2], [20, 0]]]];
    expect(inMultiPolygon([2, 2], mp)).toBe(true);
    expect(inMultiPolygon([5, 5], mp)).toBe(false);
    expect(inMultiPolygon([21, 1], mp)).toBe(true);
    expect(inMultiPolygon([15, 1], mp)).toBe(false);
  });
});

describe('distance to a segment', () => {
  const a: Pt = [0, 0];
  const b: Pt = [10, 0];
  it('is the perpendicular distance beside the segment and the distance to the nearer end beyond it', () => {
    expect(distanceToSegmentM([5, 3], a, b)).toBe(3);
    expect(distanceToSegmentM([13, 4], a, b)).toBe(5); // 3-4-5 from b
    expect(distanceToSegmentM([-3, -4], a, b)).toBe(5); // 3-4-5 from a
  });

  it('is the distance to the point when the segment has no length', () => {
    expect(distanceToSegmentM([3, 4], a, a)).toBe(5);
  });
});

describe('point in polygon at the edges', () => {
  // The diamond (5, 0), (10, 5), (5, 10), (0, 5): its east and west corners lie on the line y = 5.
  const diamond: Pt[] = [[5, 0], [10, 5], [5, 10], [0, 5], [5, 0]];

  it('counts a point level with two corners by the sides it really crosses', () => {
    expect(inRing([2, 5], diamond)).toBe(true);
    expect(inRing([8, 5], diamond)).toBe(true);
    expect(inRing([-2, 5], diamond)).toBe(false);
    expect(inRing([12, 5], diamond)).toBe(false);
    // The same diamond starting at its west corner.
    const fromWest: Pt[] = [[0, 5], [5, 0], [10, 5], [5, 10], [0, 5]];
    expect([inRing([2, 5], fromWest), inRing([-2, 5], fromWest), inRing([12, 5], fromWest)]).toEqual([true, false, false]);
  });

  it('puts a point on the west side inside and one on the east side outside', () => {
    const square: Pt[] = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
    expect(inRing([0, 5], square)).toBe(true);
    expect(inRing([10, 5], square)).toBe(false);
  });
});

describe('winding and area, whichever way a ring runs', () => {
  it('takes a ring of no area for a clockwise one: an exterior is turned round, a hole left as it is', () => {
    const flat: Pt[] = [[0, 0], [1, 0], [2, 0], [0, 0]];
    expect(signedArea2(flat)).toBe(0);
    expect(rewindRfc7946([[flat, flat]])).toEqual([[[...flat].reverse(), flat]]);
  });

  it('measures a MultiPolygon geometry polygon by polygon', () => {
    const sq: Pt[] = [[4.35, 50.84], [4.36, 50.84], [4.36, 50.85], [4.35, 50.85], [4.35, 50.84]];
    const one = areaM2({ type: 'Polygon', coordinates: [sq] });
    const moved = sq.map(([x, y]): Pt => [x + 0.02, y]);
    expect(areaM2({ type: 'MultiPolygon', coordinates: [[sq], [moved]] }) / one).toBeCloseTo(2, 3);
  });

  it('measures an eighth of the globe wound clockwise the same as counter-clockwise', () => {
    const octant = areaM2({ type: 'Polygon', coordinates: [[[0, 0], [0, 90], [90, 0], [0, 0]]] });
    expect(Math.abs(octant / 63.758e12 - 1)).toBeLessThan(0.01);
  });
});
