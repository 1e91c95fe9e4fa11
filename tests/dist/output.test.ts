/**
 * Static checks on every built file: valid HTML, no broken internal link or
 * anchor, a CSP and no inline or third-party script, and the open-data files,
 * feeds, sitemap and structured data agreeing with the merged data.
 */
import { existsSync, statSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { readTableCsv } from '../../src/lib/open-data/read-csv.ts';
import { TABLE_FIELDS, sha256, type Manifest } from '../../src/lib/open-data/files.ts';
import { corpus, DIST, htmlFiles, read, sitePath } from './helpers.ts';

const pages = htmlFiles();
const { published, incidents, tallies } = corpus();

describe('every page', () => {
  it('is valid HTML (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(file);
      for (const r of report.results) for (const m of r.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it('links only to files and anchors that exist', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!ids.has(file)) ids.set(file, new Set([...read(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      return ids.get(file)!;
    };
    const broken: string[] = [];
    for (const file of pages) {
      for (const [, href] of read(file).matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (/^(https?:|mailto:|data:)/.test(href!)) continue;
        const [rawPath, anchor] = href!.split('#');
        let target = file;
        if (rawPath) {
          // Editors may write relative links in article bodies: resolve them as a browser would.
          const path = new URL(rawPath, `http://site${file.slice(DIST.length)}`).pathname;
          const onDisk = `${DIST}${decodeURIComponent(path.split('?')[0]!)}`;
          target = existsSync(onDisk) && statSync(onDisk).isDirectory() ? `${onDisk.replace(/\/$/, '')}/index.html` : onDisk;
          if (!existsSync(target)) {
            broken.push(`${file}: ${href}`);
            continue;
          }
        }
        if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor)) broken.push(`${file}: missing anchor #${anchor} in ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('declares a CSP without inline script, and loads nothing from another origin', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const html = read(file);
      if (file !== `${DIST}/index.html`) {
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
        const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
        if (!/default-src 'self'/.test(csp) || !scriptSrc.includes("'self'") || scriptSrc.includes('unsafe-inline') || /https?:/.test(csp)) problems.push(`${file}: CSP '${csp}'`);
      }
      for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        const attrs = m[1]!;
        if (/type="application\/ld\+json"/.test(attrs)) continue;
        if (!/\ssrc="\//.test(attrs) || m[2]!.trim()) problems.push(`${file}: inline or off-site script ${attrs}`);
      }
      for (const m of html.matchAll(/<(?:img|script|iframe|source|audio|video)[^>]*\ssrc="(https?:[^"]+)"/g)) problems.push(`${file}: external resource ${m[1]}`);
      for (const m of html.matchAll(/<link[^>]*rel="(?:stylesheet|icon|preload|modulepreload)"[^>]*>/g)) if (/href="https?:/.test(m[0])) problems.push(`${file}: external ${m[0]}`);
      if (/@import\s+url\(|fonts\.googleapis/.test(html)) problems.push(`${file}: external font or import`);
    }
    expect(problems).toEqual([]);
  });

  it('ships no script on reading pages', () => {
    const reading = pages.filter((f) => !/\/(incidents|search)\/index\.html$/.test(f));
    const withScript = reading.filter((f) => /<script(?![^>]*application\/ld\+json)/.test(read(f)));
    expect(withScript).toEqual([]);
  });
});

describe('open data', () => {
  const manifest = JSON.parse(read('data/manifest.json')) as Manifest;

  it('lists every file with its real size and SHA-256', () => {
    expect(manifest.files.map((f) => f.name).sort()).toEqual(['communes.csv', 'communes.json', 'incidents.csv', 'incidents.geojson', 'incidents.json', 'quarters.csv', 'quarters.json', 'sources.csv', 'sources.json', 'stations.csv', 'stations.json', 'tallies.csv', 'tallies.json']);
    for (const f of manifest.files) {
      const text = read(`data/${f.name}`);
      expect(sha256(text), f.name).toBe(f.sha256);
      expect(Buffer.byteLength(text), f.name).toBe(f.bytes);
    }
    expect(manifest.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(['incidents', 'tallies', 'sources', 'communes', 'quarters', 'stations'] as const)('%s.csv parses back to exactly the records of %s.json', (table) => {
    const fromCsv = readTableCsv(read(`data/${table}.csv`), TABLE_FIELDS[table], `${table}.csv`);
    const fromJson = JSON.parse(read(`data/${table}.json`)) as Record<string, unknown>[];
    expect(fromCsv).toEqual(fromJson);
    expect(read(`data/${table}.csv`)).toMatch(/\r\n$/);
    // The same check with an independent reader (d3-dsv) and a cell rule written here:
    // empty for null, space-separated lists, true/false, numbers as JavaScript prints them.
    const cell = (v: unknown) => (v === null ? '' : Array.isArray(v) ? v.join(' ') : String(v));
    const rows = csvParse(read(`data/${table}.csv`).replace(/^\uFEFF/, ''));
    expect(rows.columns).toEqual(Object.keys(fromJson[0]!));
    expect(rows.map((r) => ({ ...r }))).toEqual(fromJson.map((o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, cell(v)]))));
  });

  it('holds every merged incident and tally, each source, and nothing else', () => {
    const rows = JSON.parse(read('data/incidents.json')) as { id: string; source_count: number }[];
    expect(rows.map((r) => r.id).sort()).toEqual(incidents.map((i) => i.id).sort());
    expect((JSON.parse(read('data/tallies.json')) as { id: string }[]).map((r) => r.id).sort()).toEqual(tallies.map((t) => t.id).sort());
    const sources = JSON.parse(read('data/sources.json')) as { record_id: string }[];
    for (const r of rows) expect(sources.filter((s) => s.record_id === r.id)).toHaveLength(r.source_count);
    expect(JSON.parse(read('data/communes.json'))).toHaveLength(19);
  });

  it('GeoJSON keeps every incident, with a point only where a source gave coordinates or a report named a station, and says which', () => {
    const gj = JSON.parse(read('data/incidents.geojson')) as { type: string; features: { id: string; geometry: { coordinates: number[] } | null; properties: { point_source: string | null } }[] };
    const stations = JSON.parse(read('data/stations.json')) as { id: string; lon: number; lat: number }[];
    expect(gj.type).toBe('FeatureCollection');
    expect(gj.features).toHaveLength(incidents.length);
    for (const f of gj.features) {
      const inc = incidents.find((i) => i.id === f.id)!;
      expect(f.geometry === null, f.id).toBe(!inc.coordinates && !inc.station);
      if (inc.coordinates) {
        expect(f.properties.point_source).toBe('source');
        expect(f.geometry!.coordinates).toEqual([inc.coordinates.lon, inc.coordinates.lat]);
      } else if (inc.station) {
        const st = stations.find((x) => x.id === inc.station)!;
        expect(f.properties.point_source).toBe('station-table');
        expect(f.geometry!.coordinates).toEqual([st.lon, st.lat]);
      } else expect(f.properties.point_source).toBeNull();
    }
    expect(gj.features.filter((f) => f.geometry !== null).length).toBeGreaterThan(10);
  });
});

describe('feeds, sitemap and structured data', () => {
  it.each(['en', 'fr', 'nl'] as const)('the %s feed lists exactly the published articles in that language', (lang) => {
    const xml = read(`${lang}/rss.xml`);
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => sitePath(m[1]!)).sort();
    expect(links).toEqual(published.filter((a) => a.data.lang === lang).map((a) => `/${lang}/articles/${a.slug}/`).sort());
  });

  it('the sitemap lists every page except the root redirect and the not-found page, and each published article', () => {
    const xml = read('sitemap-0.xml');
    const locs = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => sitePath(m[1]!)));
    const expected = pages.filter((f) => f !== `${DIST}/index.html` && f !== `${DIST}/404.html`).map((f) => f.slice(DIST.length).replace(/index\.html$/, ''));
    expect([...locs].sort()).toEqual(expected.sort());
    for (const a of published) expect(locs.has(`/${a.data.lang}/articles/${a.slug}/`)).toBe(true);
    expect(read('robots.txt')).toMatch(/Sitemap: .+\/sitemap-index\.xml/);
    expect(read('sitemap-index.xml')).toContain('/sitemap-0.xml</loc>');
  });

  it('the sitemap gives each page its versions in the other languages, as the page itself does', () => {
    const xml = read('sitemap-0.xml');
    const alternatesIn = (block: string) =>
      [...block.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => `${m[1]} ${sitePath(m[2]!)}`).sort();
    const entries = new Map([...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => [sitePath(m[1]!), alternatesIn(m[2]!)]));
    const incident = incidents[0]!.id;
    expect(entries.get(`/fr/incidents/${incident}/`)).toEqual(['en', 'fr', 'nl'].map((l) => `${l} /${l}/incidents/${incident}/`));
    expect(entries.get('/nl/')).toEqual(['en /en/', 'fr /fr/', 'nl /nl/']);
    // An article in one language (same path in no other) has none.
    const single = published.find((a) => !a.data.translation_key)!;
    expect(entries.get(`/${single.data.lang}/articles/${single.slug}/`)).toEqual([]);
    // Every page with alternates is named by each of them, in the same set.
    for (const [path, alts] of entries) {
      const page = read(`${path.slice(1)}index.html`);
      const onPage = [...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${sitePath(m[2]!)}`).sort();
      for (const a of alts) expect(onPage, path).toContain(a);
    }
  });

  it('every article carries NewsArticle JSON-LD, OpenGraph tags and a share image that exists', () => {
    for (const a of published) {
      const html = read(`${a.data.lang}/articles/${a.slug}/index.html`);
      const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.headline).toBe(a.data.title);
      expect(ld.datePublished).toBe(a.data.published);
      expect(html).toContain(`<meta property="og:type" content="article"`);
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)![1]!;
      const png = read(sitePath(image).slice(1));
      expect(png.slice(1, 4)).toBe('PNG');
    }
  });
});
