/**
 * Runs one command and reports its wall time and the peak resident memory of
 * its largest process, as GNU time measures them (the children included).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  seconds: number;
  /** User plus system CPU time of the command and its children: less sensitive than wall time to a shared machine. */
  cpuSeconds: number;
  peakRssMb: number;
  /** One-minute load average when the command started (the machine is shared). */
  load: number;
  output: string;
}

export function measure(cmd: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Measured {
  const dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(dir, 'time.txt');
  try {
    const load = loadavg()[0]!;
    const run = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%e %M %U %S', cmd, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
    });
    const output = `${run.stdout}${run.stderr}`;
    if (run.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${run.status}):\n${output.slice(-4000)}`);
    const [seconds, maxKb, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number, number];
    return { seconds, cpuSeconds: user + system, peakRssMb: maxKb / 1024, load, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
