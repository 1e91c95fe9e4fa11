import { describe, expect, it } from 'vitest';
import { geoArea, geoBounds, geoContains, geoMercator } from 'd3';
import { areaKm2, communeFeatures, populationOf, POPULATIONS, rewindForD3 } from '../../src/lib/geo/communes.ts';
import { choropleth, MIN_RELIABLE_COUNT, type CommuneInput } from '../../src/lib/geo/choropleth.ts';
import { incidentMarks, mapLayout, placeLabels, ringRadius } from '../../src/lib/geo/map-layout.ts';
import { labelPoint } from '../../src/lib/geo/label-point.ts';
import { COMMUNES } from '../../src/lib/reference.ts';
import { REGION_BOUNDS } from '../../src/lib/schema.ts';
import populationJson from '../../data/populations.json' with { type: 'json' };

const fc = communeFeatures();

describe('commune geometry', () => {
  it('has exactly the 19 communes of the reference table', () => {
    expect(fc.features).toHaveLength(19);
    expect(fc.features.map((f) => f.properties.nis).sort()).toEqual(COMMUNES.map((c) => c.nis).sort());
  });

  it('every feature lies inside the region bounds', () => {
    for (const f of fc.features) {
      const [[w, s], [e, n]] = geoBounds(f);
      expect(w, f.properties.nis).toBeGreaterThanOrEqual(REGION_BOUNDS.west);
      expect(e, f.properties.nis).toBeLessThanOrEqual(REGION_BOUNDS.east);
      expect(s, f.properties.nis).toBeGreaterThanOrEqual(REGION_BOUNDS.south);
      expect(n, f.properties.nis).toBeLessThanOrEqual(REGION_BOUNDS.north);
    }
  });

  // The shipped geometry is simplified to 6 m: each drawn commune stays within 1% of its full-resolution UrbIS area.
  it('is wound so that no commune covers the globe, and drawn areas stay close to the full-resolution ones', () => {
    const EARTH_KM2 = 4 * Math.PI * 6371.0088 ** 2;
    let total = 0;
    for (const f of fc.features) {
      // d3 measures on a sphere; Brussels is 0.36% larger on the WGS84 ellipsoid the areas are given on.
      const km2 = (geoArea(f) / (4 * Math.PI)) * EARTH_KM2 * 1.0036;
      expect(km2, f.properties.nis).toBeLessThan(40);
      expect(Math.abs(km2 - areaKm2(f.properties)) / areaKm2(f.properties), f.properties.nis).toBeLessThan(0.01);
      total += km2;
    }
    expect(total).toBeGreaterThan(160);
    expect(total).toBeLessThan(165);
  });

  it('rewinds a polygon that covers the globe and leaves a correct one alone', () => {
    const ring = [[4.3, 50.8], [4.31, 50.8], [4.31, 50.81], [4.3, 50.81], [4.3, 50.8]];
    const a = { type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates: [ring] } };
    const b = { ...a, geometry: { ...a.geometry, coordinates: [[...ring].reverse()] } };
    const small = [a, b].map((f) => geoArea(rewindForD3(f)));
    expect(small[0]).toBeLessThan(1e-4);
    expect(small[1]).toBeLessThan(1e-4);
  });
});

describe('population join', () => {
  it('every commune has a positive population, summing to the regional total', () => {
    for (const c of COMMUNES) expect(populationOf(c.nis), c.nis).toBeGreaterThan(0);
    expect(Object.values(POPULATIONS).reduce((a, b) => a + b, 0)).toBe(populationJson.regionTotal);
  });

  it('an unknown NIS code is an error, not a zero', () => {
    expect(() => populationOf('99999')).toThrow(/no population for commune NIS 99999/);
  });
});

describe('choropleth classes', () => {
  const input: CommuneInput[] = [
    { nis: 'a', count: 0, population: 100_000, areaKm2: 10 },
    { nis: 'b', count: 1, population: 10_000, areaKm2: 1 },
    { nis: 'c', count: 8, population: 100_000, areaKm2: 10 },
    { nis: 'd', count: 4, population: 200_000, areaKm2: 20 },
  ];

  it('computes per-100k and per-km² values', () => {
    const s = choropleth(input, 'per100k');
    expect(s.values.find((v) => v.nis === 'c')!.value).toBe(8);
    expect(s.values.find((v) => v.nis === 'd')!.value).toBe(2);
    expect(choropleth(input, 'perKm2').values.find((v) => v.nis === 'c')!.value).toBe(0.8);
  });

  it(`flags rates from fewer than ${MIN_RELIABLE_COUNT} incidents instead of shading them as extremes`, () => {
    const s = choropleth(input, 'per100k');
    const b = s.values.find((v) => v.nis === 'b')!;
    expect(b.value).toBe(10); // the highest rate, from one incident
    expect(b.reliable).toBe(false);
    expect(b.classIndex).toBeNull();
    // the top class is set by reliable communes only
    expect(s.classes.at(-1)!.to).toBe(8);
  });

  it('raw counts are never flagged, and zero is its own class', () => {
    const s = choropleth(input, 'count');
    expect(s.values.every((v) => v.reliable)).toBe(true);
    expect(s.values.find((v) => v.nis === 'a')!.classIndex).toBe(0);
    expect(s.classes[0]).toEqual({ from: 0, to: 0, zero: true });
  });

  it('every non-zero reliable value falls in a class whose bounds contain it', () => {
    for (const m of ['count', 'per100k', 'perKm2'] as const) {
      const s = choropleth(input, m);
      for (const v of s.values) {
        if (v.classIndex === null || v.classIndex === 0) continue;
        const cls = s.classes[v.classIndex]!;
        expect(v.value, `${m} ${v.nis}`).toBeGreaterThan(cls.from);
        expect(v.value, `${m} ${v.nis}`).toBeLessThanOrEqual(cls.to!);
      }
    }
  });

  it('never makes more classes than the ramp has colours', () => {
    for (let max = 1; max <= 200; max++) {
      const s = choropleth([{ nis: 'a', count: max, population: 1e5, areaKm2: 1 }, { nis: 'b', count: 1, population: 1e5, areaKm2: 1 }], 'count');
      expect(s.classes.length, String(max)).toBeLessThanOrEqual(5);
      expect(s.values.every((v) => v.classIndex !== null && v.classIndex < s.classes.length)).toBe(true);
    }
  });

  it('all zeros give a single class', () => {
    const s = choropleth([{ nis: 'a', count: 0, population: 1, areaKm2: 1 }], 'count');
    expect(s.classes).toHaveLength(1);
  });
});

describe('map layout', () => {
  it('fits every commune inside the frame', () => {
    const layout = mapLayout(fc);
    for (const s of layout.shapes) {
      const nums = s.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      for (let i = 0; i < nums.length; i += 2) {
        expect(nums[i]).toBeGreaterThanOrEqual(0);
        expect(nums[i]).toBeLessThanOrEqual(layout.frame.width);
        expect(nums[i + 1]).toBeGreaterThanOrEqual(0);
        expect(nums[i + 1]).toBeLessThanOrEqual(layout.frame.height);
      }
    }
  });

  it('places every label anchor inside its commune, away from the edge', () => {
    const layout = mapLayout(fc);
    const projection = geoMercator().fitExtent([[layout.frame.padding, layout.frame.padding], [layout.frame.width - layout.frame.padding, layout.frame.height - layout.frame.padding]], fc);
    for (const s of layout.shapes) {
      const f = fc.features.find((x) => x.properties.nis === s.nis)!;
      expect(geoContains(f, projection.invert!(s.anchor)!), s.nis).toBe(true);
      expect(labelPoint(f, projection), s.nis).toEqual(s.anchor);
    }
  });

  it('puts the City of Brussels north of Uccle (y grows downwards)', () => {
    const layout = mapLayout(fc);
    const y = (nis: string) => layout.shapes.find((s) => s.nis === nis)!.anchor[1];
    expect(y('21004')).toBeLessThan(y('21016'));
  });

  it('draws incidents with a point, one mark per point, and says which came from the station table', () => {
    const layout = mapLayout(fc);
    const at = (lon: number, lat: number, pointFrom: 'source' | 'station-table' | null, precision: 'exact' | 'street' | 'station' | null) => ({
      quarter: null,
      quarterFrom: null,
      point: pointFrom ? { lon, lat } : null,
      pointFrom,
      pointPrecision: precision,
    });
    const marks = incidentMarks(
      [
        { id: 'x', placement: at(4.33, 50.84, 'source', 'street') },
        { id: 'y', placement: at(4.35, 50.85, 'source', 'exact') },
        { id: 'z', placement: at(0, 0, null, null) },
        { id: 's1', placement: at(4.3234, 50.8419, 'station-table', 'station'), station: 'clemenceau' },
        { id: 's2', placement: at(4.3234, 50.8419, 'station-table', 'station'), station: 'clemenceau' },
      ],
      layout.project,
    );
    expect(marks.map((m) => [m.ids.join('+'), m.kind, m.station])).toEqual([
      ['s1+s2', 'station', 'clemenceau'],
      ['x', 'approximate', null],
      ['y', 'exact', null],
    ]);
  });

  it('grows a station ring by area with the number of incidents', () => {
    expect(ringRadius(4) - 2).toBeCloseTo(2 * (ringRadius(1) - 2), 5);
  });

  it('places labels without overlaps and inside the frame', () => {
    const frame = { width: 200, height: 100, padding: 0 };
    const spots = placeLabels(
      [
        { box: [90, 40, 110, 60], text: 'Alpha' },
        { box: [95, 45, 115, 65], text: 'Beta' },
        { box: [0, 0, 10, 10], text: 'Corner' },
      ],
      frame,
    );
    const boxes = spots.map((s, i) => {
      const w = ['Alpha', 'Beta', 'Corner'][i]!.length * 16 * 0.58;
      const x0 = s.anchor === 'middle' ? s.x - w / 2 : s.anchor === 'start' ? s.x : s.x - w;
      return [x0, s.y - 16, x0 + w, s.y];
    });
    for (const b of boxes) {
      expect(b[0]).toBeGreaterThanOrEqual(-0.1); // positions are rounded to 0.1 px
      expect(b[2]).toBeLessThanOrEqual(200.1);
    }
    const overlap = (a: number[], b: number[]) => a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;
    expect(overlap(boxes[0]!, boxes[1]!)).toBe(false);
  });
});
