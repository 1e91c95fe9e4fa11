/** The one pipeline the build, `npm run check` and the tests share. */
import { describe, expect, it } from 'vitest';
import { monthlyChartModel } from '../../src/lib/charts/monthly-model.ts';
import { citeSource, quoteMarks } from '../../src/lib/cite.ts';
import { assembleCorpus } from '../../src/lib/pipeline.ts';
import { incidentSchema, tallySchema } from '../../src/lib/schema.ts';
import { entry, incident, rawIncident } from './helpers.ts';

const withBody = (e: ReturnType<typeof entry>, body = '') => ({ ...e, body });

describe('assembleCorpus', () => {
  it('reports every kind of problem, each naming its file', () => {
    const a = withBody(entry('a.mdx', [rawIncident({ id: 'x' })], { translation_key: 'k', incident_refs: ['nowhere'], tally_refs: ['no-tally'] }), '[see](../missing-article/)');
    const b = withBody(entry('b.mdx', [rawIncident({ id: 'x', injured: 5 }), rawIncident({ id: 'y', place: 'near Clemenceau' })], { translation_key: 'k' }));
    const { problems } = assembleCorpus([a, b], '2026-11-22');
    expect(problems).toEqual([
      "a.mdx: links to article 'missing-article', which does not exist; expected the file name (without .mdx) of a published article",
      "b.mdx: translation_key 'k' is already used by a.mdx for language 'en'; expected one article per language per key",
      "incident 'x' has conflicting facts in a.mdx and b.mdx (field: injured); make the records agree, or give them different ids if they are different incidents",
    ]);
  });

  it('attaches articles that refer to records, and names refs that match nothing', () => {
    const log = withBody(entry('log.mdx', [rawIncident({ id: 'x' })], { tallies: [{ id: 't', figure: 1, measure: 'shootings', counts: 'c', period_start: '2025-01-01', period_end: null, authority: 'A', stated_on: null, sources: ['report-003'] }] }));
    const feature = withBody(entry('feature.mdx', [], { incident_refs: ['x', 'gone'], tally_refs: ['t'] }));
    const corpus = assembleCorpus([log, feature], '2026-11-22');
    expect(corpus.incidents[0]!.reportedIn.map((r) => r.file)).toEqual(['log.mdx', 'feature.mdx']);
    expect(corpus.tallies[0]!.reportedIn.map((r) => r.file)).toEqual(['log.mdx', 'feature.mdx']);
    expect(corpus.problems).toEqual(["feature.mdx: refers to incident 'gone', which no published article records; expected the id of a record in a log or article file"]);
  });

  it('reports likely duplicates as problems', () => {
    const a = withBody(entry('a.mdx', [rawIncident({ id: 'one' }), rawIncident({ id: 'two', place: 'Clemenceau' })]));
    expect(assembleCorpus([a], '2026-11-22').problems).toEqual([
      "incident 'two' looks like 'one' (same day 2025-02-05, commune 21001, places share 'clemenceau'); reuse the id 'one', or add distinct_from: [one] if they are different incidents (a.mdx)",
    ]);
  });
});

describe('monthly chart model', () => {
  it('starts on 1 January 2024: earlier shootings are counted apart, not drawn', () => {
    const model = monthlyChartModel(
      [incident({ id: 'old', date: '2023-12-31' }), incident({ id: 'jan', date: '2024-01-01' }), incident({ id: 'mar', date: '2024-03-15' }), incident({ id: 'undated', date: null, date_precision: 'unknown' })],
      [tallySchema.parse({ id: 'old-t', figure: 5, measure: 'shootings', counts: 'c', period_start: '2023-01-01', period_end: '2023-12-31', authority: 'A', stated_on: null, sources: ['report-003'] }),
       tallySchema.parse({ id: 'new-t', figure: 5, measure: 'shootings', counts: 'c', period_start: '2024-01-01', period_end: '2024-12-31', authority: 'A', stated_on: null, sources: ['report-003'] })],
    );
    expect(model.before).toBe(1);
    expect(model.monthly.buckets.map((b) => [b.key, b.incidents])).toEqual([['2024-01', 1], ['2024-02', 0], ['2024-03', 1]]);
    expect(model.monthly.unplaced).toBe(1);
    expect(model.comparisons.map((c) => c.tally.id)).toEqual(['new-t']);
    expect(model.placedCount).toBe(2);
  });
});

describe('citations', () => {
  it('reads as outlet, author, headline in its language, date; unknowns say so', () => {
    const s = incidentSchema.parse(rawIncident({ sources: [{ outlet: 'RTL Info', title: 'Titre', date: '2024-10-03', url: 'https://www.rtl.be/x', language: 'fr', author: 'A. B.' }] })).sources[0]!;
    expect(citeSource(s, 'nl')).toEqual({ outlet: 'RTL Info', author: 'A. B.', title: { text: 'Titre', lang: 'fr' }, titleMissing: 'titel niet vermeld', date: '3 oktober 2024', url: 'https://www.rtl.be/x' });
    const bare = incidentSchema.parse(rawIncident({ sources: [{ outlet: 'X', url: 'https://x.example/' }] })).sources[0]!;
    expect(citeSource(bare, 'en')).toMatchObject({ title: null, date: 'date not stated', author: null });
    expect(quoteMarks('fr')).toEqual(['\u00ab\u202f', '\u202f\u00bb']);
  });
});

describe('assembleCorpus: what stays out', () => {
  it('shows nothing of drafts and scheduled articles, and names links to them', () => {
    const live = withBody(entry('live.mdx', [rawIncident({ id: 'x' })]), 'See [later](../later/) and [draft](../draft/).');
    const later = withBody(entry('later.mdx', [rawIncident({ id: 'y', date: '2025-03-01' })], { published: '2026-12-01' }));
    const draft = withBody(entry('draft.mdx', [rawIncident({ id: 'z', date: '2025-04-01' })], { draft: true }));
    const corpus = assembleCorpus([later, live, draft], '2026-11-22');
    expect(corpus.articles.map((a) => a.file)).toEqual(['live.mdx']);
    expect(corpus.incidents.map((i) => i.id)).toEqual(['x']);
    expect(corpus.problems).toEqual([
      "live.mdx: links to article 'later', which is a draft or scheduled for later; publish it first or remove the link",
      "live.mdx: links to article 'draft', which is a draft or scheduled for later; publish it first or remove the link",
    ]);
    // On the day it is published, the scheduled article and its record join.
    expect(assembleCorpus([later, live, draft], '2026-12-01').incidents.map((i) => i.id)).toEqual(['y', 'x']);
  });

  it('shows no record at all while two copies of one conflict', () => {
    const a = withBody(entry('a.mdx', [rawIncident({ id: 'x' })], { tallies: [{ id: 't', figure: 1, measure: 'shootings', counts: 'c', period_start: '2025-01-01', period_end: null, authority: 'A', stated_on: null, sources: ['report-003'] }] }));
    const b = withBody(entry('b.mdx', [rawIncident({ id: 'x', killed: 1 })]));
    const corpus = assembleCorpus([a, b], '2026-11-22');
    expect(corpus.incidents).toEqual([]);
    expect(corpus.tallies).toEqual([]);
    expect(corpus.problems).toHaveLength(1);
  });
});
