/**
 * Projects the geography to SVG paths for a given frame, and places labels
 * and incident marks. Pure and deterministic, so the golden tests can pin it.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { CommuneProps } from './communes.ts';
import { labelPoint } from './label-point.ts';
import type { Placement } from './placement.ts';

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

/** Round path coordinates to 0.1 px: finer precision only adds bytes. */
export function roundPath(d: string): string {
  return d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

export function fitProjection(focus: GeoPermissibleObjects, frame: MapFrame): GeoProjection {
  return geoMercator().fitExtent(
    [
      [frame.padding, frame.padding],
      [frame.width - frame.padding, frame.height - frame.padding],
    ],
    focus,
  );
}

/** Metres on the ground per pixel at the projection's centre. */
export function metresPerPixel(projection: GeoProjection): number {
  const [lon, lat] = projection.invert!([0, 0])!;
  const [lon1] = projection.invert!([100, 0])!;
  return (Math.abs(lon1 - lon) * 111_320 * Math.cos((lat * Math.PI) / 180)) / 100;
}

/** Simplification tolerance for a map: half a pixel, so nothing simplified away could be seen. */
export function toleranceFor(projection: GeoProjection): number {
  return Math.round(metresPerPixel(projection) / 2);
}

export function pathMaker(projection: GeoProjection): (o: GeoPermissibleObjects) => string {
  const path = geoPath(projection);
  return (o) => roundPath(path(o) ?? '');
}

/** Projected bounding box [x0, y0, x1, y1] of a geometry. */
export function pathBounds(projection: GeoProjection): (o: GeoPermissibleObjects) => [number, number, number, number] {
  const path = geoPath(projection);
  return (o) => {
    const [[x0, y0], [x1, y1]] = path.bounds(o);
    return [x0, y0, x1, y1];
  };
}

export function projector(projection: GeoProjection): (lon: number, lat: number) => [number, number] {
  return (lon, lat) => {
    const p = projection([lon, lat]);
    if (!p) throw new Error(`cannot project ${lon},${lat}`);
    return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
  };
}

export function mapLayout(fc: FeatureCollection<MultiPolygon, CommuneProps>, frame: MapFrame = MAP_FRAME) {
  const projection = fitProjection(fc, frame);
  const path = pathMaker(projection);
  const shapes: CommuneShape[] = fc.features.map((f) => ({ nis: f.properties.nis, d: path(f), anchor: labelPoint(f, projection) }));
  return { frame, shapes, project: projector(projection), projection };
}

export type MarkKind = 'exact' | 'approximate' | 'station';

export interface IncidentMark {
  x: number;
  y: number;
  kind: MarkKind;
  /** Incidents drawn at this very point (a station often has several). */
  ids: string[];
  station: string | null;
}

/**
 * One mark per point: incidents whose sources give coordinates (a dot when
 * exact, a dashed ring when the source is vaguer), and incidents placed at a
 * station from the station table (a ring around the station, sized by how
 * many). Incidents placed only to a quarter or a commune are not drawn.
 */
export function incidentMarks(
  incidents: readonly { id: string; placement: Placement; station?: string | undefined }[],
  project: (lon: number, lat: number) => [number, number],
): IncidentMark[] {
  const byPoint = new Map<string, IncidentMark>();
  for (const { id, placement, station } of incidents) {
    if (!placement.point) continue;
    const kind: MarkKind = placement.pointFrom === 'station-table' ? 'station' : placement.pointPrecision === 'exact' ? 'exact' : 'approximate';
    const [x, y] = project(placement.point.lon, placement.point.lat);
    const key = `${kind}|${x}|${y}`;
    const mark = byPoint.get(key);
    if (mark) mark.ids.push(id);
    else byPoint.set(key, { x, y, kind, ids: [id], station: kind === 'station' ? (station ?? null) : null });
  }
  return [...byPoint.values()].sort((a, b) => b.ids.length - a.ids.length || a.x - b.x || a.y - b.y);
}

/** Radius of a station ring: its area grows with the number of incidents drawn there. */
export function ringRadius(n: number, base = 5): number {
  return Math.round(base * Math.sqrt(n) * 10) / 10 + 2;
}

export interface LabelSpot {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export type Box = [number, number, number, number];

export const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Places labels beside areas (above, below, right, left of each area's box,
 * in that order of preference) so that no two labels overlap, no label leaves
 * the frame and, where possible, none covers another labelled area. Widths
 * are estimated from the text length: the map is drawn at build time, with
 * no font metrics.
 */
export function placeLabels(items: readonly { box: Box; text: string }[], frame: MapFrame, fontPx = 16): LabelSpot[] {
  // Stryker disable next-line ArrayDeclaration: a string in the list never overlaps a box (its characters compare as NaN), so it changes nothing
  const placed: Box[] = [];
  const width = (text: string) => text.length * fontPx * 0.58;
  const h = fontPx;
  return items.map(({ box, text }) => {
    const w = width(text);
    const [x0, y0, x1, y1] = box;
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    const candidates: (LabelSpot & { box: Box })[] = [
      { x: cx, y: y0 - 5, anchor: 'middle', box: [cx - w / 2, y0 - 5 - h, cx + w / 2, y0 - 5] },
      { x: cx, y: y1 + h + 2, anchor: 'middle', box: [cx - w / 2, y1 + 2, cx + w / 2, y1 + h + 2] },
      { x: x1 + 6, y: cy + h / 3, anchor: 'start', box: [x1 + 6, cy - (2 * h) / 3, x1 + 6 + w, cy + h / 3] },
      { x: x0 - 6, y: cy + h / 3, anchor: 'end', box: [x0 - 6 - w, cy - (2 * h) / 3, x0 - 6, cy + h / 3] },
    ];
    // Slide a label that would leave the frame back inside it.
    const clamp = (c: LabelSpot & { box: Box }): LabelSpot & { box: Box } => {
      const dx = Math.max(0, -c.box[0]) - Math.max(0, c.box[2] - frame.width);
      const dy = Math.max(0, -c.box[1]) - Math.max(0, c.box[3] - frame.height);
      return { ...c, x: c.x + dx, y: c.y + dy, box: [c.box[0] + dx, c.box[1] + dy, c.box[2] + dx, c.box[3] + dy] };
    };
    const inFrame = candidates.map(clamp);
    const free = (b: Box) => !placed.some((p) => overlaps(p, b)) && !items.some((o) => overlaps(o.box, b));
    const pick = inFrame.find((c) => free(c.box)) ?? inFrame.find((c) => !placed.some((p) => overlaps(p, c.box))) ?? inFrame[0]!;
    placed.push(pick.box);
    return { x: Math.round(pick.x * 10) / 10, y: Math.round(pick.y * 10) / 10, anchor: pick.anchor };
  });
}
