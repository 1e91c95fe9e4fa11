/** Plot drawn without a browser: valid ARIA on the SVG a reader's screen reader meets. */
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { renderPlot } from '../../src/lib/charts/plot-ssr.ts';

describe('server-side Plot', () => {
  it('renders an SVG whose label makes it one image, with no labels on plain groups', () => {
    const svg = renderPlot({ ariaLabel: 'A chart', marks: [Plot.ruleY([0]), Plot.barY([{ x: 'a', y: 1 }], { x: 'x', y: 'y' })] });
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]* aria-label="A chart"/);
    expect(svg).not.toMatch(/<g[^>]*aria-label/);
    expect(svg).toContain('<rect');
  });

  it('gives no role to a chart without a label', () => {
    const svg = renderPlot({ marks: [Plot.ruleY([0])] });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('role=');
    expect(svg).not.toContain('aria-label');
  });
});
