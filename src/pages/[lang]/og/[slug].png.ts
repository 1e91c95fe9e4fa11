/** One share image per published article, rendered from SVG at build time (no network, no fonts fetched). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../../i18n/strings.ts';
import { formatDate } from '../../../lib/format.ts';
import type { Lang } from '../../../lib/reference.ts';
import { shareImageSvg } from '../../../lib/share-image.ts';
import { typeset } from '../../../lib/typography.ts';
import { loadCorpus } from '../../../site/corpus.ts';
import { encodeShareImages, shareImagePng, type ShareCardSvg } from '../../../site/share-images.ts';

/** The card names the day the article appeared (and its last update), so an old card is not read as today's news. */
function shareFooter(published: string, updated: string | undefined, lang: Lang): string {
  const first = `${t(lang, 'published')} ${formatDate(published, lang)}`;
  return updated ? `${first} · ${t(lang, 'updated')} ${formatDate(updated, lang)}` : first;
}

export const getStaticPaths: GetStaticPaths = async () => {
  const { articles } = await loadCorpus();
  const cards = articles.map((a): ShareCardSvg & { lang: typeof a.data.lang; slug: string } => ({
    key: `${a.data.lang}/${a.slug}`,
    lang: a.data.lang,
    slug: a.slug,
    svg: shareImageSvg({ siteName: t(a.data.lang, 'siteName'), title: typeset(a.data.title, a.data.lang), footer: typeset(shareFooter(a.data.published, a.data.updated, a.data.lang), a.data.lang) }),
  }));
  encodeShareImages(cards);
  return cards.map(({ lang, slug, key, svg }) => ({ params: { lang, slug }, props: { card: { key, svg } } }));
};

export const GET: APIRoute = async ({ props }) => {
  const png = await shareImagePng(props['card'] as ShareCardSvg);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
