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

  it("has an idle worker compute a run's parent line meanwhile, with the results of a run in-process", async () => {
    // An inventory edit changes every pathway: neither worker holds the parent's line.
    const edited = structuredClone(plan);
    const consumer = edited.consumers[0]!;
    consumer.energy = { ...consumer.energy, electricity_mwh: (consumer.energy.electricity_mwh ?? 0) * 1.07 + 1 };
    pool = new EngineWorkerPool(2);
    // The pool starts with one worker; the first run with a parent computes the line itself and
    // starts the second worker, which helps once it has loaded the engine.
    await pool.run({ plan, scenarioIds: ['near-zero'], mac: false });
    expect(pool.linesShared).toBe(0);
    // Two jobs at once: each worker answers one, so the second has loaded the engine.
    await Promise.all([
      pool.hourly({ plan, scenarioId: 'baseline', year: 2030 }),
      pool.hourly({ plan, scenarioId: 'baseline', year: 2031 }),
    ]);
    const [first] = await pool.run({ plan: edited, scenarioIds: ['near-zero'], mac: false });
    expect(pool.linesShared).toBe(1);
    expect(first).toEqual(runScenario(edited, 'near-zero', { mac: false }));
    // Again (whether the other worker is still finishing its line or not: either way the same
    // numbers; the run's worker kept the line it was given).
    const [again] = await pool.run({ plan: edited, scenarioIds: ['near-zero'], mac: false });
    expect(again).toEqual(first);
    // Several scenarios in one job, with MAC.
    const both = await pool.run({ plan: edited, scenarioIds: ['clean-transition', 'near-zero'], mac: true });
    expect(both).toEqual([runScenario(edited, 'clean-transition'), runScenario(edited, 'near-zero')]);
    // No parent, or no comparison asked: nothing to share.
    const shared = pool.linesShared;
    await pool.run({ plan: edited, scenarioIds: ['baseline'], mac: false });
    await pool.run({ plan: edited, scenarioIds: ['near-zero'], mac: false, compareParent: false });
    expect(pool.linesShared).toBe(shared);
  });

  it('lets a run compute its parent line itself when no other worker is idle', async () => {
    pool = new EngineWorkerPool(1);
    const [result] = await pool.run({ plan, scenarioIds: ['clean-transition'], mac: false });
    expect(pool.linesShared).toBe(0);
    expect(result).toEqual(runScenario(plan, 'clean-transition', { mac: false }));
  });

  it('reports an unknown scenario as NOT_FOUND from the worker', async () => {
    pool = new EngineWorkerPool(1);
    const error = await pool.run({ plan, scenarioIds: ['nope'], mac: false }).catch((e: unknown) => e);
    expect((error as ParkZeroError).code).toBe('NOT_FOUND');
  });
});
