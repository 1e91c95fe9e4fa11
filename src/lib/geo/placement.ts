/**
 * Where the site may place an incident, and on what authority. Nothing is
 * placed by hand: a point comes from a source's coordinates or from the
 * station table, and a quarter from the record (a report names it), from the
 * station, or from the source's coordinates. Every placement says which.
 */
import type { Incident, LocationPrecision } from '../schema.ts';
import { stationById } from '../reference.ts';

export type PointSource = 'source' | 'station-table';
export type QuarterSource = 'record' | 'station' | 'coordinates';

export interface Placement {
  quarter: number | null;
  quarterFrom: QuarterSource | null;
  point: { lon: number; lat: number } | null;
  pointFrom: PointSource | null;
  /** How precise the drawn point is: a station point is the station, not the spot. */
  pointPrecision: LocationPrecision | null;
}

type Placeable = Pick<Incident, 'coordinates' | 'station' | 'quarter' | 'location_precision'>;

/** `quarterAt` finds the quarter holding a point (the site passes the shipped geometry's). */
export function placeIncident(inc: Placeable, quarterAt: (lon: number, lat: number) => number | null): Placement {
  // Stryker disable next-line ConditionalExpression: the station table has no undefined key, so looking undefined up gives undefined too
  const station = inc.station !== undefined ? stationById.get(inc.station) : undefined;
  const point = inc.coordinates
    ? { point: { lon: inc.coordinates.lon, lat: inc.coordinates.lat }, pointFrom: 'source' as const, pointPrecision: inc.location_precision }
    : station
      ? { point: { lon: station.lon, lat: station.lat }, pointFrom: 'station-table' as const, pointPrecision: 'station' as const }
      : { point: null, pointFrom: null, pointPrecision: null };
  if (inc.quarter !== undefined) return { quarter: inc.quarter, quarterFrom: 'record', ...point };
  if (inc.coordinates) {
    const q = quarterAt(inc.coordinates.lon, inc.coordinates.lat);
    if (q !== null) return { quarter: q, quarterFrom: 'coordinates', ...point };
  }
  if (station) return { quarter: station.quarter, quarterFrom: 'station', ...point };
  return { quarter: null, quarterFrom: null, ...point };
}
