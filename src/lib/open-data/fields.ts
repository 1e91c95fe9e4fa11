/**
 * One description of every column in the downloads: it drives the CSV
 * header, the typed JSON, the CSV reader used by the round-trip test and the
 * data dictionary page, so the four cannot drift apart.
 */
import type { Lang } from '../reference.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'partial-date' | 'date' | 'url-list';

export interface Field {
  name: string;
  type: FieldType;
  /** Allowed values, when the field is an enumeration. */
  values?: readonly string[];
  /** What an empty cell (JSON null) means; absent when the field is never empty. */
  nullMeans?: Record<Lang, string>;
  description: Record<Lang, string>;
}

export type Cell = string | number | boolean | string[] | null;
export type Row = Record<string, Cell>;

const NOT_STATED = { en: 'the sources do not state it', fr: 'les sources ne le précisent pas', nl: 'de bronnen vermelden het niet' };
const NOT_APPLICABLE = { en: 'does not apply to this record', fr: 'sans objet pour cet enregistrement', nl: 'niet van toepassing op dit record' };

export const NULLS = { NOT_STATED, NOT_APPLICABLE };

/** CSV cell text for a typed value. Lists of URLs are space-separated: a URL cannot contain a space. */
export function toCell(value: Cell): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(' ');
  return String(value);
}

/** Typed value back from a CSV cell, by the field's declared type. */
export function fromCell(field: Field, text: string, where: string): Cell {
  if (text === '') {
    if (field.type === 'url-list') return [];
    if (!field.nullMeans) throw new Error(`${where}: ${field.name} is empty but may not be`);
    return null;
  }
  switch (field.type) {
    case 'integer':
    case 'number': {
      const n = Number(text);
      if (!Number.isFinite(n) || (field.type === 'integer' && !Number.isInteger(n))) throw new Error(`${where}: ${field.name} '${text}' is not ${field.type === 'integer' ? 'an integer' : 'a number'}`);
      return n;
    }
    case 'boolean':
      if (text !== 'true' && text !== 'false') throw new Error(`${where}: ${field.name} '${text}' is not true or false`);
      return text === 'true';
    case 'url-list':
      return text.split(' ');
    default:
      if (field.values && !field.values.includes(text)) throw new Error(`${where}: ${field.name} '${text}' is not one of ${field.values.join(', ')}`);
      return text;
  }
}
