import { describe, expect, it } from 'vitest';
import { assembleCorpus } from '../../src/lib/pipeline.ts';
import { relativeTimeProblems, unanchoredRelativeTime } from '../../src/lib/relative-time.ts';
import { entry } from './helpers.ts';

describe('titles written as current news', () => {
  it.each([
    '57 shootings since January: what the count says',
    '57 fusillades depuis janvier : ce que dit le décompte',
    '57 schietincidenten sinds januari',
    'A second shooting earlier in the week',
    'Three shootings this year in Anderlecht',
    'Cet été, les fusillades reprennent',
    'Aujourd’hui, une fusillade à Molenbeek',
    'Dit jaar al tien schietpartijen',
  ])('flags "%s"', (title) => {
    expect(unanchoredRelativeTime(title)).not.toEqual([]);
  });

  it.each([
    '57 shootings from January to 12 August 2025: what the count says',
    '57 shootings since January 2025',
    'depuis le 1er janvier 2025',
    'Three shootings this year (2025) in Anderlecht',
    'Patrol fired on in Anderlecht, 2 October 2024',
    'Soldiers on patrol? The 2025 federal plan',
    // A longer word that merely contains "today" is not the word.
    'A history of the Todayville market',
  ])('accepts "%s"', (title) => {
    expect(unanchoredRelativeTime(title)).toEqual([]);
  });
});

describe('the content pipeline', () => {
  it('stops on a published title that says "since January" without the year', () => {
    const problems = assembleCorpus([{ ...entry('news.mdx', [], { title: '57 shootings since January' }), body: '' }], '2026-11-24').problems;
    expect(problems).toEqual([expect.stringMatching(/^news\.mdx: title says "since January" without the year/)]);
    expect(assembleCorpus([{ ...entry('news.mdx', [], { title: '57 shootings since January 2025' }), body: '' }], '2026-11-24').problems).toEqual([]);
  });
});

describe('relative-time problems', () => {
  it('names every unanchored word of a title or lead, quoted and separated, with the file and the field', () => {
    const story = entry('story.mdx', [], { title: 'Since January, three shootings this year', dek: 'Yesterday in Anderlecht' });
    expect(relativeTimeProblems([story, entry('fine.mdx', [], { title: 'Shootings in 2025', dek: 'From January to March 2025' })])).toEqual([
      'story.mdx: title says "Since January", "this year" without the year; expected the year or date it refers to (a reader may come a year later)',
      'story.mdx: dek says "Yesterday" without the year; expected the year or date it refers to (a reader may come a year later)',
    ]);
  });
});
