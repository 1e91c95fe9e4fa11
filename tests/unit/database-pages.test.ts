import { describe, expect, it } from 'vitest';
import { databaseLayout } from '../../src/lib/database-pages.ts';

const recs = [{ date: '2024-05-01' }, { date: null }, { date: '2025-02' }, { date: '2025' }, { date: '2023-01-02' }];

describe('database pages', () => {
  it('keeps one page up to the limit', () => {
    const l = databaseLayout(recs, 5);
    expect(l.split).toBe(false);
    expect(l.sections).toEqual([{ year: 'all', incidents: recs }]);
  });

  it('splits by year past the limit, newest first, undated last, losing nothing', () => {
    const l = databaseLayout(recs, 4);
    expect(l.split).toBe(true);
    expect(l.sections.map((s) => s.year)).toEqual(['2025', '2024', '2023', 'unknown']);
    expect(l.sections.flatMap((s) => s.incidents)).toHaveLength(recs.length);
    expect(l.sections[0]!.incidents).toEqual([{ date: '2025-02' }, { date: '2025' }]);
  });
});
