/**
 * The quarter maps' model (src/lib/geo/quarter-model.ts): placements looked up
 * by incident, incidents per quarter, the region-wide map and the zoomed maps.
 * Station positions and quarters are copied from the upstream station file
 * (data/upstream/geo/brussels-metro-stations.geojson), not read through the code.
 */
import { describe, expect, it } from 'vitest';
import { areaMapModel, placedIncidents, placementOf, quarterIncidents, quarterMapModel, QUARTER_FRAME, type AreaView } from '../../src/lib/geo/quarter-model.ts';
import { HOTSPOTS, LANGS } from '../../src/lib/reference.ts';
import { incident } from './helpers.ts';

const CLEMENCEAU = { lon: 4.331202, lat: 50.84082, quarter: 11 };
const STOCKEL = { lon: 4.464541, lat: 50.841872, quarter: 94 };

const incidents = [
  incident({ id: 'clem-1', station: 'Clemenceau' }),
  incident({ id: 'clem-2', station: 'Clemenceau' }),
  incident({ id: 'stockel', station: 'Stockel', commune: 'Woluwe-Saint-Pierre' }),
  incident({ id: 'named', quarter: 'Cureghem Rosée', quarter_note: 'named' }),
  incident({ id: 'nowhere', location_precision: 'commune' }),
];

const pointView = (over: Partial<AreaView> = {}): AreaView => ({
  focus: { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [CLEMENCEAU.lon, CLEMENCEAU.lat] } },
  highlight: [CLEMENCEAU.quarter],
  ...over,
});

describe('looking placements up', () => {
  it('finds an incident’s placement by id, and refuses an unknown id', () => {
    expect(placementOf(incidents, 'stockel')).toMatchObject({ quarter: STOCKEL.quarter, quarterFrom: 'station', pointFrom: 'station-table' });
    expect(() => placementOf(incidents, 'missing')).toThrow(/no incident missing/);
  });

  it('lists the incidents placed in a quarter', () => {
    expect(quarterIncidents(incidents, CLEMENCEAU.quarter).map((i) => i.id)).toEqual(['clem-1', 'clem-2']);
    expect(quarterIncidents(incidents, 13).map((i) => i.id)).toEqual(['named']);
  });
});

describe('the region-wide quarter map', () => {
  it('is drawn in its frame, with one mark per point and the placement counts', () => {
    const model = quarterMapModel(incidents);
    expect([model.width, model.height]).toEqual([QUARTER_FRAME.width, QUARTER_FRAME.height]);
    expect(model.marks.map((m) => m.ids)).toEqual([['clem-1', 'clem-2'], ['stockel']]);
    expect(model.marks[0]!.station).toBe('clemenceau');
    expect(model.counts).toMatchObject({ total: 5, inQuarter: 4, byStation: 3, byRecord: 1 });
    expect(model.scales.count.values.find((v) => v.code === CLEMENCEAU.quarter)!.count).toBe(2);
  });

  it('puts Stockel east of Clemenceau', () => {
    const model = quarterMapModel(incidents);
    expect(model.marks[1]!.x).toBeGreaterThan(model.marks[0]!.x);
  });

  it('draws every hotspot with quarters, labelled in every language', () => {
    const model = quarterMapModel(incidents);
    expect(model.hotspots.map((h) => h.hotspot.slug)).toEqual(HOTSPOTS.filter((h) => h.quarters.length > 0).map((h) => h.slug));
    for (const h of model.hotspots) {
      expect(h.d, h.hotspot.slug).toMatch(/^M/);
      expect(Object.keys(h.label).sort()).toEqual([...LANGS].sort());
    }
  });
});

describe('a zoomed map around a point', () => {
  const placed = () => placedIncidents(incidents);

  it('is fitted around the point: its station in the middle, and only the marks inside the frame', () => {
    const m = areaMapModel(placed(), pointView());
    expect([m.width, m.height]).toEqual([560, 500]);
    expect(m.marks.map((x) => x.ids)).toEqual([['clem-1', 'clem-2']]);
    expect(m.marks[0]!.x).toBeCloseTo(280, 0);
    expect(m.marks[0]!.y).toBeCloseTo(250, 0);
    const clem = m.stations.find((s) => s.id === 'clemenceau')!;
    expect(clem.name.fr).toBe('Clemenceau');
    expect(m.stations.find((s) => s.id === 'stockel')).toBeUndefined();
    for (const s of m.stations) {
      expect(s.x).toBeGreaterThanOrEqual(0);
      expect(s.x).toBeLessThanOrEqual(560);
      expect(s.y).toBeGreaterThanOrEqual(0);
      expect(s.y).toBeLessThanOrEqual(500);
    }
  });

  it('draws the quarters in view, highlighting those asked for, and no outline or commune unless asked', () => {
    const m = areaMapModel(placed(), pointView());
    expect(m.quarters.length).toBeGreaterThan(3);
    expect(m.quarters.every((q) => q.d !== '')).toBe(true);
    expect(m.quarters.filter((q) => q.highlight).map((q) => q.code)).toEqual([CLEMENCEAU.quarter]);
    expect(m.areaOutline).toBeNull();
    expect(m.communeOutline).toBeNull();
    expect(m.communeBorders).toMatch(/^M/);
    expect(m.outline).toBe('');
  });

  it('draws only the highlighted quarters when asked, and their common outline', () => {
    const m = areaMapModel(placed(), pointView({ highlight: [CLEMENCEAU.quarter, 13], onlyHighlighted: true, outlineHighlight: true }));
    expect(m.quarters.map((q) => [q.code, q.highlight])).toEqual(expect.arrayContaining([[CLEMENCEAU.quarter, true], [13, true]]));
    expect(m.quarters).toHaveLength(2);
    expect(m.areaOutline).toMatch(/^M/);
    expect(areaMapModel(placed(), pointView({ highlight: [], outlineHighlight: true })).areaOutline).toBeNull();
  });

  it('outlines the commune it is about, and none when that commune lies out of view', () => {
    expect(areaMapModel(placed(), pointView({ commune: '21001' })).communeOutline).toMatch(/^M/);
    // Watermael-Boitsfort is 6 km from Clemenceau.
    expect(areaMapModel(placed(), pointView({ commune: '21017' })).communeOutline).toBeNull();
  });

  it('takes a frame and a span: a wider span shows more stations', () => {
    const small = areaMapModel(placed(), pointView({ frame: { width: 300, height: 200, padding: 4 }, spanM: 800 }));
    expect([small.width, small.height]).toEqual([300, 200]);
    const wide = areaMapModel(placed(), pointView({ spanM: 6000 }));
    expect(wide.stations.length).toBeGreaterThan(areaMapModel(placed(), pointView()).stations.length);
  });

  it('shares the drawing between views with one cache key, and keeps views with different keys apart', () => {
    const stockel = pointView({ focus: { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [STOCKEL.lon, STOCKEL.lat] } }, highlight: [STOCKEL.quarter] });
    const first = areaMapModel(placed(), pointView({ cacheKey: 'test-share' }));
    const second = areaMapModel(placed(), { ...stockel, cacheKey: 'test-share' });
    expect(second.stations).toEqual(first.stations);
    // Highlights and marks are per view even when the drawing is shared.
    expect(second.quarters.filter((q) => q.highlight).map((q) => q.code)).toEqual([]);
    const apart = areaMapModel(placed(), { ...stockel, cacheKey: 'test-other' });
    expect(apart.stations.map((s) => s.id)).toContain('stockel');
    expect(apart.marks.map((m) => m.ids)).toEqual([['stockel']]);
  });

  it('fits a polygon focus as it is', () => {
    const d = 0.005;
    const { lon, lat } = CLEMENCEAU;
    const focus = { type: 'Feature' as const, properties: {}, geometry: { type: 'MultiPolygon' as const, coordinates: [[[[lon - d, lat - d], [lon - d, lat + d], [lon + d, lat + d], [lon + d, lat - d], [lon - d, lat - d]]]] } };
    const m = areaMapModel(placed(), { focus, highlight: [] });
    expect(m.marks[0]!.x).toBeCloseTo(280, 0);
    expect(m.marks[0]!.y).toBeCloseTo(250, 0);
  });
});
