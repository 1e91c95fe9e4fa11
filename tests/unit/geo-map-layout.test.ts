/**
 * Projecting and laying out the maps (src/lib/geo/map-layout.ts): rounding,
 * scale, fitting a frame, incident marks and label placement, on hand-made
 * shapes and projections whose answers are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { geoMercator, type GeoProjection } from 'd3';
import type { Feature, Polygon } from 'geojson';
import { fitProjection, incidentMarks, mapLayout, metresPerPixel, pathBounds, pathMaker, placeLabels, projector, ringRadius, roundPath, toleranceFor } from '../../src/lib/geo/map-layout.ts';
import type { Placement } from '../../src/lib/geo/placement.ts';

/** Mercator pixels per radian giving `mpp` metres per pixel on the equator (111,320 m a degree). */
const scaleFor = (mpp: number) => (111_320 * 180) / Math.PI / mpp;

describe('path text', () => {
  it('rounds coordinates to a tenth of a pixel and leaves whole numbers alone', () => {
    expect(roundPath('M1.234,-5.678L10,20.04L3.96,7Z')).toBe('M1.2,-5.7L10,20L4,7Z');
  });

  it('is empty for a geometry with nothing to draw', () => {
    expect(pathMaker(geoMercator())({ type: 'MultiPolygon', coordinates: [] })).toBe('');
  });
});

describe('map scale', () => {
  it('is the ground distance of a pixel at the projection’s top-left corner, narrowing with the cosine of the latitude', () => {
    expect(metresPerPixel(geoMercator().scale(scaleFor(12)).translate([0, 0]))).toBeCloseTo(12, 6);
    // At 60° N a degree of longitude is half as long.
    expect(metresPerPixel(geoMercator().center([0, 60]).scale(scaleFor(12)).translate([0, 0]))).toBeCloseTo(6, 6);
    // A map drawn mirrored still has a positive scale.
    expect(metresPerPixel(geoMercator().reflectX(true).scale(scaleFor(12)).translate([0, 0]))).toBeCloseTo(12, 6);
  });

  it('gives a simplification tolerance of half a pixel, in whole metres', () => {
    expect(toleranceFor(geoMercator().scale(scaleFor(12)).translate([0, 0]))).toBe(6);
    expect(toleranceFor(geoMercator().scale(scaleFor(14.2)).translate([0, 0]))).toBe(7);
    expect(toleranceFor(geoMercator().scale(scaleFor(8.8)).translate([0, 0]))).toBe(4);
  });
});

describe('fitting a frame', () => {
  // A square of 0.01° at 50.84° N: Mercator draws it 1/cos(50.84°) = 1.58 times taller than wide.
  const square: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[4.35, 50.84], [4.35, 50.85], [4.36, 50.85], [4.36, 50.84], [4.35, 50.84]]] } };

  it('fills the frame inside its padding along the longer side, centred along the other', () => {
    const projection = fitProjection(square, { width: 100, height: 60, padding: 5 });
    const [x0, y0, x1, y1] = pathBounds(projection)(square);
    expect(y0).toBeCloseTo(5, 6);
    expect(y1).toBeCloseTo(55, 6);
    const width = 50 * Math.cos((50.845 * Math.PI) / 180);
    expect(x1 - x0).toBeCloseTo(width, 1);
    expect((x0 + x1) / 2).toBeCloseTo(50, 6);
  });

  it('projects a point to pixels rounded to a tenth, and refuses one the projection cannot place', () => {
    const project = projector(geoMercator().scale(1000).translate([0.123, 0.26]));
    expect(project(0, 0)).toEqual([0.1, 0.3]);
    const nowhere = Object.assign(() => null, {}) as unknown as GeoProjection;
    expect(() => projector(nowhere)(4.35, 50.84)).toThrow(/cannot project 4.35,50.84/);
  });

  it('lays out each commune with its code, its path and a label anchor inside the frame', () => {
    const fc = { type: 'FeatureCollection' as const, features: [{ ...square, geometry: { type: 'MultiPolygon' as const, coordinates: [square.geometry.coordinates] }, properties: { nis: '21001', area_m2: 1 } }] };
    const layout = mapLayout(fc, { width: 100, height: 60, padding: 5 });
    expect(layout.frame).toEqual({ width: 100, height: 60, padding: 5 });
    expect(layout.shapes).toHaveLength(1);
    expect(layout.shapes[0]!.nis).toBe('21001');
    // 31.6 px wide (50 · cos 50.845°), centred on x = 50.
    expect(layout.shapes[0]!.d).toBe('M34.2,55L34.2,5L65.8,5L65.8,55Z');
    const [ax, ay] = layout.shapes[0]!.anchor;
    // As far from the edges as the width allows: within a sample (1.25 px) of the middle across, at least 15 px from the ends.
    expect(Math.abs(ax - 50)).toBeLessThan(1.25);
    expect(ay).toBeGreaterThan(5 + 15);
    expect(ay).toBeLessThan(55 - 15);
    expect(layout.project(4.355, 50.85)).toEqual([50, 5]);
  });
});

describe('incident marks', () => {
  const placement = (lon: number, lat: number, pointFrom: Placement['pointFrom'], pointPrecision: Placement['pointPrecision']): Placement => ({ quarter: null, quarterFrom: null, point: { lon, lat }, pointFrom, pointPrecision });
  const identity = (lon: number, lat: number): [number, number] => [lon, lat];

  it('puts the points with most incidents first, then west to east, then north to south on screen', () => {
    const marks = incidentMarks(
      [
        { id: 'a', placement: placement(5, 1, 'source', 'exact') },
        { id: 'b', placement: placement(3, 9, 'source', 'exact') },
        { id: 'c', placement: placement(3, 2, 'source', 'exact') },
        { id: 'd', placement: placement(7, 7, 'source', 'exact') },
        { id: 'e', placement: placement(7, 7, 'source', 'exact') },
      ],
      identity,
    );
    expect(marks.map((m) => m.ids)).toEqual([['d', 'e'], ['c'], ['b'], ['a']]);
    expect(marks[0]).toEqual({ x: 7, y: 7, kind: 'exact', ids: ['d', 'e'], station: null });
  });

  it('draws a source point vaguer than exact as approximate, and a station without a name as an unnamed station mark', () => {
    const marks = incidentMarks(
      [
        { id: 'a', placement: placement(1, 1, 'source', 'street'), station: 'clemenceau' },
        { id: 'b', placement: placement(2, 2, 'station-table', 'station') },
      ],
      identity,
    );
    expect(marks.map((m) => [m.ids[0], m.kind, m.station])).toEqual([['a', 'approximate', null], ['b', 'station', null]]);
  });

  it('keeps a station mark and an exact mark at the same pixel apart', () => {
    const marks = incidentMarks(
      [
        { id: 'a', placement: placement(1, 1, 'source', 'exact') },
        { id: 'b', placement: placement(1, 1, 'station-table', 'station'), station: 'x' },
      ],
      identity,
    );
    expect(marks).toHaveLength(2);
  });
});

describe('station rings', () => {
  it('have an area growing with the number of incidents, plus a 2 px margin', () => {
    expect(ringRadius(1)).toBe(7);
    expect(ringRadius(4)).toBe(12);
    expect(ringRadius(2)).toBe(9.1); // 5·√2 = 7.07, to a tenth
    expect(ringRadius(4, 3)).toBe(8);
  });
});

describe('label placement', () => {
  const frame = { width: 200, height: 100, padding: 0 };
  // At 16 px a character is estimated 9.28 px wide: 'Ab' is 18.56 px.

  it('puts a label above its area, centred, when there is room', () => {
    expect(placeLabels([{ box: [90, 40, 110, 60], text: 'Ab' }], frame)).toEqual([{ x: 100, y: 35, anchor: 'middle' }]);
  });

  it('puts it below when above would leave the frame and, slid back in, cover the area', () => {
    expect(placeLabels([{ box: [90, 10, 110, 30], text: 'Ab' }], frame)).toEqual([{ x: 100, y: 48, anchor: 'middle' }]);
    // At 20 px the line is 20 px tall: 30 + 20 + 2.
    expect(placeLabels([{ box: [90, 10, 110, 30], text: 'Ab' }], frame, 20)[0]).toEqual({ x: 100, y: 52, anchor: 'middle' });
  });

  it('goes right, then left, of an area whose other sides are taken by other areas', () => {
    const above = { box: [80, 0, 120, 38] as [number, number, number, number], text: 'A' };
    const below = { box: [80, 62, 120, 100] as [number, number, number, number], text: 'B' };
    const right = { box: [112, 30, 200, 70] as [number, number, number, number], text: 'C' };
    // Vertically centred on the area, a third of the line below the middle: 50 + 16/3.
    expect(placeLabels([{ box: [90, 40, 110, 60], text: 'Ab' }, above, below], frame)[0]).toEqual({ x: 116, y: 55.3, anchor: 'start' });
    expect(placeLabels([{ box: [90, 40, 110, 60], text: 'Ab' }, above, below, right], frame)[0]).toEqual({ x: 84, y: 55.3, anchor: 'end' });
  });

  it('slides a label that would cross the side of the frame back inside it', () => {
    // 'Abcdef' is 55.68 px wide: centred on x = 195 it would end at 222.84, so it moves 22.84 px left.
    expect(placeLabels([{ box: [190, 40, 200, 60], text: 'Abcdef' }], frame)[0]).toEqual({ x: 172.2, y: 35, anchor: 'middle' });
    expect(placeLabels([{ box: [0, 40, 10, 60], text: 'Abcdef' }], frame)[0]).toEqual({ x: 27.8, y: 35, anchor: 'middle' });
  });

  it('when every spot covers an area, takes the first that overlaps no label already placed', () => {
    const whole: [number, number, number, number] = [0, 0, 200, 100];
    // Above, slid down into the frame: 0–16 px. The second label cannot go there too, so it goes below, slid up: 84–100 px.
    expect(placeLabels([{ box: whole, text: 'Ab' }, { box: whole, text: 'Cd' }], frame)).toEqual([
      { x: 100, y: 16, anchor: 'middle' },
      { x: 100, y: 100, anchor: 'middle' },
    ]);
  });
});
