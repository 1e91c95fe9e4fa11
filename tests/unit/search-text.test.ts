import { describe, expect, it } from 'vitest';
import { separateForIndex } from '../../src/lib/search-text.ts';

/** The text a reader would copy from the HTML, as an indexer without CSS reads it. */
const textOf = (html: string) => separateForIndex(html).replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();

describe('the copy of a page the search index reads', () => {
  it('keeps a label apart from its value and a cell apart from the next', () => {
    expect(textOf('<dl><dt>Date precision</dt><dd>to the day</dd><dt>Type</dt><dd>shooting</dd></dl>')).toBe('Date precision to the day Type shooting');
    expect(textOf('<tr><th>Date</th><th>Place</th></tr><tr><td>5 Feb</td><td>Clemenceau</td></tr>')).toBe('Date Place 5 Feb Clemenceau');
  });

  it('keeps a note shown on its own line apart from the text before it', () => {
    expect(textOf('<td>near Clemenceau metro station<span class="why">Anderlecht</span></td>')).toBe('near Clemenceau metro station Anderlecht');
    expect(textOf('<td>17 March 2025<span lang="fr" class="note why">17:50</span></td>')).toBe('17 March 2025 17:50');
  });

  it('leaves words, attributes and inline markup within a sentence as they are', () => {
    const html = '<p>The <a href="/en/a/" class="whyever">Clemenceau</a> wave, <em>three</em> nights</p>';
    expect(separateForIndex(html)).toBe(html);
    expect(textOf('<p>1<sup>er</sup> février</p>')).toBe('1er février');
  });
});

describe('the markup given to the indexer', () => {
  it('puts one space after a closing tag that runs into the next tag, whatever the length of its name, and changes nothing else', () => {
    expect(separateForIndex('<p>one</p><p>two</p>')).toBe('<p>one</p> <p>two</p>');
    expect(separateForIndex('<section><h2>Title</h2><div>text</div></section>')).toBe('<section><h2>Title</h2> <div>text</div> </section>');
    expect(separateForIndex('<p>one</p>\n<p>two</p>')).toBe('<p>one</p>\n<p>two</p>');
  });
});
