/**
 * What the benchmark prints: per corpus size, the project's build against the
 * Astro floor with the same number of pages, the search index apart, and a
 * warning wherever the cost per page grows with size (a quadratic step shows
 * up as a growing ms/page long before it shows up as a slow build).
 */

export interface Step {
  seconds: number;
  peakRssMb: number;
}

export interface SizeResult {
  articles: number;
  incidents: number;
  pages: number;
  build: Step;
  search: Step;
  /** The minimal Astro site with `pages` trivial pages; absent with --no-floor. */
  floor?: Step;
  largestPage: { path: string; bytes: number };
  /** HTML pages over the 1 MB a reader can reasonably load. */
  pagesOverLimit: string[];
}

/** Growth of ms/page between two sizes that counts as a warning. */
export const GROWTH_TOLERANCE = 0.1;
export const PAGE_LIMIT_BYTES = 1024 * 1024;

export const msPerPage = (seconds: number, pages: number): number => (seconds * 1000) / pages;
export const ratio = (a: number, b: number): string => `${(a / b).toFixed(1)}x`;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median run of each step (time and memory each their own median). */
export function medianStep(runs: readonly Step[]): Step {
  return { seconds: median(runs.map((r) => r.seconds)), peakRssMb: median(runs.map((r) => r.peakRssMb)) };
}

const mb = (n: number) => (n >= 1024 ? `${(n / 1024).toFixed(2)} GB` : `${Math.round(n)} MB`);
const size = (bytes: number) => (bytes >= PAGE_LIMIT_BYTES ? `${(bytes / PAGE_LIMIT_BYTES).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);
const ms = (n: number) => n.toFixed(2);
const int = (n: number) => n.toLocaleString('en-GB');

export function table(results: readonly SizeResult[]): string {
  const head =
    '| articles | HTML pages | astro build | ms/page | peak RSS | Astro floor | floor ms/page | floor peak RSS | vs floor | Pagefind | Pagefind peak RSS | build+search ms/page | largest page |';
  const rule = `|${' --- |'.repeat(13)}`;
  const rows = results.map((r) => {
    const f = r.floor;
    return `| ${int(r.articles)} | ${int(r.pages)} | ${r.build.seconds.toFixed(1)} s | ${ms(msPerPage(r.build.seconds, r.pages))} | ${mb(r.build.peakRssMb)} | ${
      f ? `${f.seconds.toFixed(1)} s | ${ms(msPerPage(f.seconds, r.pages))} | ${mb(f.peakRssMb)} | ${ratio(r.build.seconds, f.seconds)}` : '– | – | – | –'
    } | ${r.search.seconds.toFixed(1)} s | ${mb(r.search.peakRssMb)} | ${ms(msPerPage(r.build.seconds + r.search.seconds, r.pages))} | ${size(r.largestPage.bytes)} |`;
  });
  return [head, rule, ...rows].join('\n');
}

/**
 * Warnings for the reader of the table: ms/page (of the build, and of build
 * plus search) growing by more than GROWTH_TOLERANCE from one size to the
 * next or from the smallest to the largest, and pages over the size limit.
 */
export function warnings(results: readonly SizeResult[]): string[] {
  const sorted = [...results].sort((a, b) => a.pages - b.pages);
  const out: string[] = [];
  const series: [string, (r: SizeResult) => number][] = [
    ['astro build', (r) => msPerPage(r.build.seconds, r.pages)],
    ['build+search', (r) => msPerPage(r.build.seconds + r.search.seconds, r.pages)],
  ];
  const pairs = sorted.slice(1).map((r, i) => [sorted[i]!, r] as const);
  if (sorted.length > 2) pairs.push([sorted[0]!, sorted.at(-1)!]);
  for (const [name, perPage] of series) {
    for (const [a, b] of pairs) {
      const growth = perPage(b) / perPage(a) - 1;
      if (growth > GROWTH_TOLERANCE) {
        out.push(`WARNING ${name}: ms/page grows ${(growth * 100).toFixed(0)}% from ${int(a.articles)} to ${int(b.articles)} articles (${ms(perPage(a))} → ${ms(perPage(b))}); over ${GROWTH_TOLERANCE * 100}% means a step is worse than linear`);
      }
    }
  }
  for (const r of sorted) {
    if (r.pagesOverLimit.length) {
      out.push(`WARNING ${int(r.articles)} articles: ${r.pagesOverLimit.length} HTML page(s) over ${size(PAGE_LIMIT_BYTES)}, largest ${r.largestPage.path} (${size(r.largestPage.bytes)})`);
    }
  }
  return out;
}
