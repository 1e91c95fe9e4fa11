import { articleSchema, incidentSchema, type Article, type Incident } from '../../src/lib/schema.ts';
import type { ArticleEntry } from '../../src/lib/merge.ts';

/** A valid incident in raw frontmatter form; tests override one field at a time. */
export function rawIncident(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '2025-02-05-anderlecht-clemenceau',
    date: '2025-02-05',
    date_precision: 'day',
    type: 'shooting',
    commune: 'Anderlecht',
    place: 'near Clemenceau metro station',
    location_precision: 'station',
    killed: null,
    injured: 1,
    weapon: 'assault-rifle',
    police_targeted: null,
    sources: ['report-003'],
    ...overrides,
  };
}

export function incident(overrides: Record<string, unknown> = {}): Incident {
  return incidentSchema.parse(rawIncident(overrides));
}

export function article(incidents: Record<string, unknown>[], overrides: Record<string, unknown> = {}): Article {
  return articleSchema.parse({
    title: 'A title',
    dek: 'A dek',
    published: '2026-01-10',
    authors: ['Desk'],
    lang: 'en',
    incidents,
    ...overrides,
  });
}

export function entry(file: string, incidents: Record<string, unknown>[], overrides: Record<string, unknown> = {}): ArticleEntry {
  return { file, slug: file.replace(/\.mdx$/, ''), data: article(incidents, overrides) };
}
