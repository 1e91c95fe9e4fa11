/**
 * Joins incident counts to the commune polygons, populations and areas, and
 * computes the choropleth for each measure: everything the commune map draws.
 */
import { byCommune } from '../aggregate.ts';
import { memoOnInput } from '../memo.ts';
import type { Incident } from '../schema.ts';
import { areaKm2, communeFeatures, populationOf } from './communes.ts';
import { choropleth, MEASURES, type ChoroplethScale, type CommuneInput, type CommuneMeasure } from './choropleth.ts';
import { fitProjection, mapLayout, MAP_FRAME, toleranceFor, type CommuneShape } from './map-layout.ts';

export interface MapModel {
  width: number;
  height: number;
  shapes: CommuneShape[];
  scales: Record<CommuneMeasure, ChoroplethScale<CommuneInput>>;
  /** Incidents with no commune: counted here so the map never silently drops them. */
  unplaced: number;
}

// Drawn at half a pixel's tolerance: the 6 m of the shipped geometry would only add bytes at this scale.
const tolerance = toleranceFor(fitProjection(communeFeatures(), MAP_FRAME));
const features = communeFeatures(tolerance);
const layout = mapLayout(features);
const areaByNis = new Map(communeFeatures().features.map((f) => [f.properties.nis, areaKm2(f.properties)]));

/** Computed once per incidents array: the same site-wide map is embedded in many pages. */
export const mapModel = memoOnInput((incidents: readonly Incident[]): MapModel => {
  const grouped = byCommune(incidents);
  const inputs = grouped.buckets.map((b) => {
    const area = areaByNis.get(b.key);
    // Stryker disable next-line ConditionalExpression,StringLiteral,CallExpression: all 19 communes of the reference table have a boundary (the map-model test draws each), so the guard never fires
    if (area === undefined) throw new Error(`commune ${b.key} has no boundary in data/geo`);
    return { nis: b.key, count: b.incidents, population: populationOf(b.key), areaKm2: area };
  });
  const scales = Object.fromEntries(MEASURES.map((m) => [m, choropleth(inputs, m)])) as MapModel['scales'];
  return { width: layout.frame.width, height: layout.frame.height, shapes: layout.shapes, scales, unplaced: grouped.unplaced };
});
