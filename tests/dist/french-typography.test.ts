/**
 * Every French page follows French typography in the text it shows: a narrow (or plain)
 * no-break space before : ; ? ! and inside « », and no "depuis le juin 2025". Code,
 * scripts, addresses, times (14:30), names marked translate="no" and passages in
 * another language (lang="en", "nl") keep their own spelling.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST, filesUnder } from './helpers.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'TEXTAREA', 'TEMPLATE']);
const FIXED = /[\u202F\u00A0]/;
/** Attributes a reader hears or sees: labels, tooltips, and the texts the database and search scripts show. */
const SHOWN_ATTRS = ['aria-label', 'title', 'alt', 'placeholder', 'data-label', 'data-template', 'data-none', 'data-all', 'data-shown', 'data-hint', 'data-count'];
const URL_LIKE = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\bmailto:)[^\s<>«»"]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
const MONTH_WITH_ARTICLE = /(?<!\p{L})(depuis|en) (le|l’|l') ?(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?!\p{L})/giu;

interface Node { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<Node>; getAttribute?: (name: string) => string | null }

/** The page's text in document order, with the stretches that must follow French typography. */
function frenchStretches(html: string): { text: string; checked: [number, number][] } {
  const { document } = parseHTML(html);
  let text = '';
  const checked: [number, number][] = [];
  const walk = (node: Node, french: boolean) => {
    if (node.nodeType === 3) {
      const start = text.length;
      text += node.textContent ?? '';
      if (french) checked.push([start, text.length]);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9) return;
    let isFrench = french;
    if (node.nodeType === 1) {
      if (SKIP.has(node.nodeName.toUpperCase())) return;
      const lang = node.getAttribute?.('lang');
      if (lang !== null && lang !== undefined) isFrench = /^fr\b/i.test(lang);
      if (node.getAttribute?.('translate') === 'no') isFrench = false;
      for (const name of isFrench ? SHOWN_ATTRS : []) {
        const value = node.getAttribute?.(name);
        if (!value) continue;
        text += '\n';
        checked.push([text.length, text.length + value.length]);
        text += value;
      }
    }
    for (const child of Array.from(node.childNodes)) walk(child, isFrench);
  };
  walk(document as unknown as Node, true);
  return { text, checked };
}

export function typographyProblems(html: string): string[] {
  const { text, checked } = frenchStretches(html);
  const inUrl = new Uint8Array(text.length);
  for (const m of text.matchAll(URL_LIKE)) inUrl.fill(1, m.index, m.index + m[0].length);
  const problems: string[] = [];
  const show = (i: number) => text.slice(Math.max(0, i - 30), i + 20).replace(/\s+/g, ' ');
  for (const [start, end] of checked) {
    for (let i = start; i < end; i++) {
      const c = text[i]!;
      if (inUrl[i]) continue;
      const prev = text[i - 1] ?? '';
      const next = text[i + 1] ?? '';
      if (':;?!'.includes(c)) {
        if (c === ':' && /[\dA-Z]/.test(prev) && /[\dA-Z]/.test(next)) continue;
        if (FIXED.test(prev) || /[:;?!(\[]/.test(prev) || prev === '') continue;
        problems.push(`no no-break space before "${c}": …${show(i)}…`);
      } else if (c === '«' && !FIXED.test(next)) {
        problems.push(`no no-break space after «: …${show(i)}…`);
      } else if (c === '»' && !FIXED.test(prev)) {
        problems.push(`no no-break space before »: …${show(i)}…`);
      }
    }
    for (const m of text.slice(start, end).matchAll(MONTH_WITH_ARTICLE)) problems.push(`article before a month: "${m[0]}"`);
  }
  return problems;
}

describe('French pages', () => {
  const pages = filesUnder(DIST).filter((f) => /\/fr\/.*\.html$/.test(f));

  it('are many (the scan is not vacuous)', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('follow French typography in every text they show', () => {
    const found = pages.flatMap((f) => typographyProblems(readFileSync(f, 'utf8')).map((p) => `${f.slice(DIST.length)}: ${p}`));
    // The first few are enough to see the pattern; the count says how widespread it is.
    expect({ count: found.length, first: found.slice(0, 15) }).toEqual({ count: 0, first: [] });
  });

  it('set the text of their link previews and search snippets (shown meta tags) the same way', () => {
    const shown = /<meta (?:name|property)="(?:description|og:title|og:description)" content="([^"]*)"/g;
    const found = pages.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(shown)].flatMap((m) => typographyProblems(`<p>${m[1]}</p>`).map((p) => `${f.slice(DIST.length)}: ${p}`)),
    );
    expect({ count: found.length, first: found.slice(0, 15) }).toEqual({ count: 0, first: [] });
  });

  it('the French feed sets its titles and descriptions the same way', () => {
    const feed = readFileSync(join(DIST, 'fr', 'rss.xml'), 'utf8');
    const texts = [...feed.matchAll(/<(title|description)>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!);
    expect(texts.length).toBeGreaterThan(2);
    const found = texts.flatMap((text) => typographyProblems(`<p>${text.replace(/^<!\[CDATA\[|\]\]>$/g, '')}</p>`));
    expect({ count: found.length, first: found.slice(0, 15) }).toEqual({ count: 0, first: [] });
  });

  it('the scan flags missing spaces and passes code, times, URLs, other languages and names', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'typo-')), 'page.html');
    writeFileSync(file,
      '<html lang="fr"><body><p>Tués: 2</p><p>Source\u00a0: X</p><p>« Oui\u202f»</p><p>depuis le juin 2025</p>' +
      '<p>à 14:30 https://x.be/?a=1</p><code>a: b</code><p lang="en">Killed: 2</p><span translate="no">Yahoo!</span><p>Fin\u202f!</p></body></html>');
    expect(typographyProblems(readFileSync(file, 'utf8')).map((p) => p.replace(/: ….*$/, ''))).toEqual([
      'no no-break space before ":"',
      'no no-break space after «',
      'article before a month: "depuis le juin"',
    ]);
  });
});
