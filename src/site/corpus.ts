/**
 * The bridge between Astro's content collection and the pure data layer:
 * load every article once per build and assemble the corpus; any problem
 * stops the build with the same messages `npm run check` prints.
 */
import { getCollection } from 'astro:content';
import type { ArticleEntry } from '../lib/merge.ts';
import { assembleCorpus, type Corpus as AssembledCorpus } from '../lib/pipeline.ts';

export type Corpus = Omit<AssembledCorpus<ArticleEntry & { body: string }>, 'problems'>;

let cached: Promise<Corpus> | undefined;

async function load(): Promise<Corpus> {
  const entries = await getCollection('articles');
  const all = entries.map((e) => ({ file: e.filePath ?? e.id, slug: e.id, data: e.data, body: e.body ?? '' }));
  const { problems, ...corpus } = assembleCorpus(all);
  if (problems.length) throw new Error(`The content has ${problems.length} problem(s):\n${problems.join('\n')}`);
  return corpus;
}

export function loadCorpus(): Promise<Corpus> {
  cached ??= load();
  return cached;
}
