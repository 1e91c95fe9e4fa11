/**
 * A French or Dutch page carries no English outside an element that says it
 * is English (WCAG 3.1.2). Proper names (outlets) are marked translate="no";
 * code values are in <code>. A small list of English words is enough to catch
 * untranslated interface text, notes and descriptions.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST, filesUnder } from './helpers.ts';

/** English words that are not also words of the page's language. */
const ENGLISH: Record<'fr' | 'nl', string[]> = {
  fr: ['the', 'and', 'of', 'with', 'not', 'stated', 'shooting', 'shootings', 'near', 'was', 'were', 'which', 'from', 'this', 'that', 'killed', 'injured', 'people', 'reports', 'street', 'approximate', 'unknown'],
  nl: ['the', 'and', 'with', 'not', 'stated', 'shooting', 'shootings', 'near', 'were', 'which', 'from', 'this', 'that', 'killed', 'injured', 'people', 'reports', 'street', 'approximate', 'unknown'],
};

function englishPassages(file: string, lang: 'fr' | 'nl'): string[] {
  const re = new RegExp(`(^|[^\\p{L}_-])(${ENGLISH[lang].join('|')})(?=$|[^\\p{L}_-])`, 'iu');
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  for (const el of document.querySelectorAll('[lang]:not(html), [translate="no"], script, style, code')) el.remove();
  const found: string[] = [];
  for (const el of document.querySelectorAll('body *')) {
    for (const n of el.childNodes) {
      const text = n.nodeType === 3 ? (n.textContent ?? '') : '';
      if (re.test(text)) found.push(`${file}: <${el.tagName.toLowerCase()}> ${text.trim().slice(0, 100)}`);
    }
  }
  return found;
}

describe('French and Dutch pages', () => {
  const pages = filesUnder(DIST).filter((f) => /\/(fr|nl)\/.*\.html$/.test(f));

  it('are many (the scan is not vacuous)', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it.each(['fr', 'nl'] as const)('%s pages carry no English outside lang="en"', (lang) => {
    const found = pages.filter((f) => f.includes(`/${lang}/`)).flatMap((f) => englishPassages(f, lang));
    expect(found).toEqual([]);
  });

  it('the scan flags unmarked English and passes marked English, names and code', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lang-')), 'page.html');
    writeFileSync(file, '<html lang="fr"><body><p>Fusillade near the station</p><p lang="en">near the station</p><span translate="no">The Bulletin</span><code>unknown</code></body></html>');
    expect(englishPassages(file, 'fr')).toEqual([`${file}: <p> Fusillade near the station`]);
  });

  it('wraps English notes on French pages in lang="en"', () => {
    // An incident note written in English and shown on a French page must be wrapped in lang="en".
    const dir = DIST;
    const sample = filesUnder(dir).find((f) => f.includes('/fr/incidents/2024-10-02-anderlecht-rue-dante-police-patrol/'))!;
    const html = readFileSync(sample, 'utf8');
    expect(html).toMatch(/<[a-z]+[^>]* lang="en"[^>]*>[^<]*(the|patrol)/i);
  });
});
