/** One RSS feed per language, with the published articles written in it. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../i18n/strings.ts';
import { LANGS, type Lang } from '../../lib/reference.ts';
import { typeset } from '../../lib/typography.ts';
import { loadCorpus } from '../../site/corpus.ts';
import { absoluteUrl, articlePath, homePath } from '../../site/paths.ts';

export const getStaticPaths: GetStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => {
  const lang = params['lang'] as Lang;
  const { articles } = await loadCorpus();
  return rss({
    title: typeset(t(lang, 'siteName'), lang),
    description: typeset(t(lang, 'siteTagline'), lang),
    site: absoluteUrl(homePath(lang)),
    customData: `<language>${lang}</language>`,
    items: articles
      .filter((a) => a.data.lang === lang)
      .map((a) => ({
        title: typeset(a.data.title, lang),
        description: typeset(a.data.dek, lang),
        link: absoluteUrl(articlePath(lang, a.slug)),
        pubDate: new Date(`${a.data.published}T00:00:00Z`),
        author: a.data.authors.join(', '),
        categories: a.data.tags,
      })),
  });
};
