/** Where an incident is drawn and counted, and on what authority: a source, the station table, or a report naming the quarter. */
import { describe, expect, it } from 'vitest';
import { placeIncident } from '../../src/lib/geo/placement.ts';
import { hotspotIncidents, placementCounts, placedIncidents, quarterScales } from '../../src/lib/geo/quarter-model.ts';
import { hotspotBySlug } from '../../src/lib/reference.ts';
import { incident } from './helpers.ts';

// Copied from the upstream file (data/upstream/geo/brussels-metro-stations.geojson), not read through the code under test.
const CLEMENCEAU = { lon: 4.331202, lat: 50.84082, quarter: 11 };
const nowhere = () => null;

describe('placing an incident', () => {
  it('puts a named station at the station, from the station table, with station precision, in the station’s quarter', () => {
    const p = placeIncident(incident({ station: 'Clemenceau', location_precision: 'street' }), nowhere);
    expect(p.point).toEqual({ lon: expect.closeTo(CLEMENCEAU.lon, 4), lat: expect.closeTo(CLEMENCEAU.lat, 4) });
    expect(p.pointFrom).toBe('station-table');
    expect(p.pointPrecision).toBe('station');
    expect([p.quarter, p.quarterFrom]).toEqual([CLEMENCEAU.quarter, 'station']);
  });

  it('lets a source’s coordinates win over the station, for the point and the quarter', () => {
    const p = placeIncident(incident({ station: 'Clemenceau', coordinates: { lat: 50.84, lon: 4.32 }, location_precision: 'street' }), () => 12);
    expect(p.point).toEqual({ lon: 4.32, lat: 50.84 });
    expect([p.pointFrom, p.pointPrecision]).toEqual(['source', 'street']);
    expect([p.quarter, p.quarterFrom]).toEqual([12, 'coordinates']);
  });

  it('keeps the quarter a report names, and still draws the station', () => {
    const p = placeIncident(incident({ station: 'Clemenceau', quarter: 'Cureghem Rosée', quarter_note: 'named' }), nowhere);
    expect([p.quarter, p.quarterFrom, p.pointFrom]).toEqual([13, 'record', 'station-table']);
  });

  it('places nothing by hand: no station, no coordinates, no named quarter, no point and no quarter', () => {
    expect(placeIncident(incident({ location_precision: 'street' }), () => 99)).toEqual({ quarter: null, quarterFrom: null, point: null, pointFrom: null, pointPrecision: null });
  });
});

describe('counting incidents by quarter', () => {
  const incidents = [
    incident({ id: 'a', station: 'Clemenceau' }),
    incident({ id: 'b', station: 'Clemenceau' }),
    incident({ id: 'c', quarter: 'Moortebeek - Peterbos', quarter_note: 'named' }),
    incident({ id: 'd', location_precision: 'commune' }),
    incident({ id: 'e', commune: null, location_precision: 'region' }),
  ];

  it('counts each placed incident once, in its quarter, and says how many are known only to a commune', () => {
    const counts = quarterScales(incidents).count.values.filter((v) => v.count > 0).map((v) => [v.code, v.count]);
    expect(counts).toEqual([[11, 2], [61, 1]]);
    expect(placementCounts(placedIncidents(incidents))).toEqual({ total: 5, inQuarter: 3, byRecord: 1, byStation: 2, byCoordinates: 0, communeOnly: 1, none: 1 });
  });

  it('gives no rate per resident for a park, and none for too few incidents', () => {
    const park = [incident({ id: 'p1', quarter: 'Parc Astrid', quarter_note: 'named' }), incident({ id: 'p2', quarter: 911, quarter_note: 'named' }), incident({ id: 'p3', quarter: 911, quarter_note: 'named' })];
    const values = quarterScales([...incidents, ...park]).per10k.values;
    expect(values.find((v) => v.code === 911)).toMatchObject({ count: 3, reliable: false, unreliable: 'not-residential', classIndex: null });
    expect(values.find((v) => v.code === 61)).toMatchObject({ count: 1, reliable: false, unreliable: 'few' });
  });

  it('gives a hotspot the incidents its sources place there and those placed in its quarter', () => {
    const tagged = incident({ id: 't', hotspot: 'clemenceau' });
    expect(hotspotIncidents([...incidents, tagged], hotspotBySlug.get('clemenceau')!).map((i) => i.id).sort()).toEqual(['a', 'b', 't']);
  });
});
