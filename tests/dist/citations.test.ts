/**
 * Every record is traceable to a public page, and no file name of the
 * newsroom's archive is ever shown as a citation (issue: a real, sourced log).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { DIST, filesUnder } from './helpers.ts';

/** The archive's file names look like 002_b8f190b11a2388fc.txt. */
const ARCHIVE_FILE = /\d{3}_[0-9a-f]{16}\.txt/;

describe('citations in the built site', () => {
  it('never shows an archive file name, in any page, feed or download', () => {
    const hits = filesUnder(DIST)
      .filter((f) => /\.(html|xml|json|csv|geojson|txt)$/.test(f))
      .filter((f) => ARCHIVE_FILE.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });

  it('gives every incident and official figure at least one http(s) source in the downloads', () => {
    // Read with d3-dsv, not the site's own CSV reader, so a bug in that reader cannot hide here.
    const sources = csvParse(readFileSync(join(DIST, 'data/sources.csv'), 'utf8').replace(/^\uFEFF/, ''));
    const withUrl = new Set(sources.filter((s) => /^https?:\/\//.test(s['url'] ?? '')).map((s) => `${s['record_type']}|${s['record_id']}`));
    const incidents = JSON.parse(readFileSync(join(DIST, 'data/incidents.json'), 'utf8')) as { id: string }[];
    const tallies = JSON.parse(readFileSync(join(DIST, 'data/tallies.json'), 'utf8')) as { id: string }[];
    expect(incidents.length).toBeGreaterThan(50);
    expect(incidents.filter((i) => !withUrl.has(`incident|${i.id}`)).map((i) => i.id)).toEqual([]);
    expect(tallies.filter((t) => !withUrl.has(`tally|${t.id}`)).map((t) => t.id)).toEqual([]);
  });

  it('links each citation on an incident page to its report', () => {
    const page = readFileSync(join(DIST, 'en/incidents/2024-10-02-anderlecht-rue-dante-police-patrol/index.html'), 'utf8');
    expect(page).toMatch(/<a href="https:\/\/www\.rtl\.be\/[^"]+" rel="nofollow noopener"><span class="outlet" translate="no">RTL Info<\/span>, /);
  });
});
