/**
 * A link to an article written in another language than the page says so: the
 * link carries hreflang and the title its lang (so it is read in the right voice),
 * and in a list (home, articles, commune, quarter, hotspot, incident, corrections, the database)
 * a visible label names the language before the reader follows it.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/i18n/strings.ts';
import type { Lang } from '../../src/lib/reference.ts';
import { DIST, filesUnder } from './helpers.ts';

const ARTICLE = /^\/(en|fr|nl)\/articles\/[^/]+\/$/;

function labelProblems(html: string, where: string): { problems: string[]; foreign: number } {
  const { document } = parseHTML(html);
  const page = document.documentElement.getAttribute('lang') as Lang;
  const problems: string[] = [];
  let foreign = 0;
  for (const a of document.querySelectorAll('main a[href]')) {
    const target = ARTICLE.exec(a.getAttribute('href') ?? '')?.[1] as Lang | undefined;
    if (!target || target === page) continue;
    foreign++;
    const what = `${where}: "${(a.textContent ?? '').trim().slice(0, 50)}"`;
    if (a.getAttribute('hreflang') !== target) problems.push(`${what} has no hreflang="${target}"`);
    if (a.closest('[lang]')?.getAttribute('lang') !== target) problems.push(`${what} is not marked lang="${target}"`);
    const item = a.closest('li');
    if (!item) continue;
    const label = item.querySelector('.lang-label');
    if (label?.textContent?.trim() !== STRINGS[page][`writtenIn_${target}`]) problems.push(`${what} has no visible "${STRINGS[page][`writtenIn_${target}`]}" label`);
  }
  return { problems, foreign };
}

describe('links to articles in another language', () => {
  const pages = filesUnder(DIST).filter((f) => /\/(en|fr|nl)\/.*\.html$/.test(f));
  const results = pages.map((f) => labelProblems(readFileSync(f, 'utf8'), f.slice(DIST.length)));

  it('exist (the check is not vacuous)', () => {
    expect(results.reduce((n, r) => n + r.foreign, 0)).toBeGreaterThan(50);
  });

  it('carry hreflang and lang, and a visible language label in lists', () => {
    const found = results.flatMap((r) => r.problems);
    expect({ count: found.length, first: found.slice(0, 12) }).toEqual({ count: 0, first: [] });
  });

  it('the check flags an unlabelled foreign article and passes a labelled one', () => {
    const bad = '<html lang="fr"><body><main><ul><li><a href="/en/articles/x/">Title</a></li></ul></main></body></html>';
    const good = '<html lang="fr"><body><main><ul><li><span class="lang-label">En anglais</span><a href="/en/articles/x/" hreflang="en" lang="en">Title</a></li></ul></main></body></html>';
    expect(labelProblems(bad, 'p').problems).toHaveLength(3);
    expect(labelProblems(good, 'p').problems).toEqual([]);
  });
});
