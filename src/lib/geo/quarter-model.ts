/**
 * The quarters: where each incident is placed, the counts and rates per
 * quarter, and everything the maps of quarters draw (the region-wide
 * choropleth, and the zoomed maps of a hotspot, a quarter or an incident).
 */
import type { Feature, MultiPolygon } from 'geojson';
import { memoOnInput } from '../memo.ts';
import type { Incident } from '../schema.ts';
import { HOTSPOTS, LANGS, QUARTERS, STATIONS, type Hotspot, type Lang } from '../reference.ts';
import { choropleth, QUARTER_MEASURES, type ChoroplethInput, type ChoroplethScale } from './choropleth.ts';
import { geography, quarterAt, quartersFeature, quartersOutline } from './geometry.ts';
import { fitProjection, incidentMarks, MAP_FRAME, pathBounds, pathMaker, placeLabels, projector, toleranceFor, type IncidentMark, type LabelSpot, type MapFrame } from './map-layout.ts';
import { placeIncident, type Placement } from './placement.ts';

export interface Placed<I extends Incident = Incident> {
  incident: I;
  placement: Placement;
}

const placedMemo = memoOnInput((incidents: readonly Incident[]): Placed[] => incidents.map((incident) => ({ incident, placement: placeIncident(incident, quarterAt) })));

/** Every incident with its placement, computed once per incidents array. */
export function placedIncidents<I extends Incident>(incidents: readonly I[]): Placed<I>[] {
  return placedMemo(incidents) as Placed<I>[];
}

const placementIndex = memoOnInput((incidents: readonly Incident[]) => new Map(placedIncidents(incidents).map((p) => [p.incident.id, p.placement])));

export function placementOf(incidents: readonly Incident[], id: string): Placement {
  const found = placementIndex(incidents).get(id);
  if (!found) throw new Error(`no incident ${id}`);
  return found;
}

/** Incidents a hotspot holds: those its sources place in it, and those placed in one of its quarters. */
export function hotspotIncidents<I extends Incident>(incidents: readonly I[], hotspot: Hotspot): I[] {
  const quarters = new Set<number | null>(hotspot.quarters);
  return placedIncidents(incidents)
    .filter((p) => p.incident.hotspot === hotspot.slug || quarters.has(p.placement.quarter))
    .map((p) => p.incident);
}

export function quarterIncidents<I extends Incident>(incidents: readonly I[], code: number): I[] {
  return placedIncidents(incidents).filter((p) => p.placement.quarter === code).map((p) => p.incident);
}

export interface QuarterInput extends ChoroplethInput {
  code: number;
}

export type QuarterMeasure = (typeof QUARTER_MEASURES)[number];

export interface PlacementCounts {
  total: number;
  inQuarter: number;
  byRecord: number;
  byStation: number;
  byCoordinates: number;
  /** Placed to a commune only: counted on the commune map, not here. */
  communeOnly: number;
  /** Not placed in any commune or quarter. */
  none: number;
}

export function placementCounts(placed: readonly Placed[]): PlacementCounts {
  const from = (k: Placement['quarterFrom']) => placed.filter((p) => p.placement.quarterFrom === k).length;
  return {
    total: placed.length,
    inQuarter: placed.filter((p) => p.placement.quarter !== null).length,
    byRecord: from('record'),
    byStation: from('station'),
    byCoordinates: from('coordinates'),
    communeOnly: placed.filter((p) => p.placement.quarter === null && p.incident.commune !== null).length,
    none: placed.filter((p) => p.placement.quarter === null && p.incident.commune === null).length,
  };
}

export const quarterScales = memoOnInput((incidents: readonly Incident[]): Record<QuarterMeasure, ChoroplethScale<QuarterInput>> => {
  // Incidents placed in no quarter are counted under null, which no quarter reads.
  const counts = new Map<number | null, number>();
  for (const { placement } of placedIncidents(incidents)) counts.set(placement.quarter, (counts.get(placement.quarter) ?? 0) + 1);
  const inputs: QuarterInput[] = QUARTERS.map((q) => ({ code: q.code, count: counts.get(q.code) ?? 0, population: q.population, areaKm2: q.areaKm2, residential: q.kind === 'residential' }));
  return Object.fromEntries(QUARTER_MEASURES.map((m) => [m, choropleth(inputs, m)])) as Record<QuarterMeasure, ChoroplethScale<QuarterInput>>;
});

export interface QuarterShape {
  code: number;
  d: string;
}

export interface HotspotArea {
  hotspot: Hotspot;
  d: string;
  /** Where its name goes, per language (names differ in length). */
  label: Record<Lang, LabelSpot>;
}

export interface StationMark {
  id: string;
  x: number;
  y: number;
}

export interface QuarterMapModel {
  width: number;
  height: number;
  shapes: QuarterShape[];
  communeBorders: string;
  outline: string;
  hotspots: HotspotArea[];
  stations: StationMark[];
  marks: IncidentMark[];
  scales: Record<QuarterMeasure, ChoroplethScale<QuarterInput>>;
  counts: PlacementCounts;
}

/** Brussels is about as tall as it is wide: a square-ish frame draws it as large as the column allows. */
export const QUARTER_FRAME: MapFrame = { width: 560, height: 550, padding: 8 };
const regionProjection = fitProjection(geography().outline, QUARTER_FRAME);
const regionTolerance = toleranceFor(regionProjection);

/** The static part of the region-wide map, drawn once per build. */
const regionBase = (() => {
  const geo = geography(regionTolerance);
  const path = pathMaker(regionProjection);
  const project = projector(regionProjection);
  return {
    shapes: geo.quarters.features.map((f) => ({ code: f.properties.code, d: path(f) })),
    communeBorders: path(geo.communeBorders),
    outline: path(geo.outline),
    hotspots: (() => {
      const drawn = HOTSPOTS.filter((h) => h.quarters.length > 0);
      const bounds = pathBounds(regionProjection);
      const boxes = drawn.map((h) => bounds(quartersFeature(h.quarters)));
      // Placed for the larger type used on narrow screens, so neither size overlaps.
      const labels = Object.fromEntries(LANGS.map((l) => [l, placeLabels(drawn.map((h, i) => ({ box: boxes[i]!, text: h.name[l] })), QUARTER_FRAME, 19)])) as Record<Lang, LabelSpot[]>;
      return drawn.map((h, i) => ({
        hotspot: h,
        d: path(quartersOutline(h.quarters, regionTolerance)),
        label: Object.fromEntries(LANGS.map((l) => [l, labels[l][i]!])) as Record<Lang, LabelSpot>,
      }));
    })(),
    stations: STATIONS.map((s) => {
      const [x, y] = project(s.lon, s.lat);
      return { id: s.id, x, y };
    }),
    project,
  };
})();

export const quarterMapModel = memoOnInput((incidents: readonly Incident[]): QuarterMapModel => {
  const placed = placedIncidents(incidents);
  const { project, ...base } = regionBase;
  return {
    width: QUARTER_FRAME.width,
    height: QUARTER_FRAME.height,
    ...base,
    marks: incidentMarks(placed.map((p) => ({ id: p.incident.id, placement: p.placement, station: p.incident.station })), project),
    scales: quarterScales(incidents),
    counts: placementCounts(placed),
  };
});

/** A zoomed map: an area of the region with its quarters, the commune borders, stations and incident marks. */
export interface AreaMapModel {
  width: number;
  height: number;
  quarters: (QuarterShape & { highlight: boolean })[];
  communeBorders: string;
  outline: string;
  /** Outline of the highlighted quarters together (a hotspot district). */
  areaOutline: string | null;
  /** The commune the map is about, shaded and outlined heavier than the other borders. */
  communeOutline: string | null;
  stations: (StationMark & { name: { fr: string; nl: string } })[];
  marks: IncidentMark[];
}

export interface AreaView {
  /** What the map is fitted to. */
  focus: Feature<MultiPolygon> | { type: 'Feature'; properties: object; geometry: { type: 'Point'; coordinates: [number, number] } };
  /** Quarters to shade as the area of interest. */
  highlight: readonly number[];
  /** Draw the highlighted quarters' common outline (a hotspot's area). */
  outlineHighlight?: boolean;
  frame?: MapFrame;
  /** Around a single point, fit a square this many metres across instead. */
  spanM?: number;
  /** The commune the map is about (its border is drawn heavier). */
  commune?: string | null;
  /** Views with the same key share everything but the highlight and the marks (e.g. every incident page of one commune). */
  cacheKey?: string | undefined;
  /** Draw only the highlighted quarters, not every quarter in view: a locator needs no more, and weighs a third. */
  onlyHighlighted?: boolean;
}

function squareAround([lon, lat]: [number, number], spanM: number): Feature<MultiPolygon> {
  const dLat = spanM / 2 / 110_574;
  const dLon = spanM / 2 / (111_320 * Math.cos((lat * Math.PI) / 180));
  const [west, east, south, north] = [lon - dLon, lon + dLon, lat - dLat, lat + dLat];
  // Wound clockwise, as d3 expects of a small polygon.
  const ring: [number, number][] = [
    // Stryker disable next-line ArrayDeclaration: d3 fits the projection to the box of the ring's points (at its fitting scale the square is under a pixel, so its sides are not resampled) and never reads a ring's closing point; each side of the box is held by two corners, so emptying any one point leaves the same box
    [west, south], [west, north], [east, north], [east, south], [west, south],
  ];
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[ring]] } };
}

type AreaBase = Omit<AreaMapModel, 'marks' | 'quarters' | 'areaOutline'> & {
  /** Every quarter in view; null for a view that draws only its highlighted quarters. */
  quarters: QuarterShape[] | null;
  project: (lon: number, lat: number) => [number, number];
  path: (o: Parameters<ReturnType<typeof pathMaker>>[0]) => string;
  tolerance: number;
};

const areaBases = new Map<string, AreaBase>();

/** What a zoomed map draws whatever it highlights: cached per view, since every incident page of a commune shares one. */
function areaBase(view: AreaView): AreaBase {
  const frame = view.frame ?? MAP_FRAME;
  if (!view.cacheKey) return drawAreaBase(view, frame);
  // JSON writes an absent span or commune as null.
  const key = JSON.stringify([view.cacheKey, frame.width, frame.height, frame.padding, view.spanM, view.commune, view.onlyHighlighted ?? false]);
  const base = areaBases.get(key) ?? drawAreaBase(view, frame);
  areaBases.set(key, base);
  return base;
}

function drawAreaBase(view: AreaView, frame: MapFrame): AreaBase {
  const focus = view.focus.geometry.type === 'Point' ? squareAround(view.focus.geometry.coordinates, view.spanM ?? 1500) : (view.focus as Feature<MultiPolygon>);
  const projection = fitProjection(focus, frame).clipExtent([
    [-4, -4],
    [frame.width + 4, frame.height + 4],
  ]);
  const tolerance = toleranceFor(projection);
  const geo = geography(tolerance);
  const path = pathMaker(projection);
  const project = projector(projection);
  const inFrame = (x: number, y: number) => x >= 0 && x <= frame.width && y >= 0 && y <= frame.height;
  return {
    width: frame.width,
    height: frame.height,
    quarters: view.onlyHighlighted ? null : geo.quarters.features.map((f) => ({ code: f.properties.code, d: path(f) })).filter((q) => q.d !== ''),
    communeBorders: path(geo.communeBorders),
    outline: path(geo.outline),
    communeOutline: view.commune ? path(geo.communes.features.find((f) => f.properties.nis === view.commune)!) || null : null,
    stations: STATIONS.map((st) => {
      const [x, y] = project(st.lon, st.lat);
      return { id: st.id, x, y, name: st.name };
    }).filter((st) => inFrame(st.x, st.y)),
    project,
    path,
    tolerance,
  };
}

export function areaMapModel(placed: readonly Placed[], view: AreaView): AreaMapModel {
  const { project, path, tolerance, ...base } = areaBase(view);
  const highlight = new Set(view.highlight);
  const inFrame = (x: number, y: number) => x >= 0 && x <= base.width && y >= 0 && y <= base.height;
  const quarters = base.quarters
    ? base.quarters.map((q) => ({ ...q, highlight: highlight.has(q.code) }))
    : geography(tolerance).quarters.features.filter((f) => highlight.has(f.properties.code)).map((f) => ({ code: f.properties.code, d: path(f), highlight: true }));
  return {
    ...base,
    quarters,
    areaOutline: view.outlineHighlight && view.highlight.length ? path(quartersOutline(view.highlight, tolerance)) || null : null,
    marks: incidentMarks(placed.map((p) => ({ id: p.incident.id, placement: p.placement, station: p.incident.station })), project).filter((m) => inFrame(m.x, m.y)),
  };
}
