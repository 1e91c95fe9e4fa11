/**
 * Reads articles straight from disk with the same YAML parser and schema as
 * Astro, so content can be checked without a build. Problems carry file:line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { mdxToJs } from 'satteri';
import { articleSchema } from '../../src/lib/schema.ts';
import type { ArticleEntry } from '../../src/lib/merge.ts';

export interface Problem {
  file: string;
  line: number;
  field: string;
  message: string;
}

export interface LoadedEntry extends ArticleEntry {
  body: string;
}

/** The frontmatter block as remark-frontmatter finds it: its YAML text, first YAML line and where the body starts. */
interface Frontmatter {
  yaml: string;
  /** File line (1-based) of the YAML's first line, just below the opening `---`. */
  firstLine: number;
  /** Offset in the file where the MDX body starts, and its first line. */
  bodyOffset: number;
  bodyLine: number;
}

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

function frontmatterOf(text: string): Frontmatter | null {
  const first = markdown.parse(text).children[0];
  if (!first || first.type !== 'yaml' || !first.position || first.position.start.offset !== 0) return null;
  const end = first.position.end;
  // The body starts after the closing fence's line break.
  const bodyOffset = text[end.offset!] === '\r' ? end.offset! + 2 : text[end.offset!] === '\n' ? end.offset! + 1 : end.offset!;
  return { yaml: first.value, firstLine: first.position.start.line + 1, bodyOffset, bodyLine: end.line + 1 };
}

/**
 * Line, in the YAML text, of the node a validation issue points at: the
 * deepest part of its path that exists, or the unrecognised key itself.
 */
export function yamlLine(yamlText: string, path: readonly PropertyKey[], unknownKey?: string): number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter });
  const keys = path.map((k) => (typeof k === 'number' ? k : String(k)));
  for (let n = keys.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true);
    if (!isNode(node) || !node.range) continue;
    if (n === keys.length && unknownKey !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === unknownKey);
      if (pair && isNode(pair.key) && pair.key.range) return lineCounter.linePos(pair.key.range[0]).line;
    }
    // A key's value may start on the key's line or below it; point at the key.
    const parent = n > 0 ? (n === 1 ? doc.contents : doc.getIn(keys.slice(0, n - 1), true)) : null;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === keys[n - 1]);
      if (pair && isNode(pair.key) && pair.key.range) return lineCounter.linePos(pair.key.range[0]).line;
    }
    return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

/**
 * Compiles the body with the MDX compiler Astro itself uses (satteri), so an
 * unclosed tag or a broken {expression} is caught here, with its line.
 */
function mdxProblem(file: string, body: string, bodyStartLine: number): Problem | null {
  try {
    mdxToJs(body);
    return null;
  } catch (e) {
    const message = (e as Error).message;
    const at = /^(\d+):(\d+):\s*/.exec(message);
    const line = at ? Number(at[1]) + bodyStartLine : bodyStartLine + 1;
    return { file, line, field: '(body)', message: `invalid MDX: ${at ? message.slice(at[0].length) : message}` };
  }
}

export function parseArticle(file: string, text: string): { entry?: LoadedEntry; problems: Problem[] } {
  const fm = frontmatterOf(text);
  if (!fm) return { problems: [{ file, line: 1, field: '(frontmatter)', message: 'expected the file to start with a --- frontmatter block ---' }] };
  const toFileLine = (yamlLineNo: number) => fm.firstLine + yamlLineNo - 1;
  let raw: unknown;
  try {
    raw = yaml.load(fm.yaml);
  } catch (e) {
    const mark = (e as { mark?: { line: number } }).mark;
    return { problems: [{ file, line: toFileLine((mark?.line ?? 0) + 1), field: '(frontmatter)', message: `invalid YAML: ${(e as Error).message.split('\n')[0]}` }] };
  }
  const r = articleSchema.safeParse(raw);
  if (!r.success) {
    return {
      problems: r.error.issues.map((i) => ({
        file,
        line: toFileLine(yamlLine(fm.yaml, i.path, i.code === 'unrecognized_keys' ? i.keys[0] : undefined)),
        field: i.path.join('.') || '(frontmatter)',
        message: i.message,
      })),
    };
  }
  const body = text.slice(fm.bodyOffset);
  const bodyProblem = mdxProblem(file, body, fm.bodyLine - 1);
  if (bodyProblem) return { problems: [bodyProblem] };
  const slug = file.split('/').pop()!.replace(/\.mdx$/, '');
  return { entry: { file, slug, data: r.data, body }, problems: [] };
}

export function loadContent(dir: string): { entries: LoadedEntry[]; problems: Problem[] } {
  const entries: LoadedEntry[] = [];
  const problems: Problem[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
    const file = join(dir, name);
    const r = parseArticle(file, readFileSync(file, 'utf8'));
    if (r.entry) entries.push(r.entry);
    problems.push(...r.problems);
  }
  return { entries, problems };
}
