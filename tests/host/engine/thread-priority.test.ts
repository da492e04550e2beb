import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { EngineWorkerPool } from '../../../electron/host/engine/worker-pool.ts';
import { Plan } from '../../../core/model/plan.ts';

/** Nice value of each thread of this process, by thread id (Linux /proc). */
function niceByThread(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    out.set(Number(tid), Number(fields[16]));
  }
  return out;
}

describe.runIf(process.platform === 'linux')('engine worker threads', () => {
  let pool: EngineWorkerPool | null = null;
  afterEach(async () => {
    await pool?.close();
    pool = null;
  });

  it('run below the host main thread’s priority, which keeps its own', async () => {
    const before = niceByThread();
    pool = new EngineWorkerPool(1);
    const plan = Plan.parse(
      JSON.parse(readFileSync(new URL('../../../resources/samples/suining.plan.json', import.meta.url), 'utf8')),
    );
    await pool.run({ plan, scenarioIds: ['baseline'], mac: false });
    const after = niceByThread();
    const added = [...after].filter(([tid]) => !before.has(tid));
    // The worker thread is one of the threads that came with the pool, 5 steps nicer than the main thread.
    expect(added.map(([, nice]) => nice)).toContain(before.get(process.pid)! + 5);
    expect(after.get(process.pid)).toBe(before.get(process.pid));
  });
});
