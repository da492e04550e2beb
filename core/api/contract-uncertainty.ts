import { z } from 'zod';
import { Id } from '../model/primitives.ts';
import {
  MonteCarloResult,
  OutputSpec,
  SweepResult,
  TornadoResult,
  SAMPLING_METHODS,
  UncertainInput,
  MAX_RUNS,
  MAX_SWEEP_STEPS,
} from '../uncertainty/index.ts';
import { ProjectId, type CallTable } from './contract-shared.ts';

/** Contract part: uncertainty (core/uncertainty): offered inputs, tornado, sweep, Monte Carlo jobs. */

const McJobId = z.string().regex(/^mc[0-9]{1,9}$/, 'must be a job id from uncertainty.start');
const McJobStatus = z.strictObject({
  job_id: z.string(),
  project_id: z.string(),
  /** The plan revision the runs were made from. */
  revision: z.int().min(0),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  done: z.int().min(0),
  total: z.int().min(0),
  result: MonteCarloResult.nullable(),
  error: z.strictObject({ code: z.string(), message: z.string() }).nullable(),
});

export const uncertaintyCalls = {
  // --- Uncertainty (core/uncertainty): offered inputs, tornado, sweep, Monte Carlo jobs. ---
  /** Inputs the Risk screen offers for a scenario, with default ranges, sources and reasons. */
  'uncertainty.offers': {
    request: z.strictObject({ project_id: ProjectId, scenario_id: Id }),
    response: z.strictObject({
      offers: z.array(
        z.strictObject({
          input: UncertainInput.omit({ source: true }),
          source: z.strictObject({ en: z.string(), zh: z.string() }),
          reason: z.strictObject({ en: z.string(), zh: z.string() }),
          /** A technology's unit cost: the measures it moves, by their own quote or the library path. */
          affects: z.array(
            z.strictObject({
              measure_id: Id,
              measure_name: z.string(),
              scenario_id: Id,
              via: z.enum(['own', 'library']),
            }),
          ),
        }),
      ),
    }),
  },
  /** One input at a time to its low and high, every other at its central value; 2 runs per input + 1. */
  'uncertainty.tornado': {
    request: z.strictObject({ project_id: ProjectId, scenario_id: Id, output: OutputSpec }),
    response: z.strictObject({ revision: z.int().min(0), tornado: TornadoResult }),
  },
  /** One input across its range in equal steps. */
  'uncertainty.sweep': {
    request: z.strictObject({
      project_id: ProjectId,
      scenario_id: Id,
      input_id: Id,
      steps: z.int().min(2).max(MAX_SWEEP_STEPS).default(11),
      output: OutputSpec,
    }),
    response: z.strictObject({ revision: z.int().min(0), sweep: SweepResult }),
  },
  /**
   * Starts a Monte Carlo of the project's current plan on the engine workers and answers at
   * once with the job; `uncertainty.status` reports progress and finally the result.
   */
  'uncertainty.start': {
    request: z.strictObject({
      project_id: ProjectId,
      scenario_id: Id,
      runs: z.int().min(1).max(MAX_RUNS),
      seed: z.int().min(0).max(0xffffffff),
      sampling: z.enum(SAMPLING_METHODS).default('lhs'),
      /** Also keep the NPV against the parent (simulates the parent in every run: about twice the work). */
      compare_parent: z.boolean().default(false),
    }),
    response: McJobStatus,
  },
  'uncertainty.status': { request: z.strictObject({ job_id: McJobId }), response: McJobStatus },
  /** Stops handing out runs; the job ends as `cancelled` once the runs in flight return. */
  'uncertainty.cancel': { request: z.strictObject({ job_id: McJobId }), response: McJobStatus },
} as const satisfies CallTable;
