/**
 * Projects the communes to SVG paths for a given frame, and places labels and
 * incident points. Pure and deterministic, so the golden test can pin it.
 */
import { geoMercator, geoPath } from 'd3';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CommuneProps } from './communes.ts';
import type { Incident } from '../schema.ts';
import { labelPoint } from './label-point.ts';

export interface MapFrame {
  width: number;
  height: number;
  padding: number;
}

export const MAP_FRAME: MapFrame = { width: 560, height: 500, padding: 8 };

export interface CommuneShape {
  nis: string;
  d: string;
  /** Label position: well inside the commune, away from its edges. */
  anchor: [number, number];
}

export interface IncidentPoint {
  id: string;
  x: number;
  y: number;
  approximate: boolean;
}

/** Round path coordinates to 0.1 px: finer precision only adds bytes. */
function roundPath(d: string): string {
  return d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

export function mapLayout(fc: FeatureCollection<Polygon | MultiPolygon, CommuneProps>, frame: MapFrame = MAP_FRAME) {
  const projection = geoMercator().fitExtent(
    [
      [frame.padding, frame.padding],
      [frame.width - frame.padding, frame.height - frame.padding],
    ],
    fc,
  );
  const path = geoPath(projection);
  const shapes: CommuneShape[] = fc.features.map((f) => ({ nis: f.properties.nis, d: roundPath(path(f) ?? ''), anchor: labelPoint(f, projection) }));
  const project = (lon: number, lat: number): [number, number] => {
    const p = projection([lon, lat]);
    if (!p) throw new Error(`cannot project ${lon},${lat}`);
    return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
  };
  return { frame, shapes, project };
}

/** Only incidents whose sources give coordinates are drawn; street-level or vaguer ones are marked approximate. */
export function incidentPoints(incidents: readonly Pick<Incident, 'id' | 'coordinates' | 'location_precision'>[], project: (lon: number, lat: number) => [number, number]): IncidentPoint[] {
  return incidents.flatMap((i) => {
    if (!i.coordinates) return [];
    const [x, y] = project(i.coordinates.lon, i.coordinates.lat);
    return [{ id: i.id, x, y, approximate: i.location_precision !== 'exact' }];
  });
}
