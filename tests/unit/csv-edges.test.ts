/** CSV text a reader may hand-edit: no final line break, bare CR or LF line ends, empty cells. Checked against d3-dsv. */
import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import { parseCsv, parseCsvRecords, toCsv } from '../../src/lib/csv.ts';

describe('csv edges', () => {
  it.each([
    ['a,b', [['a', 'b']]],
    ['a', [['a']]],
    ['a,', [['a', '']]],
    [',', [['', '']]],
    ['a\nb\n', [['a'], ['b']]],
    ['a\rb\r', [['a'], ['b']]],
    ['a\r\nb', [['a'], ['b']]],
    ['a\n\nb\n', [['a'], [''], ['b']]],
    ['"x""y",z', [['x"y', 'z']]],
    ['"",""""', [['', '"']]],
    ['"a\r\nb"\r\nc\r\n', [['a\r\nb'], ['c']]],
  ])('parses %j as d3-dsv does', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
    expect(csvParseRows(text)).toEqual(rows);
  });

  it('reads nothing from empty text, and strips a byte-order mark only at the start', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFFa,b\r\n')).toEqual([['a', 'b']]);
    expect(parseCsv('a,\uFEFFb\r\n')).toEqual([['a', '\uFEFFb']]);
    expect(parseCsvRecords('')).toEqual([]);
    expect(parseCsvRecords('x,y\r\n')).toEqual([]);
  });

  it('names the row and both lengths of a ragged record', () => {
    expect(() => parseCsvRecords('x,y\r\n1,2\r\n1,2,3\r\n')).toThrow('CSV row 3 has 3 cells, header has 2');
  });

  it('quotes a cell with edge spaces or tabs, and only such cells', () => {
    expect(toCsv(['a', 'b', 'c'], [['\tx', 'y ', 'in side']])).toBe('a,b,c\r\n"\tx","y ",in side\r\n');
    expect(toCsv(['h'], [])).toBe('h\r\n');
  });
});
