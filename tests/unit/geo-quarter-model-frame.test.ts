/**
 * The zoomed quarter maps (src/lib/geo/quarter-model.ts) at their edges: how a
 * point view is fitted, where paths are clipped, what lies exactly on the
 * frame's edge, which views share a cached drawing, and the placement counts.
 * Station positions are copied from data/stations.json (the upstream station
 * file's), not read through the code; distances are in the code's own metres
 * (111,320 · cos φ m a degree of longitude, 110,574 m a degree of latitude).
 */
import { describe, expect, it } from 'vitest';
import { areaMapModel, placementCounts, type AreaView, type Placed } from '../../src/lib/geo/quarter-model.ts';
import type { Placement } from '../../src/lib/geo/placement.ts';
import { incident } from './helpers.ts';

const CLEMENCEAU = { lon: 4.331202, lat: 50.84082 };
const LEMONNIER = { lon: 4.341377, lat: 50.84036 };
const SIMONIS = { lon: 4.330848, lat: 50.863645 };
const STOCKEL = { lon: 4.464541, lat: 50.841872 };

const M_PER_DEG_LON = 111_320 * Math.cos((CLEMENCEAU.lat * Math.PI) / 180);
const M_PER_DEG_LAT = 110_574;

const NO_PLACE: Placement = { quarter: null, quarterFrom: null, point: null, pointFrom: null, pointPrecision: null };

/** An incident drawn as an exact dot at a point, in no quarter. */
const dotAt = (id: string, lon: number, lat: number): Placed => ({
  incident: incident({ id }),
  placement: { ...NO_PLACE, point: { lon, lat }, pointFrom: 'source', pointPrecision: 'exact' },
});

const around = (p: { lon: number; lat: number }, over: Partial<AreaView> = {}): AreaView => ({
  focus: { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [p.lon, p.lat] } },
  highlight: [],
  ...over,
});

/** A diamond through four points, wound clockwise (west, north, east, south) as d3 expects of a small polygon. */
const diamond = (w: [number, number], n: [number, number], e: [number, number], s: [number, number]): AreaView['focus'] => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'MultiPolygon', coordinates: [[[w, n, e, s, w]]] },
});

/** Every x, y pair of an SVG path made of M, L and Z commands. */
function pathPoints(d: string): [number, number][] {
  const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) out.push([nums[i]!, nums[i + 1]!]);
  return out;
}

describe('fitting a map around a point', () => {
  it('fits a square spanM metres wide to the width of a tall frame', () => {
    // 1,000 m across 300 px: 0.3 px a metre, the point in the middle (150, 300). 400 m east is 120 px to the right.
    const east = CLEMENCEAU.lon + 400 / M_PER_DEG_LON;
    const m = areaMapModel([dotAt('centre', CLEMENCEAU.lon, CLEMENCEAU.lat), dotAt('east', east, CLEMENCEAU.lat)], around(CLEMENCEAU, { spanM: 1000, frame: { width: 300, height: 600, padding: 0 } }));
    expect(m.marks.find((k) => k.ids[0] === 'centre')).toMatchObject({ x: 150, y: 300 });
    expect(m.marks.find((k) => k.ids[0] === 'east')).toMatchObject({ x: 270, y: 300 });
  });

  it('fits a square spanM metres tall to the height of a wide frame', () => {
    // 1,000 m down 300 px; 400 m north is 120 px up from the middle (300, 150).
    const north = CLEMENCEAU.lat + 400 / M_PER_DEG_LAT;
    const m = areaMapModel([dotAt('north', CLEMENCEAU.lon, north)], around(CLEMENCEAU, { spanM: 1000, frame: { width: 600, height: 300, padding: 0 } }));
    expect(m.marks).toMatchObject([{ ids: ['north'], x: 300, y: 30 }]);
  });

  it('fits 1,500 m when no span is given', () => {
    // 1,500 m down 500 − 2 · 8 = 484 px; 750 m north is the top of the fitted square, at the padding.
    const north = CLEMENCEAU.lat + 750 / M_PER_DEG_LAT;
    const m = areaMapModel([dotAt('north', CLEMENCEAU.lon, north)], around(CLEMENCEAU));
    expect(m.marks).toMatchObject([{ ids: ['north'], x: 280, y: 8 }]);
  });
});

describe('the frame’s edges', () => {
  it('clips every quarter 4 px outside the frame', () => {
    // Around Clemenceau quarters fill the whole view and run beyond it on every side.
    const m = areaMapModel([], around(CLEMENCEAU));
    const pts = m.quarters.flatMap((q) => pathPoints(q.d));
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([-4, 564, -4, 504]);
  });

  it('keeps a mark lying exactly on the left or right edge, and drops one just beyond', () => {
    // A 1,000 m square across a 300 px wide frame: its west and east sides are x = 0 and x = 300.
    const half = 500 / M_PER_DEG_LON;
    const beyond = 510 / M_PER_DEG_LON;
    const placed = [
      dotAt('west', CLEMENCEAU.lon - half, CLEMENCEAU.lat),
      dotAt('east', CLEMENCEAU.lon + half, CLEMENCEAU.lat),
      dotAt('far-west', CLEMENCEAU.lon - beyond, CLEMENCEAU.lat + 0.001),
      dotAt('far-east', CLEMENCEAU.lon + beyond, CLEMENCEAU.lat + 0.001),
    ];
    const m = areaMapModel(placed, around(CLEMENCEAU, { spanM: 1000, frame: { width: 300, height: 600, padding: 0 } }));
    expect(m.marks.map((k) => [k.ids[0], Math.abs(k.x)]).sort()).toEqual([['east', 300], ['west', 0]]);
  });

  it('keeps a mark lying exactly on the top or bottom edge, and drops one just beyond', () => {
    const half = 500 / M_PER_DEG_LAT;
    const beyond = 510 / M_PER_DEG_LAT;
    const placed = [
      dotAt('north', CLEMENCEAU.lon, CLEMENCEAU.lat + half),
      dotAt('south', CLEMENCEAU.lon, CLEMENCEAU.lat - half),
      dotAt('far-north', CLEMENCEAU.lon + 0.001, CLEMENCEAU.lat + beyond),
      dotAt('far-south', CLEMENCEAU.lon + 0.001, CLEMENCEAU.lat - beyond),
    ];
    const m = areaMapModel(placed, around(CLEMENCEAU, { spanM: 1000, frame: { width: 600, height: 300, padding: 0 } }));
    expect(m.marks.map((k) => [k.ids[0], Math.abs(k.y)]).sort()).toEqual([['north', 0], ['south', 300]]);
  });

  it('keeps a station lying exactly on the left or right edge', () => {
    // Clemenceau and Lemonnier are the diamond's west and east corners; a tall frame is fitted to its width.
    const focus = diamond([CLEMENCEAU.lon, CLEMENCEAU.lat], [4.3363, 50.845], [LEMONNIER.lon, LEMONNIER.lat], [4.3363, 50.836]);
    const m = areaMapModel([], { focus, highlight: [], frame: { width: 300, height: 600, padding: 0 } });
    const x = (id: string) => Math.abs(m.stations.find((s) => s.id === id)?.x ?? NaN);
    expect([x('clemenceau'), x('lemonnier')]).toEqual([0, 300]);
  });

  it('keeps a station lying exactly on the top or bottom edge', () => {
    // Simonis and Clemenceau are the diamond's north and south corners; a wide frame is fitted to its height.
    const focus = diamond([4.325, 50.852], [SIMONIS.lon, SIMONIS.lat], [4.337, 50.852], [CLEMENCEAU.lon, CLEMENCEAU.lat]);
    const m = areaMapModel([], { focus, highlight: [], frame: { width: 600, height: 300, padding: 0 } });
    const y = (id: string) => Math.abs(m.stations.find((s) => s.id === id)?.y ?? NaN);
    expect([y('simonis'), y('clemenceau')]).toEqual([0, 300]);
  });
});

describe('sharing the drawing between views', () => {
  it('draws views without a cache key each for itself', () => {
    const clem = areaMapModel([], around(CLEMENCEAU));
    const stockel = areaMapModel([], around(STOCKEL));
    expect(clem.stations.map((s) => s.id)).toContain('clemenceau');
    expect(stockel.stations.map((s) => s.id)).toEqual(expect.arrayContaining(['stockel']));
    expect(stockel.stations.map((s) => s.id)).not.toContain('clemenceau');
  });

  it('keeps views with one key apart when their span, frame, commune or quarters drawn differ', () => {
    const key = 'frame-test-key';
    const base = areaMapModel([], around(CLEMENCEAU, { cacheKey: key }));
    expect(areaMapModel([], around(CLEMENCEAU, { cacheKey: key, spanM: 6000 })).stations.length).toBeGreaterThan(base.stations.length);
    expect(areaMapModel([], around(CLEMENCEAU, { cacheKey: key, frame: { width: 300, height: 200, padding: 4 } })).width).toBe(300);
    expect(areaMapModel([], around(CLEMENCEAU, { cacheKey: key, frame: { width: 560, height: 300, padding: 8 } })).height).toBe(300);
    expect(areaMapModel([], around(CLEMENCEAU, { cacheKey: key, frame: { width: 560, height: 500, padding: 100 } })).stations.length).toBeGreaterThan(base.stations.length);
    expect(areaMapModel([], around(CLEMENCEAU, { cacheKey: key, commune: '21001' })).communeOutline).toMatch(/^M/);
    expect(base.communeOutline).toBeNull();
    const only = areaMapModel([], around(CLEMENCEAU, { cacheKey: key, highlight: [11], onlyHighlighted: true }));
    expect(only.quarters.map((q) => q.code)).toEqual([11]);
    expect(areaMapModel([], around(CLEMENCEAU, { cacheKey: key, highlight: [11], onlyHighlighted: false })).quarters.length).toBeGreaterThan(3);
  });
});

describe('counting placements', () => {
  const at = (id: string, placement: Partial<Placement>, commune: string | null = 'Anderlecht'): Placed => ({
    incident: incident({ id, commune, location_precision: commune ? 'commune' : 'region' }),
    placement: { ...NO_PLACE, ...placement },
  });

  it('counts each way an incident was placed, and those known only to a commune apart from those known nowhere', () => {
    const counts = placementCounts([
      at('rec', { quarter: 13, quarterFrom: 'record' }),
      at('st1', { quarter: 11, quarterFrom: 'station' }),
      at('st2', { quarter: 11, quarterFrom: 'station' }),
      at('co1', { quarter: 9, quarterFrom: 'coordinates' }),
      at('co2', { quarter: 9, quarterFrom: 'coordinates' }),
      at('co3', { quarter: 8, quarterFrom: 'coordinates' }),
      at('commune-1', {}),
      at('commune-2', {}),
      at('nowhere', {}, null),
      // A quarter named by a report, the commune not stated: in a quarter, so neither commune-only nor nowhere.
      at('quarter-only', { quarter: 13, quarterFrom: 'record' }, null),
    ]);
    expect(counts).toEqual({ total: 10, inQuarter: 7, byRecord: 2, byStation: 2, byCoordinates: 3, communeOnly: 2, none: 1 });
  });
});
