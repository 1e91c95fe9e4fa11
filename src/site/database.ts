/** How the incident database is paged for this build (DB_PAGE_LIMIT lets tests exercise the split). */
import { databaseLayout, type DatabaseLayout } from '../lib/database-pages.ts';
import type { MergedIncident } from '../lib/merge.ts';
import { loadCorpus } from './corpus.ts';

/**
 * At most this many rows on one page: at about 600 bytes of HTML a row, a
 * page stays well under 1 MB.
 */
const LIMIT = Number(process.env['DB_PAGE_LIMIT'] ?? 1000);

let cached: Promise<DatabaseLayout<MergedIncident>> | undefined;

/** Computed once per build: the index page and every period page share it. */
export function loadDatabaseLayout(): Promise<DatabaseLayout<MergedIncident>> {
  cached ??= loadCorpus().then(({ incidents }) => databaseLayout(incidents, LIMIT));
  return cached;
}
