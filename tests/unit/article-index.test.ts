import { describe, expect, it } from 'vitest';
import { articleView } from '../../src/lib/article-index.ts';
import { mergeArticles } from '../../src/lib/merge.ts';
import { entry, rawIncident } from './helpers.ts';

// A log holds two incidents; an English article refers to one of them and records a third;
// its French translation records nothing of its own; an unrelated Dutch article shares no key.
const log = entry('log.mdx', [rawIncident({ id: 'inc-a', date: '2025-02-05', place: 'rue A' }), rawIncident({ id: 'inc-b', date: '2025-01-05', place: 'rue B' })]);
const en = entry('story-en.mdx', [rawIncident({ id: 'inc-c', date: '2025-03-01', place: 'rue C' })], { translation_key: 'story', incident_refs: ['inc-b'] });
const fr = entry('story-fr.mdx', [], { translation_key: 'story', lang: 'fr', incident_refs: ['inc-a'] });
const nl = entry('other-nl.mdx', [], { lang: 'nl', incident_refs: ['inc-a'] });
const articles = [en, fr, nl, log];
const { incidents, tallies } = mergeArticles(articles);
const corpus = { articles, incidents, tallies };

describe('article index', () => {
  it('gives an article its translations and the records of the whole group, each once, in corpus order', () => {
    const v = articleView(corpus, 'story-fr')!;
    expect(v.translations.map((a) => a.slug)).toEqual(['story-en', 'story-fr']);
    // corpus order is newest first: c (March), a (February), b (January)
    expect(v.incidents.map((i) => i.id)).toEqual(['inc-c', 'inc-a', 'inc-b']);
    expect(articleView(corpus, 'story-en')!.incidents.map((i) => i.id)).toEqual(['inc-c', 'inc-a', 'inc-b']);
  });

  it('an article without a key stands alone', () => {
    const v = articleView(corpus, 'other-nl')!;
    expect(v.translations.map((a) => a.slug)).toEqual(['other-nl']);
    expect(v.incidents.map((i) => i.id)).toEqual(['inc-a']);
    expect(articleView(corpus, 'log')!.incidents.map((i) => i.id)).toEqual(['inc-a', 'inc-b']);
  });

  it('knows no article it was not given', () => {
    expect(articleView(corpus, 'missing')).toBeUndefined();
  });
});

describe('article index order across a group', () => {
  it('orders the figures of a group as the corpus does (latest period first), not as the translations list them', () => {
    const figure = (id: string, period_start: string) => ({ id, figure: 3, measure: 'shootings', counts: 'shootings', period_start, period_end: null, authority: 'A', stated_on: null, sources: ['report-003'] });
    // The English article (first in the group) reports the older figure; its French translation the newer one.
    const first = entry('g-en.mdx', [rawIncident({ id: 'old', date: '2024-01-05' })], { translation_key: 'g', tallies: [figure('t-2024', '2024-01-01')] });
    const second = entry('g-fr.mdx', [rawIncident({ id: 'new', date: '2025-01-05' })], { translation_key: 'g', lang: 'fr', tallies: [figure('t-2025', '2025-01-01')] });
    const group = [first, second];
    const v = articleView({ articles: group, ...mergeArticles(group) }, 'g-en')!;
    expect(v.tallies.map((t) => t.id)).toEqual(['t-2025', 't-2024']);
    expect(v.incidents.map((i) => i.id)).toEqual(['new', 'old']);
  });
});

