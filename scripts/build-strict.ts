/**
 * `astro build` that fails on any warning: a publication never ships a build
 * whose warnings nobody read (a data warning may mean a duplicated incident).
 */
import { spawnSync } from 'node:child_process';

const result = spawnSync('astro', ['build'], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 256 * 1024 * 1024 });
const output = `${result.stdout}${result.stderr}`;
process.stdout.write(output);
// npm's own notices about the machine's user config are not the build's.
const warnings = output.split('\n').filter((l) => /\[WARN\]|\bwarning\b/i.test(l) && !/^npm warn/i.test(l));
if (result.status !== 0) process.exit(result.status ?? 1);
if (warnings.length) {
  console.error(`\nThe build printed ${warnings.length} warning(s):\n${warnings.join('\n')}`);
  process.exit(1);
}
