/**
 * One test per bug a code review planted and the suites let through
 * (../shared/review/surviving-mutants.md). Each expectation is written by hand.
 */
import { describe, expect, it } from 'vitest';
import { byMonth, cumulativeByYear, within } from '../../src/lib/aggregate.ts';
import { compareWithOfficial } from '../../src/lib/charts/official-vs-log.ts';
import { correctionsLog } from '../../src/lib/corrections.ts';
import { formatIncidentDate } from '../../src/lib/format.ts';
import { choropleth } from '../../src/lib/geo/choropleth.ts';
import { victimClass } from '../../src/lib/incident-facets.ts';
import { mergeArticles, mergeSources } from '../../src/lib/merge.ts';
import { fromCell } from '../../src/lib/open-data/fields.ts';
import { incidentRow, INCIDENT_FIELDS } from '../../src/lib/open-data/tables.ts';
import { todayInBrussels } from '../../src/lib/partial-date.ts';
import { assembleCorpus } from '../../src/lib/pipeline.ts';
import { isPublished, publishedArticles } from '../../src/lib/publication.ts';
import { incidentSchema, tallySchema } from '../../src/lib/schema.ts';
import { escapeXml } from '../../src/lib/share-image.ts';
import { translationConflicts } from '../../src/lib/translations.ts';
import { entry, incident, rawIncident } from './helpers.ts';

const inline = (url: string, outlet = 'Le Soir') => ({ outlet, url });

describe('review findings', () => {
  it('M03: a conflict on killed or on the commune stops the merge', () => {
    const a = entry('a.mdx', [rawIncident({ killed: 0 })]);
    expect(() => mergeArticles([a, entry('b.mdx', [rawIncident({ killed: 1 })])])).toThrow(/\(field: killed\)/);
    expect(() => mergeArticles([a, entry('c.mdx', [rawIncident({ killed: 0, commune: 'Forest' })])])).toThrow(/\(field: commune\)/);
  });

  it('M12, M13: an article dated today is published; the newest comes first', () => {
    const today = entry('today.mdx', [], { published: '2026-11-22' });
    expect(isPublished(today, '2026-11-22')).toBe(true);
    const older = entry('older.mdx', [], { published: '2026-01-01' });
    const newer = entry('newer.mdx', [], { published: '2026-06-01' });
    expect(publishedArticles([older, today, newer], '2026-11-22').map((e) => e.file)).toEqual(['today.mdx', 'newer.mdx', 'older.mdx']);
  });

  it('M14: the pipeline keeps drafts and scheduled articles out of the records', () => {
    const live = { ...entry('live.mdx', [rawIncident({ id: 'live' })], { published: '2026-01-01' }), body: '' };
    const draft = { ...entry('draft.mdx', [rawIncident({ id: 'drafted', date: '2025-03-01' })], { draft: true }), body: '' };
    const later = { ...entry('later.mdx', [rawIncident({ id: 'scheduled', date: '2025-03-02' })], { published: '2999-01-01' }), body: '' };
    const corpus = assembleCorpus([live, draft, later], '2026-11-22');
    expect(corpus.incidents.map((i) => i.id)).toEqual(['live']);
    expect(corpus.articles.map((a) => a.file)).toEqual(['live.mdx']);
  });

  it('M15, M16, M17: an approximate date is in no period, no month and not on the yearly curve', () => {
    const approx = incident({ id: 'approx', date: '2025-02-10', date_precision: 'approximate' });
    const exact = incident({ id: 'exact', date: '2025-02-11' });
    expect(within([approx, exact], '2025-01-01', '2025-12-31').map((i) => i.id)).toEqual(['exact']);
    const months = byMonth([approx, exact]);
    expect(months.unplaced).toBe(1);
    expect(months.buckets.map((b) => [b.key, b.incidents])).toEqual([['2025-02', 1]]);
    const [year] = cumulativeByYear([approx, exact]);
    expect([year!.total, year!.withoutDay, year!.points.at(-1)!.total]).toEqual([2, 1, 1]);
  });

  it('M20: an approximate date says so', () => {
    expect(formatIncidentDate({ date: '2025-02-10', date_precision: 'approximate' }, 'en')).toBe('10 February 2025 (approximate)');
  });

  it('M21: the share card escapes ampersands', () => {
    expect(escapeXml('Tom & Jerry <b>"x"</b>')).toBe('Tom &amp; Jerry &lt;b&gt;&quot;x&quot;&lt;/b&gt;');
  });

  it('M23: two published articles in one language under one translation key are reported', () => {
    const a = entry('a.mdx', [], { translation_key: 'k' });
    const b = entry('b.mdx', [], { translation_key: 'k' });
    const fr = entry('fr.mdx', [], { translation_key: 'k', lang: 'fr' });
    expect(translationConflicts([a, fr])).toEqual([]);
    expect(translationConflicts([a, b, fr])).toEqual(["b.mdx: translation_key 'k' is already used by a.mdx for language 'en'; expected one article per language per key"]);
  });

  it('M24: corrections are listed newest first', () => {
    const a = entry('a.mdx', [], { corrections: [{ date: '2026-01-02', text: 'older' }, { date: '2026-03-04', text: 'newer' }] });
    expect(correctionsLog([a]).map((c) => c.text)).toEqual(['newer', 'older']);
  });

  it('M25: the open data keeps "at least" counts flagged', () => {
    const merged = mergeArticles([entry('a.mdx', [rawIncident({ killed: { at_least: 2 }, injured: 3 })])]).incidents[0]!;
    const row = incidentRow(merged, (slug) => slug, { quarter: null, quarterFrom: null, point: null, pointFrom: null, pointPrecision: null });
    expect([row['killed'], row['killed_at_least'], row['injured'], row['injured_at_least']]).toEqual([2, true, 3, false]);
  });

  it('M26: a date of today is not in the future', () => {
    const today = todayInBrussels();
    expect(incidentSchema.safeParse(rawIncident({ date: today })).success).toBe(true);
    expect(tallySchema.safeParse({ id: 't', figure: 1, measure: 'shootings', counts: 'x', period_start: today, period_end: null, authority: 'A', stated_on: today, sources: ['report-003'] }).success).toBe(true);
  });

  it('M27: counts get whole-number class breaks only', () => {
    const communes = [0, 1, 2].map((count, i) => ({ nis: `2100${i}`, count, population: 1000, areaKm2: 1 }));
    expect(choropleth(communes, 'count').breaks).toEqual([1]);
  });

  it('M28: a count for one commune is not compared with the whole log', () => {
    const t = (over: Record<string, unknown>) => tallySchema.parse({ id: 't', figure: 5, measure: 'shootings', counts: 'x', period_start: '2025-01-01', period_end: '2025-12-31', authority: 'A', stated_on: null, sources: ['report-003'], ...over });
    expect(compareWithOfficial([incident()], [t({ id: 'region' }), t({ id: 'anderlecht', commune: 'Anderlecht' })]).map((c) => c.tally.id)).toEqual(['region']);
  });

  it('M29: two reports by one outlet at different addresses are two sources', () => {
    const [a, b] = [inline('https://www.lesoir.be/1'), inline('https://www.lesoir.be/2')].map((s) => incidentSchema.parse(rawIncident({ sources: [s] })).sources[0]!);
    expect(mergeSources([[a!], [b!]]).map((s) => s.url)).toEqual(['https://www.lesoir.be/1', 'https://www.lesoir.be/2']);
    expect(mergeSources([[a!], [a!]])).toHaveLength(1);
  });

  it('M32: "no victims" needs both counts stated as zero', () => {
    expect(victimClass({ killed: 0, injured: null })).toBe('unknown');
    expect(victimClass({ killed: null, injured: 0 })).toBe('unknown');
    expect(victimClass({ killed: 0, injured: 0 })).toBe('none');
    expect(victimClass({ killed: 0, injured: { at_least: 1 } })).toBe('injured');
  });

  it('M33: an empty list of article addresses reads back as an empty list', () => {
    const articles = INCIDENT_FIELDS.find((f) => f.name === 'articles')!;
    expect(fromCell(articles, '', 'x')).toEqual([]);
    expect(fromCell(articles, 'https://a/ https://b/', 'x')).toEqual(['https://a/', 'https://b/']);
  });
});

describe('log period', () => {
  it('keeps records from 1 January 2024 on, and undated ones', async () => {
    const { inLogPeriod } = await import('../../src/lib/log-period.ts');
    const recs = [{ date: '2023-12-31' }, { date: '2024-01-01' }, { date: '2024' }, { date: '2023' }, { date: null }, { date: '2023-12' }];
    expect(inLogPeriod(recs)).toEqual([{ date: '2024-01-01' }, { date: '2024' }, { date: null }]);
  });
});
