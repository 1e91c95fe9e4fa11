/** URL slugs for communes carry the NIS code, so a renamed commune keeps its address. */
import { COMMUNES, type Commune } from './reference.ts';

export function communeSlug(c: Pick<Commune, 'nis' | 'slug'>): string {
  return `${c.nis}-${c.slug}`;
}

export function communeSlugByNis(nis: string): string {
  const c = COMMUNES.find((x) => x.nis === nis);
  if (!c) throw new Error(`unknown commune NIS code ${nis}`);
  return communeSlug(c);
}
