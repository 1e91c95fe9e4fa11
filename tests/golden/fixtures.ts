/** Fixed synthetic records for golden tests: test data only, never published. */
import { incidentSchema, tallySchema } from '../../src/lib/schema.ts';

const base = { type: 'shooting', place: 'test place', location_precision: 'commune', weapon: 'firearm', police_targeted: null, sources: ['report-003'] };

export const incidents = [
  { id: 'g1', date: '2025-01-10', date_precision: 'day', commune: 'Anderlecht', killed: 0, injured: 1 },
  { id: 'g2', date: '2025-02-05', date_precision: 'day', commune: 'Anderlecht', killed: 1, injured: null },
  { id: 'g3', date: '2025-02-20', date_precision: 'day', commune: 'Molenbeek', killed: null, injured: 2 },
  { id: 'g4', date: '2025-04', date_precision: 'month', commune: 'Schaerbeek', killed: { at_least: 1 }, injured: 0 },
  { id: 'g5', date: '2024-06-01', date_precision: 'day', commune: 'Ixelles', killed: 0, injured: 0 },
  { id: 'g6', date: '2024-11-30', date_precision: 'day', commune: 'Anderlecht', killed: 0, injured: 3 },
  { id: 'g7', date: null, date_precision: 'unknown', commune: 'Saint-Gilles', killed: 0, injured: 1 },
  { id: 'g8', date: '2025-03-03', date_precision: 'day', commune: 'Forest', type: 'police-operation', killed: 0, injured: 0 },
].map((r) => incidentSchema.parse({ ...base, ...r }));

export const tallies = [
  tallySchema.parse({
    id: 'g-tally',
    figure: 30,
    measure: 'shootings',
    counts: 'shootings in Brussels',
    period_start: '2025-01-01',
    period_end: '2025-04-30',
    authority: 'Test prosecutor',
    stated_on: null,
    sources: ['report-003'],
  }),
];

/** For the map of quarters: incidents placed by station, by a named quarter, in a park, and known only to a commune. */
export const placedIncidents = [
  ...incidents,
  ...[
    { id: 'q1', date: '2025-02-05', date_precision: 'day', commune: 'Anderlecht', station: 'Clemenceau', location_precision: 'station', killed: 0, injured: 1 },
    { id: 'q2', date: '2025-02-06', date_precision: 'day', commune: 'Anderlecht', station: 'Clemenceau', location_precision: 'station', killed: 0, injured: 0 },
    { id: 'q3', date: '2025-02-07', date_precision: 'day', commune: 'Anderlecht', station: 'Clemenceau', location_precision: 'station', killed: 1, injured: 0 },
    { id: 'q4', date: '2025-03-01', date_precision: 'day', commune: 'Ixelles', quarter: 'Matonge', quarter_note: 'test', location_precision: 'neighbourhood', killed: 0, injured: 1 },
    { id: 'q5', date: '2025-03-02', date_precision: 'day', commune: 'Anderlecht', quarter: 'Parc Astrid', quarter_note: 'test', location_precision: 'neighbourhood', killed: 0, injured: 0 },
    { id: 'q6', date: '2025-03-03', date_precision: 'day', commune: 'Molenbeek', station: 'Étangs Noirs', location_precision: 'street', killed: 0, injured: 1 },
  ].map((r) => incidentSchema.parse({ ...base, ...r })),
];
