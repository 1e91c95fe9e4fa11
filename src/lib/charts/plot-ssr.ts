/**
 * Observable Plot draws into a DOM. At build time that DOM is linkedom's:
 * this renders a Plot spec to an SVG string with no browser involved.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export function renderPlot(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({ ...options, document: document as unknown as Document });
  // Plot labels its mark groups ("bar", "rule") with aria-label on plain <g>s, which ARIA
  // prohibits; the chart's own role=img and description speak for the whole figure.
  for (const g of node.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
  if (node.getAttribute('aria-label')) node.setAttribute('role', 'img');
  // The viewBox width lets the stylesheet keep text at a readable size when the SVG scales down.
  const viewBoxWidth = node.getAttribute('viewBox')?.split(' ')[2];
  if (viewBoxWidth) node.setAttribute('style', `${node.getAttribute('style') ?? ''};--vb:${viewBoxWidth}`.replace(/^;/, ''));
  return node.outerHTML;
}
