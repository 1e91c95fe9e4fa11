/** What readers may see: drafts and articles scheduled for later stay out of everything. */
import type { ArticleEntry } from './merge.ts';
import { todayInBrussels } from './partial-date.ts';

export function isPublished(entry: Pick<ArticleEntry, 'data'>, today: string = todayInBrussels()): boolean {
  return !entry.data.draft && entry.data.published <= today;
}

export function publishedArticles<T extends Pick<ArticleEntry, 'data'>>(entries: readonly T[], today?: string): T[] {
  return entries
    .filter((e) => isPublished(e, today))
    .sort((a, b) =>
      a.data.published === b.data.published
        ? 0
        : // Stryker disable next-line EqualityOperator: equal days never get here, so < and <= give the same order
          a.data.published < b.data.published
          ? 1
          : -1,
    );
}
