/**
 * French display names of the quarters (src/lib/geo/derive/quarter-names.ts):
 * which spelling wins, and what the result says about where it came from.
 */
import { describe, expect, it } from 'vitest';
import { restoreFrenchName, wordsOf } from '../../src/lib/geo/derive/quarter-names.ts';

const spellings = { names: ['Étangs Noirs'], words: ['Léopold', 'Rosée', 'OTAN', 'Saint'] };

describe('restoring a French quarter name', () => {
  it('takes a whole known name as it is, with no word from the list', () => {
    expect(restoreFrenchName('Etangs noirs', spellings)).toEqual({ name: 'Étangs Noirs', how: 'whole-name', fromList: [] });
  });

  it('says which words came from the list, as spelt there', () => {
    expect(restoreFrenchName('Cureghem rosee', spellings)).toEqual({ name: 'Cureghem Rosée', how: 'words', fromList: ['Rosée'] });
    expect(restoreFrenchName('Square leopold otan', spellings)).toEqual({ name: 'Square Léopold OTAN', how: 'words', fromList: ['Léopold', 'OTAN'] });
  });

  it('takes the first spelling listed for a word when the list has two', () => {
    expect(restoreFrenchName('Cureghem rosee', { names: [], words: ['Rosée', 'Rosee'] }).name).toBe('Cureghem Rosée');
    expect(restoreFrenchName('Cureghem rosee', { names: [], words: ['Rosee', 'Rosée'] }).name).toBe('Cureghem Rosee');
  });

  it('capitalises a particle that opens the name, and only there', () => {
    expect(restoreFrenchName('Les quatre vents de la ville', spellings).name).toBe('Les Quatre Vents de la Ville');
  });

  it('capitalises the first word even after a stray leading space or hyphen', () => {
    expect(restoreFrenchName(' le chant', spellings).name).toBe(' Le Chant');
    expect(restoreFrenchName('  le chant', spellings).name).toBe('  Le Chant');
    expect(restoreFrenchName('-la roue', spellings).name).toBe('-La Roue');
  });

  it('does not expand an abbreviation to a listed word it only folds to (St is not Saint)', () => {
    expect(restoreFrenchName('Place st job', spellings)).toEqual({ name: 'Place St Job', how: 'words', fromList: [] });
  });

  it('writes Roman numerals in capitals, but not a word that merely ends like one', () => {
    expect(restoreFrenchName('Rue de la paix ii', spellings).name).toBe('Rue de la Paix II');
  });
});

describe('words of a list of names', () => {
  it('keeps words with letters, as spelt, and leaves out separators and numbers', () => {
    expect(wordsOf(['Hôtel des Monnaies', "Étangs d'Ixelles", 'Parvis - 2'])).toEqual(['Hôtel', 'des', 'Monnaies', 'Étangs', "d'", 'Ixelles', 'Parvis']);
  });
});
