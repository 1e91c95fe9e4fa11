/** Edges of the French typography pass: where a colon is a time, how the element tree is followed, entities. */
import { describe, expect, it } from 'vitest';
import { frenchHtml, frenchText, NNBSP } from '../../src/lib/typography.ts';

const N = NNBSP;

describe('French typography: a colon between digits or capitals is a time, nothing else is', () => {
  it('spaces a question mark between capitals, as only a colon can be part of a time', () => {
    expect(frenchText("L'ONU?Non")).toBe(`L'ONU${N}?Non`);
  });

  it('spaces a colon after a number when no digit or capital follows', () => {
    expect(frenchText('Article 2: texte')).toBe(`Article 2${N}: texte`);
    expect(frenchText('Article 2:')).toBe(`Article 2${N}:`);
  });

  it('spaces a colon that opens a text, after a closing tag, even before a digit', () => {
    expect(frenchHtml('<b>Bilan</b>:2')).toBe(`<b>Bilan</b>${N}:2`);
  });
});

describe('French typography: the element tree', () => {
  it('sets the title and placeholder of a form field named "description", which is no meta tag', () => {
    expect(frenchHtml('<input name="description" title="a: b" placeholder="c: d">')).toBe(`<input name="description" title="a${N}: b" placeholder="c${N}: d">`);
  });

  it('reads a script to its closing tag, even when its text holds a closing tag', () => {
    const html = '<div><script>s = "</div>"; a: b</script></div>';
    expect(frenchHtml(html)).toBe(html);
  });

  it('lets a void element in another language leave the text after it French', () => {
    expect(frenchHtml('<p><img lang="en" alt="x">c: d</p>')).toBe(`<p><img lang="en" alt="x">c${N}: d</p>`);
  });

  it('lets a self-closed element in another language leave the text after it French', () => {
    expect(frenchHtml('<svg><title lang="en"/><text>Tués: 2</text></svg>')).toBe(`<svg><title lang="en"/><text>Tués${N}: 2</text></svg>`);
  });

  it('leaves French marked inside code as written', () => {
    const html = '<code><span lang="fr">a: b</span></code>';
    expect(frenchHtml(html)).toBe(html);
  });

  it('closes the innermost element of a name, and the outermost one too', () => {
    expect(frenchHtml('<div lang="en"><div>x</div>a: b</div><p>c: d</p>')).toBe(`<div lang="en"><div>x</div>a: b</div><p>c${N}: d</p>`);
    expect(frenchHtml('<p lang="en">x</p>a: b')).toBe(`<p lang="en">x</p>a${N}: b`);
  });

  it('leaves comments, CDATA and the doctype as written', () => {
    const html = '<!DOCTYPE html><!-- a: b --><![CDATA[c: d]]><p>e</p>';
    expect(frenchHtml(html)).toBe(html);
  });
});

describe('French typography: entities', () => {
  it('keeps the entities of a text it does not change', () => {
    const html = '<p>caf&#233; &amp; th&#xE9;</p><p>a&nbsp;b</p>';
    expect(frenchHtml(html)).toBe(html);
  });

  it('writes quotation marks of a changed text as they are, outside attributes', () => {
    expect(frenchHtml('<p>"a": b</p>')).toBe(`<p>"a"${N}: b</p>`);
  });

  it('leaves as written a text holding what is no entity: a name in the wrong case, or an object property', () => {
    // A browser shows &LAQUO; as those seven characters: entity names are case-sensitive.
    expect(frenchHtml('<p>&LAQUO;oui&RAQUO;: x</p>')).toBe('<p>&LAQUO;oui&RAQUO;: x</p>');
    expect(frenchHtml('<p>&constructor;: x</p><p title="&toString;: y">z</p>')).toBe('<p>&constructor;: x</p><p title="&toString;: y">z</p>');
  });
});
