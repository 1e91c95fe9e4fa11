/**
 * `astro build` that fails on any warning (a publication never ships a build
 * whose warnings nobody read: a data warning may mean a duplicated incident),
 * then the Pagefind search index over the built pages (scripts/search-index.ts).
 * Usage: node scripts/build-strict.ts [--outDir dir] [--no-search]
 * (--no-search skips the index, so the benchmark can time the two steps apart).
 */
import { spawnSync } from 'node:child_process';
import { buildSearchIndex } from './search-index.ts';

const noSearch = process.argv.includes('--no-search');
const args = process.argv.slice(2).filter((a) => a !== '--no-search');
const outFlag = args.indexOf('--outDir');
const outDir = outFlag >= 0 ? args[outFlag + 1]! : 'dist';

function run(cmd: string, cmdArgs: string[]): string {
  const result = spawnSync(cmd, cmdArgs, { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 256 * 1024 * 1024 });
  const output = `${result.stdout}${result.stderr}`;
  process.stdout.write(output);
  if (result.status !== 0) process.exit(result.status ?? 1);
  return output;
}

const output = run('astro', ['build', ...args]);
// npm's own notices about the machine's user config are not the build's.
const warnings = output.split('\n').filter((l) => /\[WARN\]|\bwarning\b/i.test(l) && !/^npm warn/i.test(l));
if (warnings.length) {
  console.error(`\nThe build printed ${warnings.length} warning(s):\n${warnings.join('\n')}`);
  process.exit(1);
}
if (!noSearch) buildSearchIndex(outDir);
