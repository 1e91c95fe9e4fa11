/** One share image per published article, rendered from SVG at build time (no network, no fonts fetched). */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { t } from '../../../i18n/strings.ts';
import { formatDate } from '../../../lib/format.ts';
import { shareImageSvg } from '../../../lib/share-image.ts';
import { loadCorpus } from '../../../site/corpus.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { articles } = await loadCorpus();
  return articles.map((a) => ({ params: { lang: a.data.lang, slug: a.slug }, props: { title: a.data.title, published: a.data.published } }));
};

export const GET: APIRoute = async ({ params, props }) => {
  const lang = params['lang'] as 'en' | 'fr' | 'nl';
  const svg = shareImageSvg({ siteName: t(lang, 'siteName'), title: props['title'] as string, footer: formatDate(props['published'] as string, lang) });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
