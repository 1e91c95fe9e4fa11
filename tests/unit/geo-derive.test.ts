/**
 * The pieces scripts/derive-geo.ts is built from, on small hand-drawn shapes
 * whose answers can be worked out on paper.
 */
import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { MultiPolygon } from 'geojson';
import { mergeArcPolygons, type ArcPolygon } from '../../src/lib/geo/derive/arc-merge.ts';
import { snapAndNode, withoutSpikes } from '../../src/lib/geo/derive/noding.ts';
import { cutQuarter } from '../../src/lib/geo/derive/overlay.ts';
import { multiPolygonAreaM2, rewindRfc7946, signedArea2, type MultiPoly, type Pt } from '../../src/lib/geo/derive/planar.ts';
import { restoreFrenchName, wordsOf } from '../../src/lib/geo/derive/quarter-names.ts';
import { simplifyArc } from '../../src/lib/geo/derive/simplify.ts';

/** Degrees per metre at the region's latitude, to draw shapes in metres. */
const DX = 1 / (111_320 * Math.cos((50.84 * Math.PI) / 180));
const DY = 1 / 110_574;
const at = (xm: number, ym: number): Pt => [4.35 + xm * DX, 50.84 + ym * DY];
const square = (x: number, y: number, size: number): Pt[] => [at(x, y), at(x + size, y), at(x + size, y + size), at(x, y + size), at(x, y)];

describe('Douglas–Peucker on arcs', () => {
  it('drops a wiggle smaller than the tolerance and keeps one larger, never moving the ends', () => {
    const line = [at(0, 0), at(50, 2), at(100, 0), at(150, 20), at(200, 0)];
    // (150, 20) is 20 m off the chord; then (100, 0) is 13 m off the line to it, (50, 2) only 2 m off the next.
    const out = simplifyArc(line, 6);
    expect(out).toEqual([at(0, 0), at(100, 0), at(150, 20), at(200, 0)]);
    expect(simplifyArc(line, 1)).toEqual(line);
  });

  it('keeps a closed ring a ring, with at least three corners', () => {
    const ring = square(0, 0, 10);
    const out = simplifyArc(ring, 50);
    expect(out[0]).toEqual(out[out.length - 1]);
    expect(out.length).toBeGreaterThanOrEqual(4);
  });
});

describe('merging polygons made of shared arcs', () => {
  const build = (shapes: MultiPoly[]) => {
    const t = topology(Object.fromEntries(shapes.map((mp, i) => [`s${i}`, { type: 'MultiPolygon', coordinates: mp } as MultiPolygon]))) as unknown as { arcs: Pt[][]; objects: Record<string, { arcs: ArcPolygon[] }> };
    return { arcs: t.arcs, polys: shapes.map((_, i) => t.objects[`s${i}`]!.arcs) };
  };

  it('drops the arc two squares share and keeps one exterior ring', () => {
    const { arcs, polys } = build([rewindRfc7946([[square(0, 0, 10)]]), rewindRfc7946([[square(10, 0, 10)]])]);
    const merged = mergeArcPolygons(arcs, polys.flat());
    expect(merged).toHaveLength(1);
    expect(merged[0]).toHaveLength(1);
    const pts = merged[0]![0]!.flatMap((ref) => (ref < 0 ? [...arcs[~ref]!].reverse() : arcs[ref]!));
    expect(signedArea2(pts)).toBeGreaterThan(0);
    expect(multiPolygonAreaM2([[pts]]) / multiPolygonAreaM2([[square(0, 0, 20)]])).toBeCloseTo(0.5, 3);
  });

  it('gives a hole to the exterior around it, and keeps two squares touching at a corner as two polygons', () => {
    const withHole = build([rewindRfc7946([[square(0, 0, 30), [...square(10, 10, 10)].reverse()]])]);
    const merged = mergeArcPolygons(withHole.arcs, withHole.polys.flat());
    expect(merged).toHaveLength(1);
    expect(merged[0]).toHaveLength(2);
    const touching = build([rewindRfc7946([[square(0, 0, 10)]]), rewindRfc7946([[square(10, 10, 10)]])]);
    const two = mergeArcPolygons(touching.arcs, touching.polys.flat());
    expect(two).toHaveLength(2);
    expect(two.every((p) => p.length === 1)).toBe(true);
  });
});

describe('noding two layers that draw one border a little apart', () => {
  it('snaps vertices 5 cm apart and inserts a vertex lying on the other side’s edge, so the border becomes one arc', () => {
    const left: MultiPoly = [[[at(0, 0), at(10, 0), at(10, 5), at(10, 10), at(0, 10), at(0, 0)]]];
    // The right square's shared edge has no vertex at (10, 5), and its corner is 5 cm off.
    const right: MultiPoly = [[[at(10.05, 0), at(20, 0), at(20, 10), at(10, 10), at(10.05, 0)]]];
    const mp = (coordinates: MultiPoly): MultiPolygon => ({ type: 'MultiPolygon', coordinates });
    const before = topology({ a: mp(rewindRfc7946(left)), b: mp(rewindRfc7946(right)) });
    const noded = snapAndNode([rewindRfc7946(left), rewindRfc7946(right)], 0.2);
    expect(noded.snapped).toBeGreaterThan(0);
    expect(noded.inserted).toBe(1);
    const after = topology({ a: mp(noded.shapes[0]!), b: mp(noded.shapes[1]!) });
    const shared = (t: typeof after) => {
      const refs = Object.values(t.objects).map((o) => new Set((o as unknown as { arcs: number[][][] }).arcs.flat(2).map((r) => (r < 0 ? ~r : r))));
      return [...refs[0]!].filter((r) => refs[1]!.has(r)).length;
    };
    expect(shared(before)).toBe(0);
    expect(shared(after)).toBe(1);
  });

  it('removes a ring’s dead end (A, B, A)', () => {
    const ring: Pt[] = [[0, 0], [1, 0], [2, 0], [1, 0], [1, 1], [0, 0]];
    expect(withoutSpikes(ring)).toEqual([[0, 0], [1, 0], [1, 1], [0, 0]]);
  });
});

describe('cutting a quarter along a commune border', () => {
  it('gives each commune its piece, the largest taking the rest, so the pieces add up to the quarter', () => {
    const quarter = { key: 1, shape: rewindRfc7946([[square(0, 0, 100)]]) };
    const west = { key: 'W', shape: rewindRfc7946([[[at(-50, -50), at(70, -50), at(70, 150), at(-50, 150), at(-50, -50)]]]) };
    const east = { key: 'E', shape: rewindRfc7946([[[at(70, -50), at(150, -50), at(150, 150), at(70, 150), at(70, -50)]]]) };
    const pieces = cutQuarter(quarter, [west, east], 100);
    expect(pieces.map((p) => p.commune)).toEqual(['W', 'E']);
    const [w, e] = pieces.map((p) => multiPolygonAreaM2(p.shape));
    const whole = multiPolygonAreaM2(quarter.shape);
    expect(w! / whole).toBeCloseTo(0.7, 3);
    expect(e! / whole).toBeCloseTo(0.3, 3);
  });

  it('leaves a sliver smaller than the threshold with the neighbouring piece', () => {
    const quarter = { key: 1, shape: rewindRfc7946([[square(0, 0, 100)]]) };
    const main = { key: 'M', shape: rewindRfc7946([[square(-10, -10, 120)]]) };
    // A commune reaching 20 cm into the quarter along its edge: 20 m², a drawing difference.
    const other = { key: 'O', shape: rewindRfc7946([[[at(-10, -10), at(0.2, -10), at(0.2, 110), at(-10, 110), at(-10, -10)]]]) };
    const pieces = cutQuarter(quarter, [main, other], 100);
    expect(pieces.find((p) => p.commune === 'O')!.shape).toEqual([]);
    expect(multiPolygonAreaM2(pieces.find((p) => p.commune === 'M')!.shape) / multiPolygonAreaM2(quarter.shape)).toBeCloseTo(1, 6);
  });
});

describe('French display names of quarters', () => {
  const spellings = {
    names: ['Molière - Longchamp', 'Étangs Noirs', 'La Roue', 'Saint-Josse-ten-Noode'],
    words: ['rosée', 'Léopold', 'OTAN', ...wordsOf(['Étangs Noirs', 'La Roue', 'Hôtel des Monnaies', 'Saint-Josse-ten-Noode'])],
  };

  it.each([
    ['Moliere - longchamp', 'Molière - Longchamp', 'whole-name'],
    ['Cureghem rosee', 'Cureghem Rosée', 'words'],
    ["Etangs d'ixelles", "Étangs d'Ixelles", 'words'],
    ['Boulevard de la woluwe', 'Boulevard de la Woluwe', 'words'],
    ['Industrie otan', 'Industrie OTAN', 'words'],
    ['Avenue leopold iii', 'Avenue Léopold III', 'words'],
    ['Berckmans - hotel des monnaies', 'Berckmans - Hôtel des Monnaies', 'words'],
    ['Saint-josse centre', 'Saint-Josse Centre', 'words'],
    ['Foret de soignes', 'Foret de Soignes', 'words'],
  ])('%s → %s (%s)', (urbis, expected, how) => {
    const out = restoreFrenchName(urbis, spellings);
    expect(out.name).toBe(expected);
    expect(out.how).toBe(how);
  });
});
