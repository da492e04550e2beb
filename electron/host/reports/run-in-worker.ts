import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { ParkZeroError } from '../../../core/api/result.ts';
import { generateReport, type ReportOutput, type ReportRequest } from './generate.ts';
import type { ReportJob, ReportReply } from './worker-protocol.ts';

/**
 * Where the worker's code is: a bundled file beside the Electron main bundle, or the TypeScript
 * source run through tsx (CLI, browser host, tests). Same scheme as the engine workers.
 */
function workerEntry(): { file: string; execArgv: string[] } | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, 'report-worker.mjs');
  if (existsSync(bundled)) return { file: bundled, execArgv: [] };
  const source = join(here, 'report-worker.ts');
  if (existsSync(source)) return { file: source, execArgv: ['--import', 'tsx'] };
  return null;
}

/**
 * Generates a report on a one-off worker thread. Exports are rare and take about a second, so a
 * fresh worker per export costs little and frees its memory (fonts, echarts) when done. Where
 * no worker entry exists (a bundle built without one) it runs in-process rather than fail.
 */
export function generateReportInWorker(request: ReportRequest): Promise<ReportOutput> {
  const entry = workerEntry();
  if (entry === null) return generateReport(request);
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry.file, { execArgv: entry.execArgv });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (reply: ReportReply) =>
      finish(() =>
        reply.kind === 'done'
          ? resolve(reply.output)
          : reject(new ParkZeroError(reply.code, reply.message, reply.details, reply.reason)),
      ),
    );
    worker.on('error', (error) =>
      finish(() => reject(new ParkZeroError('INTERNAL', `the report worker failed: ${error.message}`))),
    );
    worker.on('exit', (code) =>
      finish(() => reject(new ParkZeroError('INTERNAL', `the report worker exited with code ${code}`))),
    );
    worker.postMessage({ request } satisfies ReportJob);
  });
}
