import { describe, expect, it } from 'vitest';
import { filterFromQuery, matches, queryFromFilter, rowFacets, victimClass } from '../../src/lib/incident-facets.ts';
import { incident } from './helpers.ts';

describe('incident facets', () => {
  it('classes victims: killed wins, none needs both stated zero, otherwise unknown', () => {
    expect(victimClass({ killed: 1, injured: 2 })).toBe('killed');
    expect(victimClass({ killed: { at_least: 1 }, injured: null })).toBe('killed');
    expect(victimClass({ killed: 0, injured: 2 })).toBe('injured');
    expect(victimClass({ killed: 0, injured: 0 })).toBe('none');
    expect(victimClass({ killed: null, injured: 0 })).toBe('unknown');
  });

  it('reads year, commune and type from an incident; undated ones are "unknown"', () => {
    expect(rowFacets(incident())).toEqual({ year: '2025', commune: '21001', type: 'shooting', victims: 'injured' });
    expect(rowFacets(incident({ date: null, date_precision: 'unknown' })).year).toBe('unknown');
  });

  it('round-trips a filter through the URL query and ignores junk', () => {
    const f = { year: '2025', commune: '21001', victims: 'killed' as const };
    expect(filterFromQuery(queryFromFilter(f))).toEqual(f);
    expect(filterFromQuery('?victims=<script>&foo=1&type=')).toEqual({});
  });

  it('matches only rows that satisfy every set facet', () => {
    const row = rowFacets(incident());
    expect(matches(row, {})).toBe(true);
    expect(matches(row, { commune: '21001', year: '2025' })).toBe(true);
    expect(matches(row, { commune: '21004' })).toBe(false);
  });
});
