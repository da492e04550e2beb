import type { Handlers } from '../api/dispatch.ts';
import type { ProjectStore } from '../store/index.ts';
import type { EngineWorkerPool } from '../engine/worker-pool.ts';
import type { EditPatch } from '../../../core/api/contract.ts';
import { OptimiseJobs } from './jobs.ts';

type OptimiseCalls = 'optimise.start' | 'optimise.status' | 'optimise.cancel' | 'optimise.createScenario';

/**
 * The least-cost planner's calls: a run is a job on its own worker thread over a copy of the
 * plan; "Create scenario" is the only call that edits the project, with one ordinary edit.
 */
export function optimiseHandlers(
  store: ProjectStore,
  pool: () => EngineWorkerPool,
  today: () => string,
): Pick<Handlers, OptimiseCalls> {
  const jobs = new OptimiseJobs(pool, today);
  return {
    'optimise.start': (req) => {
      const project = store.get(req.project_id);
      return jobs.start(req.project_id, project.revision, project.plan(), req);
    },
    'optimise.status': (req) => jobs.status(req.job_id),
    'optimise.cancel': (req) => jobs.cancel(req.job_id),
    'optimise.createScenario': (req) => {
      const project = store.get(req.project_id);
      const scenario = jobs.scenarioToAdd(req.job_id, req.project_id, project.revision, req.name, req.description);
      const patch: EditPatch = { op: 'add', path: ['scenarios', project.plan().scenarios.length], value: scenario };
      const r = project.edit([patch], `Least-cost plan: ${scenario.name}`.slice(0, 200), req.base_revision);
      jobs.markCreated(req.job_id, scenario.id);
      return { ...r, scenario_id: scenario.id, patch };
    },
  };
}
