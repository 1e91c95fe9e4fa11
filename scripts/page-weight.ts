/**
 * `npm run weight [-- /en/articles/x/ …]`: page weight of built pages against the
 * budget (100 KB gzip of HTML+CSS+SVG, 15 KB gzip of JS). Run after `npm run build`.
 */
import { BUDGET, pageWeight } from './lib/page-weight.ts';

const pages = process.argv.slice(2);
const targets = pages.length ? pages : ['/en/', '/en/articles/what-the-57-shootings-count-means/', '/en/incidents/', '/en/communes/21001-anderlecht/', '/en/search/'];
let over = false;
for (const p of targets) {
  const w = pageWeight('dist', p);
  const main = w.htmlGzip + w.cssGzip;
  const ok = main <= BUDGET.htmlCssSvgGzip && w.jsGzip <= BUDGET.jsGzip;
  over ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${p}: HTML+SVG ${(w.htmlGzip / 1024).toFixed(1)} KB + CSS ${(w.cssGzip / 1024).toFixed(1)} KB gzip (${w.svgElements} SVG), JS ${(w.jsGzip / 1024).toFixed(1)} KB gzip`);
}
process.exit(over ? 1 : 0);
