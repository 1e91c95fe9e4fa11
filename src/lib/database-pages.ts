/**
 * The incident database is one page while it is small enough to read and
 * filter in a browser; past a limit it becomes one page per year, so no page
 * grows with the whole history.
 */
import { yearOf } from './partial-date.ts';

export interface DatabaseSection<T> {
  /** A year such as "2025", or "unknown" for undated incidents. */
  year: string;
  incidents: T[];
}

export interface DatabaseLayout<T> {
  split: boolean;
  sections: DatabaseSection<T>[];
}

export function databaseLayout<T extends { date: string | null }>(incidents: readonly T[], limit: number): DatabaseLayout<T> {
  if (incidents.length <= limit) return { split: false, sections: [{ year: 'all', incidents: [...incidents] }] };
  const groups = new Map<string, T[]>();
  for (const inc of incidents) {
    const year = inc.date === null ? 'unknown' : String(yearOf(inc.date));
    groups.set(year, [...(groups.get(year) ?? []), inc]);
  }
  // Newest year first; undated incidents last.
  const years = [...groups.keys()].sort((a, b) => (a === 'unknown' ? 1 : b === 'unknown' ? -1 : b.localeCompare(a)));
  return { split: true, sections: years.map((year) => ({ year, incidents: groups.get(year)! })) };
}
