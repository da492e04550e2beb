import { z } from 'zod';
import { ParkZeroError } from '../api/result.ts';
import type { PlanBounds } from './from-plan.ts';

/**
 * The park's bounds as a user writes them (the CLI's `--bounds FILE.json`, the API's request):
 * every field optional. Candidate keys are the candidates' ids (a measure id; `ID:power` and
 * `ID:energy` for a storage candidate's two parts). Sizes are in the LP's units: MW for PV and
 * wind, MW / MWh for storage power / energy, the measure's own unit for the others (a share
 * from 0 to 1, kW of electrolyser, t a year of CCUS, GJ a year of waste heat, ha of sinks,
 * vehicles); `area_m2` turns a roof or plot into PV's maximum through its m2 per kW.
 */
const YearValuesSchema = z.union([
  z.number().min(0),
  z.array(z.strictObject({ year: z.int(), value: z.number().min(0) })).min(1),
]);

export const PlanBoundsSchema = z.strictObject({
  import_limit_mw: z.number().min(0).optional(),
  export_limit_mw: z.number().min(0).optional(),
  max_green_share: z.number().min(0).max(1).optional(),
  max_offset_tco2_per_year: z.number().min(0).optional(),
  yearly_budget_cny: YearValuesSchema.optional(),
  candidates: z
    .record(
      z.string(),
      z.strictObject({
        min: z.number().min(0).optional(),
        max: z.number().min(0).optional(),
        area_m2: z.number().min(0).optional(),
      }),
    )
    .optional(),
});

/** Parsed and checked bounds, or a plain error saying which field is wrong and why. */
export function parsePlanBounds(value: unknown, where = 'the bounds'): PlanBounds {
  const r = PlanBoundsSchema.safeParse(value);
  if (r.success) return r.data as PlanBounds;
  const lines = r.error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(top level)'}: ${i.message}`);
  throw new ParkZeroError(
    'INVALID_REQUEST',
    `${where} are not valid: ${lines.join('; ')}. Expected fields: import_limit_mw, export_limit_mw, max_green_share (0..1), max_offset_tco2_per_year, yearly_budget_cny, candidates {ID: {min, max, area_m2}}`,
  );
}
