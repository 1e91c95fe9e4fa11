/**
 * Editors name quarters and stations as Brussels does: in French or Dutch,
 * with or without accents, or by code. Everything resolves to the reference
 * table's key, and a near miss gets a suggestion, as for communes.
 */
import { foldName, levenshtein } from './commune-lookup.ts';
import { communeName, QUARTERS, quarterInCommune, STATIONS, type Quarter, type Station } from './reference.ts';

function index<T>(items: readonly T[], spellings: (item: T) => (string | number)[]): Map<string, T> {
  const byFolded = new Map<string, T>();
  for (const item of items) for (const s of spellings(item)) byFolded.set(foldName(String(s)), item);
  return byFolded;
}

/** The closest spelling to a misspelling, when it is close enough to be a plausible typo. */
function closest<T>(byFolded: Map<string, T>, value: string): T | undefined {
  const folded = foldName(value);
  let best: { item: T; distance: number } | undefined;
  for (const [spelling, item] of byFolded) {
    const distance = levenshtein(folded, spelling);
    if (!best || distance < best.distance) best = { item, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(folded.length / 4)) ? best.item : undefined;
}

/** Items with a name holding every word of the value ("Cureghem" → the three Cureghem quarters). */
function containing<T>(byFolded: Map<string, T>, value: string): T[] {
  // A folded name has single spaces and no space at either end; an empty value gives [''], which no spelling holds.
  const words = foldName(value).split(' ');
  const found = new Set<T>();
  for (const [spelling, item] of byFolded) {
    const have = spelling.split(' ');
    if (words.every((w) => have.includes(w))) found.add(item);
  }
  return [...found];
}

const quarterIndex = index(QUARTERS, (q) => [q.code, q.slug, q.name.fr, q.name.nl, q.urbis.fr, q.urbis.nl]);
const stationIndex = index(STATIONS, (s) => [s.id, s.name.fr, s.name.nl, s.stib]);

const quarterLabel = (q: Quarter) => `${q.name.fr} (${q.code})`;

export function findQuarter(value: string | number): Quarter | undefined {
  return quarterIndex.get(foldName(String(value)));
}

export function findStation(value: string): Station | undefined {
  return stationIndex.get(foldName(value));
}

function suggestions<T>(byFolded: Map<string, T>, value: string, label: (t: T) => string): string | null {
  const near = closest(byFolded, value);
  if (near) return `did you mean ${label(near)}?`;
  const partial = containing(byFolded, value);
  if (partial.length > 0 && partial.length <= 5) return `did you mean ${partial.map(label).join(' or ')}?`;
  return null;
}

export function unknownQuarterMessage(value: string | number): string {
  const hint = suggestions(quarterIndex, String(value), quarterLabel);
  return `quarter '${value}' is not one of the 145 quarters in data/quarters.json; ${hint ?? 'expected a quarter code, or its French or Dutch name'}`;
}

export function unknownStationMessage(value: string): string {
  const hint = suggestions(stationIndex, value, (s) => s.name.fr);
  return `station '${value}' is not one of the 70 metro and premetro stations in data/stations.json; ${hint ?? 'expected its French or Dutch name, or its id'}`;
}

/** A quarter of the commune whose name is close enough to the one given to be what the editor meant. */
function nearestQuarterIn(nis: string, name: string): Quarter | undefined {
  const folded = foldName(name);
  const score = (q: Quarter) => Math.min(...[q.name.fr, q.name.nl].map((n) => levenshtein(folded, foldName(n))));
  const words = new Set(folded.split(' ').filter((w) => w.length >= 4));
  const sharesAWord = (q: Quarter) => [q.name.fr, q.name.nl].some((n) => foldName(n).split(' ').some((w) => words.has(w)));
  const candidates = QUARTERS.filter((q) => quarterInCommune(q.code, nis));
  // Stryker disable next-line ArithmeticOperator: QUARTERS is in code order and sort is stable, so ties already come lowest code first
  const best = [...candidates].sort((a, b) => Number(sharesAWord(b)) - Number(sharesAWord(a)) || score(a) - score(b) || a.code - b.code)[0];
  return best && (sharesAWord(best) || score(best) <= Math.max(3, Math.floor(folded.length / 3))) ? best : undefined;
}

/** Why a quarter cannot be the record's, with what the editor probably meant. */
export function quarterOutsideCommuneMessage(quarter: Quarter, nis: string): string {
  const lies = quarter.communes.map((c) => `${communeName(c.nis, 'fr')} (${c.nis})`).join(' and ');
  const near = nearestQuarterIn(nis, quarter.name.fr);
  const main = quarter.communes[0]!.nis;
  const alternative = near ? `did you mean ${quarterLabel(near)}, in ${communeName(nis, 'fr')}, or` : '';
  return `quarter ${quarterLabel(quarter)} lies in ${lies}, not in ${communeName(nis, 'fr')} (${nis}); ${alternative || 'expected a quarter of that commune (data/quarters.json lists them); or'} is the commune ${communeName(main, 'fr')}?`;
}

export function stationOutsideCommuneMessage(station: Station, nis: string): string {
  return `station ${station.name.fr} lies in ${communeName(station.commune, 'fr')} (${station.commune}), in a quarter that does not reach ${communeName(nis, 'fr')} (${nis}); is the commune ${communeName(station.commune, 'fr')}? Otherwise name the station in 'place' and leave 'station' out`;
}
