/**
 * `npm run check`: validate every article and the assembled data without a
 * build. Prints file:line, the field and what is expected, then every problem
 * the build itself would stop on; exits 1 on any.
 */
import { loadContent } from './lib/load-content.ts';
import { assembleCorpus } from '../src/lib/pipeline.ts';

const dir = process.argv[2] ?? 'content/articles';
const { entries, problems } = loadContent(dir);
for (const p of problems) console.error(`${p.file}:${p.line}  ${p.field}: ${p.message}`);

const corpus = assembleCorpus(entries);
for (const p of corpus.problems) console.error(p);

const failed = problems.length > 0 || corpus.problems.length > 0;
if (!failed) {
  console.log(`${entries.length} articles, ${corpus.incidents.length} incidents, ${corpus.tallies.length} official tallies: all valid.`);
}
process.exit(failed ? 1 : 0);
