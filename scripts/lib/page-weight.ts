/**
 * What a reader downloads for one built page: the HTML (with its inline SVG),
 * the stylesheets and the scripts it references, raw and gzipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  page: string;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  svgElements: number;
  scripts: string[];
}

export const BUDGET = { htmlCssSvgGzip: 100 * 1024, jsGzip: 15 * 1024 } as const;

export function pageWeight(dist: string, page: string): PageWeight {
  const file = join(dist, page, page.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const local = (href: string) => {
    const path = join(dist, href.replace(/^\//, ''));
    if (!existsSync(path)) throw new Error(`${file} references ${href}, which is not in ${dist}`);
    return readFileSync(path);
  };
  const css = [...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const scripts = [...text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  // A module script's static imports are downloaded too.
  const js = new Set(scripts);
  for (const s of scripts) for (const m of local(s).toString('utf8').matchAll(/from\s*"(\.\/[^"]+)"/g)) js.add(s.replace(/[^/]+$/, m[1]!.slice(2)));
  // The search page imports Pagefind's runtime on the first query: count it as the page's JS.
  const bundle = /data-bundle="([^"]+)"/.exec(text)?.[1];
  if (bundle) js.add(`${bundle}pagefind.js`);
  const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
  return {
    page,
    htmlGzip: gz(html),
    cssGzip: css.reduce((s, h) => s + gz(local(h)), 0),
    jsGzip: [...js].reduce((s, h) => s + gz(local(h)), 0),
    svgElements: (text.match(/<svg/g) ?? []).length,
    scripts: [...js],
  };
}
