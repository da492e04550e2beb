/**
 * Benchmark of the portfolio (`npm run bench:portfolio`, part of `npm run bench`): the issue-15
 * folder (both samples, 10 edited copies each, one hostile file) read and computed as
 * `parkzero portfolio DIR` does: every file checked on a private copy, each park's shown
 * scenario (all scenarios where the report's rule must choose) on the engine worker pool with
 * 2 workers. Prints the wall time and this process's CPU time (workers included) for 20 parks,
 * best of 3 (goal: under 5 s on a 2-core machine). Figures only: tests never assert timings.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EngineWorkerPool } from '../electron/host/engine/worker-pool.ts';
import { evaluatePortfolio } from '../electron/host/portfolio/evaluate.ts';
import { writePortfolioFolder } from './portfolio-folder.ts';

const dir = mkdtempSync(join(tmpdir(), 'parkzero-bench-portfolio-'));
try {
  writePortfolioFolder(dir, 10);
  const runs: { wall: number; cpu: number; rows: number; refused: number }[] = [];
  for (let i = 0; i < 3; i++) {
    // A fresh pool each time, as the CLI starts one: worker start-up is part of the figure.
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const pool = new EngineWorkerPool(2);
    try {
      const p = await evaluatePortfolio([dir], { pool });
      const cpu = process.cpuUsage(cpu0);
      runs.push({
        wall: performance.now() - t0,
        cpu: (cpu.user + cpu.system) / 1000,
        rows: p.rows.length,
        refused: p.refused.length,
      });
    } finally {
      await pool.close();
    }
  }
  const best = runs.reduce((a, b) => (b.wall < a.wall ? b : a));
  console.log(
    `Portfolio, ${best.rows} parks + ${best.refused} refused file (2 engine workers; goal < 5 s): ` +
      `best wall ${(best.wall / 1000).toFixed(2)} s, CPU ${(best.cpu / 1000).toFixed(2)} s ` +
      `(all runs: ${runs.map((r) => (r.wall / 1000).toFixed(2)).join(', ')} s)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
