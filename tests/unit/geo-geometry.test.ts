/**
 * The shipped geography as the maps ask for it (src/lib/geo/geometry.ts):
 * tolerances, outlines of groups of quarters, and the quarter holding a
 * point. Expected shapes come from the shipped file read here with
 * topojson-client, not through the code under test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { geography, quarterAt, quartersFeature, quartersOutline, rewindForD3, SHIPPED_TOLERANCE_M } from '../../src/lib/geo/geometry.ts';
import { geoArea } from 'd3';

const topology = JSON.parse(readFileSync('data/geo/brussels.topo.json', 'utf8')) as Topology<{ quarters: GeometryCollection; communes: GeometryCollection }>;
const shippedQuarters = (feature(topology, topology.objects.quarters) as FeatureCollection<MultiPolygon>).features;
const ringsOf = (code: number) => shippedQuarters.find((q) => Number(q.id) === code)!.geometry.coordinates.flat();

const key = (p: Position) => `${p[0]!.toFixed(7)},${p[1]!.toFixed(7)}`;
const pointsOf = (lines: Position[][]) => new Set(lines.flat().map(key));
const vertices = (fc: FeatureCollection<MultiPolygon>) => fc.features.reduce((n, f) => n + f.geometry.coordinates.flat(2).length, 0);

// Copied from the upstream station file (data/upstream/geo/brussels-metro-stations.geojson): Clemenceau lies in quarter 11.
const CLEMENCEAU = { lon: 4.331202, lat: 50.84082, quarter: 11 };


/**
 * The outline of all the quarters is the region's outline; no commune border lies on it except
 * where they meet it. `tolerance` is the simplification both are drawn with (the default when unset).
 */
function expectOutlineApartFromBorders(tolerance?: number): void {
  const { outline, communeBorders } = geography(tolerance);
  expect(pointsOf(quartersOutline(shippedQuarters.map((q) => Number(q.id)), tolerance).coordinates)).toEqual(pointsOf(outline.coordinates));
  const onOutline = pointsOf(outline.coordinates);
  const inner = communeBorders.coordinates.flatMap((line) => line.slice(1, -1));
  expect(inner.length).toBeGreaterThan(100);
  expect(inner.filter((p) => onOutline.has(key(p)))).toEqual([]);
}

describe('tolerances', () => {
  it('never draws finer than the shipped 6 m, and rounds a tolerance to whole metres', () => {
    expect(SHIPPED_TOLERANCE_M).toBe(6);
    expect(geography(2)).toBe(geography());
    expect(geography(6.4)).toBe(geography(6));
    expect(geography(20.4)).toBe(geography(20));
  });

  it('draws the shipped arcs at 6 m, and fewer points at a coarser tolerance with every area kept', () => {
    expect(vertices(geography().quarters)).toBe(shippedQuarters.reduce((n, f) => n + f.geometry.coordinates.flat(2).length, 0));
    const coarse = geography(50);
    expect(vertices(coarse.quarters)).toBeLessThan(vertices(geography().quarters) * 0.8);
    expect(coarse.quarters.features).toHaveLength(145);
    expect(coarse.communes.features).toHaveLength(19);
  });

  it('gives each quarter its code and each commune its NIS code and full-resolution area', () => {
    expect(geography().quarters.features.map((f) => f.properties.code).sort((a, b) => a - b)).toEqual(shippedQuarters.map((q) => Number(q.id)).sort((a, b) => a - b));
    const koekelberg = geography().communes.features.find((f) => f.properties.nis === '21011')!;
    expect((koekelberg.properties.area_m2 / 1e6).toFixed(2)).toBe('1.19');
  });

  it('draws the region’s outline apart from the borders between communes', () => {
    expectOutlineApartFromBorders();
  });
});

describe('outlines of groups of quarters', () => {
  it('of one quarter is its own boundary, on the region’s edge or not', () => {
    for (const code of [11, 906]) expect(pointsOf(quartersOutline([code]).coordinates), String(code)).toEqual(pointsOf(ringsOf(code)));
  });

  it('of neighbouring quarters leaves out the border between them', () => {
    const both = pointsOf(quartersOutline([11, 13]).coordinates);
    const shared = [...pointsOf(ringsOf(11))].filter((p) => pointsOf(ringsOf(13)).has(p));
    expect(shared.length).toBeGreaterThan(2);
    // Only the two ends of the shared border remain.
    expect(shared.filter((p) => both.has(p)).length).toBeLessThanOrEqual(2);
  });

  it('is drawn at the tolerance asked for', () => {
    const fine = quartersOutline([906]);
    const coarse: MultiLineString = quartersOutline([906], 50);
    expect(coarse.coordinates.flat().length).toBeLessThan(fine.coordinates.flat().length);
  });
});

describe('quarters as one feature', () => {
  it('holds the polygons of the quarters asked for, and only those', () => {
    const polys = (code: number) => shippedQuarters.find((q) => Number(q.id) === code)!.geometry.coordinates.length;
    expect(quartersFeature([11]).geometry.coordinates).toHaveLength(polys(11));
    expect(quartersFeature([11, 13]).geometry.coordinates).toHaveLength(polys(11) + polys(13));
    expect(quartersFeature([]).geometry.coordinates).toEqual([]);
    expect(quartersFeature([11, 13], 50).geometry.coordinates.flat(2).length).toBeLessThan(quartersFeature([11, 13]).geometry.coordinates.flat(2).length);
  });
});

describe('the quarter holding a point', () => {
  it('is the station’s quarter for a station, and none outside the region', () => {
    expect(quarterAt(CLEMENCEAU.lon, CLEMENCEAU.lat)).toBe(CLEMENCEAU.quarter);
    expect(quarterAt(4.0, 50.5)).toBeNull();
  });
});

describe('winding for d3', () => {
  it('rewinds every ring of a MultiPolygon that covers the globe', () => {
    const ring = [[4.3, 50.8], [4.31, 50.8], [4.31, 50.81], [4.3, 50.81], [4.3, 50.8]];
    const f = { type: 'Feature' as const, properties: {}, geometry: { type: 'MultiPolygon' as const, coordinates: [[ring], [ring.map(([x, y]) => [x! + 0.1, y!])]] } };
    const out = rewindForD3(f);
    expect(geoArea(out)).toBeLessThan(1e-4);
    expect(out.geometry.coordinates[1]![0]).toEqual([...f.geometry.coordinates[1]![0]!].reverse());
    const polygon: Polygon = { type: 'Polygon', coordinates: [ring] };
    expect(rewindForD3({ type: 'Feature', properties: {}, geometry: polygon }).geometry.coordinates[0]).toEqual([...ring].reverse());
  });
});

describe('the geography drawn at a tolerance asked for the first time', () => {
  // 37 m and 41 m are asked for by no other test, so the geography is built here, not taken from the cache.
  it('is made of feature collections of quarters with their codes and communes with their codes and areas', () => {
    const geo = geography(37);
    expect([geo.quarters.type, geo.communes.type]).toEqual(['FeatureCollection', 'FeatureCollection']);
    expect(geo.quarters.features.find((f) => f.properties.code === CLEMENCEAU.quarter)!.properties).toEqual({ code: CLEMENCEAU.quarter });
    const koekelberg = geo.communes.features.find((f) => f.properties.nis === '21011')!;
    expect(Object.keys(koekelberg.properties).sort()).toEqual(['area_m2', 'nis']);
    expect((koekelberg.properties.area_m2 / 1e6).toFixed(2)).toBe('1.19');
  });

  it('draws the region’s outline apart from the borders between communes', () => {
    expectOutlineApartFromBorders(41);
  });
});

describe('quarters as a GeoJSON feature', () => {
  it('is a Feature holding a MultiPolygon', () => {
    expect(quartersFeature([])).toEqual({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [] } });
  });
});

describe('winding for d3 at the limits', () => {
  const feature = (ring: number[][]) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates: [ring] } });

  it('leaves a polygon of exactly a hemisphere as it is', () => {
    // Half the globe, bounded by the meridians 90° W and 90° E through both poles: d3 gives exactly 2π.
    const hemisphere = feature([[-90, 0], [0, 90], [90, 0], [0, -90], [-90, 0]]);
    expect(geoArea(hemisphere)).toBe(2 * Math.PI);
    expect(rewindForD3(hemisphere)).toBe(hemisphere);
  });

  it('leaves a large polygon wound for d3 as it is, and rewinds it wound the other way', () => {
    // An eighth of the globe, π/2 steradians, clockwise as d3 wants it; counter-clockwise d3 reads the other 7/8.
    const octant = feature([[0, 0], [0, 90], [90, 0], [0, 0]]);
    expect(rewindForD3(octant)).toBe(octant);
    const other = feature([[0, 0], [90, 0], [0, 90], [0, 0]]);
    expect(rewindForD3(other).geometry.coordinates[0]).toEqual([[0, 0], [0, 90], [90, 0], [0, 0]]);
  });
});
