/**
 * The one schema for article frontmatter: incidents, official tallies and
 * article metadata. Astro's content collection and `npm run check` both use it,
 * so an editor's mistake is reported the same way everywhere.
 */
import { z } from 'zod';
import { findCommune, unknownCommuneMessage } from './commune-lookup.ts';
import { dateToIso, earliestDay, granularity, parsePartialDate, todayInBrussels, weekdayOf, WEEKDAYS } from './partial-date.ts';
import type { VictimCount } from './victims.ts';
import { hotspotBySlug, HOTSPOTS, LANGS, quarterByCode, quarterInCommune, sourceByKey, SOURCE_REPORTS, stationById, type Lang, type SourceReport } from './reference.ts';
import { findQuarter, findStation, quarterOutsideCommuneMessage, stationOutsideCommuneMessage, unknownQuarterMessage, unknownStationMessage } from './place-lookup.ts';
import type { LocalText } from './local-text.ts';

export const INCIDENT_TYPES = [
  'shooting',
  'police-shooting',
  'stabbing',
  'explosion',
  'terror-attack',
  'police-operation',
  'other',
] as const;
export const WEAPONS = ['firearm', 'assault-rifle', 'handgun', 'explosive', 'knife', 'other'] as const;
export const CONTEXTS = ['drug-trafficking', 'terrorism', 'other', 'unknown'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year', 'approximate', 'unknown'] as const;
export const LOCATION_PRECISIONS = ['exact', 'street', 'station', 'neighbourhood', 'commune', 'region', 'unknown'] as const;
export const TALLY_MEASURES = ['shootings', 'killed', 'injured', 'incidents', 'other'] as const;

/** Bounding box of the Brussels-Capital Region (data/geo, rounded outwards). */
export const REGION_BOUNDS = { west: 4.24, east: 4.49, south: 50.76, north: 50.92 } as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Free text: a string, or one string per language ({ en, fr, nl }, any of them).
 * Inside an article a plain string is in the article's language (see
 * `articleSchema`); parsed on its own, a plain string is read as English.
 */
function localText(emptyMessage: string) {
  // Dispatched by hand, like victim counts, so an editor reads what was wrong rather than "Invalid input".
  return z.unknown().transform((raw, ctx): LocalText => {
    if (typeof raw === 'string') {
      if (raw.trim() !== '') return { en: raw };
      ctx.addIssue({ code: 'custom', message: emptyMessage });
      return z.NEVER;
    }
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      const entries = Object.entries(raw);
      const bad = entries.find(([k, v]) => !(LANGS as readonly string[]).includes(k) || typeof v !== 'string' || v.trim() === '');
      if (entries.length > 0 && !bad) return Object.fromEntries(entries) as LocalText;
      ctx.addIssue({ code: 'custom', message: bad ? `'${bad[0]}' is not a language with text; expected en, fr or nl, each with some text` : emptyMessage });
      return z.NEVER;
    }
    ctx.addIssue({ code: 'custom', message: `${emptyMessage}; expected text, or { en, fr, nl } with text in at least one of them` });
    return z.NEVER;
  });
}
const optionalText = localText('expected some text, or leave the field out').optional();

function partialDate(options: { allowFuture: boolean }) {
  return z.union([z.string(), z.date()]).transform((raw, ctx) => {
    const value = raw instanceof Date ? dateToIso(raw) : raw.trim();
    if (!parsePartialDate(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `date '${value}' is not a real calendar date; expected YYYY-MM-DD, YYYY-MM or YYYY`,
      });
      return z.NEVER;
    }
    const today = todayInBrussels();
    if (!options.allowFuture && earliestDay(value) > today) {
      ctx.addIssue({ code: 'custom', message: `date '${value}' is in the future (today is ${today})` });
      return z.NEVER;
    }
    return value;
  });
}

const pastDate = partialDate({ allowFuture: false });

const safeUrl = z.string().refine((v) => {
  // URL.parse gives null for what is no absolute address.
  const protocol = URL.parse(v)?.protocol;
  return protocol === 'https:' || protocol === 'http:';
}, { message: 'expected an absolute http(s) URL' });

const communeRef = z.union([z.string(), z.number()]).transform((raw, ctx) => {
  const value = String(raw);
  const commune = findCommune(value);
  if (!commune) {
    ctx.addIssue({ code: 'custom', message: unknownCommuneMessage(value) });
    return z.NEVER;
  }
  return commune.nis;
});

/** A quarter by code or French or Dutch name; resolves to its code. */
const quarterRef = z.union([z.string(), z.number()]).transform((raw, ctx) => {
  const quarter = findQuarter(raw);
  if (!quarter) {
    ctx.addIssue({ code: 'custom', message: unknownQuarterMessage(raw) });
    return z.NEVER;
  }
  return quarter.code;
});

/** A metro or premetro station by French or Dutch name or id; resolves to its id. */
const stationRef = z.string().transform((raw, ctx) => {
  const station = findStation(raw);
  if (!station) {
    ctx.addIssue({ code: 'custom', message: unknownStationMessage(raw) });
    return z.NEVER;
  }
  return station.id;
});

const hotspotRef = z.string().superRefine((v, ctx) => {
  if (!hotspotBySlug.has(v)) {
    ctx.addIssue({
      code: 'custom',
      message: `hotspot '${v}' is not in data/hotspots.json; expected one of ${HOTSPOTS.map((h) => h.slug).join(', ')}`,
    });
  }
});

const VICTIMS_EXPECTED = 'expected a whole number of 0 or more, { at_least: n }, or null when the source does not say';

/** Number.isInteger is true of integer numbers only, so it tells the type as well. */
function isWhole(v: unknown): v is number {
  return Number.isInteger(v);
}

/** Dispatched by hand so an editor reads what was wrong, not zod's "Invalid input" for unions. */
const victimCount = z.unknown().transform((raw, ctx): VictimCount => {
  if (raw === null) return null;
  if (isWhole(raw) && raw >= 0) return raw;
  if (isRecord(raw)) {
    const keys = Object.keys(raw);
    const atLeast = raw.at_least;
    if (keys.length === 1 && isWhole(atLeast) && atLeast >= 1) return { at_least: atLeast };
  }
  ctx.addIssue({ code: 'custom', message: `${JSON.stringify(raw) ?? String(raw)} is not a victim count; ${VICTIMS_EXPECTED}` });
  return z.NEVER;
});

const inlineSource = z
  .object({
    outlet: z.string().min(1),
    title: z.string().min(1).nullable().default(null),
    date: partialDate({ allowFuture: false }).nullable().default(null),
    author: z.string().nullable().default(null),
    url: safeUrl.nullable().default(null),
    file: z.string().nullable().default(null),
    note: localText('expected some text, or leave the field out').nullable().default(null),
    /** Language the report is written in (BCP 47, e.g. fr, nl, en, de), so its headline is marked up right. */
    language: z.string().regex(/^[a-z]{2,3}$/, 'expected a language code such as fr, nl or en').nullable().default(null),
  })
  .strict()
  .refine((s) => s.url !== null, { message: 'a source needs the http(s) url of the public report' })
  .transform((s) => ({ key: null as string | null, ...s }));

/** Registry entries may leave the outlet unknown; inline records must name it. */
type CitedSource = Omit<SourceReport, 'key' | 'note'> & { key: string | null; note: LocalText | null; language: string | null };

/** A registry entry as records cite it (the registry's notes are written in English). */
export function citedFromRegistry(found: SourceReport): CitedSource {
  return { ...found, note: found.note === null ? null : { en: found.note } };
}

/**
 * A source is a key into data/sources.json or a full record written inline.
 * Dispatched by hand rather than with z.union, so an editor sees the precise
 * problem ("expected an absolute http(s) URL") instead of "Invalid input".
 */
const sourceRef = z.unknown().transform((raw, ctx): CitedSource => {
  if (typeof raw === 'string') {
    const found = sourceByKey.get(raw);
    if (!found) {
      ctx.addIssue({
        code: 'custom',
        message: `source '${raw}' is not in data/sources.json; expected one of ${SOURCE_REPORTS.map((s) => s.key).join(', ')}, or an inline record with outlet and url`,
      });
      return z.NEVER;
    }
    return citedFromRegistry(found);
  }
  const parsed = inlineSource.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return z.NEVER;
  }
  return parsed.data;
});

const sourceList = z
  .array(sourceRef)
  .min(1, 'every record needs at least one source')
  .refine((list) => list.length === 0 || list.some((s) => s.url !== null), { message: 'every record needs at least one source with the http(s) url of a public report' });

export const incidentSchema = z
  .object({
    id: z.string().regex(SLUG, 'expected a lower-case slug such as 2025-02-05-anderlecht-clemenceau'),
    date: pastDate.nullable(),
    date_precision: z.enum(DATE_PRECISIONS),
    weekday: z.enum(WEEKDAYS).optional(),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a 24-hour time HH:MM').optional(),
    time_approximate: z.boolean().default(false),
    time_of_day: z.enum(['night', 'morning', 'afternoon', 'evening']).optional(),
    date_note: optionalText,
    type: z.enum(INCIDENT_TYPES),
    context: z.enum(CONTEXTS).default('unknown'),
    commune: communeRef.nullable(),
    place: localText('say where it happened, or "not stated"'),
    hotspot: hotspotRef.optional(),
    /** A quarter of the Monitoring des Quartiers that a report names (directly, or by a place only it holds). */
    quarter: quarterRef.optional(),
    /** How the quarter was established from the reports: required with `quarter`. */
    quarter_note: optionalText,
    /** A metro or premetro station a report names; gives the record a point at the station. */
    station: stationRef.optional(),
    coordinates: z
      .object({
        lat: z.number().min(REGION_BOUNDS.south, 'latitude is outside the Brussels-Capital Region').max(REGION_BOUNDS.north, 'latitude is outside the Brussels-Capital Region'),
        lon: z.number().min(REGION_BOUNDS.west, 'longitude is outside the Brussels-Capital Region').max(REGION_BOUNDS.east, 'longitude is outside the Brussels-Capital Region'),
      })
      .strict()
      .optional(),
    location_precision: z.enum(LOCATION_PRECISIONS),
    killed: victimCount,
    injured: victimCount,
    arrests: z.number().int().nonnegative().nullable().optional(),
    weapon: z.enum(WEAPONS).nullable(),
    weapon_note: optionalText,
    police_targeted: z.boolean().nullable(),
    notes: optionalText,
    /** Ids of records on the same day and in the same commune that are known to be other incidents. */
    distinct_from: z.array(z.string().regex(SLUG, 'expected the id of another incident')).optional(),
    sources: sourceList,
  })
  .strict()
  .superRefine((inc, ctx) => {
    const expected = inc.date === null ? 'unknown' : granularity(inc.date);
    const precisionFits =
      inc.date === null
        ? inc.date_precision === 'unknown'
        : inc.date_precision === 'approximate' || inc.date_precision === expected;
    if (!precisionFits) {
      ctx.addIssue({
        code: 'custom',
        path: ['date_precision'],
        message: `date_precision '${inc.date_precision}' does not fit date '${inc.date ?? 'null'}'; expected '${expected}'${inc.date === null ? '' : " or 'approximate'"}`,
      });
    }
    if (inc.weekday && inc.date && granularity(inc.date) === 'day' && weekdayOf(inc.date) !== inc.weekday) {
      ctx.addIssue({
        code: 'custom',
        path: ['weekday'],
        message: `weekday '${inc.weekday}' does not match date ${inc.date}, which is a ${weekdayOf(inc.date)}`,
      });
    }
    const hotspot = inc.hotspot ? hotspotBySlug.get(inc.hotspot) : undefined;
    if (hotspot && inc.commune) {
      if (!hotspot.communes.includes(inc.commune)) {
        ctx.addIssue({
          code: 'custom',
          path: ['hotspot'],
          message: `hotspot '${inc.hotspot}' does not lie in commune ${inc.commune}; expected a commune among ${hotspot.communes.join(', ')}`,
        });
      }
    }
    if (inc.quarter !== undefined) {
      if (inc.commune && !quarterInCommune(inc.quarter, inc.commune)) {
        ctx.addIssue({ code: 'custom', path: ['quarter'], message: quarterOutsideCommuneMessage(quarterByCode.get(inc.quarter)!, inc.commune) });
      }
      if (!inc.quarter_note) {
        ctx.addIssue({ code: 'custom', path: ['quarter_note'], message: 'a quarter needs a quarter_note saying how the reports place the incident in it (the quarter bears the name they give, or a place only it holds)' });
      }
    } else if (inc.quarter_note) {
      ctx.addIssue({ code: 'custom', path: ['quarter_note'], message: 'quarter_note explains a quarter; add the quarter or leave the note out' });
    }
    if (inc.station !== undefined && inc.commune) {
      const station = stationById.get(inc.station)!;
      if (!quarterInCommune(station.quarter, inc.commune)) {
        ctx.addIssue({ code: 'custom', path: ['station'], message: stationOutsideCommuneMessage(station, inc.commune) });
      }
    }
    if (inc.commune === null && ['exact', 'street', 'station', 'neighbourhood', 'commune'].includes(inc.location_precision)) {
      ctx.addIssue({
        code: 'custom',
        path: ['location_precision'],
        message: `location_precision '${inc.location_precision}' needs a commune; use 'region' or 'unknown' when the commune is not known`,
      });
    }
    if (inc.coordinates && !['exact', 'street', 'station', 'neighbourhood'].includes(inc.location_precision)) {
      ctx.addIssue({
        code: 'custom',
        path: ['coordinates'],
        message: `coordinates need a location_precision of exact, street, station or neighbourhood, not '${inc.location_precision}'`,
      });
    }
  });

export const tallySchema = z
  .object({
    id: z.string().regex(SLUG, 'expected a lower-case slug such as prosecutor-2025-shootings-to-august'),
    figure: z.number().int('expected a whole number').nonnegative('expected 0 or more'),
    measure: z.enum(TALLY_MEASURES),
    counts: localText('say in words what the figure counts'),
    commune: communeRef.nullable().default(null),
    period_start: pastDate,
    period_end: pastDate.nullable(),
    period_note: optionalText,
    authority: localText('a tally needs the authority that stated it'),
    spokesperson: z.string().optional(),
    stated_on: pastDate.nullable(),
    sources: sourceList,
  })
  .strict();

export const correctionSchema = z
  .object({ date: pastDate, text: z.string().min(1) })
  .strict();

const INCIDENT_TEXT_FIELDS = ['place', 'notes', 'date_note', 'weapon_note', 'quarter_note'] as const;
const TALLY_TEXT_FIELDS = ['counts', 'period_note', 'authority'] as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isLang(v: unknown): v is Lang {
  return (LANGS as readonly unknown[]).includes(v);
}

/** Plain strings in free-text fields become { <article's language>: text }, before validation. */
function tagTextLanguage(raw: unknown): unknown {
  if (!isRecord(raw) || !isLang(raw.lang)) return raw;
  const lang = raw.lang;
  const tag = (rec: unknown, fields: readonly string[]): unknown => {
    if (!isRecord(rec)) return rec;
    const out: Record<string, unknown> = { ...rec };
    for (const f of fields) if (typeof out[f] === 'string' && out[f] !== '') out[f] = { [lang]: out[f] };
    if (Array.isArray(out.sources)) out.sources = out.sources.map((s) => tag(s, ['note']));
    return out;
  };
  return {
    ...raw,
    ...(Array.isArray(raw.incidents) ? { incidents: raw.incidents.map((i) => tag(i, INCIDENT_TEXT_FIELDS)) } : {}),
    ...(Array.isArray(raw.tallies) ? { tallies: raw.tallies.map((t) => tag(t, TALLY_TEXT_FIELDS)) } : {}),
  };
}

export const ARTICLE_KINDS = ['article', 'log'] as const;

const articleObject = z
  .object({
    title: z.string().min(1),
    dek: z.string().min(1),
    published: partialDate({ allowFuture: true }).refine((d) => granularity(d) === 'day', 'expected the full publication day YYYY-MM-DD'),
    updated: pastDate.optional(),
    authors: z.array(z.string().min(1)).min(1, 'name at least one author'),
    lang: z.enum(LANGS as [string, ...string[]]).transform((l) => l as (typeof LANGS)[number]),
    tags: z.array(z.string().regex(SLUG, 'expected a lower-case slug')).default([]),
    draft: z.boolean().default(false),
    translation_key: z.string().regex(SLUG).optional(),
    /** 'log': a month's record-keeping file, listed apart from the articles. */
    kind: z.enum(ARTICLE_KINDS).default('article'),
    incidents: z.array(incidentSchema).default([]),
    /** Incidents recorded in another file (usually the month's log) that this article reports too. */
    incident_refs: z.array(z.string().regex(SLUG, 'expected the id of an incident recorded in another article')).default([]),
    tallies: z.array(tallySchema).default([]),
    /** Official figures recorded in another file that this article quotes too. */
    tally_refs: z.array(z.string().regex(SLUG, 'expected the id of an official figure recorded in another article')).default([]),
    corrections: z.array(correctionSchema).default([]),
  })
  .strict();

export const articleSchema = z.preprocess(tagTextLanguage, articleObject);

export type Incident = z.output<typeof incidentSchema>;
export type Tally = z.output<typeof tallySchema>;
export type Article = z.output<typeof articleSchema>;
export type SourceRecord = Incident['sources'][number];
export type IncidentType = Incident['type'];
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];
