/** The small multiples of incident types per year: counts, panel order and the Plot spec, counted by hand. */
import { describe, expect, it } from 'vitest';
import { renderPlot } from '../../src/lib/charts/plot-ssr.ts';
import { typeMultiplesModel, typeMultiplesSpec, typeYearCounts, type TypeMultiplesModel } from '../../src/lib/charts/type-year.ts';
import type { Incident } from '../../src/lib/schema.ts';

type Dated = Pick<Incident, 'type' | 'date'>;

// Deliberately out of order: types and years must come back sorted.
const records: Dated[] = [
  { type: 'stabbing', date: '2024-06-01' },
  { type: 'shooting', date: '2025-03-01' },
  { type: 'shooting', date: '2024-03-01' },
  { type: 'shooting', date: '2025-04' },
  { type: 'police-shooting', date: '2025-01-01' },
  { type: 'shooting', date: null },
  { type: 'shooting', date: '2023-05-01' },
];

describe('counts per type and year', () => {
  it('counts each type in each year, types in alphabetical order then years ascending, undated left out', () => {
    expect(typeYearCounts(records)).toEqual([
      { type: 'police-shooting', year: 2025, count: 1 },
      { type: 'shooting', year: 2023, count: 1 },
      { type: 'shooting', year: 2024, count: 1 },
      { type: 'shooting', year: 2025, count: 2 },
      { type: 'stabbing', year: 2024, count: 1 },
    ]);
  });
});

describe('small multiples model', () => {
  // Computed inside each test, so that mutation testing counts what the tests check.
  const modelOf = () => typeMultiplesModel(records, (type) => `label of ${type}`);

  it('keeps the log period only and counts what it leaves out', () => {
    const model = modelOf();
    expect(model.rows).toEqual([
      { type: 'police-shooting', year: 2025, count: 1, label: 'label of police-shooting' },
      { type: 'shooting', year: 2024, count: 1, label: 'label of shooting' },
      { type: 'shooting', year: 2025, count: 2, label: 'label of shooting' },
      { type: 'stabbing', year: 2024, count: 1, label: 'label of stabbing' },
    ]);
    expect(model.before).toBe(1);
    expect(model.undated).toBe(1);
  });

  it('orders panels as the rows meet their types, and years ascending', () => {
    const model = modelOf();
    expect(model.labels).toEqual(['label of police-shooting', 'label of shooting', 'label of stabbing']);
    expect(model.years).toEqual([2024, 2025]);
  });
});

describe('small multiples spec', () => {
  const row = (label: string, year: number, count: number) => ({ type: 'shooting' as const, year, count, label });
  const model: TypeMultiplesModel = {
    rows: [row('A', 2024, 1), row('A', 2025, 3), row('B', 2024, 2), row('C', 2025, 1)],
    labels: ['A', 'B', 'C'],
    years: [2024, 2025],
    undated: 0,
    before: 0,
  };
  const text = { title: 'Incidents by type', formatCount: (n: number) => `n=${n}` };
  const specOf = () => typeMultiplesSpec(model, text);

  it('sets two panels a row, 90 px each, and leaves headroom above the tallest bar', () => {
    const spec = specOf();
    expect(spec.height).toBe(220);
    expect(typeMultiplesSpec({ ...model, labels: ['A', 'B'] }, text).height).toBe(130);
    expect((spec.y as { domain: number[] }).domain).toEqual([0, 5]);
    expect((typeMultiplesSpec({ ...model, rows: [] }, text).y as { domain: number[] }).domain).toEqual([0, 2]);
  });

  it('places panels left, right, then on the next row', () => {
    const spec = specOf();
    const facet = spec.facet as { x: (r: { label: string }) => number; y: (r: { label: string }) => number };
    expect(['A', 'B', 'C'].map((label) => [facet.x({ label }), facet.y({ label })])).toEqual([[0, 0], [1, 0], [0, 1]]);
  });

  it('labels every year up to six years, every other year past six', () => {
    const tick = (years: number[]) => (typeMultiplesSpec({ ...model, years }, text).x as { tickFormat: (y: number) => string }).tickFormat;
    const six = [2020, 2021, 2022, 2023, 2024, 2025];
    expect(six.map(tick(six))).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
    const seven = [2019, ...six];
    expect(seven.map(tick(seven))).toEqual(['', '2020', '', '2022', '', '2024', '']);
  });

  it('labels whole counts only, in the page language', () => {
    const spec = specOf();
    const tick = (spec.y as { tickFormat: (v: number) => string }).tickFormat;
    expect([0, 0.5, 2].map(tick)).toEqual(['n=0', '', 'n=2']);
  });

  it('describes every bar for screen readers', () => {
    const spec = specOf();
    expect(spec.ariaLabel).toBe('Incidents by type');
    expect(spec.ariaDescription).toBe('A 2024: 1; A 2025: 3; B 2024: 2; C 2025: 1');
  });

  it('renders bars in the accent colour, a bold label per panel and a zero line, in the page font', () => {
    const spec = specOf();
    const svg = renderPlot(spec);
    expect(svg).toContain('style="font-size:13px;background:transparent;color:currentColor;--vb:480"');
    // Four bars, one per row, in the accent colour.
    expect(svg.match(/<g[^>]*fill="var\(--accent\)"[^>]*>(?:<rect[^>]*\/>)+/g)?.join('').match(/<rect/g)).toHaveLength(4);
    // One bold label a panel, at its top left.
    const labels = [...svg.matchAll(/<g[^>]*font-weight="bold"[^>]*text-anchor="start"[^>]*><text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels.sort()).toEqual(['A', 'B', 'C']);
    expect(svg).toMatch(/<g transform="translate\(4,2\)"><g[^>]*font-weight="bold"/);
    // The zero line: one rule a panel, on the panel's baseline.
    expect(svg.match(/<g transform="[^"]*" stroke="currentColor"><line y2="95" y1="95"/g)).toHaveLength(3);
    // Axis labels carry no title (label: null); the y axis shows the formatted counts.
    expect(svg).toContain('>n=2</text>');
    expect(svg).not.toMatch(/>year<|>count<|↑|→/);
  });

  it('draws bar heights in proportion to the counts, 17 px a unit in panels 95 px deep with room up to 5', () => {
    const svg = renderPlot(specOf());
    // Panels in the order Plot draws them: A (1 in 2024, 3 in 2025), C (1), B (2).
    expect([...svg.matchAll(/<rect height="([\d.]+)"/g)].map((m) => Number(m[1]))).toEqual([17, 51, 17, 34]);
  });

  it('draws faint grid lines in each panel, and no axis naming the panels', () => {
    const svg = renderPlot(specOf());
    expect(svg.match(/<g transform="[^"]*" stroke-opacity="0\.1" stroke="currentColor">(?:<line [^>]*\/>){3}<\/g>/g)).toHaveLength(3);
    // Every text is a count, a year or a panel's label: no facet axis writes the panels' positions 0 and 1.
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).sort();
    expect(texts).toEqual(['2024', '2024', '2025', '2025', 'A', 'B', 'C', 'n=0', 'n=0', 'n=2', 'n=2', 'n=4', 'n=4']);
  });
});
