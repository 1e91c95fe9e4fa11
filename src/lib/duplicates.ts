/**
 * An incident reported twice under two ids would be counted twice. Two records
 * on the same day, in the same commune, at a place that shares a name (or at a
 * place one of them does not state) are most likely one event; the editor
 * either reuses the first id or says they differ with `distinct_from`.
 */
import { pushTo } from './group.ts';
import { allTexts, type LocalText } from './local-text.ts';

interface Placed {
  id: string;
  date: string | null;
  date_precision: string;
  commune: string | null;
  place: LocalText;
  station?: string | undefined;
  distinct_from?: readonly string[] | undefined;
  reportedIn: readonly { file: string }[];
}

export interface DuplicatePair {
  /** The record to keep: the one first in id order. */
  keep: string;
  duplicate: string;
  date: string;
  commune: string;
  files: string[];
  /** The shared words (or 'place not stated') that made them match. */
  reason: string;
}

/** Words that say what kind of place it is, not which one. */
const GENERIC = new Set(
  (
    'near close from the and not stated place street road avenue square station metro premetro tram stop bus ' +
    'rue avenue chaussee boulevard place square parvis quai pres proximite de des du la le les non precise precisee lieu gare ' +
    'bij nabij aan straat laan steenweg plein metrostation station van het een niet vermeld buurt wijk quartier district area ' +
    'in at on of a an en et ou dans sur a au aux'
  ).split(' '),
);

/** Distinctive words of a place in every language it is written in, accents and case folded. */
export function placeWords(place: LocalText, station?: string): Set<string> {
  const text = [...allTexts(place), station ?? ''].join(' ');
  const folded = text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
  // A word is a run of letters and digits; a place written without any has none.
  const words = (folded.match(/[a-z0-9]+/g) ?? []).filter((w) => w.length >= 3 && !GENERIC.has(w));
  return new Set(words);
}

function sharedWords(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((w) => b.has(w)).sort();
}

export function likelyDuplicates(incidents: readonly Placed[]): DuplicatePair[] {
  const groups = new Map<string, Placed[]>();
  for (const inc of incidents) {
    // Only a known day can say "the same day"; a month is too wide to call two records one.
    if (inc.date === null || inc.commune === null || inc.date_precision !== 'day') continue;
    // The schema gives precision 'day' only to a full YYYY-MM-DD date; checked in case the two drift apart.
    if (inc.date.length !== 10) continue;
    const key = `${inc.date}|${inc.commune}`;
    pushTo(groups, key, inc);
  }
  const pairs: DuplicatePair[] = [];
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => a.id.localeCompare(b.id));
    // Stryker disable next-line EqualityOperator: one more turn with i = length runs no inner loop, since j starts past the end
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i]!;
        const b = sorted[j]!;
        if (a.distinct_from?.includes(b.id) || b.distinct_from?.includes(a.id)) continue;
        const wa = placeWords(a.place, a.station);
        const wb = placeWords(b.place, b.station);
        const shared = sharedWords(wa, wb);
        const unstated = wa.size === 0 || wb.size === 0;
        if (!shared.length && !unstated) continue;
        pairs.push({
          keep: a.id,
          duplicate: b.id,
          date: a.date!,
          commune: a.commune!,
          files: [...new Set([...a.reportedIn, ...b.reportedIn].map((r) => r.file))],
          reason: shared.length ? `places share '${shared.join("', '")}'` : 'one of the places is not stated',
        });
      }
    }
  }
  return pairs;
}

export function duplicateMessage(p: DuplicatePair): string {
  return `incident '${p.duplicate}' looks like '${p.keep}' (same day ${p.date}, commune ${p.commune}, ${p.reason}); reuse the id '${p.keep}', or add distinct_from: [${p.keep}] if they are different incidents (${p.files.join(', ')})`;
}
