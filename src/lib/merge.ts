/**
 * Several articles report the same incident. Each carries its own copy of the
 * record under a shared id; merging keeps one record per id and refuses to
 * choose silently between conflicting facts.
 */
import type { Article, Incident, SourceRecord, Tally } from './schema.ts';
import { combineLocalText, type LocalText } from './local-text.ts';
import { likelyDuplicates, type DuplicatePair } from './duplicates.ts';
import { pushTo } from './group.ts';

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
  /** Records under different ids that look like one incident entered twice. */
  duplicates: DuplicatePair[];
  /** `incident_refs` or `tally_refs` that name no record. */
  unknownRefs: string[];
}

/** Fields that describe the record itself rather than what it says about the event. */
const NON_FACT_FIELDS = new Set(['sources', 'notes', 'date_note', 'weapon_note', 'quarter_note', 'period_note', 'distinct_from']);
/** Free text that may be written in several languages: combined per language, compared within a language. */
const TEXT_FACT_FIELDS = new Set(['place', 'counts', 'authority']);

function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function differingFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys]
    .filter((k) => {
      if (NON_FACT_FIELDS.has(k)) return false;
      if (TEXT_FACT_FIELDS.has(k)) return combineLocalText(a[k] as LocalText, b[k] as LocalText).conflicts.length > 0;
      return canonical(a[k]) !== canonical(b[k]);
    })
    .sort();
}

/** One text per language across every copy; several notes in one language are joined. */
function joinNotes(values: readonly (LocalText | undefined)[]): LocalText | undefined {
  const out: Record<string, string[]> = {};
  for (const v of values) {
    if (!v) continue;
    for (const [lang, text] of Object.entries(v)) if (!(out[lang] ??= []).includes(text)) out[lang]!.push(text);
  }
  const entries = Object.entries(out);
  return entries.length ? (Object.fromEntries(entries.map(([l, texts]) => [l, texts.join(' ')])) as LocalText) : undefined;
}

function combineAll(values: readonly LocalText[]): LocalText {
  return values.reduce((acc, v) => combineLocalText(acc, v).text);
}

/** Drops the keys whose value is undefined, so optional fields stay absent rather than present-but-empty. */
function defined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function sourceIdentity(s: SourceRecord): string {
  // Stryker disable next-line StringLiteral: unreachable, every source has a registry key or (the schema requires it inline) a url
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

/** Sort key that puts dated records first, newest first, and is stable on id. */
export function compareIncidents(a: Incident, b: Incident): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    // ISO dates compare as text: the later date first.
    return b.date.localeCompare(a.date);
  }
  return a.id.localeCompare(b.id);
}

export function mergeArticles(entries: readonly ArticleEntry[]): MergeResult {
  const incidentGroups = new Map<string, { entry: ArticleEntry; record: Incident }[]>();
  const tallyGroups = new Map<string, { entry: ArticleEntry; record: Tally }[]>();
  const ordered = [...entries].sort((a, b) => a.file.localeCompare(b.file));
  for (const entry of ordered) {
    for (const record of entry.data.incidents) {
      pushTo(incidentGroups, record.id, { entry, record });
    }
    for (const record of entry.data.tallies) {
      pushTo(tallyGroups, record.id, { entry, record });
    }
  }

  const incidents: MergedIncident[] = [];
  for (const [id, group] of incidentGroups) {
    const first = group[0]!;
    // Every copy must agree with the first (which agrees with itself).
    for (const other of group) {
      const fields = differingFields(first.record, other.record);
      if (fields.length) throw new MergeConflictError('incident', id, [first.entry.file, other.entry.file], fields);
    }
    const records = group.map((g) => g.record);
    incidents.push(
      defined({
        ...first.record,
        place: combineAll(records.map((r) => r.place)),
        notes: joinNotes(records.map((r) => r.notes)),
        date_note: joinNotes(records.map((r) => r.date_note)),
        weapon_note: joinNotes(records.map((r) => r.weapon_note)),
        quarter_note: joinNotes(records.map((r) => r.quarter_note)),
        // Any copy may declare the distinction, not only the first: the file order says nothing about which copy knows.
        distinct_from: records.some((r) => r.distinct_from) ? [...new Set(records.flatMap((r) => r.distinct_from ?? []))] : undefined,
        sources: mergeSources(records.map((r) => r.sources)),
        reportedIn: group.map((g) => refOf(g.entry)),
      }),
    );
  }

  const tallies: MergedTally[] = [];
  for (const [id, group] of tallyGroups) {
    const first = group[0]!;
    // Every copy must agree with the first (which agrees with itself).
    for (const other of group) {
      const fields = differingFields(first.record, other.record);
      if (fields.length) throw new MergeConflictError('tally', id, [first.entry.file, other.entry.file], fields);
    }
    const records = group.map((g) => g.record);
    tallies.push(
      defined({
        ...first.record,
        counts: combineAll(records.map((r) => r.counts)),
        authority: combineAll(records.map((r) => r.authority)),
        period_note: joinNotes(records.map((r) => r.period_note)),
        sources: mergeSources(records.map((r) => r.sources)),
        reportedIn: group.map((g) => refOf(g.entry)),
      }),
    );
  }

  const unknownRefs: string[] = [];
  const attach = (records: Map<string, { reportedIn: ArticleRef[] }>, kind: string, entry: ArticleEntry, ids: readonly string[]) => {
    for (const id of ids) {
      const record = records.get(id);
      if (!record) unknownRefs.push(`${entry.file}: refers to ${kind} '${id}', which no published article records; expected the id of a record in a log or article file`);
      else if (!record.reportedIn.some((r) => r.file === entry.file)) record.reportedIn.push(refOf(entry));
    }
  };
  const incidentById = new Map(incidents.map((i) => [i.id, i]));
  const tallyById = new Map(tallies.map((t) => [t.id, t]));
  for (const entry of ordered) {
    attach(incidentById, 'incident', entry, entry.data.incident_refs);
    attach(tallyById, 'official figure', entry, entry.data.tally_refs);
  }

  incidents.sort(compareIncidents);
  tallies.sort((a, b) => b.period_start.localeCompare(a.period_start) || a.id.localeCompare(b.id));
  return { incidents, tallies, duplicates: likelyDuplicates(incidents), unknownRefs };
}
