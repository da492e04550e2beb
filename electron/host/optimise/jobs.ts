import { ParkZeroError } from '../../../core/api/result.ts';
import { reason } from '../../../core/text/error-reasons.ts';
import type { ParsedRequestOf, ResponseOf } from '../../../core/api/contract.ts';
import type { Plan } from '../../../core/model/plan.ts';
import type { Scenario } from '../../../core/model/scenario.ts';
import { editedBounds, editedCandidates, recordCandidates } from '../../../core/optimise/candidate-offers.ts';
import type { EngineWorkerPool } from '../engine/worker-pool.ts';
import { optimiseInWorker } from './run-in-worker.ts';
import type { PlanOptimiseResult } from './optimise-plan.ts';
import type { OptimiseProgress } from './solve-problem.ts';
import { buildRecord } from './record.ts';

export type OptimiseJobStatus = ResponseOf<'optimise.status'>;
type StartRequest = ParsedRequestOf<'optimise.start'>;

/** LP-engine rounds at most (optimisePlan's default). */
const MAX_ROUNDS = 3;
/** Finished jobs kept for a late status read or a "Create scenario"; older ones are forgotten. */
const KEEP_FINISHED = 10;

interface Job {
  status: OptimiseJobStatus;
  abort: AbortController;
  /** The answer as a scenario (with its record), once done. */
  scenario: Scenario | null;
}

/** Steps of the progress bar: prepare, then build, solve and check for each round. */
function stepOf(p: OptimiseProgress): number {
  if (p.phase === 'prepare') return 0;
  const round = p.round ?? 1;
  return 1 + (round - 1) * 3 + (p.phase === 'build' ? 0 : p.phase === 'solve' ? 1 : 2);
}

/**
 * Least-cost planner runs of the host: started by one call, polled by another, cancelled by a
 * third (the same calls over IPC and HTTP, no push channel). A run works on a copy of the plan
 * on its own worker thread and writes nothing; only `createScenario` edits the project, with one
 * ordinary edit. So a cancelled or failed run leaves the project exactly as it was.
 */
export class OptimiseJobs {
  private readonly jobs = new Map<string, Job>();
  private next = 1;
  private readonly pool: () => EngineWorkerPool;
  private readonly today: () => string;

  constructor(pool: () => EngineWorkerPool, today: () => string) {
    this.pool = pool;
    this.today = today;
  }

  start(projectId: string, revision: number, plan: Plan, req: StartRequest): OptimiseJobStatus {
    const base = plan.scenarios.find((s) => s.id === req.scenario_id);
    // The screen names what it showed; an edit meanwhile (a deletion, an undo) can remove it.
    if (base === undefined)
      throw new ParkZeroError(
        'NOT_FOUND',
        `the plan has no scenario "${req.scenario_id}"`,
        undefined,
        reason('optimise_base_missing', {}),
      );
    for (const id of req.target_ids ?? [])
      if (!plan.targets.some((t) => t.id === id))
        throw new ParkZeroError('NOT_FOUND', `the plan has no target "${id}"`, undefined, reason('optimise_target_missing', {}));
    // Bad edits are the call's error, before any work.
    const candidates = editedCandidates(plan, base.id, req.candidates);
    const bounds = editedBounds(req.bounds, candidates, req.candidates);
    const targetIds = req.target_ids ?? plan.targets.map((t) => t.id);
    const jobId = `opt${this.next++}`;
    const job: Job = {
      abort: new AbortController(),
      scenario: null,
      status: {
        job_id: jobId,
        project_id: projectId,
        revision,
        state: 'running',
        phase: 'prepare',
        round: null,
        max_rounds: MAX_ROUNDS,
        iterations: null,
        step: 0,
        steps: 1 + 3 * MAX_ROUNDS,
        result: null,
        error: null,
        created_scenario_id: null,
      },
    };
    this.jobs.set(jobId, job);
    const newId = uniqueScenarioId(plan, `${base.id.slice(0, 48)}-least-cost`);
    const settings = {
      days: req.days,
      period_years: req.period_years,
      target_ids: targetIds,
      include_carbon_price: req.include_carbon_price,
      ...(req.bounds === undefined ? {} : { bounds: req.bounds }),
    };
    const run = async () => {
      const result = await optimiseInWorker(
        plan,
        {
          scenario_id: base.id,
          new_scenario_id: newId,
          new_scenario_name: req.name,
          candidates,
          target_ids: targetIds,
          days: req.days,
          period_years: req.period_years,
          include_carbon_price: req.include_carbon_price,
          bounds,
          time_limit_s: req.time_limit_s,
          rounds: MAX_ROUNDS,
        },
        {
          signal: job.abort.signal,
          onProgress: (p) => {
            const s = job.status;
            job.status = {
              ...s,
              phase: p.phase,
              round: p.round ?? s.round,
              iterations: p.phase === 'solve' ? (p.iterations ?? null) : null,
              step: Math.max(s.step, stepOf(p)),
            };
          },
        },
      );
      return this.finish(job, plan, base.id, settings, result, recordCandidates(plan, base.id, candidates, req.candidates));
    };
    run().then(
      () => this.forgetOld(),
      (error: unknown) => {
        const e = error instanceof ParkZeroError ? error : new ParkZeroError('INTERNAL', String(error));
        job.status = {
          ...job.status,
          state: e.code === 'CANCELLED' ? 'cancelled' : 'failed',
          error: { code: e.code, message: e.message, reason: 'other' },
        };
        this.forgetOld();
      },
    );
    return job.status;
  }

  /** The engine runs the base and the answer in full; their figures make the record. */
  private async finish(
    job: Job,
    plan: Plan,
    baseId: string,
    settings: Parameters<typeof buildRecord>[0]['settings'],
    result: PlanOptimiseResult,
    candidates: Parameters<typeof buildRecord>[0]['candidates'],
  ): Promise<void> {
    if (job.abort.signal.aborted) throw new ParkZeroError('CANCELLED', 'the optimisation was cancelled');
    if (
      result.scenario === null ||
      (result.status !== 'meets_all' && result.status !== 'misses' && result.status !== 'infeasible')
    ) {
      const reason = result.status === 'time_limit' ? 'time_limit' : 'solver_failed';
      job.status = {
        ...job.status,
        state: 'failed',
        error: {
          code: 'INTERNAL',
          message:
            reason === 'time_limit'
              ? 'the solver ran out of time before finding a plan'
              : 'the solver could not finish on this model',
          reason,
        },
      };
      return;
    }
    const scenario = result.scenario;
    const withChild: Plan = { ...plan, scenarios: [...plan.scenarios, scenario] };
    const [base, answer] = await this.pool().run({ plan: withChild, scenarioIds: [baseId, scenario.id], mac: false });
    if (job.abort.signal.aborted) throw new ParkZeroError('CANCELLED', 'the optimisation was cancelled');
    const record = buildRecord({
      plan,
      base_scenario_id: baseId,
      settings,
      candidates,
      result: { ...result, status: result.status },
      base: base!,
      answer: answer!,
      created_on: this.today(),
    });
    job.scenario = { ...scenario, optimiser: record };
    job.status = {
      ...job.status,
      state: 'done',
      phase: null,
      iterations: null,
      step: job.status.steps,
      result: { scenario_id: scenario.id, scenario_name: scenario.name, record },
    };
  }

  status(jobId: string): OptimiseJobStatus {
    return this.get(jobId).status;
  }

  cancel(jobId: string): OptimiseJobStatus {
    const job = this.get(jobId);
    if (job.status.state === 'running') {
      job.abort.abort();
      // The worker is terminated at once; nothing was written, so the job is over now.
      job.status = {
        ...job.status,
        state: 'cancelled',
        error: { code: 'CANCELLED', message: 'the optimisation was cancelled', reason: 'other' },
      };
    }
    return job.status;
  }

  /** The finished answer to add, named and described as the user wants; checks it still fits the plan. */
  scenarioToAdd(jobId: string, projectId: string, revision: number, name?: string, description?: string): Scenario {
    const job = this.get(jobId);
    if (job.status.project_id !== projectId)
      throw new ParkZeroError(
        'NOT_FOUND',
        `optimiser run "${jobId}" belongs to another project`,
        undefined,
        reason('optimise_run_other_project', {}),
      );
    if (job.status.state !== 'done' || job.scenario === null)
      throw new ParkZeroError(
        'INVALID_REQUEST',
        `optimiser run "${jobId}" has no finished answer to add`,
        undefined,
        reason('optimise_no_answer', {}),
      );
    if (job.status.created_scenario_id !== null)
      throw new ParkZeroError(
        'INVALID_REQUEST',
        `the answer of "${jobId}" was already added as "${job.status.created_scenario_id}"`,
        undefined,
        reason('optimise_answer_added', {}),
      );
    if (revision !== job.status.revision)
      throw new ParkZeroError(
        'REVISION_CONFLICT',
        'the plan changed since this optimiser run started, so its answer may no longer fit; run it again',
        undefined,
        reason('optimise_plan_changed', {}),
      );
    return {
      ...job.scenario,
      ...(name === undefined ? {} : { name }),
      ...(description === undefined ? {} : { description }),
    };
  }

  markCreated(jobId: string, scenarioId: string): void {
    const job = this.get(jobId);
    job.status = { ...job.status, created_scenario_id: scenarioId };
  }

  private get(jobId: string): Job {
    const job = this.jobs.get(jobId);
    // Jobs live in this host's memory: a restart (the browser host) or many later runs forget them.
    if (!job) throw new ParkZeroError('NOT_FOUND', `no optimiser run "${jobId}"`, undefined, reason('optimise_run_missing', {}));
    return job;
  }

  private forgetOld(): void {
    const finished = [...this.jobs.values()].filter((j) => j.status.state !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(j.status.job_id);
  }
}

export function uniqueScenarioId(plan: Plan, wanted: string): string {
  let id = wanted;
  for (let i = 2; plan.scenarios.some((s) => s.id === id); i++) id = `${wanted}-${i}`;
  return id;
}
