/** Article views for groups with tallies, empty articles and a duplicate language; expectations written by hand. */
import { describe, expect, it } from 'vitest';
import { articleView } from '../../src/lib/article-index.ts';
import { mergeArticles } from '../../src/lib/merge.ts';
import { entry, rawIncident } from './helpers.ts';

const tallyRecord = (id: string, period_start: string) => ({ id, figure: 3, measure: 'shootings', counts: 'shootings', period_start, period_end: null, authority: 'A', stated_on: null, sources: ['report-003'] });

// Two English articles share a key (a conflict the pipeline reports): neither is the other's translation.
const en = entry('story-en.mdx', [rawIncident({ id: 'inc-a', date: '2025-02-05', place: 'rue A' })], { translation_key: 'story', tallies: [tallyRecord('t-late', '2025-01-01')] });
const en2 = entry('story-en2.mdx', [rawIncident({ id: 'inc-b', date: '2025-01-05', place: 'rue B' })], { translation_key: 'story' });
const fr = entry('story-fr.mdx', [], { translation_key: 'story', lang: 'fr', tallies: [tallyRecord('t-early', '2024-01-01')], tally_refs: ['t-late'] });
const bare = entry('bare.mdx', []);
const articles = [en, en2, fr, bare];
const { incidents, tallies } = mergeArticles(articles);
const corpus = { articles, incidents, tallies };

describe('article index groups', () => {
  it('takes one article per language into a group, the article itself first among its language', () => {
    expect(articleView(corpus, 'story-en')!.translations.map((a) => a.slug)).toEqual(['story-en', 'story-fr']);
    expect(articleView(corpus, 'story-en2')!.translations.map((a) => a.slug)).toEqual(['story-en2', 'story-fr']);
    expect(articleView(corpus, 'story-en2')!.incidents.map((i) => i.id)).toEqual(['inc-b']);
  });

  it('gathers the tallies of the group, each once, in corpus order', () => {
    const order = tallies.map((t) => t.id);
    const v = articleView(corpus, 'story-fr')!;
    expect(v.tallies.map((t) => t.id)).toEqual(order.filter((id) => id === 't-late' || id === 't-early'));
    expect(new Set(v.tallies.map((t) => t.id)).size).toBe(2);
  });

  it('gives an article that reports nothing empty lists', () => {
    expect(articleView(corpus, 'bare')).toMatchObject({ translations: [bare], incidents: [], tallies: [] });
  });
});
