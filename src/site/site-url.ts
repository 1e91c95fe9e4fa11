/**
 * The publication's public address, in one place: astro.config.mjs, the site's
 * pages and any script read it from here, so no built page, feed or sitemap
 * points at a preview server by default.
 *
 * NEWSROOM TO CONFIRM: the real production domain is not known to the developers.
 * This is the GitHub Pages address the deploy workflow (.github/workflows/deploy.yml)
 * publishes to, https://<owner>.github.io/<repository>/, with the owner still to be
 * confirmed. A build run inside GitHub Actions uses the repository it runs in; a
 * custom domain replaces this constant (or is passed as SITE_URL).
 */
export const PRODUCTION_SITE = 'https://brussels-shootings.github.io/brussels-shootings/';

/** `npm run dev` serves here; only the dev server links to it. */
export const DEV_SITE = 'http://localhost:4321/';

type Env = Readonly<Record<string, string | undefined>>;

/** SITE_URL wins; then the Actions repository (what the deploy publishes); then the constant above. */
export function siteUrl(env: Env, dev: boolean): string {
  if (env['SITE_URL']) return env['SITE_URL'];
  if (dev) return DEV_SITE;
  const repo = env['GITHUB_REPOSITORY']?.split('/');
  if (repo?.length === 2 && env['GITHUB_ACTIONS'] === 'true') return `https://${repo[0]!.toLowerCase()}.github.io/${repo[1]}/`;
  return PRODUCTION_SITE;
}

/**
 * The absolute address of a site path. `path` already carries the base path; the site
 * may carry a path of its own (a GitHub Pages project site built with base "/"), which
 * `new URL(path, site)` would drop, so it is kept unless the path already starts with it.
 */
export function publicUrl(path: string, site: string | URL): string {
  const s = new URL(site);
  const prefix = s.pathname.replace(/\/$/, '');
  const rooted = path.startsWith('/') ? path : `/${path}`;
  const full = prefix && !rooted.startsWith(`${prefix}/`) ? `${prefix}${rooted}` : rooted;
  return new URL(full, s.origin).href;
}
