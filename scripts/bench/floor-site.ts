/**
 * The framework's floor: a minimal Astro site whose N pages are trivial
 * Markdown entries of one content collection, rendered by one dynamic route
 * (the shape of any content site), built with this project's own installed
 * Astro: its node_modules is linked in, so nothing is downloaded. What the
 * project's build costs above this is ours to explain.
 *
 * (One .md file per route under src/pages is not a floor: Astro matches
 * routes one by one, and 9,400 page files took 114 s, twice this project.)
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function writeFloorSite(dir: string, pages: number): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  mkdirSync(join(dir, 'pages'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "name": "bench-floor", "private": true, "type": "module" }\n');
  // Same output shape as the project (directory URLs, trailing slash); caches stay in this folder,
  // not in the linked node_modules.
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `export default {
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  cacheDir: './.astro-cache',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: { cacheDir: './.vite-cache' },
};
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '*.md', base: './pages' }), schema: z.object({ title: z.string() }) }),
};
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const pages = await getCollection('pages');
  return pages.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><Content /></body>
</html>
`,
  );
  for (let i = 0; i < pages; i++) {
    writeFileSync(
      join(dir, 'pages', `p${String(i).padStart(6, '0')}.md`),
      `---\ntitle: Page ${i}\n---\n\n# Page ${i}\n\nA trivial page, number ${i}, with one short paragraph of text.\n`,
    );
  }
}
