import { describe, expect, it } from 'vitest';
import { geoArea, geoBounds, geoContains, geoMercator } from 'd3';
import { areaKm2, communeFeatures, populationOf, POPULATIONS, rewindForD3 } from '../../src/lib/geo/communes.ts';
import { choropleth, MIN_RELIABLE_COUNT, type CommuneInput } from '../../src/lib/geo/choropleth.ts';
import { incidentPoints, mapLayout } from '../../src/lib/geo/map-layout.ts';
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

  // The shipped geometry is simplified for display (Koekelberg loses most of its area), so
  // rates use the surveyed area_m2; the drawn shapes must still be within 1 km² or 10% of it.
  it('is wound so that no commune covers the globe, and drawn areas stay close to the surveyed ones', () => {
    const EARTH_KM2 = 4 * Math.PI * 6371.0088 ** 2;
    let total = 0;
    for (const f of fc.features) {
      const km2 = (geoArea(f) / (4 * Math.PI)) * EARTH_KM2;
      expect(km2, f.properties.nis).toBeLessThan(40);
      expect(Math.abs(km2 - areaKm2(f.properties)), f.properties.nis).toBeLessThan(Math.max(1, 0.1 * areaKm2(f.properties)));
      total += km2;
    }
    expect(total).toBeGreaterThan(155);
    expect(total).toBeLessThan(170);
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
  const layout = mapLayout(fc);
  it('fits every commune inside the frame', () => {
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
    const projection = geoMercator().fitExtent([[layout.frame.padding, layout.frame.padding], [layout.frame.width - layout.frame.padding, layout.frame.height - layout.frame.padding]], fc);
    for (const s of layout.shapes) {
      const f = fc.features.find((x) => x.properties.nis === s.nis)!;
      expect(geoContains(f, projection.invert!(s.anchor)!), s.nis).toBe(true);
      expect(labelPoint(f, projection), s.nis).toEqual(s.anchor);
    }
  });

  it('puts the City of Brussels north of Uccle (y grows downwards)', () => {
    const y = (nis: string) => layout.shapes.find((s) => s.nis === nis)!.anchor[1];
    expect(y('21004')).toBeLessThan(y('21016'));
  });

  it('draws only incidents with coordinates, non-exact ones as approximate', () => {
    const pts = incidentPoints(
      [
        { id: 'x', coordinates: { lat: 50.84, lon: 4.33 }, location_precision: 'street' },
        { id: 'y', coordinates: { lat: 50.85, lon: 4.35 }, location_precision: 'exact' },
        { id: 'z', location_precision: 'commune' },
      ],
      layout.project,
    );
    expect(pts.map((p) => [p.id, p.approximate])).toEqual([
      ['x', true],
      ['y', false],
    ]);
  });
});
