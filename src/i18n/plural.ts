/**
 * Counts shown with a noun agree with the number ("1 shooting", "2 shootings")
 * in every language. Strings carry ICU-style plural blocks,
 * `{n, plural, one {# shooting} other {# shootings}}`, resolved here with
 * Intl.PluralRules, so no caller chooses a form by hand. Inside a block, `#`
 * is the number in the locale's digits; other {placeholders} are kept for the
 * caller's variables.
 */
import type { Lang } from './langs.ts';

export const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-BE', nl: 'nl-BE' };

const rules = new Map<Lang, Intl.PluralRules>();
const numbers = new Map<Lang, Intl.NumberFormat>();

function pluralRules(lang: Lang): Intl.PluralRules {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(LOCALES[lang])));
  return r;
}

function numberFormat(lang: Lang): Intl.NumberFormat {
  let f = numbers.get(lang);
  if (!f) numbers.set(lang, (f = new Intl.NumberFormat(LOCALES[lang])));
  return f;
}

/** `{name, plural, ...forms}` where a form's text may hold `#` and simple `{placeholders}`. */
const BLOCK = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const FORM = /(=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{\w+\})*)\}/g;

/** The form of `forms` the language uses for `n`: an exact `=n` first, then its plural category, then `other`. */
export function pluralForm(lang: Lang, n: number, forms: Readonly<Record<string, string>>): string {
  const exact = forms[`=${n}`];
  if (exact !== undefined) return exact;
  const form = forms[pluralRules(lang).select(n)] ?? forms.other;
  if (form === undefined) throw new Error(`plural forms without "other": ${JSON.stringify(forms)}`);
  return form;
}

/** Resolves every plural block of `text` with the numbers in `vars`. */
export function resolvePlurals(lang: Lang, text: string, vars: Readonly<Record<string, string | number>> | undefined): string {
  if (!text.includes(', plural,')) return text;
  return text.replace(BLOCK, (_, name: string, body: string) => {
    const n = vars?.[name];
    // A formatted string ("1,234") would hide the number the form depends on.
    if (typeof n !== 'number') throw new Error(`plural variable {${name}} needs a number, got ${JSON.stringify(n)}`);
    const forms: Record<string, string> = {};
    for (const [, key, form] of body.matchAll(FORM)) forms[key!] = form!;
    return pluralForm(lang, n, forms).replaceAll('#', numberFormat(lang).format(n));
  });
}

/** Names of the variables a string uses, plural blocks and the placeholders inside their forms included. */
export function variableNames(text: string): string[] {
  const names = new Set<string>();
  const rest = text.replace(BLOCK, (_, name: string, body: string) => {
    names.add(name);
    for (const [, , form] of body.matchAll(FORM)) for (const m of form!.matchAll(/\{(\w+)\}/g)) names.add(m[1]!);
    return '';
  });
  for (const m of rest.matchAll(/\{(\w+)\}/g)) names.add(m[1]!);
  return [...names].sort();
}
