/** A number written inside an interface string reads as Intl would write it in that language (a French "100 000" keeps its narrow no-break space, so it never breaks across lines). */
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/i18n/strings.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { LANGS } from '../../src/lib/reference.ts';

const GROUPED = /\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?!\d)/gu;

describe('numbers inside interface strings', () => {
  it.each(LANGS)('%s writes grouped numbers as Intl does', (lang) => {
    const wrong: string[] = [];
    for (const [key, text] of Object.entries(STRINGS[lang])) {
      for (const [n] of text.matchAll(GROUPED)) {
        const value = Number(n.replace(/\D/g, ''));
        if (n !== formatNumber(value, lang)) wrong.push(`${key}: "${n}" should be "${formatNumber(value, lang)}"`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
