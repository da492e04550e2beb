/**
 * Start time of the installed `parkzero` command: `parkzero help` and `parkzero info SAMPLE`
 * spawned as a user would (process.execPath bin/parkzero.js), median wall time of N runs after
 * one warm-up run (which builds the bundle if a source changed). For comparison it also times
 * the same commands on the TypeScript sources through tsx (PARKZERO_CLI_SOURCES=1), which is
 * how the command started before it was bundled. Run with:
 *   npm run bench:cli [-- --runs N]
 * Wall time includes Node's own start (printed as "node -e 0") and the machine's load.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1] ?? '') || 9;

function medianWallMs(argv: string[], env: NodeJS.ProcessEnv = process.env): number {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const start = performance.now();
    const child = spawnSync(process.execPath, argv, { env, encoding: 'utf8' });
    const ms = performance.now() - start;
    if (child.status !== 0) throw new Error(`${argv.join(' ')} failed (${child.status}): ${child.stderr}`);
    if (i > 0) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const dir = mkdtempSync(join(tmpdir(), 'parkzero-bench-cli-'));
try {
  const sample = join(dir, 'sample.parkzero');
  const created = spawnSync(process.execPath, ['bin/parkzero.js', 'new', sample], { encoding: 'utf8' });
  if (created.status !== 0) throw new Error(created.stderr);
  const sources = { ...process.env, PARKZERO_CLI_SOURCES: '1' };
  const row = (label: string, ms: number) => console.log(`  ${label.padEnd(36)} ${ms.toFixed(0).padStart(6)} ms`);
  console.log(`CLI start, median wall time of ${RUNS} runs (load average ${loadavg()[0]!.toFixed(1)})`);
  row('node -e 0', medianWallMs(['-e', '0']));
  row('parkzero help', medianWallMs(['bin/parkzero.js', 'help']));
  row('parkzero info sample', medianWallMs(['bin/parkzero.js', 'info', sample]));
  row('parkzero help (sources, tsx)', medianWallMs(['bin/parkzero.js', 'help'], sources));
  row('parkzero info sample (sources, tsx)', medianWallMs(['bin/parkzero.js', 'info', sample], sources));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
