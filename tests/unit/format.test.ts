/** Wording of dates, counts, lists and periods as readers see them; every expected string is written by hand. */
import { describe, expect, it } from 'vitest';
import {
  codeSegments,
  formatDate,
  formatDecimal,
  formatIncidentDate,
  formatList,
  formatMonthShort,
  formatPeriod,
  formatShare,
} from '../../src/lib/format.ts';
import { countWording, victimCountState, victimState } from '../../src/lib/count-state.ts';

describe('incident dates', () => {
  it('gives a weekday only when the day itself is not stated', () => {
    expect(formatIncidentDate({ date: '2025-02', date_precision: 'month', weekday: 'thursday' }, 'en')).toBe('February 2025 (Thursday)');
    expect(formatIncidentDate({ date: '2025-02', date_precision: 'month', weekday: 'thursday' }, 'fr')).toBe('février 2025 (jeudi)');
    expect(formatIncidentDate({ date: '2025-02-05', date_precision: 'day', weekday: 'wednesday' }, 'en')).toBe('5 February 2025');
    expect(formatIncidentDate({ date: '2025-02', date_precision: 'month' }, 'en')).toBe('February 2025');
  });

  it('says when only the weekday, or nothing, is known', () => {
    expect(formatIncidentDate({ date: null, date_precision: 'unknown', weekday: 'wednesday' }, 'en')).toBe('a Wednesday, date not stated');
    expect(formatIncidentDate({ date: null, date_precision: 'unknown', weekday: 'wednesday' }, 'nl')).toBe('een woensdag, datum niet vermeld');
    expect(formatIncidentDate({ date: null, date_precision: 'unknown' }, 'en')).toBe('date not stated');
  });

  it('marks an approximate date after its weekday, and only an approximate one', () => {
    expect(formatIncidentDate({ date: '2025-02', date_precision: 'approximate', weekday: 'thursday' }, 'en')).toBe('February 2025 (Thursday) (approximate)');
    expect(formatIncidentDate({ date: '2025-02-10', date_precision: 'day' }, 'en')).toBe('10 February 2025');
  });
});

describe('dates and months', () => {
  it('formats each date in the language asked, whichever was asked first', () => {
    expect(formatDate('2025-03', 'en')).toBe('March 2025');
    expect(formatDate('2025-03', 'fr')).toBe('mars 2025');
    expect(formatDate('2025-03-01', 'nl')).toBe('1 maart 2025');
    // French writes the first of a month as an ordinal, and only the first.
    expect(formatDate('2025-03-01', 'fr')).toBe('1er mars 2025');
    expect(formatDate('2025-03-11', 'fr')).toBe('11 mars 2025');
    expect(formatDate('2025-03-21', 'fr')).toBe('21 mars 2025');
    expect(formatDate('2025-03-01', 'en')).toBe('1 March 2025');
    expect(formatDate('2024', 'en')).toBe('2024');
    expect(formatDate('2025-12-31', 'en')).toBe('31 December 2025');
  });

  it('refuses text that is not a partial date', () => {
    expect(() => formatDate('2025-13', 'en')).toThrow('not a partial date: 2025-13');
  });

  it('abbreviates a month for the chart axis', () => {
    expect(formatMonthShort('2025-02', 'en')).toBe('Feb 2025');
    expect(formatMonthShort('2024-12', 'nl')).toBe('dec 2024');
  });
});

describe('victim counts', () => {
  it('words a stated, a minimum and an unstated count', () => {
    expect(countWording(victimCountState(null), 'en')).toBe('not stated');
    expect(countWording(victimCountState(0), 'en')).toBe('0');
    expect(countWording(victimCountState(1234), 'nl')).toBe('1.234');
    expect(countWording(victimCountState({ at_least: 2 }), 'en')).toBe('at least 2');
    expect(countWording(victimCountState({ at_least: 1234 }), 'fr')).toBe('au moins 1\u202f234');
  });

  it('words a total: exact, at least, or not stated when nothing was stated', () => {
    expect(countWording(victimState({ count: 0, isMinimum: false, unknown: 0 }, 1), 'en')).toBe('0');
    expect(countWording(victimState({ count: 0, isMinimum: true, unknown: 2 }, 1), 'en')).toBe('not stated');
    expect(countWording(victimState({ count: 3, isMinimum: true, unknown: 1 }, 1), 'en')).toBe('at least 3');
    expect(countWording(victimState({ count: 1234, isMinimum: false, unknown: 0 }, 1), 'en')).toBe('1,234');
    expect(countWording(victimState({ count: 5, isMinimum: true, unknown: 0 }, 1), 'nl')).toBe('minstens 5');
  });
});

describe('lists, decimals and shares', () => {
  it('joins a list with the language\'s "and"', () => {
    expect(formatList(['Anderlecht', 'Forest', 'Ixelles'], 'en')).toBe('Anderlecht, Forest and Ixelles');
    expect(formatList(['Anderlecht', 'Forest'], 'fr')).toBe('Anderlecht et Forest');
    expect(formatList(['Anderlecht', 'Vorst'], 'nl')).toBe('Anderlecht en Vorst');
  });

  it('gives rates a fixed number of decimals', () => {
    expect(formatDecimal(2, 'en', 1)).toBe('2.0');
    expect(formatDecimal(2.345, 'fr', 2)).toBe('2,35');
    expect(formatDecimal(12.46, 'nl', 1)).toBe('12,5');
  });

  it('rounds a share to a whole percent', () => {
    expect(formatShare(0.256, 'en')).toBe('26%');
    expect(formatShare(2 / 57, 'en')).toBe('4%');
  });
});

describe('counted periods', () => {
  it('states the period as the source did', () => {
    expect(formatPeriod('2024-01-01', '2024-12-31', null, 'en')).toBe('1 January 2024 to 31 December 2024');
    expect(formatPeriod('2024-01-01', '2024-12-31', '2025-02-01', 'en')).toBe('1 January 2024 to 31 December 2024');
    expect(formatPeriod('2025-01-01', null, '2025-08-12', 'en')).toBe('from 1 January 2025 to the day it was stated, 12 August 2025');
    expect(formatPeriod('2025-01-01', null, null, 'fr')).toBe('depuis le 1er janvier 2025 (date de fin non précisée)');
  });
});

describe('code spans', () => {
  it('splits text at backticks, marking the quoted parts as code and dropping empty parts', () => {
    expect(codeSegments('Use `killed` or `injured`.')).toEqual([
      { text: 'Use ', code: false },
      { text: 'killed', code: true },
      { text: ' or ', code: false },
      { text: 'injured', code: true },
      { text: '.', code: false },
    ]);
    expect(codeSegments('`null`')).toEqual([{ text: 'null', code: true }]);
    expect(codeSegments('plain')).toEqual([{ text: 'plain', code: false }]);
  });
});
