/**
 * The browser tests drive Debian's Chromium, never a downloaded browser.
 * On a fresh machine it is not there yet: as root, install Debian's package;
 * otherwise stop at once and say the one command to run.
 * Usage: node scripts/ensure-chromium.ts (CHROMIUM=/path picks another binary)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const wanted = process.env['CHROMIUM'] ?? DEFAULT_CHROMIUM;

function run(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return r.status === 0;
}

if (!existsSync(wanted)) {
  if (process.env['CHROMIUM']) {
    console.error(`CHROMIUM is set to ${wanted}, which does not exist. Unset it to use Debian's ${DEFAULT_CHROMIUM}.`);
    process.exit(1);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log("Chromium is not installed: installing Debian's chromium package for the browser tests…");
    if (!run('apt-get', ['update', '-qq']) || !run('apt-get', ['install', '-y', '-qq', 'chromium']) || !existsSync(DEFAULT_CHROMIUM)) {
      console.error("Installing Debian's chromium failed. Run: apt-get update && apt-get install -y chromium");
      process.exit(1);
    }
  } else {
    console.error(
      `The browser tests need Debian's Chromium at ${DEFAULT_CHROMIUM}, and it is not installed.\n` +
        `Run: sudo apt-get install -y chromium   (or set CHROMIUM=/path/to/chromium), then run npm test again.`,
    );
    process.exit(1);
  }
}
