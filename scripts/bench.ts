/**
 * `npm run bench [-- 1000 5000]`: builds synthetic corpora (10 incidents per
 * article) in a temp folder and reports build time, peak memory and output
 * sizes. A benchmark, not a test: it prints numbers for the README.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { filesUnder } from './lib/files.ts';
import { writeSyntheticCorpus } from './bench/synthetic-corpus.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const INCIDENTS = 10;
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

for (const n of sizes.length ? sizes : [1000, 5000]) {
  const work = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  try {
    const content = join(work, 'articles');
    const out = join(work, 'dist');
    writeSyntheticCorpus(content, n, INCIDENTS, '@components/Chart.astro');
    const started = process.hrtime.bigint();
    // /usr/bin/time reports the peak resident memory of the build and its children.
    const run = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M', 'node', 'scripts/build-strict.ts', '--outDir', out], {
      env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache'), PATH: `${resolve('node_modules/.bin')}:${process.env['PATH']}` },
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`build of ${n} articles failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    const maxKb = Number(/BENCH [\d.]+ (\d+)/.exec(run.stderr)?.[1] ?? NaN);
    // Report the build first: the size statistics below walk every file.
    console.log(`${n} articles × ${INCIDENTS} incidents: build (astro + pagefind) ${wall.toFixed(1)} s wall, peak RSS ${(maxKb / 1024).toFixed(0)} MB`);
    const html = filesUnder(out).filter((f) => f.endsWith('.html'));
    const sizesHtml = html.map((f) => statSync(f).size).sort((a, b) => a - b);
    const articlePage = html.find((f) => f.includes('/articles/synthetic-00000/'))!;
    const total = filesUnder(out).reduce((s, f) => s + statSync(f).size, 0);
    console.log(
      [
        `  ${html.length} HTML pages; HTML per page: median ${kb(quantile(sizesHtml, 0.5))}, p95 ${kb(quantile(sizesHtml, 0.95))}, max ${kb(sizesHtml.at(-1) ?? 0)}`,
        `  one article page: ${kb(statSync(articlePage).size)} (${kb(gzipSync(readFileSync(articlePage)).length)} gzip)`,
        `  whole output: ${(total / 1024 / 1024).toFixed(1)} MB`,
      ].join('\n'),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
