/**
 * Free text in a record (a place, a note) written in one or more of the
 * publication's languages. A page shows its own language when the record has
 * it, and otherwise another language marked with its `lang`, so a French page
 * never passes English off as French.
 */
import type { Lang } from './reference.ts';

export type LocalText = Partial<Record<Lang, string>>;

/** Order in which a missing language is replaced: English, then French, then Dutch. */
const FALLBACK: readonly Lang[] = ['en', 'fr', 'nl'];

export interface ShownText {
  text: string;
  /** The language the text is written in; differs from the page's when it had to fall back. */
  lang: Lang;
}

export function textIn(value: LocalText, lang: Lang): ShownText {
  const own = value[lang];
  if (own !== undefined) return { text: own, lang };
  for (const l of FALLBACK) {
    const text = value[l];
    if (text !== undefined) return { text, lang: l };
  }
  throw new Error('a localised text has no language at all');
}

/** A plain string in an article is written in the article's language. */
export function asLocalText(value: string | LocalText, lang: Lang): LocalText {
  return typeof value === 'string' ? { [lang]: value } : value;
}

/**
 * Two copies of one record's text, possibly in different languages, combine;
 * the same language written two different ways is reported, not resolved.
 */
export function combineLocalText(a: LocalText, b: LocalText): { text: LocalText; conflicts: Lang[] } {
  const text: LocalText = { ...a };
  const conflicts: Lang[] = [];
  for (const l of FALLBACK) {
    const other = b[l];
    if (other === undefined) continue;
    const mine = text[l];
    if (mine === undefined) text[l] = other;
    else if (mine !== other) conflicts.push(l);
  }
  return { text, conflicts };
}

/** Every language's text, for matching and search (order fixed so output is stable). */
export function allTexts(value: LocalText): string[] {
  return FALLBACK.map((l) => value[l]).filter((s): s is string => s !== undefined);
}
