/**
 * Placing an incident (src/lib/geo/placement.ts): the cases the shorter
 * tests in placement.test.ts leave out. The quarter finder is a stub, so
 * each answer is known.
 */
import { describe, expect, it } from 'vitest';
import { placeIncident } from '../../src/lib/geo/placement.ts';
import { incident } from './helpers.ts';

// Copied from the upstream station file: Clemenceau lies in quarter 11.
const CLEMENCEAU_QUARTER = 11;

describe('placing an incident with coordinates', () => {
  it('draws the source’s point with the record’s precision, and puts it in the quarter holding it', () => {
    const p = placeIncident(incident({ coordinates: { lat: 50.85, lon: 4.35 }, location_precision: 'exact' }), (lon, lat) => (lon === 4.35 && lat === 50.85 ? 42 : null));
    expect(p).toEqual({ quarter: 42, quarterFrom: 'coordinates', point: { lon: 4.35, lat: 50.85 }, pointFrom: 'source', pointPrecision: 'exact' });
  });

  it('falls back to the station’s quarter when no quarter holds the point, and keeps the source’s point', () => {
    const p = placeIncident(incident({ coordinates: { lat: 50.85, lon: 4.35 }, station: 'Clemenceau', location_precision: 'street' }), () => null);
    expect(p).toEqual({ quarter: CLEMENCEAU_QUARTER, quarterFrom: 'station', point: { lon: 4.35, lat: 50.85 }, pointFrom: 'source', pointPrecision: 'street' });
  });

  it('leaves the quarter empty when no quarter holds the point and there is no station, but still draws the point', () => {
    const p = placeIncident(incident({ coordinates: { lat: 50.85, lon: 4.35 }, location_precision: 'street' }), () => null);
    expect(p).toEqual({ quarter: null, quarterFrom: null, point: { lon: 4.35, lat: 50.85 }, pointFrom: 'source', pointPrecision: 'street' });
  });

  it('keeps a quarter the record names over the one holding the point', () => {
    const p = placeIncident(incident({ coordinates: { lat: 50.85, lon: 4.35 }, quarter: 'Cureghem Rosée', quarter_note: 'named', location_precision: 'street' }), () => 42);
    expect([p.quarter, p.quarterFrom, p.pointFrom]).toEqual([13, 'record', 'source']);
  });
});
