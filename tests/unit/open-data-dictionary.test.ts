/**
 * The data dictionary as a reader of the open data gets it (the data page prints it, and the
 * CSV reader checks every download against it): each table's columns in order, their types,
 * allowed values, what an empty cell means, and the description in English, French and Dutch.
 *
 * The expected text is tests/unit/__golden__/data-dictionary.json, written out once and read
 * by a person; this test never rewrites it. A change to the dictionary is a change to what the
 * downloads promise: edit that file by hand in the same commit, and read the diff.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Field } from '../../src/lib/open-data/fields.ts';
import { TABLE_FIELDS } from '../../src/lib/open-data/files.ts';

const readExpected = (): Record<string, Field[]> => JSON.parse(readFileSync(new URL('./__golden__/data-dictionary.json', import.meta.url), 'utf8')) as Record<string, Field[]>;

describe('the published data dictionary', () => {
  it('lists the six tables, in the order the data page shows them', () => {
    expect(Object.keys(TABLE_FIELDS)).toEqual(['incidents', 'tallies', 'sources', 'communes', 'quarters', 'stations']);
  });

  it.each(['incidents', 'tallies', 'sources', 'communes', 'quarters', 'stations'] as const)('%s: every column, type, allowed value, empty meaning and description is the one written down', (table) => {
    const expected = readExpected()[table];
    expect(expected, `${table} is in the expected file`).toBeDefined();
    // Names first, so a moved or renamed column is reported as such rather than as a long diff.
    expect(TABLE_FIELDS[table].map((f) => f.name)).toEqual(expected!.map((f) => f.name));
    expect(TABLE_FIELDS[table]).toStrictEqual(expected);
  });

  it('describes a per-language text column once per language, naming the language in each', () => {
    // Written by hand: the three place columns, as a reader sees them in the three languages.
    const place = TABLE_FIELDS.incidents.filter((f) => f.name.startsWith('place_'));
    expect(place.map((f) => [f.name, f.description.en, f.description.fr, f.description.nl])).toEqual([
      ['place_en', 'Where it happened, as the sources describe it (English)', 'Lieu, tel que décrit par les sources (anglais)', 'Plaats, zoals de bronnen ze beschrijven (Engels)'],
      ['place_fr', 'Where it happened, as the sources describe it (French)', 'Lieu, tel que décrit par les sources (français)', 'Plaats, zoals de bronnen ze beschrijven (Frans)'],
      ['place_nl', 'Where it happened, as the sources describe it (Dutch)', 'Lieu, tel que décrit par les sources (néerlandais)', 'Plaats, zoals de bronnen ze beschrijven (Nederlands)'],
    ]);
    expect(place.every((f) => f.type === 'string' && f.nullMeans?.en === 'not written in this language (see the other languages)')).toBe(true);
  });

  it('gives every column a description in all three languages, and no column twice', () => {
    for (const [table, fields] of Object.entries(TABLE_FIELDS)) {
      expect(new Set(fields.map((f) => f.name)).size, table).toBe(fields.length);
      for (const f of fields) {
        for (const text of [f.description.en, f.description.fr, f.description.nl]) expect(text.trim(), `${table}.${f.name}`).not.toBe('');
        if (f.values) expect(f.values.length, `${table}.${f.name}`).toBeGreaterThan(0);
      }
    }
  });
});
