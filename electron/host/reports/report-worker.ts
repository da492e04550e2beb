import { parentPort } from 'node:worker_threads';
import { ParkZeroError } from '../../../core/api/result.ts';
import { generateReport } from './generate.ts';
import type { ReportJob, ReportReply } from './worker-protocol.ts';
import { lowerThisThreadPriority } from '../thread-priority.ts';

/**
 * A report worker: computes and renders one report off the host's main thread (about a second
 * of CPU for the sample park), so the window and the HTTP server stay responsive.
 */
if (!parentPort) throw new Error('report-worker must run as a worker thread');
const port = parentPort;
// A long background job: the window and the host's main thread come first (thread-priority.ts).
lowerThisThreadPriority();

port.on('message', (job: ReportJob) => {
  generateReport(job.request).then(
    (output) => port.postMessage({ kind: 'done', output } satisfies ReportReply, [output.bytes.buffer as ArrayBuffer]),
    (error: unknown) =>
      port.postMessage(
        (error instanceof ParkZeroError
          ? { kind: 'failed', code: error.code, message: error.message, details: error.details, reason: error.reason }
          : { kind: 'failed', code: 'INTERNAL', message: (error as Error).stack ?? String(error) }) satisfies ReportReply,
      ),
  );
});
