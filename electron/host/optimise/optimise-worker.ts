import { parentPort } from 'node:worker_threads';
import { ParkZeroError } from '../../../core/api/result.ts';
import { optimisePlan } from './optimise-plan.ts';
import type { OptimiseJob, OptimiseReply } from './worker-protocol.ts';
import { lowerThisThreadPriority } from '../thread-priority.ts';

/**
 * An optimiser worker: builds the LP, solves it with HiGHS (WebAssembly) and checks the answer
 * with the engine, off the host's main thread. One job per worker: cancelling terminates the
 * thread, which frees the solver's WebAssembly memory with it.
 */
if (!parentPort) throw new Error('optimise-worker must run as a worker thread');
const port = parentPort;
// A long background job: the window and the host's main thread come first (thread-priority.ts).
lowerThisThreadPriority();

port.once('message', (job: OptimiseJob) => {
  optimisePlan(job.plan, {
    ...job.options,
    onProgress: (progress) => port.postMessage({ kind: 'progress', progress } satisfies OptimiseReply),
  }).then(
    (result) => port.postMessage({ kind: 'done', result } satisfies OptimiseReply),
    (error: unknown) =>
      port.postMessage(
        (error instanceof ParkZeroError
          ? { kind: 'failed', code: error.code, message: error.message }
          : { kind: 'failed', code: 'INTERNAL', message: (error as Error).stack ?? String(error) }) satisfies OptimiseReply,
      ),
  );
});
