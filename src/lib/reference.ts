/** Reference tables shipped in data/, typed once for the whole data layer. */
import communesJson from '../../data/communes.json' with { type: 'json' };
import hotspotsJson from '../../data/hotspots.json' with { type: 'json' };
import quartersJson from '../../data/quarters.json' with { type: 'json' };
import sourcesJson from '../../data/sources.json' with { type: 'json' };
import stationsJson from '../../data/stations.json' with { type: 'json' };

import { LANGS, type Lang } from '../i18n/langs.ts';

export { LANGS, type Lang };
export type Names = Record<Lang, string>;

export interface Commune {
  nis: string;
  slug: string;
  name: Names;
  aliases: string[];
  policeZone: { id: string; name: Names };
}

/** How a hotspot's quarter was chosen: the station it is named after lies there, or the quarter bears its name. */
export type HotspotBasis = { quarter: number; by: 'station'; station: string } | { quarter: number; by: 'name'; name: string };

export interface Hotspot {
  slug: string;
  name: Names;
  communes: string[];
  namedBy: string[];
  /** The quarters the district is drawn as; empty when none could be established. */
  quarters: number[];
  established: HotspotBasis[];
  unestablished?: string;
}

export const QUARTER_KINDS = ['residential', 'cemetery', 'industrial/rail', 'park/forest'] as const;
export type QuarterKind = (typeof QUARTER_KINDS)[number];

/** One of the 145 quarters of the Monitoring des Quartiers (data/quarters.json, derived by scripts/derive-geo.ts). */
export interface Quarter {
  code: number;
  slug: string;
  /** Display names: Dutch as the regional wijkmonitoring spells it, French with case and accents restored. */
  name: { fr: string; nl: string };
  urbis: { fr: string; nl: string };
  kind: QuarterKind;
  /** The communes it lies in, largest share of its area first. */
  communes: { nis: string; share: number }[];
  /** Residents on 1 January 2024 (Statbel, sum of its statistical sectors). */
  population: number;
  areaKm2: number;
}

/** A metro or premetro station (data/stations.json, from STIB-MIVB open data). */
export interface Station {
  id: string;
  name: { fr: string; nl: string };
  stib: string;
  modes: string[];
  metroLines: string[];
  lon: number;
  lat: number;
  /** The quarter and commune the station lies in, at full resolution. */
  quarter: number;
  commune: string;
}

export interface SourceReport {
  key: string;
  outlet: string | null;
  title: string | null;
  date: string | null;
  author: string | null;
  url: string | null;
  file: string | null;
  /** Language the report is written in, so its headline is marked up right. */
  language: string | null;
  note: string | null;
}

export const COMMUNES: readonly Commune[] = communesJson.communes;
export const HOTSPOTS: readonly Hotspot[] = hotspotsJson.hotspots as Hotspot[];
export const QUARTERS: readonly Quarter[] = quartersJson.quarters as Quarter[];
export const QUARTER_POPULATION_DATE: string = quartersJson.populationDate;
export const STATIONS: readonly Station[] = stationsJson.stations;
export const STATION_ATTRIBUTION: string = stationsJson.attribution;
export const SOURCE_REPORTS: readonly SourceReport[] = sourcesJson.sources;

export const communeByNis = new Map(COMMUNES.map((c) => [c.nis, c]));
export const hotspotBySlug = new Map(HOTSPOTS.map((h) => [h.slug, h]));
export const quarterByCode = new Map(QUARTERS.map((q) => [q.code, q]));
export const stationById = new Map(STATIONS.map((s) => [s.id, s]));
export const sourceByKey = new Map(SOURCE_REPORTS.map((s) => [s.key, s]));

export function communeName(nis: string, lang: Lang): string {
  const c = communeByNis.get(nis);
  if (!c) throw new Error(`unknown commune NIS code ${nis}`);
  return c.name[lang];
}

/** Brussels names places in French and Dutch; English pages use the French form, as for the communes. */
export function quarterName(code: number, lang: Lang): string {
  const q = quarterByCode.get(code);
  if (!q) throw new Error(`unknown quarter code ${code}`);
  return lang === 'nl' ? q.name.nl : q.name.fr;
}

export function stationName(id: string, lang: Lang): string {
  const s = stationById.get(id);
  if (!s) throw new Error(`unknown station id ${id}`);
  return lang === 'nl' ? s.name.nl : s.name.fr;
}

/** The language a quarter or station name is written in on a page of `lang`. */
export function placeNameLang(lang: Lang): 'fr' | 'nl' {
  return lang === 'nl' ? 'nl' : 'fr';
}

/** True when the quarter covers part of the commune. */
export function quarterInCommune(code: number, nis: string): boolean {
  return quarterByCode.get(code)?.communes.some((c) => c.nis === nis) ?? false;
}
