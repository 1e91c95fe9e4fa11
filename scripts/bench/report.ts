/**
 * What the benchmark prints: per corpus size, the project's build against the
 * Astro floor with the same number of pages, the search index apart, and a
 * warning wherever the cost per page grows with size (a quadratic step shows
 * up as a growing ms/page long before it shows up as a slow build).
 *
 * Wall time is the target, but on a shared machine it also measures the
 * neighbours: CPU time (user + system, all threads) is printed beside it and
 * moves far less with the load.
 */

export interface Step {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  /** One-minute load average when the step started. */
  load: number;
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

/** The median of each measure over several runs (each measure its own median). */
export function medianStep(runs: readonly Step[]): Step {
  const of = (f: (s: Step) => number) => median(runs.map(f));
  return { seconds: of((r) => r.seconds), cpuSeconds: of((r) => r.cpuSeconds), peakRssMb: of((r) => r.peakRssMb), load: of((r) => r.load) };
}

const mb = (n: number) => (n >= 1024 ? `${(n / 1024).toFixed(2)} GB` : `${Math.round(n)} MB`);
const size = (bytes: number) => (bytes >= PAGE_LIMIT_BYTES ? `${(bytes / PAGE_LIMIT_BYTES).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);
const ms = (n: number) => n.toFixed(2);
const s1 = (n: number) => `${n.toFixed(1)} s`;
const int = (n: number) => n.toLocaleString('en-GB');
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const head = (cells: readonly string[]) => [row(cells), row(cells.map(() => '---'))];

/** The build against the floor: wall time, ms/page, CPU time and peak memory of each, and the ratios. */
export function buildTable(results: readonly SizeResult[]): string {
  const lines = head(['articles', 'HTML pages', 'astro build', 'ms/page', 'CPU', 'peak RSS', 'Astro floor', 'floor ms/page', 'floor CPU', 'floor peak RSS', 'vs floor', 'CPU vs floor']);
  for (const r of results) {
    const f = r.floor;
    lines.push(
      row([
        int(r.articles),
        int(r.pages),
        s1(r.build.seconds),
        ms(msPerPage(r.build.seconds, r.pages)),
        s1(r.build.cpuSeconds),
        mb(r.build.peakRssMb),
        ...(f ? [s1(f.seconds), ms(msPerPage(f.seconds, r.pages)), s1(f.cpuSeconds), mb(f.peakRssMb), ratio(r.build.seconds, f.seconds), ratio(r.build.cpuSeconds, f.cpuSeconds)] : ['–', '–', '–', '–', '–', '–']),
      ]),
    );
  }
  return lines.join('\n');
}

/** The search index, the whole cost per page, the largest page, and how busy the machine was. */
export function searchTable(results: readonly SizeResult[]): string {
  const lines = head(['articles', 'Pagefind', 'Pagefind CPU', 'Pagefind peak RSS', 'build+search ms/page', 'largest HTML page', 'load (build / floor / search)']);
  for (const r of results) {
    lines.push(
      row([
        int(r.articles),
        s1(r.search.seconds),
        s1(r.search.cpuSeconds),
        mb(r.search.peakRssMb),
        ms(msPerPage(r.build.seconds + r.search.seconds, r.pages)),
        size(r.largestPage.bytes),
        [r.build.load, r.floor?.load, r.search.load].map((l) => (l === undefined ? '–' : l.toFixed(1))).join(' / '),
      ]),
    );
  }
  return lines.join('\n');
}

/**
 * Warnings for the reader of the tables: ms/page (wall time of the build, of
 * build plus search, and CPU time of the build) growing by more than
 * GROWTH_TOLERANCE from one size to the next or from the smallest to the
 * largest, and pages over the size limit.
 */
export function warnings(results: readonly SizeResult[]): string[] {
  const sorted = [...results].sort((a, b) => a.pages - b.pages);
  const out: string[] = [];
  const series: [string, (r: SizeResult) => number][] = [
    ['astro build', (r) => msPerPage(r.build.seconds, r.pages)],
    ['build+search', (r) => msPerPage(r.build.seconds + r.search.seconds, r.pages)],
    ['astro build CPU', (r) => msPerPage(r.build.cpuSeconds, r.pages)],
  ];
  const pairs = sorted.slice(1).map((r, i) => [sorted[i]!, r] as const);
  if (sorted.length > 2) pairs.push([sorted[0]!, sorted.at(-1)!]);
  for (const [name, perPage] of series) {
    for (const [a, b] of pairs) {
      const growth = perPage(b) / perPage(a) - 1;
      if (growth > GROWTH_TOLERANCE) {
        out.push(
          `WARNING ${name}: ms/page grows ${(growth * 100).toFixed(0)}% from ${int(a.articles)} to ${int(b.articles)} articles (${ms(perPage(a))} → ${ms(perPage(b))}); over ${GROWTH_TOLERANCE * 100}% means a step is worse than linear, or a busier machine`,
        );
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
