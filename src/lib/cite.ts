/** How a source is cited in print: outlet, author, headline, date, and where to read it. */
import { t } from '../i18n/strings.ts';
import { formatDate } from './format.ts';
import type { Lang } from './reference.ts';
import type { SourceRecord } from './schema.ts';

export interface Citation {
  outlet: string;
  author: string | null;
  /** The headline in the language it was published in (`lang` null when not recorded). */
  title: { text: string; lang: string | null } | null;
  /** Shown when the headline is not known. */
  titleMissing: string;
  date: string;
  url: string | null;
}

/** Headline quotation marks of each language (French ones with their no-break spaces). */
const QUOTES: Record<Lang, [string, string]> = { en: ['\u201c', '\u201d'], fr: ['\u00ab\u202f', '\u202f\u00bb'], nl: ['\u2018', '\u2019'] };

export function citeSource(s: SourceRecord, lang: Lang): Citation {
  return {
    outlet: s.outlet ?? t(lang, 'outletNotStated'),
    author: s.author,
    title: s.title ? { text: s.title, lang: s.language ?? null } : null,
    titleMissing: t(lang, 'titleNotStated'),
    date: s.date ? formatDate(s.date, lang) : t(lang, 'dateNotStated'),
    url: s.url,
  };
}

export function quoteMarks(lang: Lang): [string, string] {
  return QUOTES[lang];
}
