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

/** Every address URL_LIKE finds has one of these; the search itself is costly on a long text. */
const MAY_HOLD_ADDRESS = /[:@]|www\./i;

/** Spaces at the end of `s`, no-break ones too if `fixed`, removed. */
function trimEnd(s: string, fixed = false): string {
  let end = s.length;
  // Before the first character s[-1] is undefined, which is no space: the loop stops there.
  while (isSpace(s[end - 1]) || (fixed && isFixedSpace(s[end - 1]))) end--;
  return s.slice(0, end);
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

function isFixedSpace(c: string | undefined): boolean {
  return c === NNBSP || c === NBSP;
}

/** Plain text (entities already decoded). */
export function frenchText(text: string): string {
  // Stryker disable next-line ConditionalExpression: a shortcut; the search below finds no address in such a text either
  if (!MAY_HOLD_ADDRESS.test(text)) return frenchProse(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL_LIKE)) {
    out += frenchProse(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + frenchProse(text.slice(last));
}

function frenchProse(text: string): string {
  const s = text.replace(ARTICLE_BEFORE_MONTH, '$1 ');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === ':' || c === ';' || c === '?' || c === '!') {
      const prev = out[out.length - 1];
      // A time, a ratio or a time format (14:30, 1:1, HH:MM) and a run such as "?!" keep their form.
      const clock = c === ':' && /[\dA-Z]/.test(prev ?? '') && /[\dA-Z]/.test(s[i + 1] ?? '');
      if (!clock && !isFixedSpace(prev) && !/[:;?!(\[]/.test(prev ?? '')) {
        out = trimEnd(out);
        // A no-break space left before the spaces removed already keeps the sign with its word.
        if (!isFixedSpace(out[out.length - 1])) out += NNBSP;
      }
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
/**
 * Attributes read aloud or shown as text, never href or src: with the data attributes whose text
 * a page shows (stacked-table labels drawn by CSS, messages and captions its script writes).
 */
const TEXT_ATTRS = /(\s(?:aria-label|title|alt|placeholder|data-(?:label|template|none|all|shown|hint|count))=")([^"]*)(")/g;
/** Meta tags whose content a reader sees, in a search result or a shared link's preview. */
const SHOWN_META = /\s(?:name|property)="(?:description|og:title|og:description|og:site_name|og:image:alt|twitter:title|twitter:description)"/i;
const META_CONTENT = /(\scontent=")([^"]*)(")/g;
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']+|"[^"]*"|'[^']*')*)>|[^<]+|</y;

interface Scope { french: boolean; code: boolean }
interface Open extends Scope { name: string }

/** What French typography can change in a text: its punctuation, « », an article before a month, or an entity hiding one. */
const MAY_CHANGE = /[:;?!«»&]| le /;
const RAW_END: Record<string, RegExp> = Object.fromEntries([...RAW].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

/**
 * A French HTML page with French typography in its text: text nodes and text attributes
 * of elements whose language is French, outside code, scripts and names marked translate="no".
 * It runs on every French page of the build, so text that cannot change is passed through as is.
 */
export function frenchHtml(html: string): string {
  // The page itself is French; the stack holds the elements open around the current token.
  const root: Scope = { french: true, code: false };
  const stack: Open[] = [];
  // Most of a page is left as it is: copy it in runs, cut only where a token changes.
  let out = '';
  let copied = 0;
  const replace = (start: number, end: number, text: string) => {
    out += html.slice(copied, start) + text;
    copied = end;
  };
  let m: RegExpExecArray | null;
  TOKEN.lastIndex = 0;
  while ((m = TOKEN.exec(html))) {
    const token = m[0];
    const closing = m[1];
    const opening = m[2];
    const top = stack[stack.length - 1] ?? root;
    if (closing !== undefined) {
      // The innermost open element of that name closes, with every element opened inside it.
      const name = closing.toLowerCase();
      const at = stack.findLastIndex((open) => open.name === name);
      if (at >= 0) stack.length = at;
    } else if (opening !== undefined) {
      const name = opening.toLowerCase();
      // The attributes' group always takes part in an opening tag's match, if only as "".
      const attrs = m[3]!;
      const lang = /\slang="([^"]*)"/i.exec(attrs)?.[1];
      const french = (lang === undefined ? top.french : /^fr\b/i.test(lang)) && !SKIP.has(name) && !/\stranslate="no"/i.test(attrs);
      if (french) {
        const shown = name === 'meta' && SHOWN_META.test(attrs) ? META_CONTENT : TEXT_ATTRS;
        const done = token.replace(shown, (whole, a: string, v: string, b: string) => {
          const value = decode(v);
          return value === null ? whole : a + encode(frenchText(value), true) + b;
        });
        // Stryker disable next-line ConditionalExpression: replacing a tag by itself changes nothing
        if (done !== token) replace(m.index, TOKEN.lastIndex, done);
      }
      const rawEnd = RAW_END[name];
      if (rawEnd) {
        rawEnd.lastIndex = TOKEN.lastIndex;
        TOKEN.lastIndex = rawEnd.exec(html)?.index ?? html.length;
      } else if (!VOID.has(name) && !token.endsWith('/>')) {
        stack.push({ name, french, code: top.code || SKIP.has(name) });
      }
    } else if (token[0] !== '<' && top.french && !top.code) {
      // Stryker disable next-line ConditionalExpression: a shortcut; frenchText leaves a text without those characters unchanged
      if (!MAY_CHANGE.test(token)) continue;
      const text = decode(token);
      if (text === null) continue;
      const done = frenchText(text);
      if (done !== text) replace(m.index, TOKEN.lastIndex, encode(done, false));
    }
  }
  return out + html.slice(copied);
}

/** Named entities a page may carry around punctuation; any other leaves its text as written (see decode). */
const NAMED = new Map(Object.entries({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: NBSP, laquo: '«', raquo: '»',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201C', rdquo: '\u201D', hellip: '\u2026', ndash: '\u2013', mdash: '\u2014',
}));

/**
 * The text of an HTML text or attribute, or null when it holds a named entity this table does not
 * know: changing the text around it could split the entity, so such a text is left as written.
 */
function decode(s: string): string | null {
  let unknown = false;
  const text = s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    // Names are case-sensitive (&LAQUO; is no entity), and a Map has no inherited keys such as "constructor".
    const known = NAMED.get(e);
    if (known === undefined) unknown = true;
    return known ?? whole;
  });
  return unknown ? null : text;
}

function encode(s: string, attr: boolean): string {
  const text = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return attr ? text.replace(/"/g, '&quot;') : text;
}

/** Text outside a page (a feed, a share image) in the typography of its language. */
export function typeset(text: string, lang: string): string {
  return lang === 'fr' ? frenchText(text) : text;
}
