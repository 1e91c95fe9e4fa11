/**
 * Where a commune's name goes (src/lib/geo/label-point.ts): the sampled point
 * farthest from the edges, on an L-shaped polygon worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { geoEquirectangular } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { labelPoint } from '../../src/lib/geo/label-point.ts';

// 100 px per degree, y growing downwards from latitude 2° at y = 0.
const projection = geoEquirectangular().scale((180 / Math.PI) * 100).translate([0, 200]);

// An L: a 2° × 1° bar along the equator and a 1° × 1° arm on its western end, wound clockwise as d3 expects.
const L = [[0, 0], [0, 2], [1, 2], [1, 1], [2, 1], [2, 0], [0, 0]];
const feature = (geometry: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon> => ({ type: 'Feature', properties: { nis: '21004' }, geometry });

describe('the label point of a polygon', () => {
  it('is the sampled point farthest from every edge, in projected pixels', () => {
    // Projected, the L spans 0–200 px both ways and is sampled every 5 px from 2.5 px. The largest circle inside it
    // touches the west edge, the south edge and the inner corner (100, 100): centre (r, 200 − r) with r = 58.6.
    // Of the samples, (57.5, 142.5) is 57.5 px from the nearest edge; its neighbours are at most 56.7 px.
    expect(labelPoint(feature({ type: 'Polygon', coordinates: [L] }), projection)).toEqual([57.5, 142.5]);
  });

  it('reads every polygon of a MultiPolygon', () => {
    // A small square (−5–45 px, 0–50 px) and a larger one (100–195 px both ways): sampled every 5 px, the point
    // farthest from any edge is the larger square's centre, (147.5, 147.5), 47.5 px from each side.
    const small = [[-0.05, 1.5], [-0.05, 2], [0.45, 2], [0.45, 1.5], [-0.05, 1.5]];
    const large = [[1, 0.05], [1, 1], [1.95, 1], [1.95, 0.05], [1, 0.05]];
    expect(labelPoint(feature({ type: 'MultiPolygon', coordinates: [[small], [large]] }), projection)).toEqual([147.5, 147.5]);
  });

  it('rounds to a tenth of a pixel', () => {
    // The same L shifted by (0.123, 0.26) px: its best sample moves to (57.623, 142.76).
    const shifted = geoEquirectangular().scale((180 / Math.PI) * 100).translate([0.123, 200.26]);
    expect(labelPoint(feature({ type: 'Polygon', coordinates: [L] }), shifted)).toEqual([57.6, 142.8]);
  });

  it('is an error, naming the commune, when no sample falls inside', () => {
    const point = [[1, 1], [1, 1], [1, 1], [1, 1]];
    expect(() => labelPoint(feature({ type: 'Polygon', coordinates: [point] }), projection)).toThrow(/no point found inside feature 21004/);
  });
});

describe('the label point at the limits', () => {
  // The square 1°–1.4° E, 0°–0.4° N: projected, exactly 100–140 px across and 160–200 px down, sampled every 1 px from 0.5 px.
  const square = [[1, 0], [1, 0.4], [1.4, 0.4], [1.4, 0], [1, 0]];

  it('takes the first of the samples equally far from the edges', () => {
    // (119.5, 179.5), (119.5, 180.5), (120.5, 179.5) and (120.5, 180.5) are all 19.5 px from the nearest side;
    // samples run west to east, and north to south within each column.
    expect(labelPoint(feature({ type: 'Polygon', coordinates: [square] }), projection)).toEqual([119.5, 179.5]);
  });

  it('is not thrown off by a corner given twice', () => {
    const repeated = [[1, 0], [1, 0.4], [1, 0.4], [1.4, 0.4], [1.4, 0], [1, 0]];
    expect(labelPoint(feature({ type: 'Polygon', coordinates: [repeated] }), projection)).toEqual([119.5, 179.5]);
  });

  it('finds a point in a polygon less than two pixels across', () => {
    // 1 px square (100–101, 199–200): every sample is under half a pixel from a side.
    const tiny = [[1, 0], [1, 0.01], [1.01, 0.01], [1.01, 0], [1, 0]];
    const [x, y] = labelPoint(feature({ type: 'Polygon', coordinates: [tiny] }), projection);
    expect(Math.abs(x - 100.5)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(y - 199.5)).toBeLessThanOrEqual(0.1);
  });

  it('is an error when the polygon is thinner than half a sample step: no sample row falls inside', () => {
    // 40 px wide, 0.5 px tall (300–300.5 px down, south of the equator): the first row would be at 300.5 px, its southern side.
    const thin = [[0, -1.005], [0, -1], [0.4, -1], [0.4, -1.005], [0, -1.005]];
    expect(() => labelPoint(feature({ type: 'Polygon', coordinates: [thin] }), projection)).toThrow(/no point found inside feature 21004/);
  });

  it('is an error, naming nothing, for a feature without a commune code', () => {
    const point = [[1, 1], [1, 1], [1, 1], [1, 1]];
    const geometry: Polygon = { type: 'Polygon', coordinates: [point] };
    expect(() => labelPoint({ type: 'Feature', properties: null, geometry }, projection)).toThrow(/no point found inside feature $/);
    expect(() => labelPoint({ type: 'Feature', properties: { name: 'x' }, geometry }, projection)).toThrow(/no point found inside feature $/);
  });

  it('finds nothing with a projection that cannot be inverted', () => {
    const forwardOnly = Object.assign((p: [number, number]): [number, number] => projection(p)!, {}) as unknown as typeof projection;
    expect(() => labelPoint(feature({ type: 'Polygon', coordinates: [square] }), forwardOnly)).toThrow(/no point found inside feature 21004/);
  });
});
