import { describe, expect, it } from 'vitest';
import { frenchHtml, frenchText, NNBSP, typeset } from '../../src/lib/typography.ts';

const N = NNBSP;

describe('French typography', () => {
  it('puts a narrow no-break space before : ; ? ! whether the text had a space or none', () => {
    expect(frenchText('Tués: 2 ; blessés ? Oui!')).toBe(`Tués${N}: 2${N}; blessés${N}? Oui${N}!`);
  });

  it('keeps a no-break space already there, and is idempotent', () => {
    const once = frenchText('Source\u00a0: X ; « Y »');
    expect(once).toBe(`Source\u00a0: X${N}; «${N}Y${N}»`);
    expect(frenchText(once)).toBe(once);
  });

  it('puts narrow no-break spaces inside « »', () => {
    expect(frenchText('« Bruxelles : les fusillades »')).toBe(`«${N}Bruxelles${N}: les fusillades${N}»`);
    expect(frenchText('«Oui»')).toBe(`«${N}Oui${N}»`);
  });

  it('leaves times, URLs, e-mail addresses and "?!" runs alone', () => {
    expect(frenchText('à 14:30, voir https://bx1.be/?p=725330 ou a@b.be')).toBe('à 14:30, voir https://bx1.be/?p=725330 ou a@b.be');
    expect(frenchText('Vraiment?!')).toBe(`Vraiment${N}?!`);
    expect(frenchText('Heure locale HH:MM. Bilan:2')).toBe(`Heure locale HH:MM. Bilan${N}:2`);
  });

  it('drops the article between "depuis" or "en" and a month name, not before a day', () => {
    expect(frenchText('depuis le juin 2025, en le mars')).toBe('depuis juin 2025, en mars');
    expect(frenchText('depuis le 1 juin 2025')).toBe('depuis le 1 juin 2025');
  });

  it('changes French text nodes and text attributes only, not code, scripts, URLs or other languages', () => {
    const html =
      '<html lang="fr"><head><script type="application/ld+json">{"a":"b: c"}</script><style>a:hover{x:y}</style></head>' +
      '<body><p title="Tableau: x">Tués: <a href="https://x.be/?a=1">lien</a>: <code>kind: x</code></p>' +
      '<p lang="en">Killed: 2</p><cite lang="nl">Dit jaar: 22</cite><span translate="no">Yahoo!</span><p>A &amp; B; C</p></body></html>';
    expect(frenchHtml(html)).toBe(
      '<html lang="fr"><head><script type="application/ld+json">{"a":"b: c"}</script><style>a:hover{x:y}</style></head>' +
        `<body><p title="Tableau${N}: x">Tués${N}: <a href="https://x.be/?a=1">lien</a>${N}: <code>kind: x</code></p>` +
        `<p lang="en">Killed: 2</p><cite lang="nl">Dit jaar: 22</cite><span translate="no">Yahoo!</span><p>A &amp; B${N}; C</p></body></html>`,
    );
  });

  it('returns French inside a foreign passage to French typography', () => {
    expect(frenchHtml('<div lang="en"><p>Note: <q lang="fr">oui: non</q></p></div>')).toBe(`<div lang="en"><p>Note: <q lang="fr">oui${N}: non</q></p></div>`);
  });
  it('finds what to change in every form a page may carry it', () => {
    // An entity that decodes to punctuation, an article before a month with no punctuation near,
    // an address with neither ":" nor "@", code nested in code, a script in capitals.
    expect(frenchHtml('<p>Tués&#58; 2</p>')).toBe(`<p>Tués${N}: 2</p>`);
    expect(frenchHtml('<p>depuis le juin 2025</p>')).toBe('<p>depuis juin 2025</p>');
    expect(frenchText('voir www.bx1.be/?p=1 !')).toBe(`voir www.bx1.be/?p=1${N}!`);
    expect(frenchHtml('<pre><span>kind: x</span></pre><p>a: b</p>')).toBe(`<pre><span>kind: x</span></pre><p>a${N}: b</p>`);
    expect(frenchHtml('<SCRIPT>x = "a: b"</SCRIPT><p>c: d</p>')).toBe(`<SCRIPT>x = "a: b"</SCRIPT><p>c${N}: d</p>`);
  });
  it('sets the shown meta tags (description, link previews) and leaves the others', () => {
    const head = '<meta name="description" content="Tués: 2"><meta property="og:title" content="A ? B"><meta property="og:url" content="https://x.be/a:b"><meta name="viewport" content="a: b">';
    expect(frenchHtml(head)).toBe(`<meta name="description" content="Tués${N}: 2"><meta property="og:title" content="A${N}? B"><meta property="og:url" content="https://x.be/a:b"><meta name="viewport" content="a: b">`);
  });

  it('sets text outside a page in the typography of its language only', () => {
    expect(typeset('Bruxelles: 3 ?', 'fr')).toBe(`Bruxelles${N}: 3${N}?`);
    expect(typeset('Brussels: 3?', 'en')).toBe('Brussels: 3?');
    expect(typeset('Brussel: 3?', 'nl')).toBe('Brussel: 3?');
  });

  it('decodes entities in every form, and writes back what it changed as valid HTML', () => {
    // Hexadecimal in either case, decimal and named entities reach the rules as characters.
    expect(frenchHtml('<p>a&#x3A; b</p><p>c&#X3b; d</p><p>e&#63;</p><p>&laquo;oui&raquo;</p>')).toBe(`<p>a${N}: b</p><p>c${N}; d</p><p>e${N}?</p><p>«${N}oui${N}»</p>`);
    // A changed text keeps its <, > and & escaped, and a changed attribute its quotes.
    expect(frenchHtml('<p>x: 1 &lt; 2 &gt; 0 &amp; y</p>')).toBe(`<p>x${N}: 1 &lt; 2 &gt; 0 &amp; y</p>`);
    expect(frenchHtml('<p title="&quot;A&quot;: b">x</p>')).toBe(`<p title="&quot;A&quot;${N}: b">x</p>`);
    // A named entity the table does not know leaves its text as written rather than risk splitting it.
    expect(frenchHtml('<p>&eacute;t&eacute;: oui</p><p alt="&eacute;: x">a: b</p>')).toBe(`<p>&eacute;t&eacute;: oui</p><p alt="&eacute;: x">a${N}: b</p>`);
    // A text with no entity and nothing to change is kept byte for byte.
    expect(frenchHtml('<p>a &amp; b</p>')).toBe('<p>a &amp; b</p>');
  });

  it('follows the element tree: void and self-closing tags, stray closing tags, languages by prefix only', () => {
    // Neither <br> nor <img/> opens an element, so the text after them is still the paragraph's.
    expect(frenchHtml('<p lang="en">a<br>b</p><p>c: d</p>')).toBe(`<p lang="en">a<br>b</p><p>c${N}: d</p>`);
    expect(frenchHtml('<code>x<img src="a"/>y: z</code><p>c: d</p>')).toBe(`<code>x<img src="a"/>y: z</code><p>c${N}: d</p>`);
    expect(frenchHtml('<svg lang="en"><path d="M0"/><text>Killed: 2</text></svg>')).toBe('<svg lang="en"><path d="M0"/><text>Killed: 2</text></svg>');
    // A closing tag with no open element is passed over; the one that closes an outer element closes the inner ones too.
    expect(frenchHtml('</div><p lang="en"><b>x: y</p><p>c: d</p>')).toBe(`</div><p lang="en"><b>x: y</p><p>c${N}: d</p>`);
    // "fr" must begin the language tag: "x-fr" is another language.
    expect(frenchHtml('<p lang="x-fr">a: b</p><p lang="fr-BE">c: d</p>')).toBe(`<p lang="x-fr">a: b</p><p lang="fr-BE">c${N}: d</p>`);
    // Attributes of an element in another language are left alone; of a French one, only the shown ones change.
    expect(frenchHtml('<p lang="en" title="a: b">x</p><p data-x="a: b" alt="c: d">y</p>')).toBe(`<p lang="en" title="a: b">x</p><p data-x="a: b" alt="c${N}: d">y</p>`);
    // A meta tag's content changes only for the shown kinds; a title attribute elsewhere still does.
    expect(frenchHtml('<meta name="keywords" content="a: b" title="c: d">')).toBe(`<meta name="keywords" content="a: b" title="c${N}: d">`);
    // A script with no closing tag runs to the end of the page untouched.
    expect(frenchHtml('<p>a: b</p><script>x = "c: d"')).toBe(`<p>a${N}: b</p><script>x = "c: d"`);
  });

  it('removes tabs as well as spaces before punctuation, and keeps a fixed space only where it belongs', () => {
    expect(frenchText('a \t: b')).toBe(`a${N}: b`);
    expect(frenchText('« \u00a0oui \u00a0»')).toBe(`«${N}oui${N}»`);
    expect(frenchText('a\u00a0 : b')).toBe('a\u00a0: b');
    expect(frenchText('')).toBe('');
  });
});
