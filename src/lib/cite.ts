/** How a source is cited in print: outlet, headline, date, and where to read it. */
import { t } from '../i18n/strings.ts';
import { formatDate } from './format.ts';
import type { Lang } from './reference.ts';
import type { SourceRecord } from './schema.ts';

export interface Citation {
  text: string;
  url: string | null;
}

export function citeSource(s: SourceRecord, lang: Lang): Citation {
  const parts = [
    s.outlet ?? t(lang, 'outletNotStated'),
    s.title ? `\u201c${s.title}\u201d` : t(lang, 'titleNotStated'),
    s.date ? formatDate(s.date, lang) : t(lang, 'dateNotStated'),
  ];
  if (s.author) parts.splice(1, 0, s.author);
  if (s.file) parts.push(t(lang, 'sourceReport', { file: s.file }));
  return { text: parts.join(', '), url: s.url };
}
