import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd } from '../../src/lib/json-ld.ts';

describe('article page data', () => {
  it('writes NewsArticle JSON-LD with the last update as dateModified', () => {
    const data = { title: 'T', dek: 'D', published: '2026-11-19', updated: '2026-11-24', authors: ['A', 'B'] };
    const ld = newsArticleJsonLd({ data, lang: 'fr', publisher: 'P', url: 'https://x/fr/a/', image: 'https://x/og.png' });
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'T',
      description: 'D',
      inLanguage: 'fr',
      datePublished: '2026-11-19',
      dateModified: '2026-11-24',
      author: [{ '@type': 'Person', name: 'A' }, { '@type': 'Person', name: 'B' }],
      publisher: { '@type': 'Organization', name: 'P' },
      image: 'https://x/og.png',
      mainEntityOfPage: 'https://x/fr/a/',
      url: 'https://x/fr/a/',
    });
    expect(newsArticleJsonLd({ data: { ...data, updated: undefined }, lang: 'fr', publisher: 'P', url: 'u', image: 'i' })['dateModified']).toBe('2026-11-19');
  });
});
