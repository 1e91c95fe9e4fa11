/**
 * What the commune map draws: the 19 commune shapes in the map's frame, and for each measure the
 * count, population and area behind each commune's shade. Populations (data/populations.json,
 * 1 January 2024) and areas (area_m2 in data/geo/brussels.topo.json) are copied here by hand.
 */
import { describe, expect, it } from 'vitest';
import { mapModel } from '../../src/lib/geo/map-model.ts';
import { incident } from './helpers.ts';

// A new array in each test: mapModel keeps one model per incidents array.
const incidents = () => [
  incident({ id: 'a1', commune: 'Anderlecht' }),
  incident({ id: 'a2', commune: 'Anderlecht' }),
  incident({ id: 'a3', commune: 'Anderlecht' }),
  incident({ id: 'i1', commune: 'Ixelles' }),
  incident({ id: 'nowhere', commune: null, location_precision: 'region' }),
];

describe('the commune map model', () => {
  it('draws the 19 communes in NIS order in a 560 × 500 frame', () => {
    const m = mapModel(incidents());
    expect([m.width, m.height]).toEqual([560, 500]);
    expect(m.shapes.map((s) => s.nis)).toEqual(Array.from({ length: 19 }, (_, i) => String(21001 + i)));
    expect(m.shapes.every((s) => s.d.startsWith('M'))).toBe(true);
  });

  it('counts the incidents with no commune instead of dropping them', () => {
    expect(mapModel(incidents()).unplaced).toBe(1);
    expect(mapModel([]).unplaced).toBe(0);
  });

  it('gives every commune its count, population and area, zeros included', () => {
    const { count } = mapModel(incidents()).scales;
    expect(count.measure).toBe('count');
    expect(count.values).toHaveLength(19);
    const anderlecht = count.values.find((v) => v.nis === '21001');
    expect(anderlecht).toMatchObject({ nis: '21001', count: 3, population: 126196, areaKm2: 17.913944, value: 3 });
    expect(count.values.find((v) => v.nis === '21009')).toMatchObject({ count: 1, population: 89068, areaKm2: 6.407288 });
    expect(count.values.find((v) => v.nis === '21004')).toMatchObject({ count: 0, population: 195703, areaKm2: 33.088295, value: 0, classIndex: 0 });
  });

  it('computes the rate per 100,000 residents and the density per km² from those', () => {
    const { scales } = mapModel(incidents());
    expect(Object.keys(scales)).toEqual(['count', 'per100k', 'perKm2']);
    const of = (measure: 'per100k' | 'perKm2', nis: string) => scales[measure].values.find((v) => v.nis === nis)!;
    // 3 / 126,196 × 100,000 and 3 / 17.913944 km².
    expect(of('per100k', '21001').value).toBeCloseTo(2.37725, 4);
    expect(of('perKm2', '21001').value).toBeCloseTo(0.167467, 5);
    // One incident is too few to compare as a rate: not shaded.
    expect(of('per100k', '21009')).toMatchObject({ reliable: false, unreliable: 'few', classIndex: null });
    expect(of('perKm2', '21009').value).toBeCloseTo(0.156072, 5);
  });
});
