import { describe, expect, it } from 'vitest';
import { dateTimeFormat, formatDate, formatNumber, formatShare, numberFormat } from '../../src/lib/format.ts';
import { daysInMonth, parsePartialDate, todayInBrussels } from '../../src/lib/partial-date.ts';

describe('calendar arithmetic', () => {
  it('knows the length of every month, leap years included', () => {
    const common = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    expect(common.map((_, i) => daysInMonth(2025, i + 1))).toEqual(common);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parsePartialDate('2025-02-29')).toBeNull();
    expect(parsePartialDate('2025-04-31')).toBeNull();
  });

  it("gives today's date in Brussels, across midnight and the clock changes", () => {
    // Winter: UTC+1. Summer (from 30 March 2025, 01:00 UTC): UTC+2.
    expect(todayInBrussels(new Date('2025-01-01T22:59:59Z'))).toBe('2025-01-01');
    expect(todayInBrussels(new Date('2025-01-01T23:00:00Z'))).toBe('2025-01-02');
    expect(todayInBrussels(new Date('2025-06-30T21:59:00Z'))).toBe('2025-06-30');
    expect(todayInBrussels(new Date('2025-06-30T22:00:00Z'))).toBe('2025-07-01');
    // Asked again later, the answer moves on: nothing is kept beyond the minute.
    expect(todayInBrussels(new Date('2025-01-01T22:59:30Z'))).toBe('2025-01-01');
    expect(todayInBrussels(new Date('2025-01-01T23:00:30Z'))).toBe('2025-01-02');
  });
});

describe('formatters', () => {
  it('are created once per language and options, and still format by language', () => {
    expect(numberFormat('fr', {})).toBe(numberFormat('fr', {}));
    expect(numberFormat('fr', {})).not.toBe(numberFormat('nl', {}));
    expect(numberFormat('fr', { style: 'percent' })).not.toBe(numberFormat('fr', {}));
    expect(dateTimeFormat('en', { month: 'long', timeZone: 'UTC' })).toBe(dateTimeFormat('en', { month: 'long', timeZone: 'UTC' }));
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'fr')).toBe('12\u202f345');
    expect(formatNumber(12345, 'nl')).toBe('12.345');
    expect(formatShare(0.25, 'fr')).toBe('25\u00a0%');
    expect(formatDate('2025-02-05', 'en')).toBe('5 February 2025');
    expect(formatDate('2025-02', 'fr')).toBe('février 2025');
    expect(formatDate('2025', 'nl')).toBe('2025');
  });
});
