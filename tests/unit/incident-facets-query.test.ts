/** The database filters as the URL carries them: expectations written by hand. */
import { describe, expect, it } from 'vitest';
import { filterFromQuery, FILTER_KEYS, matches, queryFromFilter, rowFacets, victimClass, VICTIM_CLASSES } from '../../src/lib/incident-facets.ts';
import { incident } from './helpers.ts';

describe('incident facets in the URL', () => {
  it('writes the set facets in a fixed order, and nothing for no filter', () => {
    expect(queryFromFilter({ victims: 'none', commune: '21001', year: '2025', type: 'shooting' })).toBe('?year=2025&commune=21001&type=shooting&victims=none');
    expect(queryFromFilter({})).toBe('');
    expect(queryFromFilter({ year: '' })).toBe('');
  });

  it('reads every facet, and only victim classes it knows', () => {
    expect(filterFromQuery('?year=2024&commune=21004&type=stabbing&victims=unknown')).toEqual({ year: '2024', commune: '21004', type: 'stabbing', victims: 'unknown' });
    expect(filterFromQuery('victims=none')).toEqual({ victims: 'none' });
    expect(filterFromQuery('?victims=dead&year=2025')).toEqual({ year: '2025' });
    expect(FILTER_KEYS).toEqual(['year', 'commune', 'type', 'victims']);
    expect(VICTIM_CLASSES).toEqual(['killed', 'injured', 'none', 'unknown']);
  });

  it('matches a row only when every set facet agrees', () => {
    const row = { year: '2025', commune: '21001', type: 'shooting', victims: 'injured' as const };
    expect(matches(row, { type: 'shooting', victims: 'injured' })).toBe(true);
    expect(matches(row, { type: 'stabbing' })).toBe(false);
    expect(matches(row, { year: '2025', victims: 'killed' })).toBe(false);
    expect(matches(row, { year: '' })).toBe(true);
  });

  it('a record without a commune is filed under "unknown"; "at least 0" is no victim', () => {
    expect(rowFacets(incident({ commune: null, location_precision: 'region', killed: 0, injured: 0 }))).toEqual({ year: '2025', commune: 'unknown', type: 'shooting', victims: 'none' });
    expect(victimClass({ killed: { at_least: 0 }, injured: 0 })).toBe('none');
    expect(victimClass({ killed: 0, injured: { at_least: 0 } })).toBe('none');
    expect(victimClass({ killed: null, injured: 1 })).toBe('injured');
  });
});
