/** How an editor's spelling of a commune resolves, and what a typo gets back; expectations written by hand from data/communes.json. */
import { describe, expect, it } from 'vitest';
import { findCommune, foldName, foldText, levenshtein, suggestCommune, unknownCommuneMessage } from '../../src/lib/commune-lookup.ts';

describe('folding text', () => {
  it('drops accents, case and punctuation, leaving single spaces between words', () => {
    expect(foldText('Béguinage - Dixmude')).toBe('beguinage dixmude');
    expect(foldText('  ÉTTERBEEK  ')).toBe('etterbeek');
    expect(foldText("Gare de l'Ouest")).toBe('gare de l ouest');
    expect(foldText('Woluwe--Saint   Pierre!')).toBe('woluwe saint pierre');
    expect(foldText('21013')).toBe('21013');
  });

  it('reads "St" as "Saint" in names, as a whole word only', () => {
    expect(foldName('St Gilles')).toBe('saint gilles');
    expect(foldName('St-Josse St-Gilles')).toBe('saint josse saint gilles');
    expect(foldName('Stalingrad')).toBe('stalingrad');
    expect(foldName('Ouest st')).toBe('ouest saint');
    expect(foldName('Rue Est')).toBe('rue est');
  });
});

describe('finding a commune', () => {
  it.each([
    ['21013', '21013'],
    ['saint-gilles', '21013'],
    ['Sint-Gillis', '21013'],
    ['ST GILLES', '21013'],
    ['City of Brussels', '21004'],
    ['Ouderghem', '21002'],
    ['Sint-Jans-Molenbeek', '21012'],
    ['woluwe-saint-pierre', '21019'],
  ])('resolves %s to %s', (value, nis) => {
    expect(findCommune(value)?.nis).toBe(nis);
  });

  it('knows no commune outside the region', () => {
    expect(findCommune('Antwerpen')).toBeUndefined();
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('abc', '')).toBe(3);
    expect(levenshtein('forest', 'forest')).toBe(0);
    expect(levenshtein('ab', 'ba')).toBe(2);
    expect(levenshtein('flaw', 'lawn')).toBe(2);
    expect(levenshtein('uccle', 'ukkel')).toBe(4);
  });
});

describe('suggesting a commune for a typo', () => {
  it('suggests the closest spelling within two edits, or a quarter of the length for long values', () => {
    expect(suggestCommune('Molenbek')?.nis).toBe('21012');
    // "jetteee" is two edits from "jette": close enough.
    expect(suggestCommune('Jetteee')?.nis).toBe('21010');
    // "jetteeee" is three edits away and only 8 letters long: not a plausible typo.
    expect(suggestCommune('Jetteeee')).toBeUndefined();
    // "koekelbergxyz" is 13 letters, three edits from "koekelberg": allowed for a value that long.
    expect(suggestCommune('Koekelbergxyz')?.nis).toBe('21011');
    expect(suggestCommune('Koekelbergwxyz')).toBeUndefined();
    expect(suggestCommune('Antwerpen')).toBeUndefined();
  });

  it('on a tie, suggests the commune first in NIS order', () => {
    // "2100" is one edit from 21001 … 21010: Anderlecht comes first.
    expect(suggestCommune('2100')?.nis).toBe('21001');
  });

  it('words the error with the suggestion, or with what is expected', () => {
    expect(unknownCommuneMessage('Ixeles')).toBe("commune 'Ixeles' is not a Brussels commune; did you mean Ixelles (21009)?");
    expect(unknownCommuneMessage('Antwerpen')).toBe(
      "commune 'Antwerpen' is not a Brussels commune; expected one of the 19 communes by French, Dutch or English name, or a NIS code 21001–21019",
    );
  });
});
