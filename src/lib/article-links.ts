/**
 * A published article must not link to a draft, a scheduled article or an
 * article that does not exist: the reader would land on a missing page, and a
 * draft's address would leak before publication.
 */
export interface LinkingEntry {
  file: string;
  slug: string;
  body: string;
}

const HREF = /\]\(([^)\s]+)[^)]*\)|href=["']([^"']+)["']/g;
const ARTICLE_LINK = /(?:^|\/)articles\/([a-z0-9-]+)\/?(?:[#?].*)?$|^\.\.\/([a-z0-9-]+)\/?(?:[#?].*)?$/;

export function articleLinks(body: string): string[] {
  const slugs: string[] = [];
  for (const m of body.matchAll(HREF)) {
    // Each alternative of HREF captures one group, never empty: a Markdown target or an href value.
    const href = (m[1] ?? m[2])!;
    if (/^[a-z]+:/i.test(href)) continue; // external or mailto: not ours to check here
    const a = ARTICLE_LINK.exec(href);
    if (a) slugs.push((a[1] ?? a[2])!);
  }
  return slugs;
}

export function badArticleLinks(
  published: readonly LinkingEntry[],
  unpublished: readonly Pick<LinkingEntry, 'slug'>[],
): string[] {
  const live = new Set(published.map((e) => e.slug));
  const hidden = new Set(unpublished.map((e) => e.slug));
  const problems: string[] = [];
  for (const e of published) {
    for (const slug of articleLinks(e.body)) {
      if (live.has(slug)) continue;
      problems.push(
        hidden.has(slug)
          ? `${e.file}: links to article '${slug}', which is a draft or scheduled for later; publish it first or remove the link`
          : `${e.file}: links to article '${slug}', which does not exist; expected the file name (without .mdx) of a published article`,
      );
    }
  }
  return problems;
}
