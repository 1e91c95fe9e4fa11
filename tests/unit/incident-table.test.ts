import { describe, expect, it } from 'vitest';
import { compareSortKeys, NOT_STATED, sortRows, tableCaption, type CaptionText } from '../../src/lib/incident-table.ts';

const text = (a: string, b: string) => a.localeCompare(b, 'fr');

describe('incident table order', () => {
  it.each([true, false])('puts "not stated" last whether ascending is %s, for numbers and for names', (ascending) => {
    const counts = sortRows(['2', NOT_STATED, '0', '10', NOT_STATED, '1'], (k) => k, { numeric: true, ascending, compareText: text });
    expect(counts).toEqual([...(ascending ? ['0', '1', '2', '10'] : ['10', '2', '1', '0']), NOT_STATED, NOT_STATED]);
    const names = sortRows(['Uccle', NOT_STATED, 'Anderlecht', 'Évere', 'Etterbeek'], (k) => k, { numeric: false, ascending, compareText: text });
    expect(names).toEqual([...(ascending ? ['Anderlecht', 'Etterbeek', 'Évere', 'Uccle'] : ['Uccle', 'Évere', 'Etterbeek', 'Anderlecht']), NOT_STATED]);
  });

  it('sorts dates as text, numbers as numbers, and keeps the order of equal keys', () => {
    const rows = [{ id: 'a', d: '2025-02-05' }, { id: 'b', d: NOT_STATED }, { id: 'c', d: '2024-03-31' }, { id: 'd', d: '2025-02-05' }];
    expect(sortRows(rows, (r) => r.d, { numeric: false, ascending: true, compareText: text }).map((r) => r.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(sortRows(rows, (r) => r.d, { numeric: false, ascending: false, compareText: text }).map((r) => r.id)).toEqual(['a', 'd', 'c', 'b']);
    expect(compareSortKeys('9', '10', { numeric: true, ascending: true, compareText: text })).toBeLessThan(0);
    expect(compareSortKeys(NOT_STATED, NOT_STATED, { numeric: true, ascending: false, compareText: text })).toBe(0);
  });

  it('orders "not stated" after a stated key from either side, in both directions', () => {
    for (const ascending of [true, false]) {
      const spec = { numeric: true, ascending, compareText: text };
      expect(compareSortKeys(NOT_STATED, '3', spec)).toBeGreaterThan(0);
      expect(compareSortKeys('3', NOT_STATED, spec)).toBeLessThan(0);
    }
  });

  it('keeps the given order of many rows with one key (a longer run than a sort handles by insertion)', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ id: i, key: i % 3 === 0 ? NOT_STATED : i % 2 === 0 ? '1' : '2' }));
    const sorted = sortRows(rows, (r) => r.key, { numeric: true, ascending: false, compareText: text });
    const ids = (key: string) => rows.filter((r) => r.key === key).map((r) => r.id);
    expect(sorted.map((r) => r.id)).toEqual([...ids('2'), ...ids('1'), ...ids(NOT_STATED)]);
  });
});

describe('incident table caption', () => {
  const words: CaptionText = { all: 'All {total} incidents', shown: '{n} of {total} incidents', named: { commune: 'commune {v}' } };
  const labels: Record<string, string> = { '21001': 'Anderlecht', '2025': '2025', shooting: 'shooting', killed: 'someone killed', '$&': 'Saint-$&' };
  const label = (_k: string, v: string) => labels[v] ?? v;

  it('says all when no filter is set, whatever the count', () => {
    expect(tableCaption({}, '126', '126', words, label)).toBe('All 126 incidents');
  });

  it('says how many of how many, then each filter set: where, when, what, who', () => {
    expect(tableCaption({ year: '2025', commune: '21001' }, '12', '126', words, label)).toBe('12 of 126 incidents, commune Anderlecht, 2025');
    expect(tableCaption({ victims: 'killed', type: 'shooting', year: '2025' }, '0', '126', words, label)).toBe('0 of 126 incidents, 2025, shooting, someone killed');
  });

  it('writes names as they are, "$" included', () => {
    expect(tableCaption({ commune: '$&' }, '1', '2', words, label)).toBe('1 of 2 incidents, commune Saint-$&');
  });
});
