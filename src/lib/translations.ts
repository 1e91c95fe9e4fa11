/** Articles that are translations of one another share a translation_key (see article-index.ts). */
import type { ArticleEntry } from './merge.ts';

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
