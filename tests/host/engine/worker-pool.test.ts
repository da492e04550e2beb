import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EngineWorkerPool } from '../../../electron/host/engine/worker-pool.ts';
import { parsePlanOrThrow, runScenario, runScenarioHourly } from '../../../core/engine/index.ts';
import { ParkZeroError } from '../../../core/api/result.ts';

const plan = parsePlanOrThrow(JSON.parse(readFileSync('tests/fixtures/sample-park-2024.plan.json', 'utf8')));

describe('engine worker pool', () => {
  let pool: EngineWorkerPool | null = null;
  afterEach(async () => {
    await pool?.close();
    pool = null;
  });

  it('gives the same results as running the engine in-process, with progress', async () => {
    pool = new EngineWorkerPool(1);
    const progress: number[] = [];
    const [result] = await pool.run({ plan, scenarioIds: ['near-zero'], mac: true, onProgress: (done) => progress.push(done) });
    expect(result).toEqual(runScenario(plan, 'near-zero'));
    expect(progress).toEqual([1]);
  });

  it('cancels a queued run when a newer one of the same project arrives, and runs the newest', async () => {
    pool = new EngineWorkerPool(1);
    const first = pool.run({ plan, scenarioIds: ['baseline'], mac: true, supersedeKey: 'p1' });
    // Catch at once: the stale run is rejected as soon as the newer one is queued.
    const stale = pool.run({ plan, scenarioIds: ['clean-transition'], mac: true, supersedeKey: 'p1' }).catch((e: unknown) => e);
    const newest = pool.run({ plan, scenarioIds: ['near-zero'], mac: false, supersedeKey: 'p1' });
    await expect(first).resolves.toHaveLength(1);
    const error = await stale;
    expect(error).toBeInstanceOf(ParkZeroError);
    expect((error as ParkZeroError).code).toBe('CANCELLED');
    expect((await newest)[0]!.scenario_id).toBe('near-zero');
  });

  it('computes one year hour by hour, as the engine does in-process', async () => {
    pool = new EngineWorkerPool(1);
    const hours = await pool.hourly({ plan, scenarioId: 'near-zero', year: 2030 });
    expect(hours).toEqual(runScenarioHourly(plan, 'near-zero', 2030));
    const error = await pool.hourly({ plan, scenarioId: 'near-zero', year: 1999 }).catch((e: unknown) => e);
    expect((error as ParkZeroError).code).toBe('INVALID_REQUEST');
  });

  it('reports an unknown scenario as NOT_FOUND from the worker', async () => {
    pool = new EngineWorkerPool(1);
    const error = await pool.run({ plan, scenarioIds: ['nope'], mac: false }).catch((e: unknown) => e);
    expect((error as ParkZeroError).code).toBe('NOT_FOUND');
  });
});
