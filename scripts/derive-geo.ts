/**
 * Derives the geography the site ships from the upstream files in
 * data/upstream/geo/ (copied verbatim from ../shared/geo/ with --import).
 *
 *   node scripts/derive-geo.ts [--import ../shared/geo]
 *
 * Writes, and checks before writing:
 * - data/geo/brussels.topo.json: the 145 quarters and the 19 communes in one
 *   topology, sharing arcs so their borders coincide; simplified (Douglas–
 *   Peucker, SIMPLIFY_M metres) and quantised (QUANTISATION grid);
 * - data/quarters.json: the quarters' codes, display names, kinds, communes,
 *   populations (Statbel 2024) and areas;
 * - data/stations.json: the 70 metro and premetro stations, each with the
 *   quarter and commune it lies in;
 * - data/populations.json: residents per commune on 1 January 2024.
 * Any failed check stops the script before anything is written.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';
import { mergeArcPolygons, type ArcPolygon } from '../src/lib/geo/derive/arc-merge.ts';
import { snapAndNode } from '../src/lib/geo/derive/noding.ts';
import { cutQuarter, fillGaps, gapsBetween, overlaps, type Area, type Piece } from '../src/lib/geo/derive/overlay.ts';
import { areaM2, distanceToSegmentM, inMultiPolygon, multiPolygonAreaM2, rewindRfc7946, toMetres, type MultiPoly, type Pt } from '../src/lib/geo/derive/planar.ts';
import { restoreFrenchName, wordsOf } from '../src/lib/geo/derive/quarter-names.ts';
import { simplifyArc } from '../src/lib/geo/derive/simplify.ts';
import { REGION_BOUNDS } from '../src/lib/schema.ts';
import { slugify } from '../src/lib/slugs.ts';

const UPSTREAM = 'data/upstream/geo';
const FILES = {
  sources: 'SOURCES.md',
  quarters: 'brussels-quarters.geojson',
  sectors: 'brussels-statistical-sectors-2024.geojson',
  communes: 'brussels-communes-urbis.geojson',
  stations: 'brussels-metro-stations.geojson',
  namesNl: 'brussels-quarters-names-nl.json',
  populations: 'brussels-communes-population-2024.json',
} as const;
const ACCENTS_FR = 'data/geo/quarter-accents-fr.json';

/** A commune holding less than this much of a quarter is a drawing difference between two layers, not a real crossing (measured: at most 22 m², against 5,383 m² for the smallest real one). */
const STRADDLE_MIN_M2 = 100;
/** Vertices of the two layers closer than this are taken to be the same point. */
const SNAP_M = 0.2;
/** No dropped vertex lies farther than this from the simplified line. */
export const SIMPLIFY_M = 6;
/** Borders closer than this to a station are not simplified. */
const KEEP_NEAR_STATION_M = 10;
/** Coordinates are quantised to this many steps across the region (about 0.2 m by 0.2 m). */
export const QUANTISATION = 100_000;
/** Statbel's 2024 figures: the sector populations' sum, and the official regional total (the difference has no known sector). */
const SECTOR_TOTAL_2024 = 1_246_136;
const STATBEL_REGION_TOTAL_2024 = 1_249_597;

// --- read ---------------------------------------------------------------

const importFrom = process.argv.indexOf('--import');
if (importFrom !== -1) {
  const dir = process.argv[importFrom + 1];
  if (!dir) throw new Error('--import needs the folder holding the upstream files, e.g. ../shared/geo');
  mkdirSync(UPSTREAM, { recursive: true });
  for (const f of Object.values(FILES)) copyFileSync(join(dir, f), join(UPSTREAM, f));
  console.log(`copied ${Object.keys(FILES).length} files from ${dir} to ${UPSTREAM}`);
}

const read = <T>(f: string): T => JSON.parse(readFileSync(join(UPSTREAM, f), 'utf8')) as T;
type Shape = Polygon | MultiPolygon;
interface QuarterProps { mdrc: number; name_fr: string; name_nl: string; kind: string; commune_nis: string; commune_share: number; pop_2024: number }
interface SectorProps { cd_sector: string; commune_nis: string; pop_2024: number; mdrc: number }
interface CommuneProps { nis: string; name_fr: string; name_nl: string }
interface StationProps { id: string; name_fr: string; name_nl: string; stib_name: string; modes: string[]; metro_lines: string[]; tram_lines_2021: string[] }

const quartersIn = read<FeatureCollection<Shape, QuarterProps>>(FILES.quarters);
const sectorsIn = read<FeatureCollection<Shape, SectorProps>>(FILES.sectors);
const communesIn = read<FeatureCollection<Shape, CommuneProps>>(FILES.communes);
const stationsIn = read<FeatureCollection<Point, StationProps>>(FILES.stations);
const namesNl = read<{ names_nl: Record<string, string> }>(FILES.namesNl).names_nl;
const populationsIn = read<{ communes: { nis: string; pop_2024_sector_sum: number }[] }>(FILES.populations);
const reference = JSON.parse(readFileSync('data/communes.json', 'utf8')) as { communes: { nis: string; name: { fr: string; nl: string } }[] };
const accents = JSON.parse(readFileSync(ACCENTS_FR, 'utf8')) as { words: { word: string; why: string }[] };

const failures: string[] = [];
function check(ok: boolean, message: string): void {
  if (!ok) failures.push(message);
}
function stopOnFailures(stage: string): void {
  if (failures.length) throw new Error(`${stage}: ${failures.length} check(s) failed:\n${failures.join('\n')}`);
}

const shapeOf = (f: Feature<Shape>): MultiPoly => rewindRfc7946((f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as MultiPoly);

// --- counts, ids, bounds, populations ----------------------------------

check(quartersIn.features.length === 145, `expected 145 quarters, found ${quartersIn.features.length}`);
check(sectorsIn.features.length === 724, `expected 724 statistical sectors, found ${sectorsIn.features.length}`);
check(communesIn.features.length === 19, `expected 19 communes, found ${communesIn.features.length}`);
check(stationsIn.features.length === 70, `expected 70 stations, found ${stationsIn.features.length}`);
const unique = (xs: readonly (string | number)[]) => new Set(xs).size === xs.length;
check(unique(quartersIn.features.map((f) => f.properties.mdrc)), 'quarter codes are not unique');
check(unique(quartersIn.features.map((f) => f.properties.name_fr)), 'quarter French names are not unique');
check(unique(stationsIn.features.map((f) => f.properties.id)), 'station ids are not unique');
check(
  communesIn.features.map((f) => f.properties.nis).sort().join() === reference.communes.map((c) => c.nis).sort().join(),
  'the UrbIS communes are not the 19 NIS codes of data/communes.json',
);
for (const f of quartersIn.features) check(namesNl[String(f.properties.mdrc)] !== undefined, `quarter ${f.properties.mdrc} has no Dutch display name`);

const inBounds = ([x, y]: Pt) => x >= REGION_BOUNDS.west && x <= REGION_BOUNDS.east && y >= REGION_BOUNDS.south && y <= REGION_BOUNDS.north;
for (const [name, fc] of [['quarters', quartersIn], ['sectors', sectorsIn], ['communes', communesIn]] as const) {
  for (const f of fc.features as Feature<Shape>[]) for (const poly of shapeOf(f)) for (const ring of poly) for (const p of ring) {
    if (!inBounds(p)) {
      check(false, `${name}: a vertex at ${p.join(',')} lies outside the region's bounds`);
      break;
    }
  }
}
for (const f of stationsIn.features) check(inBounds(f.geometry.coordinates as Pt), `station ${f.properties.id} lies outside the region's bounds`);

const sectorSum = (pred: (s: SectorProps) => boolean) => sectorsIn.features.filter((s) => pred(s.properties)).reduce((n, s) => n + s.properties.pop_2024, 0);
check(sectorSum(() => true) === SECTOR_TOTAL_2024, `the sectors hold ${sectorSum(() => true)} residents, expected ${SECTOR_TOTAL_2024}`);
for (const f of quartersIn.features) {
  const sum = sectorSum((s) => s.mdrc === f.properties.mdrc);
  check(sum === f.properties.pop_2024, `quarter ${f.properties.mdrc}: population ${f.properties.pop_2024} but its sectors sum to ${sum}`);
}
for (const c of populationsIn.communes) {
  const sum = sectorSum((s) => s.commune_nis === c.nis);
  check(sum === c.pop_2024_sector_sum, `commune ${c.nis}: population ${c.pop_2024_sector_sum} but its sectors sum to ${sum}`);
}
stopOnFailures('upstream files');

// --- overlay ----------------------------------------------------------------

const quarterAreas: Area<number>[] = quartersIn.features.map((f) => ({ key: f.properties.mdrc, shape: shapeOf(f) }));
const communeAreas: Area<string>[] = communesIn.features.map((f) => ({ key: f.properties.nis, shape: shapeOf(f) }));
const communeByNis = new Map(communeAreas.map((c) => [c.key, c]));

const sumOfAreas = quarterAreas.reduce((s, q) => s + multiPolygonAreaM2(q.shape), 0);
const gaps = gapsBetween(quarterAreas.map((q) => q.shape));
const filled = fillGaps(quarterAreas, gaps);
const gapM2 = filled.assigned.reduce((s, g) => s + g.m2, 0);
check(gapM2 < 5, `gaps between quarters add up to ${gapM2.toFixed(2)} m²; expected the upstream's ~1.1 m²`);
const regionM2 = sumOfAreas + gapM2;

const shares = overlaps(filled.areas, communeAreas);
const pieces: Piece<number, string>[] = [];
const quarterCommunes = new Map<number, { nis: string; share: number }[]>();
for (const q of filled.areas) {
  const qM2 = multiPolygonAreaM2(q.shape);
  const real = (shares.get(q.key) ?? []).filter((p) => p.m2 >= STRADDLE_MIN_M2);
  const upstream = quartersIn.features.find((f) => f.properties.mdrc === q.key)!.properties;
  check(real[0]?.key === upstream.commune_nis, `quarter ${q.key}: largest commune ${real[0]?.key}, upstream says ${upstream.commune_nis}`);
  check(Math.abs((real[0]?.m2 ?? 0) / qM2 - upstream.commune_share) < 0.002, `quarter ${q.key}: share ${((real[0]?.m2 ?? 0) / qM2).toFixed(3)}, upstream says ${upstream.commune_share}`);
  check(real.length > 1 === upstream.commune_share < 1, `quarter ${q.key}: crosses ${real.length} commune(s), upstream share ${upstream.commune_share}`);
  quarterCommunes.set(q.key, real.map((p) => ({ nis: p.key, share: Math.round((p.m2 / qM2) * 1000) / 1000 })));
  pieces.push(...cutQuarter(q, real.map((p) => communeByNis.get(p.key)!), STRADDLE_MIN_M2));
}
// SOURCES.md says 47; the upstream file's own commune_share is below 1 for 50 quarters, and so is ours.
const straddling = [...quarterCommunes.values()].filter((cs) => cs.length > 1).length;
stopOnFailures('overlay');

const noded = snapAndNode(pieces.map((p) => rewindRfc7946(p.shape)), SNAP_M);
const pieceFc: FeatureCollection<MultiPolygon, { q: number; c: string }> = {
  type: 'FeatureCollection',
  features: pieces.map((p, i) => ({ type: 'Feature', properties: { q: p.quarter, c: p.commune }, geometry: { type: 'MultiPolygon', coordinates: noded.shapes[i]! } })),
};

// --- topology: pieces → quarters and communes, sharing arcs ----------------

// Built without quantisation, so its arcs hold absolute coordinates.
const raw = topology({ pieces: pieceFc }) as unknown as Omit<Topology, 'arcs'> & { arcs: Pt[][] };
interface ArcGeom { type: 'MultiPolygon' | 'Polygon'; arcs: number[][][] | number[][]; properties: { q: number; c: string } }
const pieceGeoms = (raw.objects['pieces'] as unknown as { geometries: ArcGeom[] }).geometries;
const polygonsOf = (g: ArcGeom): ArcPolygon[] => (g.type === 'Polygon' ? [g.arcs as number[][]] : (g.arcs as number[][][]));
const mergedBy = <K>(key: (g: ArcGeom) => K, k: K) => {
  try {
    return mergeArcPolygons(raw.arcs, pieceGeoms.filter((g) => key(g) === k).flatMap(polygonsOf));
  } catch (e) {
    throw new Error(`merging ${String(k)}: ${(e as Error).message}`);
  }
};

// Stations sit under streets, and quarter borders run along streets (Diamant is 0.2 m from one): the
// borders near a station keep every vertex, so no station changes quarter on the map.
const stationMetres = stationsIn.features.map((f) => toMetres(f.geometry.coordinates));
const nearStation = (arc: readonly Pt[]) => arc.some((p, i) => i > 0 && stationMetres.some((s) => distanceToSegmentM(s, toMetres(arc[i - 1]!), toMetres(p)) < KEEP_NEAR_STATION_M));
const simplified = raw.arcs.map((arc) => (nearStation(arc) ? arc : simplifyArc(arc, SIMPLIFY_M)));
const pointsBefore = raw.arcs.reduce((n, a) => n + a.length, 0);
const pointsAfter = simplified.reduce((n, a) => n + a.length, 0);

const quarterCodes = quartersIn.features.map((f) => f.properties.mdrc).sort((a, b) => a - b);
const communeNis = reference.communes.map((c) => c.nis);
const communeAreaM2 = new Map(communeAreas.map((c) => [c.key, multiPolygonAreaM2(c.shape)]));
const shipped = {
  type: 'Topology',
  arcs: simplified,
  objects: {
    quarters: { type: 'GeometryCollection', geometries: quarterCodes.map((code) => ({ type: 'MultiPolygon', id: code, arcs: mergedBy((g) => g.properties.q, code) })) },
    communes: {
      type: 'GeometryCollection',
      geometries: communeNis.map((nis) => ({ type: 'MultiPolygon', id: nis, properties: { area_m2: Math.round(communeAreaM2.get(nis)!) }, arcs: mergedBy((g) => g.properties.c, nis) })),
    },
  },
};
const quantised = quantize(shipped as unknown as Topology<Objects<Record<string, unknown>>>, QUANTISATION);

// --- checks on what ships ----------------------------------------------

const { feature } = await import('topojson-client');
const decode = (name: 'quarters' | 'communes') =>
  (feature(quantised, quantised.objects[name]!) as unknown as FeatureCollection<MultiPolygon>).features.map((f) => ({ id: String(f.id), shape: f.geometry.coordinates as MultiPoly }));
const shippedQuarters = decode('quarters');
const shippedCommunes = decode('communes');
check(shippedQuarters.length === 145 && shippedQuarters.every((q) => q.shape.length > 0), 'a shipped quarter is empty');
check(shippedCommunes.length === 19 && shippedCommunes.every((c) => c.shape.length > 0), 'a shipped commune is empty');

// The quarters tile the region: merged, they are one polygon with no hole, and so are the communes.
const decodedArcs = (() => {
  const t = quantised as unknown as { arcs: Pt[][]; transform: { scale: Pt; translate: Pt } };
  return t.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * t.transform.scale[0] + t.transform.translate[0], y * t.transform.scale[1] + t.transform.translate[1]] as Pt;
    });
  });
})();
const shippedGeoms = (name: 'quarters' | 'communes') => (quantised.objects[name] as unknown as { geometries: { arcs: number[][][] }[] }).geometries;
const regionFromQuarters = mergeArcPolygons(decodedArcs, shippedGeoms('quarters').flatMap((g) => g.arcs));
const regionFromCommunes = mergeArcPolygons(decodedArcs, shippedGeoms('communes').flatMap((g) => g.arcs));
check(regionFromQuarters.length === 1 && regionFromQuarters[0]!.length === 1, `the merged quarters make ${regionFromQuarters.length} polygon(s) with ${regionFromQuarters.reduce((n, p) => n + p.length - 1, 0)} hole(s); expected one polygon, no hole`);
const outline = (mp: ArcPolygon[]) => mp.flat(2).sort((a, b) => a - b).join();
check(outline(regionFromQuarters) === outline(regionFromCommunes), 'the merged communes do not have the same outline as the merged quarters');

const shippedAreaM2 = (mp: MultiPoly) => areaM2({ type: 'MultiPolygon', coordinates: mp });
const shippedTotal = shippedQuarters.reduce((s, q) => s + shippedAreaM2(q.shape), 0);
check(Math.abs(shippedTotal - regionM2) / regionM2 < 0.001, `shipped quarters cover ${(shippedTotal / 1e6).toFixed(3)} km², the full-resolution region ${(regionM2 / 1e6).toFixed(3)} km²`);
for (const q of shippedQuarters) {
  const full = multiPolygonAreaM2(filled.areas.find((a) => String(a.key) === q.id)!.shape);
  const drawn = shippedAreaM2(q.shape);
  check(Math.abs(drawn - full) / full < 0.02, `quarter ${q.id}: drawn ${Math.round(drawn)} m², full resolution ${Math.round(full)} m²`);
}
for (const c of shippedCommunes) {
  const full = communeAreaM2.get(c.id)!;
  const drawn = shippedAreaM2(c.shape);
  check(Math.abs(drawn - full) / full < 0.01, `commune ${c.id}: drawn ${Math.round(drawn)} m², UrbIS ${Math.round(full)} m²`);
}

// Each station lies in the region and in exactly one quarter, at full resolution and as shipped.
const stationPlaces = stationsIn.features.map((f) => {
  const p = f.geometry.coordinates as Pt;
  const full = pieces.map((piece, i) => ({ piece, inside: inMultiPolygon(p, noded.shapes[i]!) })).filter((x) => x.inside).map((x) => x.piece);
  const drawn = shippedQuarters.filter((q) => inMultiPolygon(p, q.shape)).map((q) => Number(q.id));
  check(full.length === 1, `station ${f.properties.id} lies in ${full.length} quarter pieces at full resolution; expected 1`);
  check(drawn.length === 1 && drawn[0] === full[0]?.quarter, `station ${f.properties.id}: shipped quarters [${drawn.join(', ')}], full resolution ${full[0]?.quarter}`);
  return { quarter: full[0]?.quarter ?? -1, commune: full[0]?.commune ?? '' };
});
stopOnFailures('shipped geography');

// --- names --------------------------------------------------------------

const stationNamesFr = stationsIn.features.map((f) => f.properties.name_fr);
const communeNamesFr = reference.communes.map((c) => c.name.fr);
const nlDisplay = Object.values(namesNl);
const spellings = {
  names: [...nlDisplay, ...stationNamesFr, ...communeNamesFr],
  words: [...accents.words.map((w) => w.word), ...wordsOf(stationNamesFr), ...wordsOf(communeNamesFr), ...wordsOf(nlDisplay)],
};

const quarters = quartersIn.features
  .map((f) => f.properties)
  .sort((a, b) => a.mdrc - b.mdrc)
  .map((p) => {
    const fr = restoreFrenchName(p.name_fr, spellings);
    const nl = namesNl[String(p.mdrc)]!;
    return {
      code: p.mdrc,
      slug: `${p.mdrc}-${slugify(fr.name)}`,
      name: { fr: fr.name, nl },
      urbis: { fr: p.name_fr, nl: p.name_nl },
      frSpelling: fr.how,
      kind: p.kind,
      communes: quarterCommunes.get(p.mdrc)!,
      population: p.pop_2024,
      areaKm2: Math.round(multiPolygonAreaM2(filled.areas.find((a) => a.key === p.mdrc)!.shape) / 1000) / 1000,
      sectors: sectorsIn.features.filter((s) => s.properties.mdrc === p.mdrc).length,
    };
  });
check(unique(quarters.map((q) => q.slug)), 'quarter slugs are not unique');
stopOnFailures('names');

// --- write --------------------------------------------------------------

const generated = (what: string) => `Generated by scripts/derive-geo.ts from ${UPSTREAM}/ (${what}). Do not edit by hand; see data/geo/SOURCES.md.`;
mkdirSync('data/geo', { recursive: true });
writeFileSync('data/geo/brussels.topo.json', JSON.stringify(quantised) + '\n');
writeFileSync(
  'data/quarters.json',
  JSON.stringify(
    {
      $comment: generated(`${FILES.quarters}, ${FILES.sectors}, ${FILES.namesNl}`),
      populationDate: '2024-01-01',
      quarters,
    },
    null,
    1,
  ) + '\n',
);
writeFileSync(
  'data/stations.json',
  JSON.stringify(
    {
      $comment: generated(FILES.stations),
      attribution: 'Source: STIB-MIVB - Open Data',
      datasets: 'STIB-MIVB GTFS stops (parent stations, 2025/26 feed); names from GTFS translations of December 2024; lines from the network description of October 2021',
      stations: stationsIn.features
        .map((f, i) => ({
          id: f.properties.id,
          name: { fr: f.properties.name_fr, nl: f.properties.name_nl },
          stib: f.properties.stib_name,
          modes: f.properties.modes,
          metroLines: f.properties.metro_lines,
          lon: f.geometry.coordinates[0]!,
          lat: f.geometry.coordinates[1]!,
          quarter: stationPlaces[i]!.quarter,
          commune: stationPlaces[i]!.commune,
        }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    },
    null,
    1,
  ) + '\n',
);
const populations = Object.fromEntries(communeNis.map((nis) => [nis, populationsIn.communes.find((c) => c.nis === nis)!.pop_2024_sector_sum]));
writeFileSync(
  'data/populations.json',
  JSON.stringify(
    {
      $comment: generated(FILES.populations),
      measure: 'residents on 1 January, summed over the commune\u2019s statistical sectors',
      date: '2024-01-01',
      publisher: 'Statbel (Directorate-General Statistics, FPS Economy)',
      regionTotal: SECTOR_TOTAL_2024,
      statbelRegionTotal: STATBEL_REGION_TOTAL_2024,
      populations,
    },
    null,
    2,
  ) + '\n',
);

const bytes = Buffer.byteLength(JSON.stringify(quantised));
console.log(`quarters: 145 (${straddling} straddle a commune border); communes: 19; stations: 70; sectors: 724, ${SECTOR_TOTAL_2024} residents`);
console.log(`gaps between quarters filled: ${filled.assigned.length}, ${gapM2.toFixed(2)} m²; pieces: ${pieces.length}; snapped ${noded.snapped} and inserted ${noded.inserted} vertices (${SNAP_M} m)`);
console.log(`arcs: ${raw.arcs.length}; points ${pointsBefore} → ${pointsAfter} (Douglas–Peucker ${SIMPLIFY_M} m), quantised ${QUANTISATION}; data/geo/brussels.topo.json ${bytes} bytes`);
console.log(`region: ${(regionM2 / 1e6).toFixed(3)} km² at full resolution, ${(shippedTotal / 1e6).toFixed(3)} km² as shipped`);
