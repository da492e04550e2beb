import { z } from 'zod';
import { Id, Name, Text } from '../model/primitives.ts';
import { OptimiserParkBounds, OptimiserPart, OptimiserRecord } from '../model/optimiser-record.ts';
import { EditPatch, ProjectId, type CallTable } from './contract-shared.ts';

/** Contract part: the least-cost planner (core/optimise, electron/host/optimise), a job like Monte Carlo's. */

const OptJobId = z.string().regex(/^opt[0-9]{1,9}$/, 'must be a job id from optimise.start');
/** Where a least-cost planner run is (electron/host/optimise/jobs.ts); polled like Monte Carlo jobs. */
const OptJobStatus = z.strictObject({
  job_id: z.string(),
  project_id: z.string(),
  /** The plan revision the run was made from; the scenario can be created only at this revision. */
  revision: z.int().min(0),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** prepare (baseline and representative days), build (the LP), solve (HiGHS), check (the engine). */
  phase: z.enum(['prepare', 'build', 'solve', 'check']).nullable(),
  /** LP-engine round, from 1. */
  round: z.int().min(1).nullable(),
  max_rounds: z.int().min(1),
  /** Solver iterations of the current solve, where HiGHS reports them. */
  iterations: z.int().min(0).nullable(),
  /** Steps done of `steps` (prepare, then build, solve and check per round): a progress bar's value. */
  step: z.int().min(0),
  steps: z.int().min(1),
  result: z
    .strictObject({
      /** The scenario `optimise.createScenario` adds (not yet in the plan). */
      scenario_id: z.string(),
      scenario_name: z.string(),
      record: OptimiserRecord,
    })
    .nullable(),
  error: z
    .strictObject({
      code: z.string(),
      message: z.string(),
      /** `time_limit`: the solver ran out of time; `solver_failed`: it could not finish; `other`: see code. */
      reason: z.enum(['time_limit', 'solver_failed', 'other']),
    })
    .nullable(),
  /** Set once `optimise.createScenario` added the scenario. */
  created_scenario_id: z.string().nullable(),
});

/** A candidate as the user edited it on the Plan-to-targets screen (core/optimise/candidate-offers.ts). */
const OptimiseCandidateEdit = z.strictObject({
  id: Id,
  include: z.boolean(),
  /**
   * Maxima and (optionally) minima in the offer's units (kW, kWh, a share 0-1, tCO2 a year, an
   * annual measure's own unit); a minimum must be installed from the first build year on.
   */
  bounds: z
    .array(z.strictObject({ part: OptimiserPart, max: z.number().min(0).max(1e12), min: z.number().min(0).max(1e12).optional() }))
    .max(8)
    .default([]),
  /** Unit costs in the offer's units (CNY per kW, kWh, MWh, tCO2); one figure for every build year. */
  costs: z
    .array(z.strictObject({ part: OptimiserPart, value: z.number().min(0).max(1e9) }))
    .max(8)
    .default([]),
});

export const optimiseCalls = {
  // --- Least-cost planner (core/optimise, electron/host/optimise): a job like Monte Carlo's. ---
  /**
   * Starts the planner on the project's current plan (a worker thread: HiGHS, then the engine's
   * check) and answers at once with the job. Nothing in the project changes until
   * `optimise.createScenario`; a cancelled or failed run leaves it as it was.
   */
  'optimise.start': {
    request: z.strictObject({
      project_id: ProjectId,
      /** The base scenario: the answer becomes its child. */
      scenario_id: Id,
      /** Edits of the offered candidates; a candidate not listed is used as offered. */
      candidates: z.array(OptimiseCandidateEdit).max(200).default([]),
      /** Targets to meet; absent = every target of the plan. */
      target_ids: z.array(Id).max(200).optional(),
      /** Representative days per period, the peak day included. */
      days: z.int().min(2).max(60).default(8),
      /** Years per period (capacity and operation are the same within a period). */
      period_years: z.int().min(1).max(40).default(5),
      include_carbon_price: z.boolean().default(false),
      /** The park's own limits: grid connection, export limit, green-power share, offsets, yearly budget. */
      bounds: OptimiserParkBounds.optional(),
      /** Seconds for each solve. */
      time_limit_s: z.int().min(1).max(3600).default(300),
      /** Name of the scenario the answer becomes. */
      name: Name,
    }),
    response: OptJobStatus,
  },
  'optimise.status': { request: z.strictObject({ job_id: OptJobId }), response: OptJobStatus },
  /** Stops the worker at once; the job ends `cancelled` and the project is untouched. */
  'optimise.cancel': { request: z.strictObject({ job_id: OptJobId }), response: OptJobStatus },
  /**
   * Adds a finished run's answer as an ordinary child scenario of its base, with the planner's
   * record, by one normal project edit (change log, revision); the answer carries the patch so
   * the app records it in its undo history. Refused (REVISION_CONFLICT) when the plan changed
   * since the run started: the answer was computed for the plan as it was.
   */
  'optimise.createScenario': {
    request: z.strictObject({
      project_id: ProjectId,
      base_revision: z.int().min(0),
      job_id: OptJobId,
      name: Name.optional(),
      /** In the user's language (the app writes it). */
      description: Text.optional(),
    }),
    response: z.strictObject({ revision: z.int().min(0), dirty: z.boolean(), scenario_id: Id, patch: EditPatch }),
  },
} as const satisfies CallTable;
