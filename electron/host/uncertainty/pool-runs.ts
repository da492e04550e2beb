import { ParkZeroError } from '../../../core/api/result.ts';
import type { Plan } from '../../../core/model/plan.ts';
import {
  monteCarloReducer,
  prepareMonteCarlo,
  sweepFrom,
  sweepPoints,
  tornadoFrom,
  tornadoPoints,
} from '../../../core/uncertainty/index.ts';
import type {
  MonteCarloResult,
  MonteCarloSpec,
  OutputSpec,
  SweepResult,
  TornadoResult,
} from '../../../core/uncertainty/index.ts';
import type { EngineWorkerPool } from '../engine/worker-pool.ts';

/**
 * Sensitivity and Monte Carlo runs spread over the engine worker pool. Runs go out in chunks
 * of consecutive run indices, a few chunks per worker in flight; each chunk comes back as
 * small records and is folded into the reducer at once (in run order, so the result does not
 * depend on the number of workers). Cancelling stops handing out chunks; the ones in flight
 * finish and are dropped.
 */

export interface MonteCarloControl {
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
  /**
   * Runs per chunk. By default chunks shrink as the work runs out (guided scheduling): a
   * quarter of each worker's share of the runs left, 1 to 50 runs, so that the workers finish
   * together instead of one waiting for the other's last large chunk.
   */
  chunkSize?: number;
}

export async function monteCarloOnPool(
  pool: EngineWorkerPool,
  plan: Plan,
  spec: MonteCarloSpec,
  control: MonteCarloControl = {},
): Promise<MonteCarloResult> {
  const prepared = prepareMonteCarlo(plan, spec);
  const reducer = monteCarloReducer(plan, spec, prepared);
  const chunkAt = (next: number) =>
    control.chunkSize ?? Math.max(1, Math.min(50, Math.ceil((spec.runs - next) / (pool.size * 4))));
  const maxInFlight = pool.size * 2;
  await new Promise<void>((resolve, reject) => {
    let next = 0;
    let inFlight = 0;
    let failed = false;
    const pump = () => {
      if (failed) return;
      if (control.isCancelled?.()) {
        if (inFlight === 0)
          reject(new ParkZeroError('CANCELLED', `Monte Carlo cancelled after ${reducer.done} of ${spec.runs} runs`));
        return;
      }
      while (inFlight < maxInFlight && next < spec.runs) {
        const from = next;
        const to = Math.min(spec.runs, from + chunkAt(from));
        next = to;
        inFlight++;
        pool.monteCarloChunk(plan, spec, from, to).then(
          (records) => {
            inFlight--;
            if (failed) return;
            reducer.add(records);
            control.onProgress?.(reducer.done, spec.runs);
            if (reducer.done === spec.runs) resolve();
            else pump();
          },
          (error: unknown) => {
            inFlight--;
            if (!failed) {
              failed = true;
              reject(error as Error);
            }
          },
        );
      }
    };
    pump();
  });
  return reducer.result();
}

/** Evaluate points on every worker: split into one batch per worker, answers in order. */
async function pointsOnPool(pool: EngineWorkerPool, plan: Plan, scenarioId: string, output: OutputSpec, points: number[][]) {
  const per = Math.ceil(points.length / pool.size);
  const batches: number[][][] = [];
  for (let i = 0; i < points.length; i += per) batches.push(points.slice(i, i + per));
  const answers = await Promise.all(batches.map((b) => pool.points(plan, scenarioId, output, b)));
  return answers.flat();
}

export async function tornadoOnPool(
  pool: EngineWorkerPool,
  plan: Plan,
  scenarioId: string,
  output: OutputSpec,
): Promise<TornadoResult> {
  const sp = tornadoPoints(plan);
  return tornadoFrom(plan, scenarioId, output, sp, await pointsOnPool(pool, plan, scenarioId, output, sp.points));
}

export async function sweepOnPool(
  pool: EngineWorkerPool,
  plan: Plan,
  scenarioId: string,
  inputId: string,
  steps: number,
  output: OutputSpec,
): Promise<SweepResult> {
  const { points, xs } = sweepPoints(plan, inputId, steps);
  return sweepFrom(scenarioId, inputId, output, xs, await pointsOnPool(pool, plan, scenarioId, output, points));
}
