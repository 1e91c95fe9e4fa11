/**
 * `npm run coverage`: what share of the official shooting counts our log
 * documents, per year and per officially counted period, and the records that
 * lack a public source, a date or a commune. Reads the content like `npm run check`.
 */
import { loadContent } from './lib/load-content.ts';
import { assembleCorpus } from '../src/lib/pipeline.ts';
import { coverageReport } from '../src/lib/coverage.ts';
import type { VictimTotal } from '../src/lib/victims.ts';

const FROM_YEAR = 2024;
const { entries, problems } = loadContent(process.argv[2] ?? 'content/articles');
const corpus = assembleCorpus(entries);
if (problems.length || corpus.problems.length) {
  console.error('The content has problems; run npm run check.');
  process.exit(1);
}
const report = coverageReport(corpus.incidents, corpus.tallies, FROM_YEAR);

const victims = (v: VictimTotal) => `${v.isMinimum ? '≥' : ''}${v.count}${v.unknown ? ` (${v.unknown} not stated)` : ''}`;
const pct = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

console.log(`Shootings logged per year (from ${FROM_YEAR}), beside the official yearly counts:\n`);
console.log('| year | shootings logged | killed | injured | official count(s) | share covered |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const y of report.years) {
  const official = y.official.length ? y.official.map((o) => `${o.figure} (${o.authority}, to ${o.until})`).join('; ') : 'none found';
  const shares = y.official.length ? y.official.map((o) => pct(y.incidents / o.figure)).join('; ') : '–';
  console.log(`| ${y.year} | ${y.incidents} | ${victims(y.killed)} | ${victims(y.injured)} | ${official} | ${shares} |`);
}
console.log('\nEvery officially counted period (region-wide shooting counts):\n');
console.log('| period | official | by | logged | killed | injured | share covered |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const p of report.periods) {
  console.log(`| ${p.start} to ${p.end ?? 'not stated'} | ${p.figure} | ${p.authority} | ${p.incidents} | ${victims(p.killed)} | ${victims(p.injured)} | ${pct(p.share)} |`);
}
console.log(`\nRecords (incidents and official figures): ${report.records}`);
console.log(`Records without an http(s) source: ${report.withoutUrlSource}`);
console.log(`Incidents without a date: ${report.withoutDate}`);
console.log(`Incidents without a commune: ${report.withoutCommune}`);
process.exit(report.withoutUrlSource > 0 ? 1 : 0);
