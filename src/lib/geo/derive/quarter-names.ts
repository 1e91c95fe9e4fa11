/**
 * Display names of the quarters. UrbIS stores them in sentence case with the
 * accents stripped ("Cureghem rosee"). Dutch display names come verbatim from
 * the regional wijkmonitoring list. French names are rebuilt here, and only
 * from committed spellings, never guessed:
 *
 * 1. the whole name, when it is spelt the same as a Dutch display name, a
 *    station's French name (STIB) or a commune's official French name;
 * 2. otherwise word by word: every word is capitalised except the French
 *    particles below; a word found in those same lists or in the committed
 *    word list (data/geo/quarter-accents-fr.json) takes its accents from
 *    there, and its capitals too where it has some (OTAN, CERIA); any other
 *    word keeps its letters.
 */
import { foldName } from '../../commune-lookup.ts';

/** Words written in lower case inside a French place name. */
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'aux', 'au', 'et', 'sur', "d'", "l'"]);

export interface Spellings {
  /** Whole names whose case and accents are known: Dutch display names, stations, communes. */
  names: readonly string[];
  /** Single words with their accents, from the same lists and the committed word list. */
  words: readonly string[];
}

export interface RestoredName {
  name: string;
  /** How the spelling was established: a whole known name, or word by word. */
  how: 'whole-name' | 'words';
  /** Words whose spelling came from a list (the rest only had their case set). */
  fromList: string[];
}

function wordKey(word: string): string {
  // Stryker disable next-line StringLiteral: tokens are split at spaces, hyphens and apostrophes and listed words are letters only, so no key has an inner space to remove
  return foldName(word).replace(/ /g, '');
}

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase('fr') + word.slice(1);
}

/** Splits into words and the separators between them, keeping the separators. */
function tokens(name: string): string[] {
  // Stryker disable next-line Regex: splitting runs of spaces one space at a time keeps every space as a separator token, and join('') puts them back the same
  return name.split(/(\s+|-|(?<=['’]))/).filter((t) => t !== '');
}

export function restoreFrenchName(urbis: string, spellings: Spellings): RestoredName {
  const whole = spellings.names.find((n) => foldName(n) === foldName(urbis));
  if (whole) return { name: whole, how: 'whole-name', fromList: [] };
  const byKey = new Map<string, string>();
  for (const w of spellings.words) if (!byKey.has(wordKey(w))) byKey.set(wordKey(w), w);
  const fromList: string[] = [];
  let first = true;
  const out = tokens(urbis.toLocaleLowerCase('fr')).map((tok) => {
    // Stryker disable next-line Regex: a token is either all separator or has none, so dropping ^ or $ matches the same tokens
    if (/^(\s+|-)$/.test(tok)) return tok;
    const isFirst = first;
    first = false;
    if (!isFirst && PARTICLES.has(tok)) return tok;
    const known = byKey.get(wordKey(tok));
    if (known && known.length === tok.length) {
      fromList.push(known);
      // A listed spelling gives the accents; its capitals count only where it has some (OTAN, CERIA).
      return /\p{Lu}/u.test(known) ? known : capitalise(known);
    }
    if (/^[ivx]+$/.test(tok)) return tok.toUpperCase();
    return capitalise(tok);
  });
  return { name: out.join(''), how: 'words', fromList };
}

/** Words of a list of names, as spelt there, for use as word spellings. */
export function wordsOf(names: readonly string[]): string[] {
  // Separators (spaces, hyphens) have no letter.
  return names.flatMap((n) => tokens(n).filter((t) => /\p{L}/u.test(t)));
}
