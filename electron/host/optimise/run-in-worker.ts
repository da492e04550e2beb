import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { ParkZeroError } from '../../../core/api/result.ts';
import type { Plan } from '../../../core/model/plan.ts';
import type { OptimisePlanOptions, PlanOptimiseResult } from './optimise-plan.ts';
import type { OptimiseProgress } from './solve-problem.ts';
import type { OptimiseJob, OptimiseReply } from './worker-protocol.ts';

/** The bundled worker beside the Electron main bundle, or the TypeScript source through tsx. */
function workerEntry(): { file: string; execArgv: string[] } {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, 'optimise-worker.mjs');
  if (existsSync(bundled)) return { file: bundled, execArgv: [] };
  return { file: join(here, 'optimise-worker.ts'), execArgv: ['--import', 'tsx'] };
}

export interface WorkerRunOptions {
  readonly onProgress?: (p: OptimiseProgress) => void;
  /** Aborting terminates the worker at once (mid-solve included); the promise rejects CANCELLED. */
  readonly signal?: AbortSignal;
}

/**
 * Runs the planner on a fresh worker thread. Optimising is rare and takes seconds, so one
 * worker per run costs little, and terminating it is a clean cancel: nothing was written, so
 * the project is left as it was.
 */
export function optimiseInWorker(
  plan: Plan,
  options: Omit<OptimisePlanOptions, 'onProgress'>,
  run: WorkerRunOptions = {},
): Promise<PlanOptimiseResult> {
  if (run.signal?.aborted) return Promise.reject(new ParkZeroError('CANCELLED', 'the optimisation was cancelled'));
  const entry = workerEntry();
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry.file, { execArgv: entry.execArgv });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      run.signal?.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    const onAbort = () => finish(() => reject(new ParkZeroError('CANCELLED', 'the optimisation was cancelled')));
    run.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (reply: OptimiseReply) => {
      if (reply.kind === 'progress') {
        if (!settled) run.onProgress?.(reply.progress);
        return;
      }
      finish(() => (reply.kind === 'done' ? resolve(reply.result) : reject(new ParkZeroError(reply.code, reply.message))));
    });
    worker.on('error', (error) =>
      finish(() => reject(new ParkZeroError('INTERNAL', `the optimiser worker failed: ${error.message}`))),
    );
    worker.on('exit', (code) =>
      finish(() => reject(new ParkZeroError('INTERNAL', `the optimiser worker exited with code ${code}`))),
    );
    worker.postMessage({ plan, options } satisfies OptimiseJob);
  });
}
