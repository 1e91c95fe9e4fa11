import type { APIRoute, GetStaticPaths } from 'astro';
import { loadOpenData } from '../../site/open-data.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { files, manifest } = await loadOpenData();
  return [
    ...files.map((f) => ({ params: { file: f.name }, props: { content: f.content, mediaType: f.mediaType } })),
    { params: { file: 'manifest.json' }, props: { content: JSON.stringify(manifest, null, 2) + '\n', mediaType: 'application/json' } },
  ];
};

export const GET: APIRoute = ({ props }) => new Response(props['content'] as string, { headers: { 'Content-Type': props['mediaType'] as string } });
