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

  it('passes the viewBox width to the stylesheet, after any style the spec sets', () => {
    expect(renderPlot({ marks: [Plot.ruleY([0])] })).toMatch(/^<svg style="--vb:640" viewBox="0 0 640 400"/);
    expect(renderPlot({ width: 300, style: { fontSize: '13px', color: 'red' }, marks: [Plot.ruleY([0])] })).toMatch(/^<svg style="font-size:13px;color:red;--vb:300" /);
  });

  it('renders a chart with a caption, which Plot wraps in a figure that has no viewBox, leaving its style alone', () => {
    const html = renderPlot({ caption: 'A caption', marks: [Plot.ruleY([0])] });
    expect(html).toMatch(/^<figure style="max-width:initial" /);
    expect(html).not.toContain('--vb');
  });
});
