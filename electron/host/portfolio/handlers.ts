import { ParkZeroError } from '../../../core/api/result.ts';
import { reason } from '../../../core/text/error-reasons.ts';
import type { Portfolio } from '../../../core/portfolio/index.ts';
import type { Handlers } from '../api/dispatch.ts';
import type { EngineWorkerPool } from '../engine/worker-pool.ts';
import type { PathPolicy } from '../path-policy.ts';
import { refuseExisting, writeFileAtomicallyOnce } from '../text-file.ts';
import { evaluatePortfolio } from './evaluate.ts';

type PortfolioCalls = 'portfolio.start' | 'portfolio.status' | 'portfolio.cancel' | 'portfolio.export';

interface Job {
  job_id: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  total: number;
  result: Portfolio | null;
  error: { code: string; message: string } | null;
  cancel: boolean;
}

/** Finished jobs kept for a late status read or an export; older ones are forgotten. */
const KEEP_FINISHED = 10;

/**
 * The portfolio calls of the host: a job started by one call, polled by another, cancelled by a
 * third (the same over IPC and HTTP). Paths the renderer names pass the shell's path policy;
 * files inside a named folder are listed by the host and may not link out of it (files.ts).
 */
export function portfolioHandlers(
  paths: PathPolicy,
  pool: () => EngineWorkerPool,
  today: () => string,
): Pick<Handlers, PortfolioCalls> {
  const jobs = new Map<string, Job>();
  let next = 1;
  const status = (id: string) => {
    const job = jobs.get(id);
    // Jobs live in this host's memory: a restart (the browser host) or many later runs forget them.
    if (!job) throw new ParkZeroError('NOT_FOUND', `no portfolio job "${id}"`, undefined, reason('portfolio_run_missing', {}));
    const { cancel: _cancel, ...rest } = job;
    return rest;
  };
  const forgetOld = () => {
    const finished = [...jobs.values()].filter((j) => j.state !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(j.job_id);
  };
  return {
    'portfolio.start': (req) => {
      const inputs = req.paths.map((p) => paths.forRead(p, 'portfolio file or folder'));
      const job: Job = { job_id: `pf${next++}`, state: 'running', done: 0, total: 0, result: null, error: null, cancel: false };
      jobs.set(job.job_id, job);
      evaluatePortfolio(inputs, {
        pool: pool(),
        onProgress: (p) => {
          job.done = p.done;
          job.total = p.total;
        },
        cancelled: () => job.cancel,
      }).then(
        (result) => {
          job.state = 'done';
          job.result = result;
          forgetOld();
        },
        (error: unknown) => {
          const e = error instanceof ParkZeroError ? error : new ParkZeroError('INTERNAL', String(error));
          job.state = e.code === 'CANCELLED' ? 'cancelled' : 'failed';
          job.error = { code: e.code, message: e.message };
          forgetOld();
        },
      );
      return status(job.job_id);
    },
    'portfolio.status': (req) => status(req.job_id),
    'portfolio.cancel': (req) => {
      const job = jobs.get(req.job_id);
      if (job?.state === 'running') job.cancel = true;
      return status(req.job_id);
    },
    'portfolio.export': async (req) => {
      const target = paths.forWrite(req.path, req.format === 'pdf' ? 'portfolio PDF' : 'portfolio workbook');
      const job = status(req.job_id);
      if (job.result === null)
        throw new ParkZeroError(
          'NOT_FOUND',
          `portfolio job "${req.job_id}" has no result to export (it is ${job.state})`,
          undefined,
          // A job without a result is never `done` (done sets the result with the state).
          job.state === 'done' ? undefined : reason('portfolio_no_result', { state: job.state }),
        );
      refuseExisting(target, req.overwrite);
      const bytes =
        req.format === 'xlsx'
          ? await (await import('./workbook.ts')).portfolioWorkbook(job.result, req.lang)
          : await (await import('./pdf.ts')).portfolioPdf(job.result, req.lang, today());
      writeFileAtomicallyOnce(target, bytes, { overwrite: req.overwrite });
      return { path: target, bytes: bytes.length };
    },
  };
}
