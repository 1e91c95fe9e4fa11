/** The period a place's summary box states: the log's, not the place's own last record. */
import { describe, expect, it } from 'vitest';
import { headlineModel, logEnd } from '../../src/lib/headline.ts';
import { incident } from './helpers.ts';

describe('the period of a place’s figures', () => {
  const log = () => [
    incident({ id: 'here', date: '2024-05-02', commune: '21001' }),
    incident({ id: 'elsewhere', date: '2026-03-12', commune: '21004' }),
    incident({ id: 'month', date: '2026-03', date_precision: 'month', commune: '21004' }),
    incident({ id: 'old', date: '2016-03-22', commune: '21001' }),
    incident({ id: 'undated', date: null, date_precision: 'unknown', commune: '21001' }),
  ];

  it('ends where the whole log ends, though the place’s last record is older', () => {
    const all = log();
    const here = all.filter((i) => i.commune === '21001');
    expect(headlineModel(here, [], all).to).toBe('2026-03-12');
    expect(headlineModel(here, [], all).shootings.count).toBe(2);
  });

  it('ends at the place’s own last record when no log is given (the whole log is the place)', () => {
    expect(headlineModel(log().filter((i) => i.commune === '21001'), []).to).toBe('2024-05-02');
  });

  it('takes the latest record as its source dates it: a day of March outranks "March", which starts earlier', () => {
    expect(logEnd(log())).toBe('2026-03-12');
    expect(logEnd([incident({ id: 'm', date: '2026-03', date_precision: 'month' }), incident({ id: 'f', date: '2026-02-27' })])).toBe('2026-03');
  });

  it('has no end when nothing in the period is dated', () => {
    expect(logEnd([incident({ id: 'old', date: '2016-03-22' }), incident({ id: 'u', date: null, date_precision: 'unknown' })])).toBeNull();
  });
});
