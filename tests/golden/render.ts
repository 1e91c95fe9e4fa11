/** Renders a component to HTML with stable output, for golden comparisons. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';

type Component = Parameters<AstroContainer['renderToString']>[0];

export async function renderComponent(component: Component, props: Record<string, unknown>): Promise<string> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(component, { props });
  return normalise(html);
}

/**
 * Drop Astro's per-build attributes and put one element per line, so diffs are
 * readable. Long decimals (SVG geometry, four or more digits after the point)
 * are cut to two digits so floating-point noise does not churn the files; a
 * number with at most three digits after a point is left alone, since in Dutch
 * and French that point or space may be a thousands separator ("100.000").
 */
export function normalise(html: string): string {
  return html
    .replace(/\sdata-astro-[\w-]+(="[^"]*")?/g, '')
    .replace(/\s(astro-[a-z0-9]+)/g, '')
    .replace(/(?<![\d.])(\d+\.\d{2})\d{2,}(?![\d.])/g, '$1')
    .replace(/>\s*</g, '>\n<')
    .trim()
    .concat('\n');
}
