/** Addresses: article slugs from titles, commune slugs that carry the NIS code. */
import { describe, expect, it } from 'vitest';
import { communeSlug, communeSlugByNis, slugify } from '../../src/lib/slugs.ts';

describe('slugs', () => {
  it('turns a title into lower-case ASCII words joined by hyphens', () => {
    expect(slugify('Fusillade à Molenbeek')).toBe('fusillade-a-molenbeek');
    expect(slugify('  Schüsse in Brüssel!  ')).toBe('schusse-in-brussel');
  });

  it('keeps at most 80 characters, never ending on a hyphen', () => {
    expect(slugify('x'.repeat(85))).toBe('x'.repeat(80));
    // 79 letters, a space, then a word: the cut falls just after the hyphen.
    expect(slugify(`${'a'.repeat(79)} bcd`)).toBe('a'.repeat(79));
    expect(slugify(`${'a'.repeat(78)} bcd`)).toBe(`${'a'.repeat(78)}-b`);
  });

  it('gives a commune the address NIS code, then name', () => {
    expect(communeSlug({ nis: '21012', slug: 'molenbeek-saint-jean' })).toBe('21012-molenbeek-saint-jean');
    expect(communeSlugByNis('21015')).toBe('21015-schaerbeek');
    expect(communeSlugByNis('21001')).toBe('21001-anderlecht');
    expect(() => communeSlugByNis('99999')).toThrow('unknown commune NIS code 99999');
  });
});
