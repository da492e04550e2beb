/**
 * Monte Carlo benchmark (issue 12): N full engine runs (every year, hourly dispatch, no MAC) of
 * the sample park's most complex scenario, with every input the Risk screen offers for it,
 * on the engine worker pool with 1 and then 2 workers. Prints runs per second (wall time, as
 * a user waits for it; the machine's load is printed beside it) and the process's resident
 * memory, which must not grow with N beyond the kept per-run scalars. Tests never assert it.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { checkPlanOrThrow, runScenario } from '../core/engine/index.ts';
import { offersFor, prepareMonteCarlo, runChunk } from '../core/uncertainty/index.ts';
import { EngineWorkerPool } from '../electron/host/engine/worker-pool.ts';
import { monteCarloOnPool } from '../electron/host/uncertainty/pool-runs.ts';

export async function benchMonteCarlo(runs: number): Promise<void> {
  const sample = checkPlanOrThrow(
    JSON.parse(readFileSync(new URL('../resources/samples/suining.plan.json', import.meta.url), 'utf8')),
  );
  // The scenario with the most measures (its chain included) is the most work per run.
  const scenario = 'near-zero';
  const offers = offersFor(sample, scenario, runScenario(sample, scenario, { mac: false }));
  const plan = checkPlanOrThrow({ ...sample, uncertainty: { inputs: offers.map((o) => ({ ...o.input, source: o.source.en })) } });
  console.log('');
  console.log(
    `Monte Carlo: Suining sample park, "${scenario}" (its own pathway only: no NPV against the parent, the default), ${offers.length} uncertain inputs, Latin hypercube`,
  );
  console.log('| workers | runs | wall s | runs/s | RSS after, MB | load avg |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const workers of [1, 2]) {
    const pool = new EngineWorkerPool(workers);
    try {
      // Warm-up: each worker builds the site's profile cache once.
      await monteCarloOnPool(pool, plan, { scenarioId: scenario, runs: workers * 2, seed: 1, sampling: 'lhs' });
      const t = performance.now();
      await monteCarloOnPool(pool, plan, { scenarioId: scenario, runs, seed: 2026, sampling: 'lhs' });
      const s = (performance.now() - t) / 1000;
      const rss = process.memoryUsage().rss / 2 ** 20;
      console.log(
        `| ${workers} | ${runs} | ${s.toFixed(1)} | ${(runs / s).toFixed(1)} | ${rss.toFixed(0)} | ${loadavg()[0]!.toFixed(1)} |`,
      );
    } finally {
      await pool.close();
    }
  }
  // CPU time per run on this thread, what a worker spends when it has a core to itself: on a
  // shared machine wall time mostly measures the other jobs.
  const spec = { scenarioId: scenario, runs, seed: 2026, sampling: 'lhs' as const };
  const prepared = prepareMonteCarlo(plan, spec);
  // This thread has not run the engine yet: warm it up first, or the median measures the JIT
  // compiling the dispatch loop (process CPU includes the compiler's threads).
  for (let i = 0; i < Math.min(runs, 30); i++) runChunk(plan, spec, i, i + 1, prepared);
  const cpu: number[] = [];
  for (let i = 30; i < Math.min(runs, 70); i++) {
    const a = process.cpuUsage();
    runChunk(plan, spec, i, i + 1, prepared);
    const d = process.cpuUsage(a);
    cpu.push((d.user + d.system) / 1000);
  }
  const med = cpu.sort((a, b) => a - b)[Math.floor(cpu.length / 2)]!;
  console.log(
    `CPU per run (one thread, median of ${cpu.length}): ${med.toFixed(1)} ms, so about ${(1000 / med).toFixed(0)} runs/s per free core.`,
  );
  console.log(
    `On two free cores that is about ${((runs * med) / 2 / 1000).toFixed(1)} s for ${runs} runs with 2 workers (CPU only; chunking and the host's fold add little).`,
  );
  console.log('Goal: 1,000 runs in under 10 s with 2 workers on a 2-core machine (about 100 runs/s).');
}
