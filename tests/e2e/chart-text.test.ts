/**
 * Chart and map text a reader can read: an SVG with a viewBox scales its text
 * with the drawing, so text sized for a 480-unit chart shrinks on a phone.
 * Every visible <text> of every chart and map must render at 12 CSS px or more
 * (its computed font size times the scale of its SVG's current transform) at
 * phone and desktop widths, in each page type that draws charts or maps.
 */
import { describe, expect, it } from 'vitest';
import { siteSession } from './site-session.ts';

const PAGES = [
  '/en/',
  '/fr/',
  '/nl/',
  '/en/articles/what-the-57-shootings-count-means/',
  '/fr/articles/57-fusillades-ce-que-dit-le-decompte/',
  '/nl/communes/21001-anderlecht/',
  '/fr/communes/21001-anderlecht/',
  '/fr/quarters/11-cureghem-bara/',
  '/en/hotspots/clemenceau/',
  '/nl/hotspots/gare-du-nord/',
  '/en/communes/',
  '/nl/communes/',
  '/en/quarters/',
  '/fr/incidents/2025-02-05-anderlecht-clemenceau-metro/',
];
const WIDTHS = [320, 375, 1280];
const MIN_PX = 12;

const site = siteSession();

describe.each(PAGES)('%s', (path) => {
  it.each(WIDTHS)(`renders every chart and map label at ${MIN_PX} CSS px or more at %i px`, async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(site.base + path, { waitUntil: 'load' });
    const sizes = await page.evaluate(() => [...document.querySelectorAll('svg text')].flatMap((el) => {
      const text = el as SVGTextElement;
      if (!text.checkVisibility({ visibilityProperty: true }) || !text.textContent?.trim()) return [];
      const m = text.getScreenCTM();
      if (!m) return [];
      const scale = Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
      const px = Number.parseFloat(getComputedStyle(text).fontSize) * scale;
      return [{ text: text.textContent.trim().slice(0, 30), px: Math.round(px * 10) / 10 }];
    }));
    await page.close();
    expect(sizes.length, 'the page draws labelled charts or maps').toBeGreaterThan(0);
    expect(sizes.filter((s) => s.px < MIN_PX - 0.05)).toEqual([]);
  });
});
