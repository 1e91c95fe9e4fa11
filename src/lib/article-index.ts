/**
 * What an article page shows besides its text: its published translations and
 * the merged records the article and its translations report. Indexed once per
 * corpus, so a build with N articles makes N lookups rather than N scans of
 * every article and every incident.
 */
import { groupBy, pushTo } from './group.ts';
import { memoOnInput } from './memo.ts';
import type { ArticleEntry, MergedIncident, MergedTally } from './merge.ts';

interface IndexedCorpus {
  articles: readonly ArticleEntry[];
  incidents: readonly MergedIncident[];
  tallies: readonly MergedTally[];
}

export interface ArticleView {
  article: ArticleEntry;
  /** The article and its translations (one per language), in corpus order. */
  translations: ArticleEntry[];
  /** Records reported by any of them, each once, in corpus order. */
  incidents: MergedIncident[];
  tallies: MergedTally[];
}

/** Each record under every file that reports it. */
function byFile<R extends { reportedIn: readonly { file: string }[] }>(records: readonly R[]): Map<string, R[]> {
  const map = new Map<string, R[]>();
  for (const r of records) for (const file of new Set(r.reportedIn.map((a) => a.file))) pushTo(map, file, r);
  return map;
}

/** The records of several files, each once, in the order of `order`. */
function union<R>(lists: readonly (readonly R[] | undefined)[], order: Map<R, number>): R[] {
  // Stryker disable next-line ConditionalExpression: a fast path; one list is already in corpus order and without repeats, so the general path returns the same
  if (lists.length === 1) return [...(lists[0] ?? [])];
  return [...new Set(lists.flatMap((l) => l ?? []))].sort((a, b) => order.get(a)! - order.get(b)!);
}

function buildIndex(corpus: IndexedCorpus): (slug: string) => ArticleView | undefined {
  const bySlug = new Map(corpus.articles.map((a) => [a.slug, a]));
  const byKey = groupBy(corpus.articles, (a) => a.data.translation_key);
  const incidentsOf = byFile(corpus.incidents);
  const talliesOf = byFile(corpus.tallies);
  const incidentOrder = new Map(corpus.incidents.map((r, i) => [r, i]));
  const tallyOrder = new Map(corpus.tallies.map((r, i) => [r, i]));
  return (slug) => {
    const article = bySlug.get(slug);
    if (!article) return undefined;
    const key = article.data.translation_key;
    const translations = key ? byKey.get(key)!.filter((a) => a === article || a.data.lang !== article.data.lang) : [article];
    return {
      article,
      translations,
      incidents: union(translations.map((a) => incidentsOf.get(a.file)), incidentOrder),
      tallies: union(translations.map((a) => talliesOf.get(a.file)), tallyOrder),
    };
  };
}

const indexOf = memoOnInput(buildIndex);

/** The view of one article, from an index built once per corpus object. */
export function articleView(corpus: IndexedCorpus, slug: string): ArticleView | undefined {
  return indexOf(corpus)(slug);
}
