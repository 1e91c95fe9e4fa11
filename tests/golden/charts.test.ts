/**
 * Golden tests: a chart's rendered HTML/SVG for fixed data is compared with the
 * committed file. A change in output fails the test and writes the new output
 * beside the golden (`*.new.html`); review the diff, then accept it with
 * `UPDATE_GOLDEN=1 npx vitest run --project golden`.
 */
import { describe, expect, it } from 'vitest';
import CommuneBars from '../../src/charts/CommuneBars.astro';
import CumulativeShootings from '../../src/charts/CumulativeShootings.astro';
import MonthlyShootings from '../../src/charts/MonthlyShootings.astro';
import TypeMultiples from '../../src/charts/TypeMultiples.astro';
import CommuneMap from '../../src/maps/CommuneMap.astro';
import QuarterMap from '../../src/maps/QuarterMap.astro';
import { expectGolden } from './golden.ts';
import { renderComponent } from './render.ts';
import { incidents, placedIncidents, tallies } from './fixtures.ts';

const GOLDEN = 'tests/golden/__golden__';

const charts = { monthly: MonthlyShootings, cumulative: CumulativeShootings, communes: CommuneBars, types: TypeMultiples };

describe('chart golden files', () => {
  for (const [name, component] of Object.entries(charts)) {
    it.each(['en', 'fr', 'nl'] as const)(`${name} (%s)`, async (lang) => {
      const html = await renderComponent(component, { lang, incidents, tallies });
      expect(html).toMatch(/<svg[^>]*role="img"|<svg[^>]*aria-label/);
      expect(html).toContain('<details class="chart-table">');
      // Every chart keeps its title, takeaway, source line and link to the data, whatever else changes.
      expect(html).toContain('class="chart-title"');
      expect(html).toContain('class="chart-takeaway"');
      expect(html).toMatch(/<figcaption class="chart-source">[^<]+<a href="\/[a-z]{2}\/data\/">/);
      expectGolden(html, `${GOLDEN}/${name}-${lang}.html`);
    });
  }

  it.each(['en', 'fr', 'nl'] as const)('map (%s)', async (lang) => {
    const html = await renderComponent(CommuneMap, { lang, incidents, highlight: '21004' });
    expect(html.match(/<a [^>]*class="area/g)).toHaveLength(19);
    expect(html).toContain('<details class="chart-table">');
    expect(html).toMatch(/<figcaption class="chart-source">[^<]+<a href="\/[a-z]{2}\/data\/">/);
    expectGolden(html, `${GOLDEN}/map-${lang}.html`);
  });

  it.each(['en', 'fr', 'nl'] as const)('map of quarters (%s)', async (lang) => {
    const html = await renderComponent(QuarterMap, { lang, incidents: placedIncidents });
    expect(html.match(/<a [^>]*class="area"/g)).toHaveLength(145);
    // No numbered badges: the only text drawn on the map names the hotspot districts.
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)![0];
    expect([...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).every((t) => /\p{L}/u.test(t!))).toBe(true);
    expect(html).toContain('class="hotspot-area"');
    expect(html).toContain('class="mark station"');
    expect(html).toContain('<details class="chart-table"');
    expect(html).toContain('Brussels UrbIS');
    expect(html).toContain('STIB-MIVB');
    expect(html).toMatch(/<figcaption class="chart-source">[^<]+<a href="\/[a-z]{2}\/data\/">/);
    expectGolden(html, `${GOLDEN}/quarters-${lang}.html`);
  });

  it('escapes editor-provided text in labels', async () => {
    const hostile = tallies.map((t) => ({ ...t, authority: { en: '<script>alert(1)</script>' }, counts: { en: '"><img src=x onerror=alert(1)>' } }));
    const html = await renderComponent(MonthlyShootings, { lang: 'en', incidents, tallies: hostile });
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;');
  });
});
