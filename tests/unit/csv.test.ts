import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvParseRows } from 'd3';
import { parseCsv, parseCsvRecords, toCsv } from '../../src/lib/csv.ts';

/** Any Unicode text, weighted towards the characters CSV must quote. */
const cellText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('\r', '\n', '"', ',', ' ', 'a', 'é', '\u{1F600}', '\u2028', '\uFEFF') }),
);

describe('csv', () => {
  it('quotes commas, quotes, line breaks and edge spaces', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"'], ['line\nbreak', ' pad']])).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak"," pad"\r\n');
    // A lone carriage return is a line break to every CSV reader: it must be quoted too.
    expect(toCsv(['a'], [['x\ry']])).toBe('a\r\n"x\ry"\r\n');
  });

  it('writes what an independent parser (d3-dsv) reads back exactly, for any Unicode text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { maxLength: 20 }), (rows) => {
        expect(csvParseRows(toCsv(['a', 'b', 'c'], rows))).toEqual([['a', 'b', 'c'], ...rows]);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back what it writes, for any Unicode text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { maxLength: 20 }), (rows) => {
        expect(parseCsv(toCsv(['a', 'b', 'c'], rows))).toEqual([['a', 'b', 'c'], ...rows]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a quote inside an unquoted cell as text, as d3-dsv does', () => {
    expect(parseCsv('a"b,c\r\n')).toEqual([['a"b', 'c']]);
    expect(parseCsv('a"b,c\r\n')).toEqual(csvParseRows('a"b,c\r\n'));
  });

  it('reads records by header and rejects ragged rows', () => {
    expect(parseCsvRecords('\uFEFFx,y\n1,2\n')).toEqual([{ x: '1', y: '2' }]);
    expect(() => parseCsvRecords('x,y\n1\n')).toThrow(/row 2 has 1 cells/);
    expect(() => parseCsv('"open')).toThrow(/quoted/);
  });
});
