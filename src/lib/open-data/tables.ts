/**
 * The published tables: merged incidents, official tallies, every source
 * behind them, and the commune reference table, as typed rows.
 */
import type { MergedIncident, MergedTally } from '../merge.ts';
import type { SourceRecord } from '../schema.ts';
import { CONTEXTS, DATE_PRECISIONS, INCIDENT_TYPES, LOCATION_PRECISIONS, TALLY_MEASURES, WEAPONS } from '../schema.ts';
import { COMMUNES, LANGS, type Lang } from '../reference.ts';
import type { LocalText } from '../local-text.ts';
import { WEEKDAYS } from '../partial-date.ts';
import type { VictimCount } from '../victims.ts';
import { NULLS, type Field, type Row } from './fields.ts';

const { NOT_STATED, NOT_APPLICABLE } = NULLS;
const d = (en: string, fr: string, nl: string) => ({ en, fr, nl });

const LANG_NAMES = { en: d('English', 'anglais', 'Engels'), fr: d('French', 'français', 'Frans'), nl: d('Dutch', 'néerlandais', 'Nederlands') };
const NOT_IN_LANG = d('not written in this language (see the other languages)', 'pas rédigé dans cette langue (voir les autres langues)', 'niet in deze taal geschreven (zie de andere talen)');

/** A free-text field becomes one column per language: `place_en`, `place_fr`, `place_nl`. */
function perLanguage(name: string, description: Record<Lang, string>): Field[] {
  return LANGS.map((l) => ({
    name: `${name}_${l}`,
    type: 'string' as const,
    nullMeans: NOT_IN_LANG,
    description: d(`${description.en} (${LANG_NAMES[l].en})`, `${description.fr} (${LANG_NAMES[l].fr})`, `${description.nl} (${LANG_NAMES[l].nl})`),
  }));
}

function perLanguageCells(name: string, value: LocalText | null | undefined): Row {
  return Object.fromEntries(LANGS.map((l) => [`${name}_${l}`, value?.[l] ?? null]));
}

export const INCIDENT_FIELDS: readonly Field[] = [
  { name: 'id', type: 'string', description: d('Stable identifier of the incident; the same in every file and in the incident page URL.', 'Identifiant stable de l’incident ; le même dans chaque fichier et dans l’adresse de sa page.', 'Vaste identificatie van het incident; dezelfde in elk bestand en in het adres van de incidentpagina.') },
  { name: 'date', type: 'partial-date', nullMeans: NOT_STATED, description: d('Date as precise as the sources allow: YYYY-MM-DD, YYYY-MM or YYYY.', 'Date aussi précise que les sources le permettent : AAAA-MM-JJ, AAAA-MM ou AAAA.', 'Datum zo precies als de bronnen toelaten: JJJJ-MM-DD, JJJJ-MM of JJJJ.') },
  { name: 'date_precision', type: 'string', values: DATE_PRECISIONS, description: d('How precise the date is; `approximate` when the sources hedge it.', 'Précision de la date ; `approximate` quand les sources restent vagues.', 'Hoe precies de datum is; `approximate` als de bronnen voorbehoud maken.') },
  { name: 'weekday', type: 'string', values: WEEKDAYS, nullMeans: NOT_STATED, description: d('Day of the week, when the sources give it.', 'Jour de la semaine, quand les sources le donnent.', 'Dag van de week, als de bronnen die geven.') },
  { name: 'time', type: 'string', nullMeans: NOT_STATED, description: d('Local time HH:MM.', 'Heure locale HH:MM.', 'Lokale tijd UU:MM.') },
  { name: 'time_approximate', type: 'boolean', description: d('True when the time is given as "around".', 'Vrai quand l’heure est donnée comme approximative.', 'Waar als het tijdstip bij benadering is.') },
  { name: 'type', type: 'string', values: INCIDENT_TYPES, description: d('Kind of incident. `shooting` is gunfire by offenders; police use of firearms is `police-shooting`.', 'Nature de l’incident. `shooting` : tirs d’auteurs ; l’usage d’armes par la police est `police-shooting`.', 'Soort incident. `shooting` is schieten door daders; wapengebruik door de politie is `police-shooting`.') },
  { name: 'context', type: 'string', values: CONTEXTS, description: d('Context stated by the sources or authorities.', 'Contexte indiqué par les sources ou les autorités.', 'Context volgens de bronnen of de overheid.') },
  { name: 'commune_nis', type: 'string', values: COMMUNES.map((c) => c.nis), nullMeans: NOT_STATED, description: d('NIS code of the commune (see `communes.csv`).', 'Code INS de la commune (voir `communes.csv`).', 'NIS-code van de gemeente (zie `communes.csv`).') },
  ...perLanguage('place', d('Where it happened, as the sources describe it', 'Lieu, tel que décrit par les sources', 'Plaats, zoals de bronnen ze beschrijven')),
  { name: 'hotspot', type: 'string', nullMeans: NOT_APPLICABLE, description: d('Hotspot district the sources place it in, if any.', 'Quartier sensible où les sources le situent, le cas échéant.', 'Hotspotwijk waar de bronnen het situeren, indien van toepassing.') },
  { name: 'station', type: 'string', nullMeans: NOT_APPLICABLE, description: d('Metro or premetro station named by the sources.', 'Station de (pré)métro citée par les sources.', 'Metro- of premetrostation die de bronnen noemen.') },
  { name: 'lat', type: 'number', nullMeans: NOT_STATED, description: d('Latitude (WGS84), only when a source gives the location.', 'Latitude (WGS84), seulement si une source donne le lieu exact.', 'Breedtegraad (WGS84), alleen als een bron de locatie geeft.') },
  { name: 'lon', type: 'number', nullMeans: NOT_STATED, description: d('Longitude (WGS84).', 'Longitude (WGS84).', 'Lengtegraad (WGS84).') },
  { name: 'location_precision', type: 'string', values: LOCATION_PRECISIONS, description: d('How precise the location is.', 'Précision du lieu.', 'Hoe precies de locatie is.') },
  { name: 'killed', type: 'integer', nullMeans: NOT_STATED, description: d('People killed. With `killed_at_least` true, a minimum.', 'Personnes tuées. Si `killed_at_least` est vrai, c’est un minimum.', 'Gedode personen. Als `killed_at_least` waar is, een minimum.') },
  { name: 'killed_at_least', type: 'boolean', description: d('True when the sources only allow a minimum ("a deadly shooting").', 'Vrai quand les sources ne permettent qu’un minimum (« une fusillade mortelle »).', 'Waar als de bronnen alleen een minimum toelaten ("een dodelijke schietpartij").') },
  { name: 'injured', type: 'integer', nullMeans: NOT_STATED, description: d('People injured. With `injured_at_least` true, a minimum.', 'Personnes blessées. Si `injured_at_least` est vrai, c’est un minimum.', 'Gewonde personen. Als `injured_at_least` waar is, een minimum.') },
  { name: 'injured_at_least', type: 'boolean', description: d('True when the number of injured is a minimum.', 'Vrai quand le nombre de blessés est un minimum.', 'Waar als het aantal gewonden een minimum is.') },
  { name: 'arrests', type: 'integer', nullMeans: NOT_STATED, description: d('Arrests reported in connection with the incident.', 'Arrestations rapportées en lien avec l’incident.', 'Gemelde arrestaties in verband met het incident.') },
  { name: 'weapon', type: 'string', values: WEAPONS, nullMeans: NOT_STATED, description: d('Weapon used, as stated.', 'Arme utilisée, telle qu’indiquée.', 'Gebruikt wapen, zoals vermeld.') },
  { name: 'police_targeted', type: 'boolean', nullMeans: NOT_STATED, description: d('True when police officers were the target.', 'Vrai quand des policiers étaient visés.', 'Waar als politiemensen het doelwit waren.') },
  ...perLanguage('notes', d('What the sources leave open or disagree on', 'Ce que les sources laissent ouvert ou sur quoi elles divergent', 'Wat de bronnen open laten of waarover ze verschillen')),
  { name: 'source_count', type: 'integer', description: d('Number of sources; each is a row in `sources.csv`.', 'Nombre de sources ; chacune est une ligne de `sources.csv`.', 'Aantal bronnen; elk is een rij in `sources.csv`.') },
  { name: 'articles', type: 'url-list', description: d('Our articles that report the incident (space-separated URLs).', 'Nos articles qui rapportent l’incident (adresses séparées par des espaces).', 'Onze artikels die het incident melden (URL’s gescheiden door spaties).') },
];

export const TALLY_FIELDS: readonly Field[] = [
  { name: 'id', type: 'string', description: d('Stable identifier of the official figure.', 'Identifiant stable du chiffre officiel.', 'Vaste identificatie van het officiële cijfer.') },
  { name: 'figure', type: 'integer', description: d('The number the authority stated.', 'Le nombre cité par l’autorité.', 'Het getal dat de overheid gaf.') },
  { name: 'measure', type: 'string', values: TALLY_MEASURES, description: d('What is counted.', 'Ce qui est compté.', 'Wat geteld wordt.') },
  ...perLanguage('counts', d('What the figure counts, in the authority’s terms', 'Ce que le chiffre compte, dans les termes de l’autorité', 'Wat het cijfer telt, in de woorden van de overheid')),
  { name: 'commune_nis', type: 'string', values: COMMUNES.map((c) => c.nis), nullMeans: d('the figure covers the whole region', 'le chiffre couvre toute la Région', 'het cijfer geldt voor het hele Gewest'), description: d('Commune the figure is limited to.', 'Commune à laquelle le chiffre se limite.', 'Gemeente waartoe het cijfer beperkt is.') },
  { name: 'period_start', type: 'partial-date', description: d('Start of the period counted.', 'Début de la période comptée.', 'Begin van de getelde periode.') },
  { name: 'period_end', type: 'partial-date', nullMeans: NOT_STATED, description: d('End of the period counted.', 'Fin de la période comptée.', 'Einde van de getelde periode.') },
  ...perLanguage('authority', d('Who stated the figure', 'Qui a donné le chiffre', 'Wie het cijfer gaf')),
  { name: 'stated_on', type: 'partial-date', nullMeans: NOT_STATED, description: d('When the figure was stated.', 'Quand le chiffre a été donné.', 'Wanneer het cijfer werd gegeven.') },
  { name: 'source_count', type: 'integer', description: d('Number of sources; each is a row in `sources.csv`.', 'Nombre de sources ; chacune est une ligne de `sources.csv`.', 'Aantal bronnen; elk is een rij in `sources.csv`.') },
];

export const SOURCE_FIELDS: readonly Field[] = [
  { name: 'record_type', type: 'string', values: ['incident', 'tally'], description: d('Which table the record is in.', 'Table de l’enregistrement.', 'Tabel van het record.') },
  { name: 'record_id', type: 'string', description: d('id of the incident or tally.', 'id de l’incident ou du chiffre.', 'id van het incident of cijfer.') },
  { name: 'outlet', type: 'string', nullMeans: NOT_STATED, description: d('News outlet or publisher.', 'Média ou éditeur.', 'Medium of uitgever.') },
  { name: 'title', type: 'string', nullMeans: NOT_STATED, description: d('Headline.', 'Titre.', 'Titel.') },
  { name: 'date', type: 'partial-date', nullMeans: NOT_STATED, description: d('Publication date.', 'Date de publication.', 'Publicatiedatum.') },
  { name: 'author', type: 'string', nullMeans: NOT_STATED, description: d('Author.', 'Auteur.', 'Auteur.') },
  { name: 'url', type: 'string', nullMeans: NOT_STATED, description: d('Where to read it.', 'Où le lire.', 'Waar het te lezen is.') },
];

export const COMMUNE_FIELDS: readonly Field[] = [
  { name: 'nis', type: 'string', description: d('Official NIS code.', 'Code INS officiel.', 'Officiële NIS-code.') },
  { name: 'name_fr', type: 'string', description: d('Official French name.', 'Nom officiel en français.', 'Officiële Franse naam.') },
  { name: 'name_nl', type: 'string', description: d('Official Dutch name.', 'Nom officiel en néerlandais.', 'Officiële Nederlandse naam.') },
  { name: 'name_en', type: 'string', description: d('Name in English usage.', 'Nom en usage anglais.', 'Naam in het Engels.') },
  { name: 'police_zone', type: 'string', description: d('Number of the local police zone.', 'Numéro de la zone de police locale.', 'Nummer van de lokale politiezone.') },
  { name: 'population', type: 'integer', description: d('Residents on 1 January 2020 (Statbel).', 'Habitants au 1er janvier 2020 (Statbel).', 'Inwoners op 1 januari 2020 (Statbel).') },
  { name: 'area_km2', type: 'number', description: d('Surveyed area in km² (FPS Finance).', 'Superficie cadastrée en km² (SPF Finances).', 'Opgemeten oppervlakte in km² (FOD Financiën).') },
];

function victims(v: VictimCount): [number | null, boolean] {
  if (v === null) return [null, false];
  if (typeof v === 'number') return [v, false];
  return [v.at_least, true];
}

export function incidentRow(inc: MergedIncident, articleUrl: (slug: string, lang: string) => string): Row {
  const [killed, killedMin] = victims(inc.killed);
  const [injured, injuredMin] = victims(inc.injured);
  return {
    id: inc.id,
    date: inc.date,
    date_precision: inc.date_precision,
    weekday: inc.weekday ?? null,
    time: inc.time ?? null,
    time_approximate: inc.time_approximate,
    type: inc.type,
    context: inc.context,
    commune_nis: inc.commune,
    ...perLanguageCells('place', inc.place),
    hotspot: inc.hotspot ?? null,
    station: inc.station ?? null,
    lat: inc.coordinates?.lat ?? null,
    lon: inc.coordinates?.lon ?? null,
    location_precision: inc.location_precision,
    killed,
    killed_at_least: killedMin,
    injured,
    injured_at_least: injuredMin,
    arrests: inc.arrests ?? null,
    weapon: inc.weapon,
    police_targeted: inc.police_targeted,
    ...perLanguageCells('notes', inc.notes),
    source_count: inc.sources.length,
    articles: inc.reportedIn.map((a) => articleUrl(a.slug, a.lang)),
  };
}

export function tallyRow(t: MergedTally): Row {
  return {
    id: t.id,
    figure: t.figure,
    measure: t.measure,
    ...perLanguageCells('counts', t.counts),
    commune_nis: t.commune,
    period_start: t.period_start,
    period_end: t.period_end,
    ...perLanguageCells('authority', t.authority),
    stated_on: t.stated_on,
    source_count: t.sources.length,
  };
}

export function sourceRows(recordType: 'incident' | 'tally', id: string, sources: readonly SourceRecord[]): Row[] {
  return sources.map((s) => ({ record_type: recordType, record_id: id, outlet: s.outlet, title: s.title, date: s.date, author: s.author, url: s.url }));
}

export function communeRows(population: (nis: string) => number, areaKm2: (nis: string) => number): Row[] {
  return COMMUNES.map((c) => ({
    nis: c.nis,
    name_fr: c.name.fr,
    name_nl: c.name.nl,
    name_en: c.name.en,
    police_zone: c.policeZone.id,
    population: population(c.nis),
    area_km2: Math.round(areaKm2(c.nis) * 1000) / 1000,
  }));
}
