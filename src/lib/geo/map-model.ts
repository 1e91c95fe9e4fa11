/**
 * Joins incident counts to the commune polygons, populations and areas, and
 * computes the choropleth for each measure: everything the map draws.
 */
import { byCommune } from '../aggregate.ts';
import { memoOnInput } from '../memo.ts';
import type { Incident } from '../schema.ts';
import { HOTSPOTS, type Hotspot } from '../reference.ts';
import { areaKm2, communeFeatures, populationOf } from './communes.ts';
import { choropleth, MEASURES, type ChoroplethScale, type Measure } from './choropleth.ts';
import { incidentPoints, mapLayout, type CommuneShape, type IncidentPoint } from './map-layout.ts';

export interface HotspotMark {
  number: number;
  hotspot: Hotspot;
}

export interface MapModel {
  width: number;
  height: number;
  shapes: (CommuneShape & { hotspots: HotspotMark[] })[];
  scales: Record<Measure, ChoroplethScale>;
  points: IncidentPoint[];
  /** Incidents with no commune: counted here so the map never silently drops them. */
  unplaced: number;
  hotspots: HotspotMark[];
}

const features = communeFeatures();
const layout = mapLayout(features);

/** Computed once per incidents array: the same site-wide map is embedded in many pages. */
export const mapModel = memoOnInput((incidents: readonly Incident[]): MapModel => {
  const grouped = byCommune(incidents);
  const areaByNis = new Map(features.features.map((f) => [f.properties.nis, areaKm2(f.properties)]));
  const inputs = grouped.buckets.map((b) => {
    const area = areaByNis.get(b.key);
    if (area === undefined) throw new Error(`commune ${b.key} has no boundary in data/geo`);
    return { nis: b.key, count: b.incidents, population: populationOf(b.key), areaKm2: area };
  });
  const scales = Object.fromEntries(MEASURES.map((m) => [m, choropleth(inputs, m)])) as Record<Measure, ChoroplethScale>;
  const hotspots = HOTSPOTS.map((hotspot, i) => ({ number: i + 1, hotspot }));
  return {
    width: layout.frame.width,
    height: layout.frame.height,
    shapes: layout.shapes.map((s) => ({ ...s, hotspots: hotspots.filter((h) => h.hotspot.communes.includes(s.nis)) })),
    scales,
    points: incidentPoints(incidents, layout.project),
    unplaced: grouped.unplaced,
    hotspots,
  };
});
