/**
 * Independent oracle: a build of four hand-written records whose figures were
 * counted by hand and are written here, not computed with the site's own
 * functions. The downloads are read with d3-dsv, not with the site's CSV reader.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInto } from './helpers.ts';

let work: string;
let out: string;
const read = (p: string) => readFileSync(join(out, p), 'utf8');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'oracle-'));
  out = join(work, 'dist');
  buildInto(work, out, 'tests/fixtures/oracle');
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function figure(html: string, name: string): string {
  return new RegExp(`<li[^>]*data-figure="${name}"[^>]*>[\\s\\S]*?</li>`).exec(html)?.[0] ?? '';
}

describe('hand-counted figures', () => {
  it('shows 3 shootings since 1 January 2024, at least 2 killed and at least 2 injured in them, and the police shooting apart', () => {
    const html = read('en/index.html');
    const text = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
    expect(html).toMatch(/<h3 class="headline-title" data-basis="shootings" data-from="2024-01-01">Shootings in our log, 1 January 2024 – April 2025</);
    expect(figure(html, 'shootings')).toMatch(/>3</);
    // Shootings only (o-1, o-2, o-4): killed 1 + at least 1 + 0; injured 2 + not stated + 0. The police shooting's injured person is not added.
    expect(figure(html, 'killed')).toMatch(/data-count="2" data-minimum="true"/);
    expect(figure(html, 'injured')).toMatch(/data-count="2" data-minimum="true"/);
    expect(text(figure(html, 'injured'))).toBe('at least 2 people injured in these shootings 1 of these shootings does not state the number injured');
    expect(text(figure(html, 'type-police-shooting'))).toBe('1 police shooting');
    // Per year: 2025 holds o-1 and o-2; o-4 has no date; the official count covers half a year, not the full year.
    expect(text(/<tr data-year="2025"[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '')).toBe('2025 2 at least 2 at least 2 no official count for the full year');
    expect(text(/<tr data-year="unknown"[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '')).toBe('Year not stated 1 0 0 no official count for the full year');
  });

  it('states the log’s period on a commune page, not the commune’s own last record (Anderlecht: 10 March 2025)', () => {
    const html = read('en/communes/21001-anderlecht/index.html');
    expect(html).toMatch(/<h3 class="headline-title" data-basis="shootings" data-from="2024-01-01">Shootings in our log, 1 January 2024 – April 2025</);
  });

  it('draws March 2025 with 2 shootings and compares the official 10 with 2 logged (20%)', () => {
    const html = read('en/index.html');
    expect(html).toMatch(/data-month="2025-03" data-value="2"/);
    expect(html).not.toMatch(/data-month="2025-04" data-value="[1-9]/);
    const row = /<tr data-tally="o-tally">[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
    expect(row.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|')).toContain('|10|2|20%|');
  });

  it('keeps "at least" in the downloads, in JSON and in CSV read by d3-dsv', () => {
    const json = JSON.parse(read('data/incidents.json')) as Record<string, unknown>[];
    const o2 = json.find((r) => r['id'] === 'o-2-forest')!;
    expect([o2['killed'], o2['killed_at_least'], o2['injured'], o2['injured_at_least']]).toEqual([1, true, null, false]);
    const o1 = json.find((r) => r['id'] === 'o-1-anderlecht')!;
    expect([o1['killed'], o1['killed_at_least']]).toEqual([1, false]);
    const csv = csvParse(read('data/incidents.csv').replace(/^\uFEFF/, ''));
    const c2 = csv.find((r) => r['id'] === 'o-2-forest')!;
    expect([c2['killed'], c2['killed_at_least'], c2['injured'], c2['source_count']]).toEqual(['1', 'true', '', '2']);
    const c4 = csv.find((r) => r['id'] === 'o-4-schaerbeek')!;
    expect([c4['date'], c4['notes_en'], c4['weapon']]).toEqual(['', 'A note with "quotes", a comma\nand a line break.', '']);
    expect(csv).toHaveLength(4);
  });

  it('lists every source once per record, with its address', () => {
    const csv = csvParse(read('data/sources.csv').replace(/^\uFEFF/, ''));
    expect(csv.filter((r) => r['record_id'] === 'o-2-forest').map((r) => r['url'])).toEqual(['https://example.org/o2', 'https://example.org/o2b']);
    expect(csv.find((r) => r['url'] === 'https://example.org/o2')?.['title']).toBe('Two, with a comma');
    expect(csv).toHaveLength(6);
  });
});
