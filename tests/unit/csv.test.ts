import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv, parseCsvRecords, toCsv } from '../../src/lib/csv.ts';

describe('csv', () => {
  it('quotes commas, quotes, line breaks and edge spaces', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"'], ['line\nbreak', ' pad']])).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak"," pad"\r\n');
  });

  it('round-trips any table of strings', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 3, maxLength: 3 }), { maxLength: 20 }), (rows) => {
        expect(parseCsv(toCsv(['a', 'b', 'c'], rows))).toEqual([['a', 'b', 'c'], ...rows]);
      }),
    );
  });

  it('reads records by header and rejects ragged rows', () => {
    expect(parseCsvRecords('\uFEFFx,y\n1,2\n')).toEqual([{ x: '1', y: '2' }]);
    expect(() => parseCsvRecords('x,y\n1\n')).toThrow(/row 2 has 1 cells/);
    expect(() => parseCsv('"open')).toThrow(/quoted/);
  });
});
