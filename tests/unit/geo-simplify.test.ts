/**
 * Douglas–Peucker on topology arcs (src/lib/geo/derive/simplify.ts), on
 * small shapes drawn in metres whose answers are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Pt } from '../../src/lib/geo/derive/planar.ts';
import { simplifyArc } from '../../src/lib/geo/derive/simplify.ts';

/** Degrees per metre at the region's latitude, to draw shapes in metres. */
const DX = 1 / (111_320 * Math.cos((50.84 * Math.PI) / 180));
const DY = 1 / 110_574;
const at = (xm: number, ym: number): Pt => [4.35 + xm * DX, 50.84 + ym * DY];

describe('simplifying an open arc', () => {
  it('returns an arc of two points or fewer as it is', () => {
    expect(simplifyArc([], 5)).toEqual([]);
    expect(simplifyArc([at(0, 0)], 5)).toEqual([at(0, 0)]);
    expect(simplifyArc([at(0, 0), at(10, 0)], 5)).toEqual([at(0, 0), at(10, 0)]);
  });

  it('keeps the points off the line on both sides of the one farthest from it', () => {
    // (100, 30) is 30 m off the chord (0,0)–(200,0), the farthest.
    const line = [at(0, 0), at(50, 0), at(100, 30), at(150, 0), at(200, 0)];
    // To the farthest point's left: (50, 0) lies 50·30/√(100² + 30²) = 14.4 m from the line (0,0)–(100,30).
    // To its right: (150, 0) lies 14.4 m from the line (100,30)–(200,0), by symmetry.
    expect(simplifyArc(line, 10)).toEqual(line);
    expect(simplifyArc(line, 20)).toEqual([at(0, 0), at(100, 30), at(200, 0)]);
  });

  it('drops a point exactly at the tolerance: no dropped point lies farther than it', () => {
    // The chord runs along a parallel and the middle point stands 0.001° of latitude straight above its start,
    // so its distance is exactly that latitude difference in metres (110,574 m a degree).
    const line: Pt[] = [[4.35, 50.84], [4.35, 50.841], [4.37, 50.84]];
    const tol = 50.841 * 110_574 - 50.84 * 110_574;
    expect(simplifyArc(line, tol)).toEqual([[4.35, 50.84], [4.37, 50.84]]);
    expect(simplifyArc(line, tol * 0.999)).toEqual(line);
  });

  it('treats an arc as a ring only when its two ends are the same point', () => {
    // Straight lines whose ends share a latitude (or a longitude) but are different points: only the ends stay.
    expect(simplifyArc([at(0, 0), at(50, 1), at(100, 0)], 6)).toEqual([at(0, 0), at(100, 0)]);
    expect(simplifyArc([[4.35, 50.84], [4.35005, 50.8405], [4.35, 50.841]], 6)).toEqual([[4.35, 50.84], [4.35, 50.841]]);
    expect(simplifyArc([at(0, 0), at(30, 0), at(60, 0), at(90, 0), at(120, 0)], 1)).toEqual([at(0, 0), at(120, 0)]);
  });
});

describe('simplifying a closed arc (a ring on its own)', () => {
  it('splits the ring at its point farthest from the start, and simplifies each half', () => {
    // A diamond pointing west: (-100, 0) is the farthest point from the start; (-50, 10) and (-50, -10)
    // are 10 m off the chord (0,0)–(-100,0), one on each half.
    const ring = [at(0, 0), at(-50, 10), at(-100, 0), at(-50, -10), at(0, 0)];
    expect(simplifyArc(ring, 5)).toEqual(ring);
  });

  it('keeps three corners: the start, the farthest point, and the point farthest from the chord between them', () => {
    // A thin spike to the west: (-100, -5) is the farthest point from the start. Neither other point is 20 m off
    // the chord (0,0)–(-100,-5): (-10, 0) is 50/√10025 = 0.5 m off it, (-10, -10) 950/√10025 = 9.5 m.
    const spike = [at(0, 0), at(-10, 0), at(-100, -5), at(-10, -10), at(0, 0)];
    expect(simplifyArc(spike, 20)).toEqual([at(0, 0), at(-100, -5), at(-10, -10), at(0, 0)]);
  });

  it('adds no fourth corner when the two halves already gave one', () => {
    // (-50, 10) is 10 m off the chord, kept; (-50, -1) only 1 m, dropped.
    const ring = [at(0, 0), at(-50, 10), at(-100, 0), at(-50, -1), at(0, 0)];
    expect(simplifyArc(ring, 5)).toEqual([at(0, 0), at(-50, 10), at(-100, 0), at(0, 0)]);
  });

  it('keeps a third corner even when it lies within a metre of the chord', () => {
    const ring = [at(0, 0), at(-50, 0.5), at(-100, 0), at(-50, -0.3), at(0, 0)];
    expect(simplifyArc(ring, 5)).toEqual([at(0, 0), at(-50, 0.5), at(-100, 0), at(0, 0)]);
  });

  it('leaves a ring with no point to spare as it is', () => {
    const ring = [at(0, 0), at(10, 0), at(0, 0)];
    expect(simplifyArc(ring, 50)).toEqual(ring);
  });
});

describe('simplifying a closed arc: ties and straight rings', () => {
  it('splits a ring at the first of two points equally far from the start', () => {
    // (20, 30) and (30, 20) are both √1300 = 36.1 m from the start; the ring is split at (20, 30).
    // First half, chord (0,0)–(20,30): (−30, 0) is 900/√1300 = 25.0 m off it, kept at a 15 m tolerance.
    // Second half, chord (20,30)–(0,0): (10, 10) is 100/√1300 = 2.8 m off it, (30, 20) 500/√1300 = 13.9 m: both dropped.
    // (Split at (30, 20) instead, the ring would keep (30, 20) and drop (20, 30).)
    const ring = [at(0, 0), at(-30, 0), at(20, 30), at(10, 10), at(30, 20), at(0, 0)];
    expect(simplifyArc(ring, 15)).toEqual([at(0, 0), at(-30, 0), at(20, 30), at(0, 0)]);
  });

  it('keeps a third point even when every point lies on one line', () => {
    // The farthest point from the start, (20, 0), comes first; (10, 0) lies on the chord, 0 m off it, and is kept as the third.
    const flat = [at(0, 0), at(20, 0), at(10, 0), at(0, 0)];
    expect(simplifyArc(flat, 5)).toEqual(flat);
  });
});

describe('the third corner of a ring', () => {
  it('is the first of two points exactly as far from the chord', () => {
    // A thin diamond along latitude 50.84375°: its west tip (4.34°) is the farthest point, and the points at 4.345°
    // stand 1/1024° of latitude (108 m, exact in binary) north and south of the chord, both within the 200 m tolerance.
    const lat = 50.84375;
    const d = 1 / 1024;
    const ring: Pt[] = [[4.35, lat], [4.345, lat + d], [4.34, lat], [4.345, lat - d], [4.35, lat]];
    expect(simplifyArc(ring, 200)).toEqual([[4.35, lat], [4.345, lat + d], [4.34, lat], [4.35, lat]]);
  });
});
