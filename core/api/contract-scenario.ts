import { z } from 'zod';
import { ElectricityResult, ScenarioResult } from '../engine/result-schema.ts';
import { HOURLY_SERIES_KEYS } from '../engine/hourly.ts';
import { ProjectId, type CallTable } from './contract-shared.ts';

/** Contract part: running scenarios on the engine workers, one scenario hour by hour, checking a plan. */
export const scenarioCalls = {
  /**
   * Runs scenarios of an open project's current plan on the host's engine workers. The answer
   * carries the revision it was computed from, so the renderer can drop stale results.
   */
  'scenario.run': {
    request: z.strictObject({
      project_id: ProjectId,
      scenario_ids: z.array(z.string().min(1).max(64)).min(1).max(50),
      /** The marginal abatement cost curve costs one extra run per measure. */
      mac: z.boolean().default(true),
      /**
       * Pipelined: the revision the edit just sent will make. The host answers once the
       * project has it (committed: written and synced), or refuses with REVISION_CONFLICT when
       * that edit is refused or fails, or none makes it within 10 s. Without it: the current revision.
       */
      revision: z.int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    }),
    response: z.strictObject({ revision: z.int().min(0), results: z.array(ScenarioResult) }),
  },
  /**
   * One year of one scenario hour by hour (hourly dispatch), for the results screen's
   * day x hour heatmap: 8760 values per series, hour 0 = 1 January 00:00 local time of the
   * non-leap reference year. Runs on the engine workers.
   */
  'scenario.hourly': {
    request: z.strictObject({
      project_id: ProjectId,
      scenario_id: z.string().min(1).max(64),
      year: z.int().min(1900).max(2200),
    }),
    response: z.strictObject({
      revision: z.int().min(0),
      scenario_id: z.string(),
      year: z.int(),
      series: z.strictObject(
        Object.fromEntries(HOURLY_SERIES_KEYS.map((k) => [k, z.array(z.number())])) as Record<
          (typeof HOURLY_SERIES_KEYS)[number],
          z.ZodArray<z.ZodNumber>
        >,
      ),
      storage: z.strictObject({ power_kw: z.number(), usable_kwh: z.number(), round_trip_efficiency: z.number() }),
      export_limit_kw: z.number().nullable(),
      electricity: ElectricityResult,
    }),
  },
  'plan.validate': {
    request: z.strictObject({ plan: z.unknown() }),
    response: z.strictObject({
      valid: z.boolean(),
      issues: z.array(z.strictObject({ path: z.string(), message: z.string() })),
    }),
  },
} as const satisfies CallTable;
