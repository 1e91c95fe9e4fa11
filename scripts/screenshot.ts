/**
 * Screenshot a built page in Debian's Chromium, for looking at what we build.
 * Usage: node scripts/screenshot.ts <url> <out.png> [width] [css selector] [click selector]
 * Set SCHEME=dark to look at the page as a reader whose system prefers dark mode.
 */
import { chromium } from 'playwright-core';

const [url, out, width = '1280', selector, click] = process.argv.slice(2);
if (!url || !out) throw new Error('usage: node scripts/screenshot.ts <url> <out.png> [width] [selector] [click]');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: process.env.SCHEME === 'dark' ? 'dark' : 'light' });
  await page.goto(url);
  if (click) await page.locator(click).first().click();
  if (selector) await page.locator(selector).first().screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
}
