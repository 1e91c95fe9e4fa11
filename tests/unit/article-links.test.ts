import { describe, expect, it } from 'vitest';
import { articleLinks, badArticleLinks } from '../../src/lib/article-links.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { publishedArticles } from '../../src/lib/publication.ts';

describe('links between articles', () => {
  it('finds relative and absolute article links, not external ones', () => {
    expect(articleLinks('[a](../one/) [b](/en/articles/two/#x) <a href="/fr/articles/three/">c</a> [d](https://x.org/articles/four/)')).toEqual(['one', 'two', 'three']);
  });

  it('refuses a published article that links to a draft, naming the file', () => {
    const { entries } = loadContent('tests/fixtures/draft-link');
    const published = publishedArticles(entries, '2026-11-22');
    const hidden = entries.filter((e) => !published.includes(e));
    expect(badArticleLinks(published, hidden)).toEqual([
      "tests/fixtures/draft-link/published.mdx: links to article 'secret-draft', which is a draft or scheduled for later; publish it first or remove the link",
      "tests/fixtures/draft-link/published.mdx: links to article 'no-such-article', which does not exist; expected the file name (without .mdx) of a published article",
    ]);
  });

  it('the real articles link only to published articles', () => {
    const { entries } = loadContent('content/articles');
    const published = publishedArticles(entries);
    expect(badArticleLinks(published, entries.filter((e) => !published.includes(e)))).toEqual([]);
    expect(entries.some((e) => articleLinks(e.body).length > 0)).toBe(true);
  });
});
