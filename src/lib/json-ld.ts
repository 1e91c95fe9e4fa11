/** schema.org NewsArticle for an article page, as search engines and news aggregators read it. */
import type { Article } from './schema.ts';

export interface NewsArticleInput {
  data: Pick<Article, 'title' | 'dek' | 'published' | 'updated' | 'authors'>;
  lang: string;
  publisher: string;
  /** Absolute URLs. */
  url: string;
  image: string;
}

export function newsArticleJsonLd({ data, lang, publisher, url, image }: NewsArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    description: data.dek,
    inLanguage: lang,
    datePublished: data.published,
    dateModified: data.updated ?? data.published,
    author: data.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: publisher },
    image,
    mainEntityOfPage: url,
    url,
  };
}
