/**
 * From every parsed article to the data the site shows: keep what is
 * published, check links and translations, merge the records and look for
 * incidents entered twice. The build, `npm run check` and the tests all call
 * this one function, so they cannot disagree on what is a problem.
 */
import { badArticleLinks, type LinkingEntry } from './article-links.ts';
import { duplicateMessage } from './duplicates.ts';
import { mergeArticles, MergeConflictError, type ArticleEntry, type MergeResult } from './merge.ts';
import { publishedArticles } from './publication.ts';
import { relativeTimeProblems } from './relative-time.ts';
import { translationConflicts } from './translations.ts';

export interface Corpus<T extends ArticleEntry> extends Omit<MergeResult, 'duplicates' | 'unknownRefs'> {
  articles: T[];
  /** Every problem found; the build and the checker stop on any. */
  problems: string[];
}

export function assembleCorpus<T extends ArticleEntry & LinkingEntry>(all: readonly T[], today?: string): Corpus<T> {
  const articles = publishedArticles(all, today);
  const live = new Set<T>(articles);
  // Stryker disable next-line MethodExpression: passing every entry names the same links, since badArticleLinks skips links to published slugs before it asks whether one is unpublished
  const problems = [...badArticleLinks(articles, all.filter((a) => !live.has(a))), ...translationConflicts(articles), ...relativeTimeProblems(articles)];
  let merged: MergeResult = { incidents: [], tallies: [], duplicates: [], unknownRefs: [] };
  try {
    merged = mergeArticles(articles);
  } catch (e) {
    // Stryker disable next-line ConditionalExpression: mergeArticles throws nothing else on schema-valid input; the rethrow only keeps a future bug loud
    if (!(e instanceof MergeConflictError)) throw e;
    problems.push(e.message);
  }
  problems.push(...merged.unknownRefs, ...merged.duplicates.map(duplicateMessage));
  return { articles, incidents: merged.incidents, tallies: merged.tallies, problems };
}
