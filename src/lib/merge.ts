/**
 * Several articles report the same incident. Each carries its own copy of the
 * record under a shared id; merging keeps one record per id and refuses to
 * choose silently between conflicting facts.
 */
import type { Article, Incident, SourceRecord, Tally } from './schema.ts';
import { foldName } from './commune-lookup.ts';

export interface ArticleEntry {
  /** Path of the MDX file, for error messages. */
  file: string;
  /** URL slug of the article. */
  slug: string;
  data: Article;
}

export interface ArticleRef {
  file: string;
  slug: string;
  title: string;
  lang: Article['lang'];
}

export type MergedIncident = Incident & { reportedIn: ArticleRef[] };
export type MergedTally = Tally & { reportedIn: ArticleRef[] };

export class MergeConflictError extends Error {
  readonly kind: 'incident' | 'tally';
  readonly id: string;
  readonly files: [string, string];
  readonly fields: string[];

  constructor(kind: 'incident' | 'tally', id: string, files: [string, string], fields: string[]) {
    super(
      `${kind} '${id}' has conflicting facts in ${files[0]} and ${files[1]} (field${fields.length > 1 ? 's' : ''}: ${fields.join(', ')}); make the records agree, or give them different ids if they are different ${kind === 'incident' ? 'incidents' : 'tallies'}`,
    );
    this.name = 'MergeConflictError';
    this.kind = kind;
    this.id = id;
    this.files = files;
    this.fields = fields;
  }
}

export interface MergeResult {
  incidents: MergedIncident[];
  tallies: MergedTally[];
  warnings: string[];
}

/** Fields that describe the record itself rather than what it says about the event. */
const NON_FACT_FIELDS = new Set(['sources', 'notes', 'date_note']);

function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function differingFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !NON_FACT_FIELDS.has(k) && canonical(a[k]) !== canonical(b[k])).sort();
}

function sourceIdentity(s: SourceRecord): string {
  return s.key ?? s.url ?? `${s.outlet}|${s.file}|${s.title}`;
}

export function mergeSources(lists: readonly (readonly SourceRecord[])[]): SourceRecord[] {
  const seen = new Map<string, SourceRecord>();
  for (const list of lists) for (const s of list) if (!seen.has(sourceIdentity(s))) seen.set(sourceIdentity(s), s);
  return [...seen.values()];
}

function refOf(entry: ArticleEntry): ArticleRef {
  return { file: entry.file, slug: entry.slug, title: entry.data.title, lang: entry.data.lang };
}

function unique<T>(values: readonly (T | undefined)[]): T[] {
  return [...new Set(values.filter((v): v is T => v !== undefined))];
}

/** Sort key that puts dated records first, newest first, and is stable on id. */
export function compareIncidents(a: Incident, b: Incident): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id.localeCompare(b.id);
}

export function mergeArticles(entries: readonly ArticleEntry[]): MergeResult {
  const incidentGroups = new Map<string, { entry: ArticleEntry; record: Incident }[]>();
  const tallyGroups = new Map<string, { entry: ArticleEntry; record: Tally }[]>();
  const ordered = [...entries].sort((a, b) => a.file.localeCompare(b.file));
  for (const entry of ordered) {
    for (const record of entry.data.incidents) {
      incidentGroups.set(record.id, [...(incidentGroups.get(record.id) ?? []), { entry, record }]);
    }
    for (const record of entry.data.tallies) {
      tallyGroups.set(record.id, [...(tallyGroups.get(record.id) ?? []), { entry, record }]);
    }
  }

  const incidents: MergedIncident[] = [];
  for (const [id, group] of incidentGroups) {
    const first = group[0]!;
    for (const other of group.slice(1)) {
      const fields = differingFields(first.record, other.record);
      if (fields.length) throw new MergeConflictError('incident', id, [first.entry.file, other.entry.file], fields);
    }
    const { notes: _notes, date_note: _dateNote, ...facts } = first.record;
    const notes = unique(group.map((g) => g.record.notes));
    const dateNotes = unique(group.map((g) => g.record.date_note));
    incidents.push({
      ...facts,
      ...(notes.length ? { notes: notes.join(' ') } : {}),
      ...(dateNotes.length ? { date_note: dateNotes.join(' ') } : {}),
      sources: mergeSources(group.map((g) => g.record.sources)),
      reportedIn: group.map((g) => refOf(g.entry)),
    });
  }

  const tallies: MergedTally[] = [];
  for (const [id, group] of tallyGroups) {
    const first = group[0]!;
    for (const other of group.slice(1)) {
      const fields = differingFields(first.record, other.record);
      if (fields.length) throw new MergeConflictError('tally', id, [first.entry.file, other.entry.file], fields);
    }
    tallies.push({
      ...first.record,
      sources: mergeSources(group.map((g) => g.record.sources)),
      reportedIn: group.map((g) => refOf(g.entry)),
    });
  }

  incidents.sort(compareIncidents);
  tallies.sort((a, b) => (a.period_start === b.period_start ? a.id.localeCompare(b.id) : a.period_start < b.period_start ? 1 : -1));
  return { incidents, tallies, warnings: possibleDuplicates(incidents) };
}

/** Same day, commune and place under two ids is probably one incident entered twice. */
export function possibleDuplicates(incidents: readonly MergedIncident[]): string[] {
  const seen = new Map<string, MergedIncident>();
  const warnings: string[] = [];
  for (const inc of incidents) {
    if (inc.date === null || inc.commune === null) continue;
    const key = `${inc.date}|${inc.commune}|${foldName(inc.place)}`;
    const earlier = seen.get(key);
    if (earlier) {
      warnings.push(
        `incidents '${earlier.id}' (${earlier.reportedIn.map((r) => r.file).join(', ')}) and '${inc.id}' (${inc.reportedIn.map((r) => r.file).join(', ')}) share date ${inc.date}, commune ${inc.commune} and place '${inc.place}': if they are the same incident, give them one id`,
      );
    } else seen.set(key, inc);
  }
  return warnings;
}
