/** Every form of link to an article that an editor may write in MDX; expectations written by hand. */
import { describe, expect, it } from 'vitest';
import { articleLinks, badArticleLinks } from '../../src/lib/article-links.ts';

describe('article links in MDX', () => {
  it.each([
    ['[a](../one/)', ['one']],
    ['[a](../one)', ['one']],
    ['[a](../one/#context)', ['one']],
    ['[a](../one/#note:1)', ['one']],
    ['[a](/nl/articles/two?ref=x)', ['two']],
    ['[a](articles/three/)', ['three']],
    ['[a](../four/ "The title")', ['four']],
    ["<a href='/fr/articles/five/'>x</a>", ['five']],
    ['<a href="../six/">x</a>', ['six']],
    ['[a](HTTPS://example.org/articles/seven/)', []],
    ['[a](mailto:desk@example.org)', []],
    ['[a](/en/myarticles/eight/)', []],
    ['[a](/en/articles/nine/extra/)', []],
    ['[a](../../ten/)', []],
    ['[a](../Eleven/)', []],
    ['[a](#twelve)', []],
    ['[a](../one/) and [b](../two/)', ['one', 'two']],
  ])('reads %s as %j', (body, slugs) => {
    expect(articleLinks(body)).toEqual(slugs);
  });

  it('accepts links to published articles and names the unpublished and the missing', () => {
    const published = [
      { file: 'a.mdx', slug: 'a', body: '[b](../b/) [draft](../draft/) [gone](../gone/)' },
      { file: 'b.mdx', slug: 'b', body: '[a](/en/articles/a/)' },
    ];
    expect(badArticleLinks(published, [{ slug: 'draft' }])).toEqual([
      "a.mdx: links to article 'draft', which is a draft or scheduled for later; publish it first or remove the link",
      "a.mdx: links to article 'gone', which does not exist; expected the file name (without .mdx) of a published article",
    ]);
  });
});
