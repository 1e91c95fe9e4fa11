/**
 * The bridge between Astro's content collection and the pure data layer:
 * load every article once per build, keep the published ones, merge.
 */
import { getCollection } from 'astro:content';
import { mergeArticles, type ArticleEntry, type MergeResult } from '../lib/merge.ts';
import { publishedArticles } from '../lib/publication.ts';
import { badArticleLinks } from '../lib/article-links.ts';
import { translationConflicts } from '../lib/translations.ts';

export interface Corpus extends MergeResult {
  articles: ArticleEntry[];
}

let cached: Promise<Corpus> | undefined;

async function load(): Promise<Corpus> {
  const entries = await getCollection('articles');
  const all = entries.map((e) => ({ file: e.filePath ?? e.id, slug: e.id, data: e.data, body: e.body ?? '' }));
  const articles = publishedArticles(all);
  const linkProblems = [...badArticleLinks(articles, all.filter((a) => !articles.includes(a))), ...translationConflicts(articles)];
  if (linkProblems.length) throw new Error(linkProblems.join('\n'));
  const merged = mergeArticles(articles);
  for (const w of merged.warnings) console.warn(`[data] ${w}`);
  return { articles, ...merged };
}

export function loadCorpus(): Promise<Corpus> {
  cached ??= load();
  return cached;
}
