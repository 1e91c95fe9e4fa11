/**
 * Writes a synthetic corpus of N articles with M incidents each into a folder,
 * for the benchmark only. Deterministic (seeded); never written into content/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMUNES } from '../../src/lib/reference.ts';

/** Small LCG so every run writes the same corpus. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function writeSyntheticCorpus(dir: string, articles: number, incidentsPerArticle: number, chartImport: string, seed = 42): void {
  mkdirSync(dir, { recursive: true });
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const langs = ['en', 'fr', 'nl'] as const;
  for (let a = 0; a < articles; a++) {
    const lang = langs[a % 3]!;
    const published = `2025-${pad(1 + (a % 12))}-${pad(1 + (a % 28))}`;
    const incidents = Array.from({ length: incidentsPerArticle }, (_, i) => {
      const commune = pick(COMMUNES);
      const month = 1 + Math.floor(rand() * 12);
      const day = 1 + Math.floor(rand() * 28);
      return `  - id: synthetic-${a}-${i}
    date: "2024-${pad(month)}-${pad(day)}"
    date_precision: day
    type: ${rand() < 0.7 ? 'shooting' : 'police-operation'}
    commune: "${commune.nis}"
    place: "street n${a}x${i}"
    location_precision: street
    killed: ${Math.floor(rand() * 2)}
    injured: ${rand() < 0.2 ? 'null' : Math.floor(rand() * 3)}
    weapon: firearm
    police_targeted: false
    sources:
      - outlet: "Synthetic Gazette"
        url: "https://example.org/synthetic/${a}/${i}"
`;
    });
    const text = `---
title: "Synthetic article ${a}"
dek: "Benchmark fixture ${a}, never published."
published: ${published}
authors: ["Bench"]
lang: ${lang}
incidents:
${incidents.join('')}---

import Chart from '${chartImport}';

Synthetic body for article ${a}. It has a few sentences so that pages carry some text,
as a real article would, and the search index has something to index.

<Chart kind="monthly" lang="${lang}" />
`;
    writeFileSync(join(dir, `synthetic-${String(a).padStart(5, '0')}.mdx`), text);
  }
}
