/**
 * A title or lead written as current news ("57 shootings since January",
 * "this year", "earlier in the week") misleads whoever reads it a year later.
 * A published article's title and lead that use such words must name the
 * year; the build and `npm run check` stop on any that do not.
 */
import type { ArticleEntry } from './merge.ts';

const MONTHS = {
  en: 'january|february|march|april|may|june|july|august|september|october|november|december',
  fr: 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre',
  nl: 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december',
} as const;

const YEAR = /\b(19|20)\d{2}\b/;

/** "since January" is relative unless the year follows the month ("since January 2025"). */
const SINCE_MONTH = new RegExp(`\\b(?:since|depuis|sinds)\\s+(?:(?:le\\s+)?1(?:er)?\\s+)?(${MONTHS.en}|${MONTHS.fr}|${MONTHS.nl})\\b(?!\\s+(?:19|20)\\d{2})`, 'iu');

/** Words that only mean something on the day they were written. */
const RELATIVE = new RegExp(
  [
    // English
    '\\bthis (?:year|month|week|weekend|summer|spring|autumn|winter)\\b',
    '\\blast (?:year|month|week|weekend|night|summer|spring|autumn|winter)\\b',
    '\\bearlier (?:in )?(?:the|this) (?:week|month|year)\\b',
    '\\b(?:yesterday|today|tonight|tomorrow)\\b',
    '\\bso far\\b',
    // French
    '\\bcette (?:année|semaine)\\b',
    '\\bce (?:mois|week-end|printemps)\\b',
    '\\bcet (?:été|automne|hiver)\\b',
    "\\bl[’']an(?:née)? dernière?\\b",
    '\\b(?:la semaine|le mois) derni(?:er|ère)\\b',
    '\\bplus tôt (?:dans )?(?:la|cette) semaine\\b',
    "\\b(?:hier|aujourd[’']hui|demain)\\b",
    "\\bjusqu[’']ici\\b",
    // Dutch
    '\\b(?:dit|vorig) jaar\\b',
    '\\b(?:deze|vorige) (?:week|maand|zomer|winter|lente|herfst)\\b',
    '\\beerder deze week\\b',
    '\\b(?:gisteren|vandaag|morgen)\\b',
    '\\btot nu toe\\b',
  ]
    .join('|')
    // JavaScript's \b knows only ASCII letters: "cet été" would never end on one.
    .replaceAll('\\b', '(?:(?<![\\p{L}\\d])(?=[\\p{L}\\d])|(?<=[\\p{L}\\d])(?![\\p{L}\\d]))'),
  'iu',
);

/** The relative-time words of `text` that no year anchors; empty when the text is fine. */
export function unanchoredRelativeTime(text: string): string[] {
  const found: string[] = [];
  const since = SINCE_MONTH.exec(text);
  if (since) found.push(since[0]);
  const relative = RELATIVE.exec(text);
  if (relative && !YEAR.test(text)) found.push(relative[0]);
  return found;
}

/** One problem per published article whose title or lead reads as current news. */
export function relativeTimeProblems(articles: readonly ArticleEntry[]): string[] {
  return articles.flatMap((a) =>
    (['title', 'dek'] as const).flatMap((field) => {
      const words = unanchoredRelativeTime(a.data[field]);
      return words.length
        ? [`${a.file}: ${field} says "${words.join('", "')}" without the year; expected the year or date it refers to (a reader may come a year later)`]
        : [];
    }),
  );
}
