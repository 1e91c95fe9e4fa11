import { describe, expect, it } from 'vitest';
import { countWording, recordState, victimCountState, victimState } from '../../src/lib/count-state.ts';
import { sumVictims } from '../../src/lib/victims.ts';

describe('count states', () => {
  it('tells "none logged" from "not stated", "at least n" and "n"', () => {
    expect(victimState(sumVictims([]), 0)).toEqual({ kind: 'none-logged' });
    expect(victimState(sumVictims([null, null]), 2)).toEqual({ kind: 'not-stated' });
    expect(victimState(sumVictims([null, 2]), 2)).toEqual({ kind: 'at-least', n: 2 });
    expect(victimState(sumVictims([{ at_least: 1 }, 0]), 2)).toEqual({ kind: 'at-least', n: 1 });
    expect(victimState(sumVictims([0, 0]), 2)).toEqual({ kind: 'exactly', n: 0 });
    expect(recordState(0)).toEqual({ kind: 'none-logged' });
    expect(recordState(3)).toEqual({ kind: 'exactly', n: 3 });
    expect(victimCountState(null)).toEqual({ kind: 'not-stated' });
    expect(victimCountState({ at_least: 2 })).toEqual({ kind: 'at-least', n: 2 });
  });

  it('words each state the same way in every language, never "at least 0"', () => {
    const states = [recordState(0), victimState(sumVictims([null]), 1), victimState(sumVictims([null, 1200]), 2), recordState(5)];
    expect(states.map((s) => countWording(s, 'en'))).toEqual(['none logged', 'not stated', 'at least 1,200', '5']);
    expect(states.map((s) => countWording(s, 'fr'))).toEqual(['aucun recensé', 'non précisé', `au moins 1\u202f200`, '5']);
    expect(states.map((s) => countWording(s, 'nl'))).toEqual(['geen geregistreerd', 'niet vermeld', 'minstens 1.200', '5']);
    for (const lang of ['en', 'fr', 'nl'] as const) {
      expect(countWording(victimState(sumVictims([null]), 1), lang)).not.toMatch(/\b0\b/);
    }
  });
});
