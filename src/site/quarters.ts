/** Where a quarter is shown: its own page when our log places an incident in it, else its row on its commune's page. */
import type { Incident } from '../lib/schema.ts';
import { quarterScales } from '../lib/geo/quarter-model.ts';
import { communeByNis, quarterByCode, type Lang } from '../lib/reference.ts';
import { communeSlug } from '../lib/slugs.ts';
import { communePath, quarterPath } from './paths.ts';

/** Codes of the quarters with at least one incident placed in them: they get a page. */
export function quartersWithPages(incidents: readonly Incident[]): Set<number> {
  return new Set(quarterScales(incidents).count.values.filter((v) => v.count > 0).map((v) => v.code));
}

/** The anchor of a quarter's row on a commune page. */
export function quarterRowId(code: number): string {
  return `quarter-${code}`;
}

export function quarterHref(lang: Lang, code: number, withPages: ReadonlySet<number>): string {
  const q = quarterByCode.get(code)!;
  if (withPages.has(code)) return quarterPath(lang, q.slug);
  return `${communePath(lang, communeSlug(communeByNis.get(q.communes[0]!.nis)!))}#${quarterRowId(code)}`;
}
