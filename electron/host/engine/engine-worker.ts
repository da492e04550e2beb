import { parentPort } from 'node:worker_threads';
import { runScenario, runScenarioHourly } from '../../../core/engine/index.ts';
import { ParkZeroError } from '../../../core/api/result.ts';
import { evaluatePoints, runChunk } from '../../../core/uncertainty/index.ts';
import type { EngineJob, EngineReply } from './protocol.ts';

/**
 * An engine worker: runs scenarios of a plan off the host's main thread, so the window (or
 * the HTTP server) stays responsive while a long pathway with MAC runs. Plans arrive already
 * validated by the store; the worker only computes. Each worker keeps the core's per-site
 * profile caches between jobs, so a recompute after an edit skips the weather and PV models.
 */
if (!parentPort) throw new Error('engine-worker must run as a worker thread');
const port = parentPort;

port.on('message', (job: EngineJob) => {
  let reply: EngineReply;
  try {
    if (job.kind === 'mc-chunk') {
      reply = { kind: 'mc-done', jobId: job.jobId, records: runChunk(job.plan, job.spec, job.from, job.to) };
    } else if (job.kind === 'points') {
      reply = {
        kind: 'points-done',
        jobId: job.jobId,
        outputs: evaluatePoints(job.plan, job.scenarioId, job.output, job.points),
      };
    } else if (job.kind === 'hourly') {
      reply = { kind: 'hourly-done', jobId: job.jobId, hours: runScenarioHourly(job.plan, job.scenarioId, job.year) };
    } else {
      const results = job.scenarioIds.map((id, index) => {
        const result = runScenario(job.plan, id, {
          mac: job.mac,
          compareParent: job.compareParent ?? true,
          reuseParent: true,
        });
        port.postMessage({
          kind: 'progress',
          jobId: job.jobId,
          done: index + 1,
          total: job.scenarioIds.length,
        } satisfies EngineReply);
        return result;
      });
      reply = { kind: 'done', jobId: job.jobId, results };
    }
  } catch (error) {
    reply =
      error instanceof ParkZeroError
        ? { kind: 'failed', jobId: job.jobId, code: error.code, message: error.message }
        : { kind: 'failed', jobId: job.jobId, code: 'INTERNAL', message: (error as Error).stack ?? String(error) };
  }
  port.postMessage(reply);
});
