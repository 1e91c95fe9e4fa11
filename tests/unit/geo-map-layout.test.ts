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

describe('path text with carries', () => {
  it('rounds a number of several digits as a whole, carrying into its tens', () => {
    expect(roundPath('M129.96,-19.96L9.95,0')).toBe('M130,-20L10,0');
  });
});

describe('map scale away from the prime meridian', () => {
  it('measures the longitude a pixel spans, not where it lies', () => {
    // Centred on 4.35° E, 50.84° N: 12 m a pixel on the equator is 12 · cos(50.84°) = 7.578 m there.
    const projection = geoMercator().center([4.35, 50.84]).scale(scaleFor(12)).translate([0, 0]);
    expect(metresPerPixel(projection)).toBeCloseTo(12 * Math.cos((50.84 * Math.PI) / 180), 6);
  });
});

describe('label placement at the edges of boxes', () => {
  type Box = [number, number, number, number];
  const frame = { width: 200, height: 100, padding: 0 };
  const item = (box: Box, text = 'Ab') => ({ box, text });
  // At 16 px: 'Ab' is 18.56 px wide, a line 16 px tall. The area (90, 40)–(110, 60) has its centre at (100, 50);
  // above, its label's box is (90.72, 19)–(109.28, 35); below (90.72, 62)–(109.28, 78);
  // right (116, 39.3)–(134.56, 55.3); left (65.44, 39.3)–(84, 55.3).
  const area = item([90, 40, 110, 60]);
  const blockAbove = item([80, 0, 120, 38]);
  const blockBelow = item([80, 62, 120, 100]);

  it('counts a box touching the label’s top or bottom edge as free', () => {
    expect(placeLabels([area, item([0, 0, 200, 19])], frame)[0]).toEqual({ x: 100, y: 35, anchor: 'middle' });
    expect(placeLabels([area, item([0, 35, 200, 39])], frame)[0]).toEqual({ x: 100, y: 35, anchor: 'middle' });
  });

  it('counts a box touching the label’s left or right edge as free', () => {
    expect(placeLabels([area, blockAbove, blockBelow, item([110, 42, 116, 54])], frame)[0]).toEqual({ x: 116, y: 55.3, anchor: 'start' });
    expect(placeLabels([area, blockAbove, blockBelow, item([112, 30, 200, 70]), item([84, 42, 90, 54])], frame)[0]).toEqual({ x: 84, y: 55.3, anchor: 'end' });
  });

  it('measures the right-hand label to its full width, and the left-hand one from 6 px off the area', () => {
    // An area from x = 130 reaches the right label's box (to 134.56) but not a box 6 px narrower.
    expect(placeLabels([area, blockAbove, blockBelow, item([130, 30, 200, 70])], frame)[0]).toEqual({ x: 84, y: 55.3, anchor: 'end' });
    // With the right side taken, an area reaching x = 70 blocks the left label (from 65.44), which then falls back to the first spot.
    expect(placeLabels([area, blockAbove, blockBelow, item([112, 30, 200, 70]), item([0, 30, 70, 70])], frame)[0]).toEqual({ x: 100, y: 35, anchor: 'middle' });
  });

  it('slides a label below an area back inside the frame on either side', () => {
    // 'Abcdef' is 55.68 px wide. Above a corner area the label is slid down onto the area itself, so it goes below.
    expect(placeLabels([item([0, 0, 10, 20], 'Abcdef')], frame)[0]).toEqual({ x: 27.8, y: 38, anchor: 'middle' });
    expect(placeLabels([item([190, 0, 200, 20], 'Abcdef')], frame)[0]).toEqual({ x: 172.2, y: 38, anchor: 'middle' });
  });

  it('slides a label beside an area down from the top of the frame, or up from its bottom', () => {
    // The area (90, 0)–(110, 10), centre y = 5: beside it the label's box would run from 5 − 10.7 = −5.7 to 10.3, so it moves
    // down to 0–16 and its baseline is at 16. Above and below are taken.
    const top = item([90, 0, 110, 10]);
    expect(placeLabels([top, item([90, 11, 110, 40])], frame)[0]).toEqual({ x: 116, y: 16, anchor: 'start' });
    expect(placeLabels([top, item([90, 11, 110, 40]), item([112, 0, 200, 40])], frame)[0]).toEqual({ x: 84, y: 16, anchor: 'end' });
    // The area (90, 90)–(110, 100), centre y = 95: beside it the box would end at 100.3; it moves up to end at 100.
    const bottom = item([90, 90, 110, 100]);
    expect(placeLabels([bottom, item([90, 60, 110, 89])], frame)[0]).toEqual({ x: 116, y: 100, anchor: 'start' });
    expect(placeLabels([bottom, item([90, 60, 110, 89]), item([112, 60, 200, 100])], frame)[0]).toEqual({ x: 84, y: 100, anchor: 'end' });
  });

  it('when every spot covers an area, skips a spot that overlaps any label already placed, not only one overlapping them all', () => {
    const whole: Box = [0, 0, 200, 100];
    // The first label goes above (slid to 0–16), the second below (84–100); the third's spot above overlaps the first
    // label only, below the second only; right of the area, slid back into the frame, it overlaps neither:
    // x = 200 − 18.56, baseline 50 + 16/3.
    expect(placeLabels([item(whole), item(whole), item(whole)], frame)[2]).toEqual({ x: 181.4, y: 55.3, anchor: 'start' });
  });
});
