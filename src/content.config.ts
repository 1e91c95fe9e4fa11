import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/schema.ts';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
    schema: articleSchema,
  }),
};
