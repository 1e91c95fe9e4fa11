/**
 * `npm run new -- "Title"`: create content/articles/<slug>.mdx from a commented
 * template. The article starts as a draft, so nothing is published by accident.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayInBrussels } from '../src/lib/partial-date.ts';
import { slugify } from '../src/lib/slugs.ts';

export { slugify };

export function articleTemplate(title: string, today: string): string {
  return `---
# Every field is checked by \`npm run check\` and by the build. See README.md, "Writing an article".
title: ${JSON.stringify(title)}
dek: "One sentence that tells the reader what is new."
published: ${today}            # YYYY-MM-DD; a later date schedules the article
authors: ["Newsroom data desk"]
lang: en                        # en | fr | nl
tags: []
draft: true                     # set to false when the article is ready
incidents: []
# incidents:
#   - id: 2025-02-05-anderlecht-clemenceau   # the same id in every article that reports it
#     date: "2025-02-05"                    # YYYY-MM-DD, YYYY-MM, YYYY, or null when not stated
#     date_precision: day                   # day | month | year | approximate | unknown
#     type: shooting                        # shooting | police-shooting | stabbing | explosion | terror-attack | police-operation | other
#     commune: Anderlecht                   # French, Dutch or English name, or NIS code; null when not stated
#     place: "near Clemenceau metro station"
#     location_precision: station           # exact | street | station | neighbourhood | commune | region | unknown
#     killed: null                          # a number, { at_least: 1 }, or null when not stated
#     injured: null
#     weapon: firearm                       # firearm | assault-rifle | handgun | explosive | knife | other | null
#     police_targeted: null                 # true | false | null
#     sources: [report-002]                 # keys of data/sources.json, or { outlet, title, date, url }
tallies: []
# tallies:
#   - id: prosecutor-2025-shootings-year-to-date
#     figure: 57
#     measure: shootings                    # shootings | killed | injured | incidents | other
#     counts: "shootings in Brussels"
#     period_start: "2025-01-01"
#     period_end: null
#     authority: "Brussels public prosecutor's office"
#     stated_on: null
#     sources: [report-002]
---

Write the article here, in your own words.
`;
}

if (import.meta.main) {
  const title = process.argv[2]?.trim();
  const dir = process.argv[3] ?? 'content/articles';
  if (!title) {
    console.error('usage: npm run new -- "Title of the article"');
    process.exit(2);
  }
  const file = join(dir, `${slugify(title)}.mdx`);
  if (existsSync(file)) {
    console.error(`${file} already exists; choose another title`);
    process.exit(1);
  }
  writeFileSync(file, articleTemplate(title, todayInBrussels()));
  console.log(`created ${file} (a draft: set draft: false to publish)`);
}
