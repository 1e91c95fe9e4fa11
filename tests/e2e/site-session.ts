/** The built site, served locally, and Debian's Chromium: opened once per browser test file. */
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveDist } from './static-server.ts';

export interface SiteSession {
  /** The address the site is served at, without a trailing slash. */
  base: string;
  browser: Browser;
}

/**
 * Registers the file's beforeAll and afterAll, and returns the session they fill:
 * read its fields inside tests, once beforeAll has run. DIST_DIR serves another build.
 */
export function siteSession(): SiteSession {
  const session = {} as SiteSession;
  let server: Server | undefined;
  beforeAll(async () => {
    const served = await serveDist(process.env['DIST_DIR'] ?? 'dist');
    server = served.server;
    session.base = served.url;
    session.browser = await chromium.launch({ executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
  }, 60_000);
  afterAll(async () => {
    await session.browser?.close();
    server?.close();
  }, 60_000);
  return session;
}

/**
 * Opens a page of the session and records what a reader would not see but should never
 * happen: console errors and warnings, uncaught page errors, failed or off-site requests,
 * HTTP errors, a page that does not answer 200.
 */
export async function openPage(session: SiteSession, path: string, width = 1280): Promise<{ page: Page; problems: string[] }> {
  const page = await session.browser.newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(session.base) && !r.url().startsWith('data:')) problems.push(`off-site request: ${r.url()}`);
  });
  const response = await page.goto(session.base + path, { waitUntil: 'networkidle' });
  if (response?.status() !== 200) problems.push(`${path} answered ${response?.status() ?? 'nothing'}`);
  return { page, problems };
}
