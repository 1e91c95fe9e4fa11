/** Counts per incident type and year: the data behind the small-multiples view. */
import type { Incident, IncidentType } from '../schema.ts';
import { yearOf } from '../partial-date.ts';

export interface TypeYearCount {
  type: IncidentType;
  year: number;
  count: number;
}

/** Undated records are left out here and counted by the caller's note. */
export function typeYearCounts(incidents: readonly Pick<Incident, 'type' | 'date'>[]): TypeYearCount[] {
  const counts = new Map<string, TypeYearCount>();
  for (const inc of incidents) {
    if (inc.date === null) continue;
    const year = yearOf(inc.date);
    const key = `${inc.type}|${year}`;
    const row = counts.get(key) ?? { type: inc.type, year, count: 0 };
    row.count += 1;
    counts.set(key, row);
  }
  return [...counts.values()].sort((a, b) => a.type.localeCompare(b.type) || a.year - b.year);
}
