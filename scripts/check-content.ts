/**
 * `npm run check`: validate every article and the merged data without a build.
 * Prints file:line, the field and what is expected; exits 1 on any problem.
 */
import { loadContent } from './lib/load-content.ts';
import { mergeArticles, MergeConflictError } from '../src/lib/merge.ts';
import { publishedArticles } from '../src/lib/publication.ts';
import { badArticleLinks } from '../src/lib/article-links.ts';
import { translationConflicts } from '../src/lib/translations.ts';

const dir = process.argv[2] ?? 'content/articles';
const { entries, problems } = loadContent(dir);
for (const p of problems) console.error(`${p.file}:${p.line}  ${p.field}: ${p.message}`);

const published = publishedArticles(entries);
const linkProblems = [...badArticleLinks(published, entries.filter((e) => !published.includes(e))), ...translationConflicts(published)];
for (const p of linkProblems) console.error(p);

let failed = problems.length > 0 || linkProblems.length > 0;
try {
  const merged = mergeArticles(published);
  for (const w of merged.warnings) console.warn(`warning: ${w}`);
  if (!failed) {
    console.log(`${entries.length} articles, ${merged.incidents.length} incidents, ${merged.tallies.length} official tallies: all valid.`);
  }
} catch (e) {
  if (!(e instanceof MergeConflictError)) throw e;
  console.error(e.message);
  failed = true;
}
process.exit(failed ? 1 : 0);
