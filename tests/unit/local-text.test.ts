import { describe, expect, it } from 'vitest';
import { allTexts, asLocalText, combineLocalText, textIn } from '../../src/lib/local-text.ts';

describe('local text', () => {
  it('shows the page language, else English, French, Dutch in that order, saying which', () => {
    expect(textIn({ fr: 'rue', nl: 'straat' }, 'nl')).toEqual({ text: 'straat', lang: 'nl' });
    expect(textIn({ fr: 'rue', en: 'street' }, 'nl')).toEqual({ text: 'street', lang: 'en' });
    expect(textIn({ nl: 'straat', fr: 'rue' }, 'en')).toEqual({ text: 'rue', lang: 'fr' });
    expect(textIn({ nl: 'straat' }, 'fr')).toEqual({ text: 'straat', lang: 'nl' });
    expect(() => textIn({}, 'en')).toThrow();
  });

  it('reads a plain string in the given language', () => {
    expect(asLocalText('rue Dante', 'fr')).toEqual({ fr: 'rue Dante' });
    expect(asLocalText({ nl: 'x' }, 'fr')).toEqual({ nl: 'x' });
  });

  it('combines languages and reports a language written two ways', () => {
    expect(combineLocalText({ en: 'a' }, { fr: 'b' })).toEqual({ text: { en: 'a', fr: 'b' }, conflicts: [] });
    expect(combineLocalText({ en: 'a', nl: 'c' }, { en: 'a', nl: 'd' })).toEqual({ text: { en: 'a', nl: 'c' }, conflicts: ['nl'] });
    expect(allTexts({ nl: 'c', en: 'a' })).toEqual(['a', 'c']);
  });
});

import { codeSegments } from '../../src/lib/format.ts';
describe('code segments', () => {
  it('splits text on backticks into text and code', () => {
    expect(codeSegments('Si `killed_at_least` est vrai')).toEqual([{ text: 'Si ', code: false }, { text: 'killed_at_least', code: true }, { text: ' est vrai', code: false }]);
    expect(codeSegments('plain')).toEqual([{ text: 'plain', code: false }]);
  });
});

describe('local text fallbacks', () => {
  it('says plainly when a text has no language at all', () => {
    expect(() => textIn({}, 'fr')).toThrow('a localised text has no language at all');
  });

  it('takes what the second copy adds in every language, and keeps the first copy intact', () => {
    const first = { nl: 'straat' };
    expect(combineLocalText(first, { en: 'street', fr: 'rue', nl: 'straat' })).toEqual({ text: { nl: 'straat', en: 'street', fr: 'rue' }, conflicts: [] });
    expect(first).toEqual({ nl: 'straat' });
    expect(combineLocalText({ en: 'a', fr: 'b', nl: 'c' }, { en: 'x', fr: 'y', nl: 'z' }).conflicts).toEqual(['en', 'fr', 'nl']);
    expect(allTexts({ fr: 'b', nl: 'c', en: 'a' })).toEqual(['a', 'b', 'c']);
    expect(allTexts({})).toEqual([]);
  });
});
