import { ParkZeroError } from '../../../core/api/result.ts';
import { offersFor } from '../../../core/uncertainty/index.ts';
import type { Handlers } from '../api/dispatch.ts';
import type { ProjectStore } from '../store/index.ts';
import type { EngineWorkerPool } from '../engine/worker-pool.ts';
import { MonteCarloJobs } from './jobs.ts';
import { sweepOnPool, tornadoOnPool } from './pool-runs.ts';

type UncertaintyCalls =
  | 'uncertainty.offers'
  | 'uncertainty.tornado'
  | 'uncertainty.sweep'
  | 'uncertainty.start'
  | 'uncertainty.status'
  | 'uncertainty.cancel';

/** The uncertainty calls of the host: each reads the open project's current plan. */
export function uncertaintyHandlers(store: ProjectStore, pool: () => EngineWorkerPool): Pick<Handlers, UncertaintyCalls> {
  const jobs = new MonteCarloJobs(pool);
  const current = (projectId: string, scenarioId: string) => {
    const project = store.get(projectId);
    const plan = project.plan();
    if (!plan.scenarios.some((s) => s.id === scenarioId))
      throw new ParkZeroError('NOT_FOUND', `the plan has no scenario "${scenarioId}"`);
    return { plan, revision: project.revision };
  };
  return {
    'uncertainty.offers': async (req) => {
      const { plan } = current(req.project_id, req.scenario_id);
      const [result] = await pool().run({ plan, scenarioIds: [req.scenario_id], mac: false });
      return { offers: offersFor(plan, req.scenario_id, result) };
    },
    'uncertainty.tornado': async (req) => {
      const { plan, revision } = current(req.project_id, req.scenario_id);
      return { revision, tornado: await tornadoOnPool(pool(), plan, req.scenario_id, req.output) };
    },
    'uncertainty.sweep': async (req) => {
      const { plan, revision } = current(req.project_id, req.scenario_id);
      return { revision, sweep: await sweepOnPool(pool(), plan, req.scenario_id, req.input_id, req.steps, req.output) };
    },
    'uncertainty.start': (req) => {
      const { plan, revision } = current(req.project_id, req.scenario_id);
      return jobs.start(req.project_id, revision, plan, {
        scenarioId: req.scenario_id,
        runs: req.runs,
        seed: req.seed,
        sampling: req.sampling,
        compareParent: req.compare_parent,
      });
    },
    'uncertainty.status': (req) => jobs.status(req.job_id),
    'uncertainty.cancel': (req) => jobs.cancel(req.job_id),
  };
}
