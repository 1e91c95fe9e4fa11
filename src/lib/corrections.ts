/** The site-wide corrections log, fed from each published article's frontmatter. */
import type { ArticleEntry } from './merge.ts';

export interface LoggedCorrection {
  date: string;
  text: string;
  article: { slug: string; lang: ArticleEntry['data']['lang']; title: string };
}

/** Newest first; same-day corrections keep article order so the log is stable between builds. */
export function correctionsLog(articles: readonly ArticleEntry[]): LoggedCorrection[] {
  return articles
    .flatMap((a) => a.data.corrections.map((c) => ({ date: c.date, text: c.text, article: { slug: a.slug, lang: a.data.lang, title: a.data.title } })))
    .sort((x, y) => y.date.localeCompare(x.date) || x.article.slug.localeCompare(y.article.slug));
}
