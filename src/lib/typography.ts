/**
 * French typography, applied once to everything a French page says (interface strings,
 * generated sentences, article text), so no template has to remember it: a narrow
 * no-break space (U+202F) before : ; ? ! and inside « », and no article between
 * "depuis"/"en" and a month name ("depuis juin 2025", not "depuis le juin 2025").
 * URLs, times (14:30), code and passages in another language are left as written.
 */
export const NNBSP = '\u202F';
const NBSP = '\u00A0';

const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const ARTICLE_BEFORE_MONTH = new RegExp(`(?<![\\p{L}])(depuis|en) le (?=(?:${MONTHS})(?![\\p{L}]))`, 'giu');
/** Addresses keep their own punctuation (https://…?q=1). */
const URL_LIKE = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\bmailto:)[^\s<>«»"]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

/** Spaces at the end of `s`, no-break ones too if `fixed`, removed. */
function trimEnd(s: string, fixed = false): string {
  let end = s.length;
  while (end > 0 && (isSpace(s[end - 1]) || (fixed && isFixedSpace(s[end - 1])))) end--;
  return s.slice(0, end);
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
const isFixedSpace = (c: string | undefined) => c === NNBSP || c === NBSP;

/** Plain text (entities already decoded). */
export function frenchText(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL_LIKE)) {
    out += frenchProse(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + frenchProse(text.slice(last));
}

function frenchProse(text: string): string {
  if (text === '') return text;
  const s = text.replace(ARTICLE_BEFORE_MONTH, '$1 ');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === ':' || c === ';' || c === '?' || c === '!') {
      const prev = out[out.length - 1];
      // A time or a ratio (14:30, 1:1) and a run such as "?!" keep their form.
      const clock = c === ':' && /\d/.test(prev ?? '') && /\d/.test(s[i + 1] ?? '');
      if (!clock && !isFixedSpace(prev) && !/[:;?!(\[]/.test(prev ?? '')) out = trimEnd(out) + NNBSP;
      out += c;
    } else if (c === '«') {
      out += c + NNBSP;
      while (isSpace(s[i + 1]) || isFixedSpace(s[i + 1])) i++;
    } else if (c === '»') {
      out = trimEnd(trimEnd(out, true)) + NNBSP + c;
    } else {
      out += c;
    }
  }
  return out;
}

const SKIP = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'var', 'textarea', 'template']);
const RAW = new Set(['script', 'style', 'textarea']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Attributes read aloud or shown as text; never href, src or data. */
const TEXT_ATTRS = /(\s(?:aria-label|title|alt|placeholder)=")([^"]*)(")/g;
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;

interface Open { name: string; french: boolean }

/**
 * A French HTML page with French typography in its text: text nodes and text attributes
 * of elements whose language is French, outside code, scripts and names marked translate="no".
 */
export function frenchHtml(html: string): string {
  const stack: Open[] = [{ name: '#root', french: true }];
  let out = '';
  let m: RegExpExecArray | null;
  TOKEN.lastIndex = 0;
  while ((m = TOKEN.exec(html))) {
    const [token, closing, opening, attrs] = m;
    const top = stack[stack.length - 1]!;
    if (closing !== undefined) {
      const name = closing.toLowerCase();
      const at = stack.findLastIndex((o) => o.name === name);
      if (at > 0) stack.length = at;
      out += token;
    } else if (opening !== undefined) {
      const name = opening.toLowerCase();
      const lang = /\slang="([^"]*)"/i.exec(attrs ?? '')?.[1];
      const french = (lang === undefined ? top.french : /^fr\b/i.test(lang)) && !SKIP.has(name) && !/\stranslate="no"/i.test(attrs ?? '');
      out += french ? token.replace(TEXT_ATTRS, (_, a: string, v: string, b: string) => a + encode(frenchText(decode(v)), true) + b) : token;
      if (RAW.has(name)) {
        const end = html.toLowerCase().indexOf(`</${name}`, TOKEN.lastIndex);
        const stop = end < 0 ? html.length : end;
        out += html.slice(TOKEN.lastIndex, stop);
        TOKEN.lastIndex = stop;
      } else if (!VOID.has(name) && !token.endsWith('/>')) {
        stack.push({ name, french });
      }
    } else if (token[0] !== '<' && top.french && stack.every((o) => !SKIP.has(o.name))) {
      const text = decode(token);
      const done = frenchText(text);
      out += done === text ? token : encode(done, false);
    } else {
      out += token;
    }
  }
  return out;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: NBSP };

function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return NAMED[e.toLowerCase()] ?? whole;
  });
}

function encode(s: string, attr: boolean): string {
  const text = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return attr ? text.replace(/"/g, '&quot;') : text;
}
