import { describe, expect, it } from 'vitest';
import { fullYearOf, headlineModel } from '../../src/lib/headline.ts';
import type { Tally } from '../../src/lib/schema.ts';
import { incident } from './helpers.ts';

const tally = (over: Partial<Tally>): Tally =>
  ({ id: 't', figure: 92, measure: 'shootings', counts: { text: 'shootings', lang: 'en' }, commune: null, period_start: '2024-01-01', period_end: '2024-12-31', stated_on: null, authority: { text: 'Police', lang: 'en' }, sources: [], ...over }) as unknown as Tally;

describe('the summary box', () => {
  const records = [
    incident({ id: 'a', date: '2024-03-01', killed: 1, injured: 0 }),
    incident({ id: 'b', date: '2025-02-05', killed: null, injured: 2 }),
    incident({ id: 'c', date: null, date_precision: 'unknown', killed: 0, injured: { at_least: 1 } }),
    incident({ id: 'd', date: '2025-06-01', type: 'explosion', killed: 3, injured: 5 }),
    incident({ id: 'e', date: '2016-03-22', type: 'terror-attack', killed: 10, injured: 100 }),
    incident({ id: 'f', date: '2023-11-02', killed: 1, injured: 1 }),
  ];
  // Built in each test, not in the describe body: Stryker ignores code that runs only while the file loads.
  const model = () => headlineModel(records, [tally({ id: 'y2024' }), tally({ id: 'half', period_end: '2024-06-30' })]);

  it('counts shootings of the log\u2019s period only, with their own victims', () => {
    const m = model();
    expect(m.from).toBe('2024-01-01');
    expect(m.to).toBe('2025-06-01');
    expect(m.shootings.count).toBe(3);
    // The explosion's and the 2016 attack's victims are not added to the shootings'.
    expect(m.shootings.killed).toEqual({ count: 1, isMinimum: true, unknown: 1 });
    expect(m.shootings.injured).toEqual({ count: 3, isMinimum: true, unknown: 0 });
  });

  it('puts each year beside the official count for exactly that year', () => {
    const m = model();
    expect(m.years.map((y) => [y.year, y.count, y.official.map((o) => o.id)])).toEqual([
      [2024, 1, ['y2024']],
      [2025, 1, []],
    ]);
    expect(m.undated.count).toBe(1);
  });

  it('counts other kinds apart and older records apart', () => {
    const m = model();
    expect(m.others).toEqual([{ type: 'explosion', count: 1 }]);
    expect(m.before).toBe(2);
  });

  it('knows a full calendar year of regional shootings', () => {
    expect(fullYearOf(tally({}))).toBe(2024);
    expect(fullYearOf(tally({ period_end: '2024-12-30' }))).toBeNull();
    expect(fullYearOf(tally({ measure: 'killed' }))).toBeNull();
    expect(fullYearOf(tally({ commune: '21001' }))).toBeNull();
  });

  it('does not take a figure without a stated end, or one that starts after 1 January, for a full year', () => {
    expect(fullYearOf(tally({ period_end: null }))).toBeNull();
    expect(fullYearOf(tally({ period_start: '2024-02-01' }))).toBeNull();
    expect(fullYearOf(tally({ period_start: '2024-01' }))).toBeNull();
    // Two calendar years are not one.
    expect(fullYearOf(tally({ period_start: '2023-01-01' }))).toBeNull();
    expect(fullYearOf(tally({ period_start: '2023-01-01', period_end: '2023-12-31' }))).toBe(2023);
  });

  it('lists the other kinds most frequent first, kinds seen as often in alphabetical order', () => {
    const others = [
      incident({ id: 'p', date: '2025-01-10', type: 'police-shooting' }),
      incident({ id: 'x', date: '2025-01-11', type: 'explosion' }),
      incident({ id: 's1', date: '2025-01-12', type: 'stabbing' }),
      incident({ id: 's2', date: '2025-01-13', type: 'stabbing' }),
    ];
    expect(headlineModel(others, []).others).toEqual([
      { type: 'stabbing', count: 2 },
      { type: 'explosion', count: 1 },
      { type: 'police-shooting', count: 1 },
    ]);
  });

  it('has no latest date when nothing in the period is dated, and no official figure without tallies', () => {
    const m = headlineModel([incident({ id: 'u', date: null, date_precision: 'unknown' }), incident({ id: 'y', date: '2024-05-02' })], []);
    expect(m.to).toBe('2024-05-02');
    expect(m.years).toEqual([{ year: 2024, count: 1, killed: { count: 0, isMinimum: true, unknown: 1 }, injured: { count: 1, isMinimum: false, unknown: 0 }, official: [] }]);
    expect(headlineModel([incident({ id: 'u', date: null, date_precision: 'unknown' })], []).to).toBeNull();
  });

  it('gives the latest date as its source states it, ordered by the first day it can mean', () => {
    // Given out of order on purpose. "June 2025" may mean 1 June, so 15 June is the latest.
    const m = headlineModel([incident({ id: 'a', date: '2025-06-15' }), incident({ id: 'b', date: '2025-06', date_precision: 'month' }), incident({ id: 'c', date: '2025-05-30' })], []);
    expect(m.to).toBe('2025-06-15');
  });
});
