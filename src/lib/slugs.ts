/** URL slugs for communes carry the NIS code, so a renamed commune keeps its address. */
import { foldText } from './commune-lookup.ts';
import { COMMUNES, type Commune } from './reference.ts';

/**
 * Lower-case ASCII words joined by hyphens: "Fusillade à Molenbeek" → "fusillade-a-molenbeek".
 * Not foldName: name matching reads "St" as "saint", a slug keeps what the editor wrote.
 */
export function slugify(title: string): string {
  // Stryker disable next-line Regex: foldText leaves single spaces, so the cut ends on one hyphen at most and /-$/ strips the same
  return foldText(title).replace(/ /g, '-').slice(0, 80).replace(/-+$/, '');
}

export function communeSlug(c: Pick<Commune, 'nis' | 'slug'>): string {
  return `${c.nis}-${c.slug}`;
}

export function communeSlugByNis(nis: string): string {
  const c = COMMUNES.find((x) => x.nis === nis);
  if (!c) throw new Error(`unknown commune NIS code ${nis}`);
  return communeSlug(c);
}
