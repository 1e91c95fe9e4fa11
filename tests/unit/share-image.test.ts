/** The share card: a headline wrapped to at most four lines, and editor text that cannot break the SVG. */
import { describe, expect, it } from 'vitest';
import { escapeXml, shareImageSvg, wrapWords } from '../../src/lib/share-image.ts';

describe('share card', () => {
  it('escapes the five characters XML reserves, and nothing else', () => {
    expect(escapeXml(`L'Étoile <"a" & b>`)).toBe('L&apos;Étoile &lt;&quot;a&quot; &amp; b&gt;');
    expect(escapeXml('Molenbeek-Saint-Jean: 2 blessés')).toBe('Molenbeek-Saint-Jean: 2 blessés');
  });

  it('wraps greedily: a word goes to the next line only when the line would pass the limit', () => {
    // "aaaa bbbb" is 9 characters: it fits a limit of 9, not of 8.
    expect(wrapWords('aaaa bbbb cc', 9, 4)).toEqual(['aaaa bbbb', 'cc']);
    expect(wrapWords('aaaa bbbb cc', 8, 4)).toEqual(['aaaa', 'bbbb cc']);
    expect(wrapWords('  aaaa \n\t bbbb  ', 20, 4)).toEqual(['aaaa bbbb']);
    // A word longer than the limit still gets a line of its own.
    expect(wrapWords('a verylongword b', 5, 4)).toEqual(['a', 'verylongword', 'b']);
    expect(wrapWords('verylongword b', 5, 4)).toEqual(['verylongword', 'b']);
    expect(wrapWords('', 10, 4)).toEqual([]);
    // French no-break spaces hold a word to its punctuation across a line end.
    expect(wrapWords('Fusillades\u202F: «\u202Fici\u202F»', 12, 4)).toEqual(['Fusillades\u202F:', '«\u202Fici\u202F»']);
    expect(wrapWords('aaaa\u00A0bbbb cc', 8, 4)).toEqual(['aaaa\u00A0bbbb', 'cc']);
    expect(wrapWords('   ', 10, 4)).toEqual([]);
  });

  it('keeps all the lines when they fit, and ends a cut headline with an ellipsis, dropping trailing punctuation', () => {
    expect(wrapWords('one two three', 3, 3)).toEqual(['one', 'two', 'three']);
    expect(wrapWords('one two, three four', 4, 2)).toEqual(['one', 'two…']);
    expect(wrapWords('one two;: three', 9, 1)).toEqual(['one two…']);
    expect(wrapWords('one two. three', 8, 1)).toEqual(['one two…']);
    expect(wrapWords('ab cd ef gh', 2, 3)).toEqual(['ab', 'cd', 'ef…']);
  });

  it('draws the site name, the headline lines 76 px apart and the footer, all escaped', () => {
    const svg = shareImageSvg({ siteName: 'Shots & Brussels', title: 'Fusillade à Anderlecht : deux blessés près de la station <Clemenceau>', footer: '5 février 2025' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">\n')).toBe(true);
    expect(svg.endsWith('\n</svg>')).toBe(true);
    expect(svg).toContain('fill="#b3261e">Shots &amp; Brussels</text>');
    expect(svg).toContain(
      '<tspan x="80" dy="0">Fusillade à Anderlecht : deux</tspan><tspan x="80" dy="76">blessés près de la station</tspan><tspan x="80" dy="76">&lt;Clemenceau&gt;</tspan></text>',
    );
    expect(svg).toContain('fill="#555555">5 février 2025</text>');
  });

  it('cuts a long headline to four lines of at most 30 characters', () => {
    const title = 'word '.repeat(40).trim();
    const tspans = [...shareImageSvg({ siteName: 's', title, footer: 'f' }).matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(tspans).toEqual(['word word word word word word', 'word word word word word word', 'word word word word word word', 'word word word word word word…']);
  });
});
