/** The database page limit at its edges; expectations written by hand. */
import { describe, expect, it } from 'vitest';
import { databaseLayout, pageLabel } from '../../src/lib/database-pages.ts';

describe('database page limit', () => {
  it('accepts a limit of one row a page', () => {
    const l = databaseLayout([{ date: '2024-01-01' }, { date: '2023-01-01' }], 1);
    expect(l.split && l.pages.map((p) => p.key)).toEqual(['2024', '2023']);
  });

  it('refuses a limit below one or not a number, naming it', () => {
    expect(() => databaseLayout([], 0.5)).toThrow('the database page limit must be 1 or more, not 0.5');
    expect(() => databaseLayout([], Number.NaN)).toThrow('not NaN');
  });

  it('names a part of the undated', () => {
    expect(pageLabel({ year: 'unknown', month: null, part: 1, parts: 2 }, 'en')).toBe('date not stated, part 1 of 2');
  });
});
