/** Builds the open-data files once per build from the loaded corpus. */
import { openDataFiles } from '../lib/open-data/files.ts';
import { areaKm2, communeFeatures, populationOf } from '../lib/geo/communes.ts';
import { placementOf } from '../lib/geo/quarter-model.ts';
import type { Lang } from '../lib/reference.ts';
import { loadCorpus } from './corpus.ts';
import { absoluteUrl, articlePath } from './paths.ts';

let cached: ReturnType<typeof build> | undefined;

async function build() {
  const corpus = await loadCorpus();
  const areas = new Map(communeFeatures().features.map((f) => [f.properties.nis, areaKm2(f.properties)]));
  const version = corpus.articles.map((a) => a.data.updated ?? a.data.published).sort().at(-1) ?? 'empty';
  return openDataFiles({
    incidents: corpus.incidents,
    tallies: corpus.tallies,
    version,
    articleUrl: (slug, lang) => absoluteUrl(articlePath(lang as Lang, slug)),
    population: populationOf,
    areaKm2: (nis) => areas.get(nis)!,
    placementOf: (id) => placementOf(corpus.incidents, id),
  });
}

export function loadOpenData() {
  cached ??= build();
  return cached;
}
