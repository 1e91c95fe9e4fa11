/** Translation keys link an article to its versions in the other languages: one per language. */
import { describe, expect, it } from 'vitest';
import { translationConflicts } from '../../src/lib/translations.ts';
import { entry } from './helpers.ts';

describe('translation keys', () => {
  it('articles without a key are never in conflict, even in one language', () => {
    expect(translationConflicts([entry('a.mdx', []), entry('b.mdx', []), entry('c.mdx', [], { lang: 'fr' })])).toEqual([]);
  });

  it('names the earlier file for each later article that repeats a key in its language', () => {
    const [a, b, c] = ['a.mdx', 'b.mdx', 'c.mdx'].map((f) => entry(f, [], { translation_key: 'k', lang: 'nl' }));
    const other = entry('d.mdx', [], { translation_key: 'other', lang: 'nl' });
    expect(translationConflicts([a!, other, b!, c!])).toEqual([
      "b.mdx: translation_key 'k' is already used by a.mdx for language 'nl'; expected one article per language per key",
      "c.mdx: translation_key 'k' is already used by a.mdx for language 'nl'; expected one article per language per key",
    ]);
  });
});
