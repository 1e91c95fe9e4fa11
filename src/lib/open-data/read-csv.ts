/** Reads a downloaded CSV back into typed rows, by the same field list that wrote it. */
import { parseCsv } from '../csv.ts';
import { fromCell, type Field, type Row } from './fields.ts';

export function readTableCsv(text: string, fields: readonly Field[], file = 'csv'): Row[] {
  const [header, ...rows] = parseCsv(text);
  const expected = fields.map((f) => f.name);
  if (!header || header.join(',') !== expected.join(',')) throw new Error(`${file}: header is '${header?.join(',')}', expected '${expected.join(',')}'`);
  return rows.map((cells, n) => {
    if (cells.length !== fields.length) throw new Error(`${file} row ${n + 2}: ${cells.length} cells, expected ${fields.length}`);
    return Object.fromEntries(fields.map((f, i) => [f.name, fromCell(f, cells[i]!, `${file} row ${n + 2}`)]));
  });
}
