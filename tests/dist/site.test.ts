/** What a reader and a crawler receive: the built dist/ checked against the data layer. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { isShooting, totals } from '../../src/lib/aggregate.ts';
import { inLogPeriod } from '../../src/lib/log-period.ts';
import { mergeArticles } from '../../src/lib/merge.ts';
import { publishedArticles } from '../../src/lib/publication.ts';
import { frenchText } from '../../src/lib/typography.ts';

const dist = 'dist';
const read = (p: string) => readFileSync(`${dist}/${p}`, 'utf8');
const { entries } = loadContent('content/articles');
const published = publishedArticles(entries);
const merged = mergeArticles(published);

function figure(html: string, name: string): string {
  const m = new RegExp(`<li[^>]*data-figure="${name}"[^>]*>([\\s\\S]*?)</li>`).exec(html);
  expect(m, `figure ${name}`).not.toBeNull();
  return m![0];
}

describe('built site', () => {
  it('redirects the root to the English edition', () => {
    expect(read('index.html')).toMatch(/url=\/en\//);
  });

  it.each(['en', 'fr', 'nl'])('has a %s home page whose figures equal the sums of the shootings in the log\u2019s period', (lang) => {
    const html = read(`${lang}/index.html`);
    expect(html).toContain(`<html lang="${lang}"`);
    const shootings = inLogPeriod(merged.incidents).filter(isShooting);
    const sums = totals(shootings);
    expect(figure(html, 'shootings')).toContain(`data-count="${sums.incidents}"`);
    for (const key of ['killed', 'injured'] as const) {
      const li = figure(html, key);
      expect(li).toContain(`data-count="${sums[key].count}"`);
      expect(li).toContain(`data-minimum="${sums[key].isMinimum}"`);
    }
  });

  it('shows every official tally on the home page', () => {
    const html = read('en/index.html');
    for (const tally of merged.tallies) expect(html).toContain(`id="tally-${tally.id}"`);
  });

  it('builds one page per published article, listing its incidents and sources', () => {
    expect(published.length).toBeGreaterThanOrEqual(6);
    for (const a of published) {
      const html = read(`${a.data.lang}/articles/${a.slug}/index.html`);
      // French pages set their titles in French typography (src/lib/typography.ts).
      const title = a.data.lang === 'fr' ? frenchText(a.data.title) : a.data.title;
      expect(html).toContain(`<title>${title.replace(/'/g, '&#39;').replace(/"/g, '&quot;')}`);
      // Records kept in the article and records it refers to (in a monthly log) are both listed, each source linked.
      for (const id of [...a.data.incidents.map((i) => i.id), ...a.data.incident_refs]) expect(html).toContain(`id="incident-${id}"`);
      for (const s of a.data.incidents.flatMap((i) => i.sources)) if (s.url) expect(html).toContain(`href="${s.url.replace(/&/g, '&amp;')}"`);
    }
  });

  it('builds no page for a draft or scheduled article', () => {
    for (const e of entries.filter((x) => !published.includes(x))) {
      expect(existsSync(`${dist}/${e.data.lang}/articles/${e.slug}/index.html`)).toBe(false);
    }
  });

  it('renders the monthly chart as static SVG whose bars match the data', () => {
    const html = read('en/index.html');
    const svg = /<figure class="chart" id="chart-monthly"[\s\S]*?<\/figure>/.exec(html)?.[0];
    expect(svg).toBeDefined();
    expect(svg).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="chart-monthly-title chart-monthly-desc"/);
    const drawn = [...svg!.matchAll(/data-month="([\d-]+)" data-value="(\d+)"/g)].reduce((n, m) => n + Number(m[2]), 0);
    // The chart starts where the systematic log starts, January 2024 (written here, not imported, so the test is independent).
    const withMonth = merged.incidents.filter((i) => isShooting(i) && i.date !== null && i.date >= '2024' && i.date.length >= 7 && i.date_precision !== 'approximate').length;
    expect(drawn).toBe(withMonth);
    expect(svg).toContain('<details class="chart-table">');
  });

  it('builds a page for each quarter our log places an incident in, and the map of quarters links all 145', () => {
    const stations = (JSON.parse(readFileSync('data/stations.json', 'utf8')) as { stations: { id: string; quarter: number }[] }).stations;
    const quarters = (JSON.parse(readFileSync('data/quarters.json', 'utf8')) as { quarters: { code: number; slug: string }[] }).quarters;
    // A quarter named by the record, else the quarter of its station (no record in the log gives coordinates).
    expect(merged.incidents.some((i) => i.coordinates)).toBe(false);
    const placed = new Set(merged.incidents.flatMap((i) => (i.quarter !== undefined ? [i.quarter] : i.station ? [stations.find((st) => st.id === i.station)!.quarter] : [])));
    expect(placed.size).toBeGreaterThanOrEqual(5);
    for (const q of quarters) for (const lang of ['en', 'fr', 'nl']) expect(existsSync(`${dist}/${lang}/quarters/${q.slug}/index.html`), `${lang} ${q.slug}`).toBe(placed.has(q.code));
    const page = read('en/quarters/index.html');
    expect(page.match(/<a [^>]*class="area"/g)).toHaveLength(145);
    expect(read('fr/index.html')).toContain('id="map-quarters"');
  });

  it('gives every incident page a locator map when the record has a commune or a point, and says where its point comes from', () => {
    for (const i of merged.incidents) {
      const html = read(`en/incidents/${i.id}/index.html`);
      expect(html.includes('id="map-locator"'), i.id).toBe(i.commune !== null || i.station !== undefined || i.coordinates !== undefined);
      if (i.station && !i.coordinates) expect(html, i.id).toContain('from the STIB station table: the station, not the exact spot');
    }
  });

  it('ships no client JavaScript for reading', () => {
    for (const p of ['en/index.html', ...published.map((a) => `${a.data.lang}/articles/${a.slug}/index.html`)]) {
      expect(read(p)).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    }
  });
});
