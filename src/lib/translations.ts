/** Articles that are translations of one another share a translation_key. */
import type { ArticleEntry } from './merge.ts';

/** The article itself and its published translations, one per language. */
export function translationsOf(article: ArticleEntry, all: readonly ArticleEntry[]): ArticleEntry[] {
  const key = article.data.translation_key;
  if (!key) return [article];
  return all.filter((a) => a === article || (a.data.translation_key === key && a.data.lang !== article.data.lang));
}

/** Two published articles in the same language with one key is an editing mistake: name both files. */
export function translationConflicts(all: readonly ArticleEntry[]): string[] {
  const seen = new Map<string, ArticleEntry>();
  const problems: string[] = [];
  for (const a of all) {
    const key = a.data.translation_key;
    if (!key) continue;
    const id = `${key}/${a.data.lang}`;
    const other = seen.get(id);
    if (other) problems.push(`${a.file}: translation_key '${key}' is already used by ${other.file} for language '${a.data.lang}'; expected one article per language per key`);
    else seen.set(id, a);
  }
  return problems;
}

/**
 * A translation may leave the records to its original, and any article may
 * refer to records kept in a log: the records an article shows are those
 * reported by any article of its translation group.
 */
export function recordsOfGroup<R extends { reportedIn: readonly { file: string }[] }>(group: readonly Pick<ArticleEntry, 'file'>[], records: readonly R[]): R[] {
  const files = new Set(group.map((a) => a.file));
  return records.filter((r) => r.reportedIn.some((a) => files.has(a.file)));
}
