/** Reading a download back by its field list: the check behind the round-trip test of the build. */
import { describe, expect, it } from 'vitest';
import { NULLS, type Field } from '../../src/lib/open-data/fields.ts';
import { readTableCsv } from '../../src/lib/open-data/read-csv.ts';

const d = (en: string) => ({ en, fr: en, nl: en });
const FIELDS: Field[] = [
  { name: 'id', type: 'string', description: d('id') },
  { name: 'killed', type: 'integer', nullMeans: NULLS.NOT_STATED, description: d('killed') },
  { name: 'articles', type: 'url-list', description: d('articles') },
];

describe('readTableCsv', () => {
  it('types each cell by its field, header checked, byte-order mark and quotes allowed', () => {
    expect(readTableCsv('\uFEFFid,killed,articles\r\na,1,https://x/ https://y/\r\n"b,c",,\r\n', FIELDS)).toEqual([
      { id: 'a', killed: 1, articles: ['https://x/', 'https://y/'] },
      { id: 'b,c', killed: null, articles: [] },
    ]);
    expect(readTableCsv('id,killed,articles\r\n', FIELDS)).toEqual([]);
  });

  it('refuses a header that is not the field list, naming the file', () => {
    expect(() => readTableCsv('id,articles,killed\r\na,https://x/,1\r\n', FIELDS, 'incidents.csv')).toThrow("incidents.csv: header is 'id,articles,killed', expected 'id,killed,articles'");
    expect(() => readTableCsv('id,killed\r\n', FIELDS)).toThrow("csv: header is 'id,killed', expected 'id,killed,articles'");
    expect(() => readTableCsv('', FIELDS, 'empty.csv')).toThrow("empty.csv: header is 'undefined', expected 'id,killed,articles'");
  });

  it('refuses a row of the wrong length, and a bad cell, with its line number', () => {
    expect(() => readTableCsv('id,killed,articles\r\na,1,\r\nb,2\r\n', FIELDS, 'incidents.csv')).toThrow('incidents.csv row 3: 2 cells, expected 3');
    expect(() => readTableCsv('id,killed,articles\r\na,1,\r\nb,2,,\r\n', FIELDS)).toThrow('csv row 3: 4 cells, expected 3');
    expect(() => readTableCsv('id,killed,articles\r\na,x,\r\n', FIELDS, 'incidents.csv')).toThrow("incidents.csv row 2: killed 'x' is not an integer");
  });
});
