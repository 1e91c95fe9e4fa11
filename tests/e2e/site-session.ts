/** The built site, served locally, and Debian's Chromium: opened once per browser test file. */
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
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
