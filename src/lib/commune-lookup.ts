/**
 * Editors write communes the way Brussels does: in French, Dutch or English,
 * with or without accents, or as a NIS code. Everything resolves to the NIS code.
 */
import { COMMUNES, type Commune } from './reference.ts';

/** Text without accents, case or punctuation: words separated by single spaces. */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** For matching names only: "St Gilles" and "Saint-Gilles" are one commune. Never for slugs. */
export function foldName(value: string): string {
  return foldText(value).replace(/\bst\b/g, 'saint');
}

function spellings(c: Commune): string[] {
  return [c.nis, c.slug, c.name.fr, c.name.nl, c.name.en, ...c.aliases];
}

const byFolded = new Map<string, Commune>();
for (const c of COMMUNES) {
  for (const s of spellings(c)) byFolded.set(foldName(s), c);
}

export function findCommune(value: string): Commune | undefined {
  return byFolded.get(foldName(value));
}

export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** The closest commune to a misspelling, when it is close enough to be a plausible typo. */
export function suggestCommune(value: string): Commune | undefined {
  const folded = foldName(value);
  let best: { commune: Commune; distance: number } | undefined;
  for (const [spelling, commune] of byFolded) {
    const distance = levenshtein(folded, spelling);
    if (!best || distance < best.distance) best = { commune, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(folded.length / 4)) ? best.commune : undefined;
}

export function unknownCommuneMessage(value: string): string {
  const hint = suggestCommune(value);
  const suggestion = hint ? `; did you mean ${hint.name.fr} (${hint.nis})?` : '; expected one of the 19 communes by French, Dutch or English name, or a NIS code 21001–21019';
  return `commune '${value}' is not a Brussels commune${suggestion}`;
}
