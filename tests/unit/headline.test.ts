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
  const model = headlineModel(records, [tally({ id: 'y2024' }), tally({ id: 'half', period_end: '2024-06-30' })]);

  it('counts shootings of the log\u2019s period only, with their own victims', () => {
    expect(model.from).toBe('2024-01-01');
    expect(model.to).toBe('2025-06-01');
    expect(model.shootings.count).toBe(3);
    // The explosion's and the 2016 attack's victims are not added to the shootings'.
    expect(model.shootings.killed).toEqual({ count: 1, isMinimum: true, unknown: 1 });
    expect(model.shootings.injured).toEqual({ count: 3, isMinimum: true, unknown: 0 });
  });

  it('puts each year beside the official count for exactly that year', () => {
    expect(model.years.map((y) => [y.year, y.count, y.official.map((o) => o.id)])).toEqual([
      [2024, 1, ['y2024']],
      [2025, 1, []],
    ]);
    expect(model.undated.count).toBe(1);
  });

  it('counts other kinds apart and older records apart', () => {
    expect(model.others).toEqual([{ type: 'explosion', count: 1 }]);
    expect(model.before).toBe(2);
  });

  it('knows a full calendar year of regional shootings', () => {
    expect(fullYearOf(tally({}))).toBe(2024);
    expect(fullYearOf(tally({ period_end: '2024-12-30' }))).toBeNull();
    expect(fullYearOf(tally({ measure: 'killed' }))).toBeNull();
    expect(fullYearOf(tally({ commune: '21001' }))).toBeNull();
  });
});
