import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/schema.ts';

export const collections = {
  articles: defineCollection({
    // CONTENT_DIR lets tests build the site from a copy of the articles plus fixtures.
    loader: glob({ pattern: '**/*.mdx', base: process.env.CONTENT_DIR ?? './content/articles' }),
    schema: articleSchema,
  }),
};
