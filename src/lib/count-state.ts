/**
 * What a count shown to a reader means. "0" alone would confuse four different
 * things: nothing was logged, records exist but do not state the number, the
 * number is a minimum, or it is exact. Every page words these states through
 * `countWording`, so a place with no record never reads "0 killed", "0.0 per
 * 100,000" or "at least 0".
 */
import { t } from '../i18n/strings.ts';
import { formatNumber } from './format.ts';
import type { Lang } from './reference.ts';
import type { VictimCount, VictimTotal } from './victims.ts';

export type CountState =
  | { kind: 'none-logged' }
  | { kind: 'not-stated' }
  | { kind: 'at-least'; n: number }
  | { kind: 'exactly'; n: number };

/** A number of records: zero records is "none logged", never a measured zero. */
export function recordState(records: number): CountState {
  return records === 0 ? { kind: 'none-logged' } : { kind: 'exactly', n: records };
}

/** One record's victim count as its source states it. */
export function victimCountState(value: VictimCount): CountState {
  if (value === null) return { kind: 'not-stated' };
  if (typeof value === 'number') return { kind: 'exactly', n: value };
  return { kind: 'at-least', n: value.at_least };
}

/** A sum of victims over `records` records. */
export function victimState(total: VictimTotal, records: number): CountState {
  if (records === 0) return { kind: 'none-logged' };
  // "at least 0" says nothing: when no record states a number, say so.
  if (total.isMinimum && total.count === 0) return { kind: 'not-stated' };
  return total.isMinimum ? { kind: 'at-least', n: total.count } : { kind: 'exactly', n: total.count };
}

/** The one wording of each state, with the number in the page's language. */
export function countWording(state: CountState, lang: Lang, formatN: (n: number) => string = (n) => formatNumber(n, lang)): string {
  switch (state.kind) {
    case 'none-logged':
      return t(lang, 'stateNoneLogged');
    case 'not-stated':
      return t(lang, 'unknown');
    case 'at-least':
      return `${t(lang, 'atLeast')} ${formatN(state.n)}`;
    case 'exactly':
      return formatN(state.n);
  }
}
