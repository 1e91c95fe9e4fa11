/** The cell rule of the CSV downloads, both ways, as the data dictionary page describes it. */
import { describe, expect, it } from 'vitest';
import { fromCell, NULLS, toCell, type Field } from '../../src/lib/open-data/fields.ts';

const d = (en: string) => ({ en, fr: en, nl: en });
const field = (name: string, type: Field['type'], extra: Partial<Field> = {}): Field => ({ name, type, description: d(name), ...extra });

const count = field('killed', 'integer', { nullMeans: NULLS.NOT_STATED });
const lat = field('lat', 'number');
const flag = field('time_approximate', 'boolean');
const urls = field('articles', 'url-list');
const kind = field('kind', 'string', { values: ['residential', 'cemetery'] });
const free = field('outlet', 'string');
const date = field('date', 'partial-date', { nullMeans: NULLS.NOT_STATED });

describe('open-data cells', () => {
  it('writes null as an empty cell, lists space-separated, numbers and booleans as JavaScript prints them', () => {
    expect(toCell(null)).toBe('');
    expect(toCell(['https://a/', 'https://b/'])).toBe('https://a/ https://b/');
    expect(toCell([])).toBe('');
    expect(toCell(50.8467)).toBe('50.8467');
    expect(toCell(0)).toBe('0');
    expect(toCell(false)).toBe('false');
    expect(toCell('Rue Haute')).toBe('Rue Haute');
  });

  it('reads numbers and whole numbers back, and refuses what is not one', () => {
    expect(fromCell(count, '3', 'incidents.csv row 2')).toBe(3);
    expect(fromCell(lat, '50.8467', 'x')).toBe(50.8467);
    expect(fromCell(lat, '-4', 'x')).toBe(-4);
    expect(() => fromCell(count, '1.5', 'incidents.csv row 2')).toThrow("incidents.csv row 2: killed '1.5' is not an integer");
    expect(() => fromCell(lat, 'north', 'x')).toThrow("x: lat 'north' is not a number");
    expect(() => fromCell(lat, 'Infinity', 'x')).toThrow(/is not a number/);
    expect(() => fromCell(count, 'Infinity', 'x')).toThrow(/is not an integer/);
  });

  it('reads true and false, and nothing else, as booleans', () => {
    expect(fromCell(flag, 'true', 'x')).toBe(true);
    expect(fromCell(flag, 'false', 'x')).toBe(false);
    expect(() => fromCell(flag, 'yes', 'row 3')).toThrow("row 3: time_approximate 'yes' is not true or false");
    expect(() => fromCell(flag, 'TRUE', 'row 3')).toThrow(/is not true or false/);
  });

  it('reads an empty cell as null only where the dictionary says what empty means', () => {
    expect(fromCell(count, '', 'x')).toBeNull();
    expect(fromCell(date, '', 'x')).toBeNull();
    expect(() => fromCell(lat, '', 'stations.csv row 4')).toThrow('stations.csv row 4: lat is empty but may not be');
    expect(() => fromCell(free, '', 'x')).toThrow(/outlet is empty but may not be/);
    expect(fromCell(urls, '', 'x')).toEqual([]);
  });

  it('reads lists, enumerations and free text', () => {
    expect(fromCell(urls, 'https://a/', 'x')).toEqual(['https://a/']);
    expect(fromCell(urls, 'https://a/ https://b/', 'x')).toEqual(['https://a/', 'https://b/']);
    expect(fromCell(kind, 'cemetery', 'x')).toBe('cemetery');
    expect(() => fromCell(kind, 'park', 'quarters.csv row 9')).toThrow("quarters.csv row 9: kind 'park' is not one of residential, cemetery");
    expect(fromCell(free, 'Le Soir', 'x')).toBe('Le Soir');
    expect(fromCell(date, '2025-02', 'x')).toBe('2025-02');
  });
});
