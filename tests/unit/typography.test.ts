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
});
