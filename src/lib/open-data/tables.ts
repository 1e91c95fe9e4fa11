/**
 * The published tables: merged incidents, official tallies, every source
 * behind them, and the commune reference table, as typed rows.
 */
import type { MergedIncident, MergedTally } from '../merge.ts';
import type { SourceRecord } from '../schema.ts';
import { CONTEXTS, DATE_PRECISIONS, INCIDENT_TYPES, LOCATION_PRECISIONS, TALLY_MEASURES, WEAPONS } from '../schema.ts';
import { COMMUNES, LANGS, QUARTER_KINDS, QUARTERS, STATIONS, type Lang } from '../reference.ts';
import type { Placement } from '../geo/placement.ts';
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
  { name: 'station', type: 'string', values: STATIONS.map((st) => st.id), nullMeans: NOT_APPLICABLE, description: d('Metro or premetro station named by the sources: its id in stations.csv.', 'Station de (pré)métro citée par les sources : son identifiant dans stations.csv.', 'Metro- of premetrostation dat de bronnen noemen: zijn id in stations.csv.') },
  { name: 'quarter', type: 'integer', nullMeans: d('no quarter can be established: the incident is known only to its commune, or not at all', 'aucun quartier ne peut être établi : l’incident n’est connu qu’à la commune, ou pas du tout', 'geen wijk vast te stellen: het incident is alleen tot op de gemeente bekend, of helemaal niet'), description: d('Code of the quarter (quarters.csv) the incident is placed in.', 'Code du quartier (quarters.csv) où l’incident est situé.', 'Code van de wijk (quarters.csv) waarin het incident gesitueerd is.') },
  { name: 'quarter_source', type: 'string', values: ['record', 'station', 'coordinates'], nullMeans: NOT_APPLICABLE, description: d('How the quarter was established: named by a report (see quarter_note), the quarter of the station, or where a source’s coordinates fall.', 'Comment le quartier a été établi : nommé par un article (voir quarter_note), le quartier de la station, ou celui où tombent les coordonnées d’une source.', 'Hoe de wijk werd vastgesteld: genoemd in een bericht (zie quarter_note), de wijk van het station, of waar de coördinaten van een bron liggen.') },
  ...perLanguage('quarter_note', d('How the reports place the incident in the quarter', 'Comment les articles situent l’incident dans le quartier', 'Hoe de berichten het incident in de wijk situeren')),
  { name: 'lat', type: 'number', nullMeans: NOT_STATED, description: d('Latitude (WGS84), only when a source gives the location.', 'Latitude (WGS84), seulement si une source donne le lieu exact.', 'Breedtegraad (WGS84), alleen als een bron de locatie geeft.') },
  { name: 'lon', type: 'number', nullMeans: NOT_STATED, description: d('Longitude (WGS84).', 'Longitude (WGS84).', 'Lengtegraad (WGS84).') },
  { name: 'point_lat', type: 'number', nullMeans: d('not drawn as a point', 'pas placé comme un point', 'niet als punt getekend'), description: d('Latitude of the point drawn on our maps: the source’s coordinates, or else the named station’s.', 'Latitude du point placé sur nos cartes : les coordonnées de la source, sinon celles de la station citée.', 'Breedtegraad van het punt op onze kaarten: de coördinaten van de bron, anders die van het genoemde station.') },
  { name: 'point_lon', type: 'number', nullMeans: d('not drawn as a point', 'pas placé comme un point', 'niet als punt getekend'), description: d('Longitude of the point drawn on our maps.', 'Longitude du point placé sur nos cartes.', 'Lengtegraad van het punt op onze kaarten.') },
  { name: 'point_source', type: 'string', values: ['source', 'station-table'], nullMeans: d('not drawn as a point', 'pas placé comme un point', 'niet als punt getekend'), description: d('Where the point comes from: a source’s coordinates, or the station table (then it marks the station, not the exact spot).', 'Origine du point : les coordonnées d’une source, ou la table des stations (il marque alors la station, pas l’endroit exact).', 'Herkomst van het punt: de coördinaten van een bron, of de stationstabel (dan toont het het station, niet de precieze plek).') },
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
  { name: 'population', type: 'integer', description: d('Residents on 1 January 2024 (Statbel, sum of the commune’s statistical sectors).', 'Habitants au 1er janvier 2024 (Statbel, somme des secteurs statistiques de la commune).', 'Inwoners op 1 januari 2024 (Statbel, som van de statistische sectoren van de gemeente).') },
  { name: 'area_km2', type: 'number', description: d('Area in km² of the UrbIS boundary, on the WGS84 ellipsoid.', 'Superficie en km² de la limite UrbIS, sur l’ellipsoïde WGS84.', 'Oppervlakte in km² van de UrbIS-grens, op de WGS84-ellipsoïde.') },
];

export const QUARTER_FIELDS: readonly Field[] = [
  { name: 'code', type: 'integer', description: d('Official quarter code of the Monitoring des Quartiers (1–118 residential, 700s cemeteries, 800s industry and rail, 900s parks and forest).', 'Code officiel du quartier du Monitoring des Quartiers (1 à 118 résidentiels, 700 cimetières, 800 industrie et rail, 900 parcs et forêt).', 'Officiële wijkcode van de Wijkmonitoring (1–118 woonwijken, 700 begraafplaatsen, 800 industrie en spoor, 900 parken en bos).') },
  { name: 'name_fr', type: 'string', description: d('French name, with case and accents restored (see data/geo/SOURCES.md).', 'Nom français, casse et accents restitués (voir data/geo/SOURCES.md).', 'Franse naam, met hoofdletters en accenten hersteld (zie data/geo/SOURCES.md).') },
  { name: 'name_nl', type: 'string', description: d('Dutch name as the regional wijkmonitoring spells it.', 'Nom néerlandais, tel que l’écrit le wijkmonitoring régional.', 'Nederlandse naam zoals de gewestelijke wijkmonitoring hem schrijft.') },
  { name: 'kind', type: 'string', values: QUARTER_KINDS, description: d('Residential, or a cemetery, industry/rail or park/forest zone.', 'Résidentiel, ou zone de cimetière, d’industrie/rail ou de parc/forêt.', 'Woonwijk, of een zone van begraafplaats, industrie/spoor of park/bos.') },
  { name: 'communes_nis', type: 'string', description: d('NIS codes of the communes it lies in, space-separated, largest share first.', 'Codes INS des communes où il se trouve, séparés par des espaces, la plus grande part d’abord.', 'NIS-codes van de gemeenten waarin ze ligt, gescheiden door spaties, grootste deel eerst.') },
  { name: 'communes_share', type: 'string', description: d('Share of its area in each of those communes, in the same order.', 'Part de sa superficie dans chacune de ces communes, dans le même ordre.', 'Deel van haar oppervlakte in elk van die gemeenten, in dezelfde volgorde.') },
  { name: 'population', type: 'integer', description: d('Residents on 1 January 2024 (Statbel, sum of its statistical sectors).', 'Habitants au 1er janvier 2024 (Statbel, somme de ses secteurs statistiques).', 'Inwoners op 1 januari 2024 (Statbel, som van haar statistische sectoren).') },
  { name: 'area_km2', type: 'number', description: d('Area in km², on the WGS84 ellipsoid.', 'Superficie en km², sur l’ellipsoïde WGS84.', 'Oppervlakte in km², op de WGS84-ellipsoïde.') },
];

export const STATION_FIELDS: readonly Field[] = [
  { name: 'id', type: 'string', description: d('Identifier used in the incidents’ station column.', 'Identifiant utilisé dans la colonne station des incidents.', 'Id die in de kolom station van de incidenten staat.') },
  { name: 'name_fr', type: 'string', description: d('French name (STIB).', 'Nom français (STIB).', 'Franse naam (MIVB).') },
  { name: 'name_nl', type: 'string', description: d('Dutch name (STIB).', 'Nom néerlandais (STIB).', 'Nederlandse naam (MIVB).') },
  { name: 'modes', type: 'string', description: d('metro, premetro, or both (space-separated).', 'metro, premetro, ou les deux (séparés par un espace).', 'metro, premetro, of beide (gescheiden door een spatie).') },
  { name: 'lat', type: 'number', description: d('Latitude of STIB’s parent station (WGS84).', 'Latitude de la station mère de la STIB (WGS84).', 'Breedtegraad van het hoofdstation volgens de MIVB (WGS84).') },
  { name: 'lon', type: 'number', description: d('Longitude (WGS84).', 'Longitude (WGS84).', 'Lengtegraad (WGS84).') },
  { name: 'quarter', type: 'integer', description: d('Code of the quarter it lies in.', 'Code du quartier où elle se trouve.', 'Code van de wijk waarin het ligt.') },
  { name: 'commune_nis', type: 'string', values: COMMUNES.map((c) => c.nis), description: d('NIS code of the commune it lies in.', 'Code INS de la commune où elle se trouve.', 'NIS-code van de gemeente waarin het ligt.') },
];

function victims(v: VictimCount): [number | null, boolean] {
  if (v === null) return [null, false];
  if (typeof v === 'number') return [v, false];
  return [v.at_least, true];
}

export function incidentRow(inc: MergedIncident, articleUrl: (slug: string, lang: string) => string, placement: Placement): Row {
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
    quarter: placement.quarter,
    quarter_source: placement.quarterFrom,
    ...perLanguageCells('quarter_note', inc.quarter_note),
    lat: inc.coordinates?.lat ?? null,
    lon: inc.coordinates?.lon ?? null,
    point_lat: placement.point?.lat ?? null,
    point_lon: placement.point?.lon ?? null,
    point_source: placement.pointFrom,
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

export function quarterRows(): Row[] {
  return QUARTERS.map((q) => ({
    code: q.code,
    name_fr: q.name.fr,
    name_nl: q.name.nl,
    kind: q.kind,
    communes_nis: q.communes.map((c) => c.nis).join(' '),
    communes_share: q.communes.map((c) => String(c.share)).join(' '),
    population: q.population,
    area_km2: q.areaKm2,
  }));
}

export function stationRows(): Row[] {
  return STATIONS.map((st) => ({ id: st.id, name_fr: st.name.fr, name_nl: st.name.nl, modes: st.modes.join(' '), lat: st.lat, lon: st.lon, quarter: st.quarter, commune_nis: st.commune }));
}
