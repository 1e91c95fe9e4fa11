/** Reference tables shipped in data/, typed once for the whole data layer. */
import communesJson from '../../data/communes.json' with { type: 'json' };
import hotspotsJson from '../../data/hotspots.json' with { type: 'json' };
import sourcesJson from '../../data/sources.json' with { type: 'json' };

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

export interface Hotspot {
  slug: string;
  name: Names;
  communes: string[];
  namedBy: string[];
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
export const HOTSPOTS: readonly Hotspot[] = hotspotsJson.hotspots;
export const SOURCE_REPORTS: readonly SourceReport[] = sourcesJson.sources;

export const communeByNis = new Map(COMMUNES.map((c) => [c.nis, c]));
export const hotspotBySlug = new Map(HOTSPOTS.map((h) => [h.slug, h]));
export const sourceByKey = new Map(SOURCE_REPORTS.map((s) => [s.key, s]));

export function communeName(nis: string, lang: Lang): string {
  const c = communeByNis.get(nis);
  if (!c) throw new Error(`unknown commune NIS code ${nis}`);
  return c.name[lang];
}
