/**
 * Builds the real articles plus one whose every free-text field carries
 * `<script>`, `"><img onerror>` and `javascript:` payloads, then proves no
 * page, feed, sitemap, JSON-LD block or SVG contains them unescaped.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithFixtures, filesUnder } from './helpers.ts';

let work: string;
let out: string;

beforeAll(() => {
  ({ work, out } = buildWithFixtures('tests/fixtures/hostile'));
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('hostile editor text', () => {
  it('reaches the output (so the test is not vacuous), but only escaped', () => {
    const markup = filesUnder(out).filter((f) => /\.(html|xml|svg)$/.test(f));
    const all = markup.map((f) => [f, readFileSync(f, 'utf8')] as const);
    // The payload text is there, escaped, on the article, its incident page and the feed.
    const article = all.find(([f]) => f.endsWith('/en/articles/zz-hostile/index.html'))![1];
    expect(article).toContain('&lt;script&gt;alert(');
    expect(all.find(([f]) => f.endsWith('/en/rss.xml'))![1]).toContain('&lt;script&gt;');
    expect(all.some(([f, t]) => f.includes('/incidents/hostile-fixture-incident/') && t.includes('&lt;img src=x'))).toBe(true);
    // HTML is parsed, as a browser would: payload text inside a quoted attribute value is inert,
    // so what matters is which elements and attributes exist.
    const found = all.flatMap(([f, text]) => {
      const hits: string[] = [];
      if (f.endsWith('.html')) {
        const { document } = parseHTML(text);
        for (const el of document.querySelectorAll('*')) {
          for (const attr of el.attributes) {
            if (/^on/i.test(attr.name)) hits.push(`<${el.tagName.toLowerCase()} ${attr.name}>`);
            if (['href', 'src', 'action', 'formaction'].includes(attr.name) && /^\s*javascript:/i.test(attr.value)) hits.push(`javascript: in ${attr.name}`);
          }
        }
        for (const script of document.querySelectorAll('script')) {
          const type = script.getAttribute('type');
          if (type === 'application/ld+json') continue;
          if (!script.getAttribute('src')?.startsWith('/') || script.textContent?.trim()) hits.push(`script element ${script.outerHTML.slice(0, 80)}`);
        }
        if (document.querySelectorAll('img[src="x"]').length) hits.push('injected <img>');
      } else {
        if (/<script>alert\(/i.test(text)) hits.push('raw <script>');
        if (/<img src=x onerror/i.test(text)) hits.push('raw <img onerror>');
      }
      return hits.map((h) => `${f}: ${h}`);
    });
    expect(found).toEqual([]);
  });

  it('JSON-LD stays parseable and carries the title as data', () => {
    const html = readFileSync(join(out, 'en/articles/zz-hostile/index.html'), 'utf8');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    expect(JSON.parse(blocks[0]![1]!).headline).toContain("<script>alert('T')</script>");
  });

  it('the share image was rendered from escaped SVG', () => {
    const png = readFileSync(join(out, 'en/og/zz-hostile.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});
