import { ParkZeroError } from '../../../core/api/result.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { prepareMonteCarlo } from '../../../core/uncertainty/index.ts';
import type { MonteCarloResult, MonteCarloSpec } from '../../../core/uncertainty/index.ts';
import type { EngineWorkerPool } from '../engine/worker-pool.ts';
import { monteCarloOnPool } from './pool-runs.ts';

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobStatus {
  job_id: string;
  project_id: string;
  revision: number;
  state: JobState;
  done: number;
  total: number;
  result: MonteCarloResult | null;
  error: { code: string; message: string } | null;
}

/** Finished jobs kept for a late status read; older ones are forgotten. */
const KEEP_FINISHED = 20;

/**
 * Monte Carlo jobs of the host: started by one call, polled for progress and the result by
 * another, cancelled by a third. The same calls work over IPC and HTTP (no push channel).
 */
export class MonteCarloJobs {
  private readonly jobs = new Map<string, JobStatus & { cancel: boolean }>();
  private next = 1;
  private readonly pool: () => EngineWorkerPool;

  constructor(pool: () => EngineWorkerPool) {
    this.pool = pool;
  }

  start(projectId: string, revision: number, plan: Plan, spec: MonteCarloSpec): JobStatus {
    // Refuse a plan without (sound) inputs here, as the call's error, not as a failed job.
    prepareMonteCarlo(plan, spec);
    const jobId = `mc${this.next++}`;
    const job: JobStatus & { cancel: boolean } = {
      job_id: jobId,
      project_id: projectId,
      revision,
      state: 'running',
      done: 0,
      total: spec.runs,
      result: null,
      error: null,
      cancel: false,
    };
    this.jobs.set(jobId, job);
    monteCarloOnPool(this.pool(), plan, spec, {
      onProgress: (done) => (job.done = done),
      isCancelled: () => job.cancel,
    }).then(
      (result) => {
        job.state = 'done';
        job.result = result;
        this.forgetOld();
      },
      (error: unknown) => {
        const e = error instanceof ParkZeroError ? error : new ParkZeroError('INTERNAL', String(error));
        job.state = e.code === 'CANCELLED' ? 'cancelled' : 'failed';
        job.error = { code: e.code, message: e.message };
        this.forgetOld();
      },
    );
    return this.status(jobId);
  }

  status(jobId: string): JobStatus {
    const job = this.jobs.get(jobId);
    if (!job) throw new ParkZeroError('NOT_FOUND', `no Monte Carlo job "${jobId}"`);
    const { cancel: _cancel, ...status } = job;
    return status;
  }

  cancel(jobId: string): JobStatus {
    const job = this.jobs.get(jobId);
    if (!job) throw new ParkZeroError('NOT_FOUND', `no Monte Carlo job "${jobId}"`);
    if (job.state === 'running') job.cancel = true;
    return this.status(jobId);
  }

  private forgetOld(): void {
    const finished = [...this.jobs.values()].filter((j) => j.state !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(j.job_id);
  }
}
