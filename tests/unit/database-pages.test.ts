import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { databaseLayout, pageLabel, periodLabel, type DatabaseLayout } from '../../src/lib/database-pages.ts';

const recs = [{ date: '2024-05-01' }, { date: null }, { date: '2025-02' }, { date: '2025' }, { date: '2023-01-02' }];

function split<T>(l: DatabaseLayout<T>) {
  if (!l.split) throw new Error('expected a split layout');
  return l;
}
const keys = <T,>(l: DatabaseLayout<T>) => split(l).pages.map((p) => p.key);

describe('database pages', () => {
  it('keeps one page up to the limit', () => {
    const l = databaseLayout(recs, 5);
    expect(l).toEqual({ split: false, incidents: recs });
  });

  it('splits by year past the limit, newest first, undated last, losing nothing', () => {
    const l = split(databaseLayout(recs, 4));
    expect(l.years.map((y) => [y.year, y.count])).toEqual([['2025', 2], ['2024', 1], ['2023', 1], ['unknown', 1]]);
    expect(keys(l)).toEqual(['2025', '2024', '2023', 'unknown']);
    expect(l.pages[0]!.incidents).toEqual([{ date: '2025-02' }, { date: '2025' }]);
    expect(l.pages[0]).toMatchObject({ year: '2025', month: null, part: null, parts: null });
  });

  it('splits a year over the limit by month, newest first, dates without a month last', () => {
    const inc = [
      { date: '2024-01-05', id: 'a' },
      { date: '2024-11-02', id: 'b' },
      { date: '2024', id: 'c' },
      { date: '2024-11-30', id: 'd' },
      { date: '2023-07-01', id: 'e' },
    ];
    const l = split(databaseLayout(inc, 2));
    expect(keys(l)).toEqual(['2024/11', '2024/01', '2024/unknown', '2023']);
    expect(l.years[0]!.periods.map((p) => [p.month, p.count])).toEqual([['11', 2], ['01', 1], ['unknown', 1]]);
    expect(l.pages[0]!.incidents.map((i) => i.id)).toEqual(['b', 'd']);
  });

  it('splits a year of exactly one more than the limit, and keeps a year at the limit whole', () => {
    const inc = [{ date: '2024-02-01' }, { date: '2024-01-01' }, { date: '2024-01-02' }, { date: '2023-05-01' }, { date: '2023-06-01' }];
    expect(keys(databaseLayout(inc, 2))).toEqual(['2024/02', '2024/01', '2023']);
  });

  it('cuts a month over the limit into numbered parts, in order', () => {
    const inc = ['2024-03-31', '2024-03-20', '2024-03-10', '2024-03-02', '2024-03-01', '2024-02-01'].map((date, i) => ({ date, i }));
    const l = split(databaseLayout(inc, 2));
    expect(keys(l)).toEqual(['2024/03/1', '2024/03/2', '2024/03/3', '2024/02']);
    expect(l.pages.map((p) => p.incidents.map((x) => x.i))).toEqual([[0, 1], [2, 3], [4], [5]]);
    expect(l.pages.slice(0, 3).map((p) => [p.part, p.parts])).toEqual([[1, 3], [2, 3], [3, 3]]);
    expect(l.years[0]!.periods[0]!.count).toBe(5);
  });

  it('cuts the undated into parts: they have no month', () => {
    const inc = [{ date: null }, { date: null }, { date: null }, { date: '2020' }];
    expect(keys(databaseLayout(inc, 2))).toEqual(['2020', 'unknown/1', 'unknown/2']);
  });

  it('puts every incident on exactly one page of its period, none over the limit (property)', () => {
    const date = fc.option(
      fc.tuple(fc.integer({ min: 2019, max: 2025 }), fc.option(fc.integer({ min: 1, max: 12 }))).map(([y, m]) => (m === null ? String(y) : `${y}-${String(m).padStart(2, '0')}-01`)),
    );
    fc.assert(
      fc.property(fc.array(date, { maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (dates, limit) => {
        const inc = dates.map((d, id) => ({ date: d, id }));
        const l = databaseLayout(inc, limit);
        if (!l.split) {
          expect(inc.length).toBeLessThanOrEqual(limit);
          return;
        }
        expect(new Set(l.pages.map((p) => p.key)).size).toBe(l.pages.length);
        expect(l.pages.flatMap((p) => p.incidents.map((x) => x.id)).sort((a, b) => a - b)).toEqual(inc.map((x) => x.id));
        for (const p of l.pages) {
          expect(p.incidents.length).toBeGreaterThan(0);
          expect(p.incidents.length).toBeLessThanOrEqual(limit);
          for (const x of p.incidents) {
            expect(x.date === null ? 'unknown' : x.date.slice(0, 4)).toBe(p.year);
            if (p.month !== null && p.year !== 'unknown') expect(x.date!.length > 4 ? x.date!.slice(5, 7) : 'unknown').toBe(p.month);
          }
        }
      }),
    );
  });

  it('refuses a limit below one', () => {
    expect(() => databaseLayout(recs, 0)).toThrow(/1 or more/);
  });
});

describe('database page labels', () => {
  it('names the period and the part in each language', () => {
    expect(periodLabel({ year: '2024', month: null }, 'en')).toBe('2024');
    expect(periodLabel({ year: '2024', month: '03' }, 'en')).toBe('March 2024');
    expect(periodLabel({ year: '2024', month: '03' }, 'fr')).toBe('mars 2024');
    expect(periodLabel({ year: '2024', month: '03' }, 'nl')).toBe('maart 2024');
    expect(periodLabel({ year: '2024', month: 'unknown' }, 'en')).toBe('2024, month not stated');
    expect(periodLabel({ year: 'unknown', month: null }, 'nl')).toBe('datum niet vermeld');
    expect(pageLabel({ year: '2024', month: '03', part: 2, parts: 3 }, 'en')).toBe('March 2024, part 2 of 3');
    expect(pageLabel({ year: '2024', month: '03', part: 2, parts: 3 }, 'fr')).toBe('mars 2024, partie 2 sur 3');
    expect(pageLabel({ year: '2024', month: null, part: null, parts: null }, 'fr')).toBe('2024');
  });
});
