/** How the incident database is paged for this build (DB_PAGE_LIMIT lets tests exercise the split). */
import { databaseLayout } from '../lib/database-pages.ts';
import { loadCorpus } from './corpus.ts';

const LIMIT = Number(process.env['DB_PAGE_LIMIT'] ?? 2000);

export async function loadDatabaseLayout() {
  const { incidents } = await loadCorpus();
  return databaseLayout(incidents, LIMIT);
}
