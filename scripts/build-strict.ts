/**
 * `astro build` that fails on any warning Astro logs (a publication never ships
 * a build whose warnings nobody read), then the Pagefind search index over the
 * built pages (scripts/search-index.ts). Content problems stop the build before this, as errors.
 * Usage: node scripts/build-strict.ts [--outDir dir] [--no-search]
 * (--no-search skips the index, so the benchmark can time the two steps apart).
 */
import { spawnSync } from 'node:child_process';
import { buildSearchIndex } from './search-index.ts';

const noSearch = process.argv.includes('--no-search');
const args = process.argv.slice(2).filter((a) => a !== '--no-search');
const outFlag = args.indexOf('--outDir');
const outDir = outFlag >= 0 ? args[outFlag + 1]! : 'dist';

// The bundler (Rolldown) and Astro's compiler are native code with their own allocator, mimalloc,
// which by default keeps freed pages a while before returning them to the system. Bundling the
// content store (a module of ~90 MB at 2,000 articles) frees hundreds of MB that then stayed
// resident for the whole build. Returning them at once lowers the build's peak memory
// (measured in README.md, "Performance"). A value set by the caller wins.
const ALLOCATOR = { MIMALLOC_PURGE_DELAY: '0' };

function run(cmd: string, cmdArgs: string[]): string {
  const result = spawnSync(cmd, cmdArgs, { encoding: 'utf8', env: { ...ALLOCATOR, ...process.env, FORCE_COLOR: '0' }, maxBuffer: 256 * 1024 * 1024 });
  const output = `${result.stdout}${result.stderr}`;
  process.stdout.write(output);
  if (result.status !== 0) process.exit(result.status ?? 1);
  return output;
}

const output = run('astro', ['build', ...args]);
// Problems in the content stop the build from the data layer itself (see src/lib/pipeline.ts).
// What is left to catch here is what Astro and Vite log at the warning level, which Astro's
// logger tags with its level: match that tag, never words that an article's name may contain.
const warnings = output.split('\n').filter((l) => /\[WARN\]/.test(l));
if (warnings.length) {
  console.error(`\nThe build printed ${warnings.length} warning(s):\n${warnings.join('\n')}`);
  process.exit(1);
}
if (!noSearch) buildSearchIndex(outDir);
