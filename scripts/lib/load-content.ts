/**
 * Reads articles straight from disk with the same YAML parser and schema as
 * Astro, so content can be checked without a build. Problems carry file:line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
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

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Line of a field path in the YAML text, best effort: the key's first occurrence in order. */
function lineOf(yamlText: string, path: PropertyKey[]): number {
  const lines = yamlText.split('\n');
  let from = 0;
  let found = 0;
  for (const key of path) {
    if (typeof key === 'number') {
      let seen = -1;
      for (let i = from; i < lines.length; i++) {
        if (/^\s*- /.test(lines[i]!)) seen++;
        if (seen === key) { from = i; found = i; break; }
      }
      continue;
    }
    const re = new RegExp(`^\\s*(- )?${String(key)}:`);
    for (let i = from; i < lines.length; i++) if (re.test(lines[i]!)) { from = i; found = i; break; }
  }
  return found + 2; // +1 for 1-based lines, +1 for the opening '---'
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
  const m = FRONTMATTER.exec(text);
  if (!m) return { problems: [{ file, line: 1, field: '(frontmatter)', message: 'expected the file to start with a --- frontmatter block ---' }] };
  let raw: unknown;
  try {
    raw = yaml.load(m[1]!);
  } catch (e) {
    const mark = (e as { mark?: { line: number } }).mark;
    return { problems: [{ file, line: (mark?.line ?? 0) + 2, field: '(frontmatter)', message: `invalid YAML: ${(e as Error).message.split('\n')[0]}` }] };
  }
  const r = articleSchema.safeParse(raw);
  if (!r.success) {
    return {
      problems: r.error.issues.map((i) => ({ file, line: lineOf(m[1]!, i.path), field: i.path.join('.') || '(frontmatter)', message: i.message })),
    };
  }
  const body = text.slice(m[0].length);
  const bodyProblem = mdxProblem(file, body, m[0].split('\n').length - 1);
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
