import { describe, expect, it } from 'vitest';
import { pluralForm, resolvePlurals, variableNames } from '../../src/i18n/plural.ts';
import { STRINGS, t, type StringKey } from '../../src/i18n/strings.ts';
import { LANGS } from '../../src/i18n/langs.ts';

describe('plural forms', () => {
  it('picks the form each language uses for a number', () => {
    const forms = { one: 'one', other: 'other' };
    expect([0, 1, 2].map((n) => pluralForm('en', n, forms))).toEqual(['other', 'one', 'other']);
    // French puts 0 and 1 in the singular; Dutch only 1.
    expect([0, 1, 2].map((n) => pluralForm('fr', n, forms))).toEqual(['one', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralForm('nl', n, forms))).toEqual(['other', 'one', 'other']);
    expect(pluralForm('en', 0, { '=0': 'none', ...forms })).toBe('none');
  });

  it('writes the number in the language\u2019s digits and keeps other placeholders', () => {
    const text = '{n, plural, one {# shooting of {year}} other {# shootings of {year}}}';
    expect(resolvePlurals('en', text, { n: 1 })).toBe('1 shooting of {year}');
    expect(resolvePlurals('en', text, { n: 1234 })).toBe('1,234 shootings of {year}');
    expect(resolvePlurals('nl', text, { n: 1234 })).toBe('1.234 shootings of {year}');
  });

  it('refuses a formatted string where a number is needed', () => {
    expect(() => resolvePlurals('en', '{n, plural, one {#} other {#}}', { n: '1' })).toThrow(/needs a number/);
  });

  it('names the variables of a string', () => {
    expect(variableNames('{a} {n, plural, one {# x {b}} other {# xs}}')).toEqual(['a', 'b', 'n']);
  });

  it.each(LANGS)('resolves every counted string of %s for 0, 1, 2 and 1000, leaving no brace', (lang) => {
    for (const [key, text] of Object.entries(STRINGS[lang])) {
      if (!text.includes(', plural,')) continue;
      for (const n of [0, 1, 2, 1000]) {
        const vars = Object.fromEntries(variableNames(text).map((v) => [v, n]));
        const out = t(lang, key as StringKey, vars);
        expect(out, `${lang}.${key} with ${n}`).not.toMatch(/[{}#]/);
      }
    }
  });

  it('says "1 shooting" and "2 shootings" in every language', () => {
    expect(t('en', 'chartCumulativeWithoutDay', { n: 1, year: 2023 })).toBe('1 shooting of 2023 has no exact day: counted in the year, not on the curve.');
    expect(t('fr', 'chartCumulativeWithoutDay', { n: 1, year: 2023 })).toMatch(/^1 fusillade de 2023 n’a pas de jour exact/);
    expect(t('nl', 'chartCumulativeWithoutDay', { n: 1, year: 2023 })).toMatch(/^1 schietpartij van 2023 heeft geen exacte dag/);
    expect(t('nl', 'chartCommuneUnplaced', { n: 1 })).toBe('1 incident heeft geen gekende gemeente.');
    expect(t('en', 'chartCommuneUnplaced', { n: 2 })).toBe('2 incidents have no stated commune.');
  });
});
