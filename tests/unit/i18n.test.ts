import { describe, expect, it } from 'vitest';
import { variableNames as placeholders } from '../../src/i18n/plural.ts';
import { STRINGS, t } from '../../src/i18n/strings.ts';

describe('interface strings', () => {
  const reference = STRINGS.en;
  it.each(['fr', 'nl'] as const)('%s has exactly the English keys, none empty, with the same placeholders', (lang) => {
    const table = STRINGS[lang];
    expect(Object.keys(table).sort()).toEqual(Object.keys(reference).sort());
    for (const [key, value] of Object.entries(table)) {
      expect(value.trim(), `${lang}.${key}`).not.toBe('');
      expect(placeholders(value), `${lang}.${key}`).toEqual(placeholders(reference[key as keyof typeof reference]));
    }
  });
  it('fills placeholders', () => {
    expect(t('fr', 'byline', { authors: 'A' })).toBe('Par A');
  });
});
