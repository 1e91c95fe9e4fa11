/**
 * French pages get French typography in one place, after rendering, so interface strings,
 * generated sentences, data notes and article text all follow it (src/lib/typography.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { frenchHtml } from './lib/typography.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html') || !/\/fr\//.test(context.url.pathname)) return response;
  const html = await response.text();
  return new Response(frenchHtml(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
