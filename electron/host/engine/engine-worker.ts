import { parentPort } from 'node:worker_threads';
import { runScenarioHourly, scenarioLine, startScenario } from '../../../core/engine/index.ts';
import type { ParentLine, ScenarioResult } from '../../../core/engine/index.ts';
import { ParkZeroError } from '../../../core/api/result.ts';
import { evaluatePoints, runChunk } from '../../../core/uncertainty/index.ts';
import type { EngineJob, EngineReply, ParentLineMessage } from './protocol.ts';
import { lowerThisThreadPriority } from '../thread-priority.ts';

/**
 * An engine worker: runs scenarios of a plan off the host's main thread, so the window (or
 * the HTTP server) stays responsive while a long pathway with MAC runs. Plans arrive already
 * validated by the store; the worker only computes. Each worker keeps the core's per-site
 * profile caches and its cache of parents' lines between jobs, so a recompute after an edit
 * skips the weather and PV models and, when the parent did not change, the parent's pathway.
 *
 * When the pool has an idle worker, a run comes with the promise of its parent's line
 * (`lineComing`): the other worker computes it while this one simulates the scenario's own
 * pathway, and posts it straight here on a port of their own (the host's main thread may be
 * busy writing the edit). The run waits for it only if its own cache misses the line.
 */
if (!parentPort) throw new Error('engine-worker must run as a worker thread');
const port = parentPort;
// The edit a run waits for is written on the host's main thread meanwhile (runs-ahead.ts), and
// the window draws it: both come first (thread-priority.ts).
lowerThisThreadPriority();

/** The line promised to the run in progress, settled from its port or by the host. */
let coming: {
  jobId: number;
  scenarioId: string;
  line: Promise<ParentLine | null>;
  settle: (line: ParentLine | null) => void;
} | null = null;

function post(reply: EngineReply): void {
  port.postMessage(reply);
}

/** A scenario's result; its parent's line from the other worker when this worker's cache misses it. */
async function runOne(job: Extract<EngineJob, { kind: 'run' }>, id: string): Promise<ScenarioResult> {
  const options = { mac: job.mac, compareParent: job.compareParent ?? true, reuseParent: true, reuseDispatch: true };
  const run = startScenario(job.plan, id, options);
  const parent = run.parent;
  if (parent === null || parent.cached || coming?.jobId !== job.jobId || coming.scenarioId !== parent.id) return run.finish();
  // Null: the other worker failed; finish() computes the line itself, exactly as it would have.
  return run.finish((await coming.line) ?? undefined);
}

async function runAll(job: Extract<EngineJob, { kind: 'run' }>): Promise<EngineReply> {
  const promised = job.lineComing;
  if (promised !== undefined) {
    let settle: (line: ParentLine | null) => void = () => {};
    const line = new Promise<ParentLine | null>((resolve) => (settle = resolve));
    coming = { jobId: job.jobId, scenarioId: promised.scenarioId, line, settle };
    promised.port.once('message', (message: ParentLineMessage) => settle(message.line));
  }
  try {
    const results: ScenarioResult[] = [];
    for (const [index, id] of job.scenarioIds.entries()) {
      results.push(await runOne(job, id));
      post({ kind: 'progress', jobId: job.jobId, done: index + 1, total: job.scenarioIds.length });
    }
    return job.asJson === true
      ? { kind: 'done-json', jobId: job.jobId, json: JSON.stringify(results) }
      : { kind: 'done', jobId: job.jobId, results };
  } finally {
    coming = null;
    promised?.port.close();
  }
}

function answer(job: EngineJob): Promise<EngineReply> | EngineReply {
  switch (job.kind) {
    case 'mc-chunk':
      return { kind: 'mc-done', jobId: job.jobId, records: runChunk(job.plan, job.spec, job.from, job.to) };
    case 'points':
      return { kind: 'points-done', jobId: job.jobId, outputs: evaluatePoints(job.plan, job.scenarioId, job.output, job.points) };
    case 'hourly':
      return { kind: 'hourly-done', jobId: job.jobId, hours: runScenarioHourly(job.plan, job.scenarioId, job.year) };
    case 'line': {
      try {
        const line = scenarioLine(job.plan, job.scenarioId);
        job.port.postMessage({ kind: 'parent-line', jobId: job.jobId, line } satisfies ParentLineMessage);
      } finally {
        job.port.close();
      }
      return { kind: 'line-done', jobId: job.jobId };
    }
    case 'run':
      return runAll(job);
  }
}

function failure(jobId: number, error: unknown): EngineReply {
  return error instanceof ParkZeroError
    ? { kind: 'failed', jobId, code: error.code, message: error.message }
    : { kind: 'failed', jobId, code: 'INTERNAL', message: (error as Error).stack ?? String(error) };
}

post({ kind: 'ready' });

port.on('message', (message: EngineJob | ParentLineMessage) => {
  // The host's word that a promised line will not come (the worker computing it failed).
  if (message.kind === 'parent-line') {
    if (coming?.jobId === message.jobId) coming.settle(message.line);
    return;
  }
  let reply: Promise<EngineReply> | EngineReply;
  try {
    reply = answer(message);
  } catch (error) {
    reply = failure(message.jobId, error);
  }
  Promise.resolve(reply).then(post, (error: unknown) => post(failure(message.jobId, error)));
});
