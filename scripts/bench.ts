/**
 * `npm run bench [-- 300 1000 2000] [--runs N] [--no-floor]`
 *
 * For each size, writes a synthetic corpus (10 incidents per article) into a
 * temp folder and measures, one step at a time under GNU time (wall, CPU, peak
 * RSS): the strict `astro build`, the Pagefind index (its three language runs
 * as one step), and the Astro floor (a minimal site with the same number of
 * trivial pages, built by this project's own Astro). With --runs N each step
 * runs N times, project and floor alternating, and the median is reported.
 * Every run is cold (no content or Vite cache). A benchmark, not a test: it
 * prints numbers and warnings for the README; nothing fails on a slow machine.
 * How to read the output: README.md, "Performance".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { filesUnder } from './lib/files.ts';
import { writeFloorSite } from './bench/floor-site.ts';
import { measure } from './bench/measure.ts';
import { buildTable, GROWTH_TOLERANCE, medianStep, msPerPage, PAGE_LIMIT_BYTES, ratio, searchTable, warnings, type SizeResult, type Step } from './bench/report.ts';
import { writeSyntheticCorpus } from './bench/synthetic-corpus.ts';

const argv = process.argv.slice(2);
const runsFlag = argv.indexOf('--runs');
const runs = runsFlag >= 0 ? Math.max(1, Number(argv[runsFlag + 1])) : 1;
const withFloor = !argv.includes('--no-floor');
const sizes = argv.filter((a, i) => /^\d+$/.test(a) && argv[i - 1] !== '--runs').map(Number);
const INCIDENTS = 10;
const bin = resolve('node_modules/.bin');
const env = (extra: Record<string, string> = {}) => ({ ...process.env, FORCE_COLOR: '0', PATH: `${bin}:${process.env['PATH']}`, ...extra });
const load = () => `load ${loadavg()[0]!.toFixed(1)}`;
const step = (name: string, s: Step, pages: number) =>
  console.log(
    `  ${name}: ${s.seconds.toFixed(1)} s, ${msPerPage(s.seconds, pages).toFixed(2)} ms/page, CPU ${s.cpuSeconds.toFixed(1)} s, peak RSS ${Math.round(s.peakRssMb)} MB (load ${s.load.toFixed(1)} at start)`,
  );

function htmlStats(out: string): Pick<SizeResult, 'pages' | 'largestPage' | 'pagesOverLimit'> {
  const html = filesUnder(out)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ path: `/${relative(out, f)}`, bytes: statSync(f).size }));
  const largest = html.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return { pages: html.length, largestPage: largest, pagesOverLimit: html.filter((h) => h.bytes > PAGE_LIMIT_BYTES).map((h) => h.path) };
}

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
console.log(`bench at ${commit}, ${new Date().toISOString().slice(0, 16)}Z, ${runs} run(s) per step, ${load()}`);

const results: SizeResult[] = [];
for (const n of sizes.length ? sizes : [300, 1000, 2000]) {
  const work = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  try {
    const content = join(work, 'articles');
    const out = join(work, 'dist');
    const cache = join(work, 'cache');
    writeSyntheticCorpus(content, n, INCIDENTS, '@components/Chart.astro');
    console.log(`${n} articles × ${INCIDENTS} incidents`);
    const builds: Step[] = [];
    const searches: Step[] = [];
    const floors: Step[] = [];
    let stats: ReturnType<typeof htmlStats> | undefined;
    const floorDir = join(work, 'floor');
    for (let run = 0; run < runs; run++) {
      // Cold runs; the old output goes outside the timer (Astro empties outDir file by file: a minute at 31,000 pages).
      rmSync(cache, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
      builds.push(measure('node', ['scripts/build-strict.ts', '--no-search', '--outDir', out], { env: env({ CONTENT_DIR: content, ASTRO_CACHE_DIR: cache }) }));
      stats ??= htmlStats(out);
      step('astro build', builds.at(-1)!, stats.pages);
      searches.push(measure('node', ['scripts/search-index.ts', out], { env: env() }));
      step('pagefind', searches.at(-1)!, stats.pages);
      if (withFloor) {
        if (run === 0) writeFloorSite(floorDir, stats.pages);
        for (const c of ['.astro-cache', '.vite-cache', '.astro', 'dist']) rmSync(join(floorDir, c), { recursive: true, force: true });
        floors.push(measure('astro', ['build'], { cwd: floorDir, env: env() }));
        step('Astro floor', floors.at(-1)!, stats.pages);
      }
    }
    const result: SizeResult = {
      articles: n,
      incidents: n * INCIDENTS,
      ...stats!,
      build: medianStep(builds),
      search: medianStep(searches),
      ...(withFloor ? { floor: medianStep(floors) } : {}),
    };
    if (result.floor) {
      console.log(`  ${stats!.pages} pages; build ${ratio(result.build.seconds, result.floor.seconds)} the floor (CPU ${ratio(result.build.cpuSeconds, result.floor.cpuSeconds)}); largest page ${result.largestPage.path}`);
    }
    results.push(result);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

console.log(`\n${buildTable(results)}\n\n${searchTable(results)}\n`);
const warned = warnings(results);
console.log(warned.length ? warned.join('\n') : `No warnings: ms/page within ${GROWTH_TOLERANCE * 100}% across sizes, no HTML page over 1 MB.`);
