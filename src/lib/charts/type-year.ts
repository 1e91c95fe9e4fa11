/** Counts per incident type and year: the data behind the small-multiples view. */
import * as Plot from '@observablehq/plot';
import { inLogPeriod } from '../log-period.ts';
import type { Incident, IncidentType } from '../schema.ts';
import { yearOf } from '../partial-date.ts';

export interface TypeYearCount {
  type: IncidentType;
  year: number;
  count: number;
}

/** Undated records are left out here and counted by the caller's note. */
export function typeYearCounts(incidents: readonly Pick<Incident, 'type' | 'date'>[]): TypeYearCount[] {
  const counts = new Map<string, TypeYearCount>();
  for (const inc of incidents) {
    if (inc.date === null) continue;
    const year = yearOf(inc.date);
    const key = `${inc.type}|${year}`;
    const row = counts.get(key) ?? { type: inc.type, year, count: 0 };
    row.count += 1;
    counts.set(key, row);
  }
  return [...counts.values()].sort((a, b) => a.type.localeCompare(b.type) || a.year - b.year);
}

export interface TypeMultiplesModel {
  rows: (TypeYearCount & { label: string })[];
  /** Panel order: types as first met in the sorted rows, two panels a row. */
  labels: string[];
  years: number[];
  undated: number;
  /** Records dated before the systematic log: in the database, not in this chart. */
  before: number;
}

export function typeMultiplesModel(incidents: readonly Pick<Incident, 'type' | 'date'>[], labelOf: (type: IncidentType) => string): TypeMultiplesModel {
  const inPeriod = inLogPeriod(incidents);
  const rows = typeYearCounts(inPeriod).map((r) => ({ ...r, label: labelOf(r.type) }));
  return {
    before: incidents.length - inPeriod.length,
    rows,
    labels: [...new Set(rows.map((r) => r.label))],
    years: [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b),
    undated: incidents.filter((i) => i.date === null).length,
  };
}

/**
 * The Observable Plot spec of the small multiples: one bar panel per type,
 * two panels a row, a shared year axis (every other year labelled past six
 * years) and a y scale with headroom for the panel's label.
 */
export function typeMultiplesSpec(model: TypeMultiplesModel, text: { title: string; formatCount: (n: number) => string }): Plot.PlotOptions {
  const { rows, labels, years } = model;
  const yMax = Math.max(1, ...rows.map((r) => r.count));
  return {
    width: 480,
    height: 90 * Math.ceil(labels.length / 2) + 40,
    marginLeft: 40,
    marginTop: 10,
    style: { fontSize: '13px', background: 'transparent', color: 'currentColor' },
    ariaLabel: text.title,
    ariaDescription: rows.map((r) => `${r.label} ${r.year}: ${r.count}`).join('; '),
    fx: { label: null, axis: null },
    fy: { label: null, axis: null },
    x: { label: null, domain: years, tickFormat: (y: number) => (years.length > 6 && y % 2 ? '' : String(y)) },
    y: { label: null, grid: true, ticks: 2, domain: [0, Math.ceil(yMax * 1.6)], tickFormat: (v: number) => (Number.isInteger(v) ? text.formatCount(v) : '') },
    facet: { data: rows, x: (r: { label: string }) => labels.indexOf(r.label) % 2, y: (r: { label: string }) => Math.floor(labels.indexOf(r.label) / 2) },
    marks: [
      Plot.barY(rows, { x: 'year', y: 'count', fill: 'var(--accent)' }),
      Plot.text(rows, Plot.selectFirst({ text: 'label', frameAnchor: 'top-left', dx: 4, dy: 2, fill: 'currentColor', fontWeight: 'bold' })),
      Plot.ruleY([0]),
    ],
  };
}
