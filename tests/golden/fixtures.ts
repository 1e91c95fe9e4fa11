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
