/** Names of communes, quarters and stations in each language, as the pages print them. */
import { describe, expect, it } from 'vitest';
import { communeName, placeNameLang, quarterInCommune, quarterName, stationName } from '../../src/lib/reference.ts';

describe('reference names', () => {
  it('names a commune in the page language', () => {
    expect(communeName('21009', 'fr')).toBe('Ixelles');
    expect(communeName('21009', 'nl')).toBe('Elsene');
    expect(communeName('21004', 'en')).toBe('City of Brussels');
    expect(() => communeName('21000', 'en')).toThrow('unknown commune NIS code 21000');
  });

  it('names quarters and stations in Dutch on Dutch pages and in French elsewhere', () => {
    expect(quarterName(11, 'nl')).toBe('Kuregem Bara');
    expect(quarterName(11, 'fr')).toBe('Cureghem Bara');
    expect(quarterName(11, 'en')).toBe('Cureghem Bara');
    expect(() => quarterName(999, 'en')).toThrow('unknown quarter code 999');
    expect(stationName('arts-loi', 'nl')).toBe('Kunst-Wet');
    expect(stationName('arts-loi', 'fr')).toBe('Arts-Loi');
    expect(stationName('arts-loi', 'en')).toBe('Arts-Loi');
    expect(() => stationName('nowhere', 'fr')).toThrow('unknown station id nowhere');
    expect([placeNameLang('en'), placeNameLang('fr'), placeNameLang('nl')]).toEqual(['fr', 'fr', 'nl']);
  });

  it('knows which communes a quarter covers, including the smaller share', () => {
    // Cureghem Bara: 84.8 % in Anderlecht, 15.2 % in Saint-Gilles.
    expect(quarterInCommune(11, '21001')).toBe(true);
    expect(quarterInCommune(11, '21013')).toBe(true);
    expect(quarterInCommune(11, '21004')).toBe(false);
    expect(quarterInCommune(999, '21001')).toBe(false);
  });
});
