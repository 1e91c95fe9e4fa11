/** Partial dates as sources state them: YYYY, YYYY-MM or YYYY-MM-DD, never padded with invented days. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  dateToIso,
  dayOfYear,
  earliestDay,
  granularity,
  latestDay,
  monthKey,
  pad,
  parsePartialDate,
  todayInBrussels,
  weekdayOf,
  yearOf,
} from '../../src/lib/partial-date.ts';

describe('parsePartialDate', () => {
  it('keeps exactly the parts a date states', () => {
    expect(parsePartialDate('2025')).toEqual({ year: 2025, month: null, day: null });
    expect(parsePartialDate('2025-03')).toEqual({ year: 2025, month: 3, day: null });
    expect(parsePartialDate('2025-03-07')).toEqual({ year: 2025, month: 3, day: 7 });
  });

  it('accepts the first and last month and day, and nothing outside them', () => {
    expect(parsePartialDate('2025-01')).toEqual({ year: 2025, month: 1, day: null });
    expect(parsePartialDate('2025-12')).toEqual({ year: 2025, month: 12, day: null });
    expect(parsePartialDate('2025-00')).toBeNull();
    expect(parsePartialDate('2025-13')).toBeNull();
    expect(parsePartialDate('2025-01-01')).toEqual({ year: 2025, month: 1, day: 1 });
    expect(parsePartialDate('2025-01-31')).toEqual({ year: 2025, month: 1, day: 31 });
    expect(parsePartialDate('2025-01-00')).toBeNull();
    expect(parsePartialDate('2025-01-32')).toBeNull();
    expect(parsePartialDate('2025-13-01')).toBeNull();
  });

  it('rejects text around or inside a date', () => {
    for (const bad of ['', ' 2025', '2025 ', '12025', '2025-03-07T10:00', 'x2025-03', '2025-3', '2025-03-7', '2025/03/07']) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
  });
});

describe('what a partial date covers', () => {
  it('names its granularity', () => {
    expect(granularity('2025')).toBe('year');
    expect(granularity('2025-03')).toBe('month');
    expect(granularity('2025-03-07')).toBe('day');
  });

  it('spans from its first to its last possible day', () => {
    expect(earliestDay('2025')).toBe('2025-01-01');
    expect(earliestDay('2025-03')).toBe('2025-03-01');
    expect(earliestDay('2025-03-07')).toBe('2025-03-07');
    expect(latestDay('2025')).toBe('2025-12-31');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2025-04')).toBe('2025-04-30');
    expect(latestDay('2025-03-07')).toBe('2025-03-07');
  });

  it('gives the month only when the date states one, and the year always', () => {
    expect(monthKey('2025-03-07')).toBe('2025-03');
    expect(monthKey('2025-11')).toBe('2025-11');
    expect(monthKey('2025')).toBeNull();
    expect(monthKey('March 2025')).toBeNull();
    expect(yearOf('2025-03-07')).toBe(2025);
    expect(yearOf('2016')).toBe(2016);
  });

  it('refuses text that is not a partial date, naming it', () => {
    expect(() => granularity('5 Feb 2025')).toThrow('not a partial date: 5 Feb 2025');
    expect(() => earliestDay('2025-13')).toThrow('not a partial date: 2025-13');
    expect(() => latestDay('2025-02-30')).toThrow('not a partial date: 2025-02-30');
    expect(() => yearOf('')).toThrow('not a partial date: ');
  });
});

describe('days', () => {
  it('counts the day of the year from 1, leap years included', () => {
    expect(dayOfYear('2025-01-01')).toBe(1);
    expect(dayOfYear('2025-03-01')).toBe(60);
    expect(dayOfYear('2024-03-01')).toBe(61);
    expect(dayOfYear('2024-12-31')).toBe(366);
  });

  it('names the weekday, Monday to Sunday', () => {
    expect(weekdayOf('2024-01-01')).toBe('monday');
    expect(weekdayOf('2024-12-29')).toBe('sunday');
    expect(weekdayOf('2026-11-24')).toBe('tuesday');
  });

  it('writes numbers on two digits and YAML dates as ISO days', () => {
    expect(pad(3)).toBe('03');
    expect(pad(12)).toBe('12');
    expect(dateToIso(new Date(Date.UTC(2025, 1, 5)))).toBe('2025-02-05');
  });
});

describe('todayInBrussels', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads the clock when no time is given', () => {
    vi.useFakeTimers();
    // 22:30 UTC on 30 June is 00:30 on 1 July in Brussels (summer time, UTC+2).
    vi.setSystemTime(new Date('2025-06-30T22:30:00Z'));
    expect(todayInBrussels()).toBe('2025-07-01');
    vi.setSystemTime(new Date('2025-12-31T12:00:00Z'));
    expect(todayInBrussels()).toBe('2025-12-31');
  });
});
