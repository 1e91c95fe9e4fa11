/**
 * The reference geography the site ships (data/geo/brussels.topo.json,
 * data/quarters.json, data/stations.json, data/populations.json), checked
 * against the verbatim upstream files and against itself, with helpers
 * written here rather than imported from the code that derived it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feature, merge, mesh } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { foldName } from '../../src/lib/commune-lookup.ts';
import { COMMUNES, HOTSPOTS, QUARTERS, quarterByCode, STATIONS, stationById } from '../../src/lib/reference.ts';
import { REGION_BOUNDS } from '../../src/lib/schema.ts';
import populationJson from '../../data/populations.json' with { type: 'json' };

const topology = JSON.parse(readFileSync('data/geo/brussels.topo.json', 'utf8')) as Topology<{ quarters: GeometryCollection; communes: GeometryCollection }>;
const quarters = (feature(topology, topology.objects.quarters) as FeatureCollection<MultiPolygon>).features;
const communes = (feature(topology, topology.objects.communes) as FeatureCollection<MultiPolygon>).features;
const sectors = JSON.parse(readFileSync('data/upstream/geo/brussels-statistical-sectors-2024.geojson', 'utf8')) as {
  features: { properties: { cd_sector: string; commune_nis: string; pop_2024: number; mdrc: number } }[];
};

/** Even-odd test on a plain lon/lat ring: at the scale of a city, planar is exact enough. */
function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y! !== yj > y! && x! < ((xj - xi) * (y! - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const inShape = (p: Position, mp: Position[][][]) => mp.some((poly) => inRing(p, poly[0]!) && !poly.slice(1).some((h) => inRing(p, h)));

/** Shoelace area of a ring in square degrees, scaled to m² at the region's latitude. */
function ringM2(ring: Position[]): number {
  let s = 0;
  for (let i = 1; i < ring.length; i++) s += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return Math.abs(s / 2) * 111_320 * Math.cos((50.84 * Math.PI) / 180) * 110_574;
}
const shapeM2 = (mp: Position[][][]) => mp.reduce((sum, poly) => sum + ringM2(poly[0]!) - poly.slice(1).reduce((h, r) => h + ringM2(r), 0), 0);

function distanceToShapeM([x, y]: Position, mp: Position[][][]): number {
  const kx = 111_320 * Math.cos((50.84 * Math.PI) / 180);
  const ky = 110_574;
  let best = Infinity;
  for (const ring of mp.flat()) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = [(ring[i - 1]![0]! - x!) * kx, (ring[i - 1]![1]! - y!) * ky];
      const [bx, by] = [(ring[i]![0]! - x!) * kx, (ring[i]![1]! - y!) * ky];
      const [dx, dy] = [bx - ax, by - ay];
      const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

const region = merge(topology, topology.objects.quarters.geometries as never);

describe('quarters', () => {
  it('are the 145 quarters of the reference table, with unique codes and slugs', () => {
    expect(quarters).toHaveLength(145);
    expect(QUARTERS).toHaveLength(145);
    expect(quarters.map((q) => Number(q.id)).sort((a, b) => a - b)).toEqual(QUARTERS.map((q) => q.code).sort((a, b) => a - b));
    expect(new Set(QUARTERS.map((q) => q.slug)).size).toBe(145);
  });

  it('each has a population equal to the sum of its Statbel sectors, and the communes too', () => {
    const byQuarter = new Map<number, number>();
    const byCommune = new Map<string, number>();
    for (const s of sectors.features) {
      byQuarter.set(s.properties.mdrc, (byQuarter.get(s.properties.mdrc) ?? 0) + s.properties.pop_2024);
      byCommune.set(s.properties.commune_nis, (byCommune.get(s.properties.commune_nis) ?? 0) + s.properties.pop_2024);
    }
    expect(sectors.features).toHaveLength(724);
    for (const q of QUARTERS) expect(q.population, `quarter ${q.code}`).toBe(byQuarter.get(q.code) ?? 0);
    for (const c of COMMUNES) expect(populationJson.populations[c.nis as keyof typeof populationJson.populations], c.nis).toBe(byCommune.get(c.nis));
    expect(QUARTERS.reduce((n, q) => n + q.population, 0)).toBe(1_246_136);
    expect(populationJson.regionTotal).toBe(1_246_136);
  });

  it('tile the region: merged, they make one polygon with no hole, bounded by the arcs the communes have on their outside', () => {
    expect(region.coordinates).toHaveLength(1);
    expect(region.coordinates[0]).toHaveLength(1);
    const outerOfQuarters = mesh(topology, topology.objects.quarters, (a, b) => a === b);
    const outerOfCommunes = mesh(topology, topology.objects.communes, (a, b) => a === b);
    const key = (m: { coordinates: Position[][] }) => m.coordinates.map((l) => l.map((p) => p.join(',')).join(' ')).sort().join('|');
    expect(key(outerOfQuarters)).toBe(key(outerOfCommunes));
  });

  it('tile the region: do not overlap, and every point of the region lies in exactly one quarter', () => {
    const total = quarters.reduce((s, q) => s + shapeM2(q.geometry.coordinates), 0);
    const regionM2 = shapeM2(region.coordinates);
    expect(Math.abs(total - regionM2) / regionM2).toBeLessThan(1e-6);
    expect(total / 1e6).toBeGreaterThan(160);
    expect(total / 1e6).toBeLessThan(165);
    const outline = region.coordinates[0]![0]!;
    let inside = 0;
    for (let i = 0; i < 90; i++) {
      for (let j = 0; j < 60; j++) {
        // Offsets keep sample points off the round-number coordinates borders might pass through.
        const p = [REGION_BOUNDS.west + ((i + 0.37) / 90) * (REGION_BOUNDS.east - REGION_BOUNDS.west), REGION_BOUNDS.south + ((j + 0.61) / 60) * (REGION_BOUNDS.north - REGION_BOUNDS.south)];
        const holders = quarters.filter((q) => inShape(p, q.geometry.coordinates)).length;
        const expected = inRing(p, outline) ? 1 : 0;
        inside += expected;
        expect(holders, `point ${p.join(',')}`).toBe(expected);
      }
    }
    expect(inside).toBeGreaterThan(2000);
  });

  it('have communes that really hold part of them, largest first, and shares adding up to one', () => {
    for (const q of QUARTERS) {
      expect(q.communes.length, String(q.code)).toBeGreaterThan(0);
      const shares = q.communes.map((c) => c.share);
      expect([...shares].sort((a, b) => b - a)).toEqual(shares);
      expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 1), String(q.code)).toBeLessThan(0.003);
    }
    expect(QUARTERS.filter((q) => q.communes.length > 1)).toHaveLength(50);
  });

  it('display French names with only case and accents changed from UrbIS, and the Dutch names of the wijkmonitoring', () => {
    const names = JSON.parse(readFileSync('data/upstream/geo/brussels-quarters-names-nl.json', 'utf8')) as { names_nl: Record<string, string> };
    for (const q of QUARTERS) {
      expect(foldName(q.name.fr), String(q.code)).toBe(foldName(q.urbis.fr));
      expect(q.name.nl).toBe(names.names_nl[String(q.code)]);
    }
    expect(quarterByCode.get(13)!.name.fr).toBe('Cureghem Rosée');
    expect(quarterByCode.get(39)!.name.fr).toBe("Étangs d'Ixelles");
    expect(quarterByCode.get(906)!.name.fr).toBe('Forêt de Soignes');
    expect(quarterByCode.get(93)!.name.fr).toBe('Boulevard de la Woluwe');
  });
});

describe('communes', () => {
  it('are made of the quarters’ arcs: a commune border is a quarter border, except where it cuts through a quarter that straddles it', () => {
    const arcsOf = (o: GeometryCollection) => new Set((o.geometries as unknown as { arcs: number[][][] }[]).flatMap((g) => g.arcs.flat(2).map((a) => (a < 0 ? ~a : a))));
    const ofQuarters = arcsOf(topology.objects.quarters);
    const cuts = [...arcsOf(topology.objects.communes)].filter((a) => !ofQuarters.has(a));
    const straddling = quarters.filter((q) => quarterByCode.get(Number(q.id))!.communes.length > 1);
    expect(cuts.length).toBeGreaterThan(0);
    for (const a of cuts) {
      const line = (feature(topology, { type: 'LineString', arcs: [a] } as never) as unknown as { geometry: { coordinates: Position[] } }).geometry.coordinates;
      const [p0, p1] = [line[Math.floor((line.length - 1) / 2)]!, line[Math.floor((line.length - 1) / 2) + 1]!];
      const mid = [(p0[0]! + p1[0]!) / 2, (p0[1]! + p1[1]!) / 2];
      // Within the 6 m of simplification (and the 0.2 m of snapping), the cut lies in a quarter that straddles communes.
      const nearest = Math.min(...straddling.map((q) => (inShape(mid, q.geometry.coordinates) ? 0 : distanceToShapeM(mid, q.geometry.coordinates))));
      expect(nearest, `arc ${a}`).toBeLessThan(10);
    }
  });

  it('are drawn within 1% of the full-resolution UrbIS area (Koekelberg now 1.19 km²)', () => {
    for (const c of communes) {
      const full = (c.properties as { area_m2: number }).area_m2;
      expect(Math.abs(shapeM2(c.geometry.coordinates) - full) / full, String(c.id)).toBeLessThan(0.01);
    }
    const koekelberg = communes.find((c) => c.id === '21011')!;
    expect(((koekelberg.properties as { area_m2: number }).area_m2 / 1e6).toFixed(2)).toBe('1.19');
  });
});

describe('metro and premetro stations', () => {
  it('are 70, each inside the region and in exactly one quarter: the one the station table gives', () => {
    expect(STATIONS).toHaveLength(70);
    const outline = region.coordinates[0]![0]!;
    for (const s of STATIONS) {
      const p = [s.lon, s.lat];
      expect(inRing(p, outline), s.id).toBe(true);
      const holders = quarters.filter((q) => inShape(p, q.geometry.coordinates)).map((q) => Number(q.id));
      expect(holders, s.id).toEqual([s.quarter]);
      const commune = communes.filter((c) => inShape(p, c.geometry.coordinates)).map((c) => String(c.id));
      expect(commune, s.id).toEqual([s.commune]);
    }
  });

  it('lie in a quarter that covers their commune', () => {
    for (const s of STATIONS) expect(quarterByCode.get(s.quarter)!.communes.map((c) => c.nis), s.id).toContain(s.commune);
  });
});

describe('hotspot districts', () => {
  it.each(HOTSPOTS.map((h) => [h.slug, h] as const))('%s is drawn as the quarters established for it, or says why not', (_slug, h) => {
    if (h.quarters.length === 0) {
      expect(h.unestablished).toBeTruthy();
      expect(h.established).toEqual([]);
      return;
    }
    expect([...new Set(h.established.map((b) => b.quarter))].sort()).toEqual([...h.quarters].sort());
    for (const b of h.established) {
      if (b.by === 'station') expect(stationById.get(b.station)!.quarter).toBe(b.quarter);
      else {
        const q = quarterByCode.get(b.quarter)!;
        const words = foldName(b.name).split(' ');
        const holds = (name: string) => words.every((w) => foldName(name).split(' ').includes(w));
        expect(holds(q.name.fr) || holds(q.name.nl), `${q.name.fr} bears ${b.name}`).toBe(true);
      }
    }
    const covered = new Set(h.quarters.flatMap((c) => quarterByCode.get(c)!.communes.map((x) => x.nis)));
    for (const nis of h.communes) expect(covered.has(nis), `${h.slug} in ${nis}`).toBe(true);
  });
});
