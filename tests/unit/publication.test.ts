/** What readers may see, in which order: publication, the corrections log, the log period. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { correctionsLog } from '../../src/lib/corrections.ts';
import { inLogPeriod, LOG_START } from '../../src/lib/log-period.ts';
import { isPublished, publishedArticles } from '../../src/lib/publication.ts';
import { entry } from './helpers.ts';

describe('publication', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows an article from its publication day on', () => {
    const a = entry('a.mdx', [], { published: '2026-03-10' });
    expect(isPublished(a, '2026-03-09')).toBe(false);
    expect(isPublished(a, '2026-03-10')).toBe(true);
    expect(isPublished(a, '2026-03-11')).toBe(true);
  });

  it('measures "today" in Brussels when no day is given', () => {
    vi.useFakeTimers();
    const a = entry('a.mdx', [], { published: '2026-07-01' });
    // 21:30 UTC on 30 June is 23:30 in Brussels: still 30 June.
    vi.setSystemTime(new Date('2026-06-30T21:30:00Z'));
    expect(isPublished(a)).toBe(false);
    expect(publishedArticles([a])).toEqual([]);
    // 22:30 UTC is 00:30 on 1 July in Brussels.
    vi.setSystemTime(new Date('2026-06-30T22:30:00Z'));
    expect(isPublished(a)).toBe(true);
    expect(publishedArticles([a])).toEqual([a]);
  });

  it('lists the newest first, and keeps same-day articles in the order given', () => {
    const jan = entry('jan.mdx', [], { published: '2026-01-10' });
    const mar1 = entry('mar1.mdx', [], { published: '2026-03-10' });
    const feb = entry('feb.mdx', [], { published: '2026-02-10' });
    const mar2 = entry('mar2.mdx', [], { published: '2026-03-10' });
    expect(publishedArticles([jan, mar1, feb, mar2], '2026-11-22').map((e) => e.file)).toEqual(['mar1.mdx', 'mar2.mdx', 'feb.mdx', 'jan.mdx']);
    expect(publishedArticles([mar2, jan, feb, mar1], '2026-11-22').map((e) => e.file)).toEqual(['mar2.mdx', 'mar1.mdx', 'feb.mdx', 'jan.mdx']);
  });
});

describe('corrections log', () => {
  it('lists corrections newest first, same-day ones by article, each naming its article', () => {
    const b = entry('b.mdx', [], { title: 'Bravo', lang: 'fr', corrections: [{ date: '2026-02-01', text: 'b-feb' }, { date: '2026-03-01', text: 'b-mar' }] });
    const a = entry('a.mdx', [], { title: 'Alpha', corrections: [{ date: '2026-02-01', text: 'a-feb' }] });
    const none = entry('c.mdx', []);
    const log = correctionsLog([b, none, a]);
    expect(log.map((c) => c.text)).toEqual(['b-mar', 'a-feb', 'b-feb']);
    expect(log[0]).toEqual({ date: '2026-03-01', text: 'b-mar', article: { slug: 'b', lang: 'fr', title: 'Bravo' } });
    expect(log[1]!.article).toEqual({ slug: 'a', lang: 'en', title: 'Alpha' });
  });
});

describe('log period', () => {
  it('starts on 1 January 2024', () => {
    expect(LOG_START).toBe('2024-01-01');
    expect(inLogPeriod([{ date: '2024-01' }, { date: '2023-12-31' }, { date: '2025-06-30' }])).toEqual([{ date: '2024-01' }, { date: '2025-06-30' }]);
  });
});
