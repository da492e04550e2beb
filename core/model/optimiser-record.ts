import { z } from 'zod';
import { Id, Name, Text, Year } from './primitives.ts';

/**
 * How the least-cost planner (core/optimise) made a scenario: the question it was asked (base
 * scenario, candidates with their bounds and unit costs, targets, time resolution) and its
 * answer (builds by year, the LP's estimate beside the engine's check, targets per milestone
 * year, or why no plan meets them). Kept on the scenario it produced, so deleting the scenario
 * deletes it and the PDF report can show it. A snapshot: figures are those of the run; the
 * report's other sections show the engine's current figures for the scenario.
 */

const Amount = z.number().min(-1e15).max(1e15);
const NonNeg = z.number().min(0).max(1e15);

/** What a build or a bound is measured in. */
export const OPTIMISER_UNITS = ['kW', 'kWh', 'share', 'MWh/a', 'tCO2/a', 't/a', 'GJ/a', 'vehicles', 'ha', 'carrier/a'] as const;
export const OptimiserUnit = z.enum(OPTIMISER_UNITS);
export type OptimiserUnit = z.infer<typeof OptimiserUnit>;

/** The part of a candidate a bound, a cost or a build is about. */
/** `size`: an annual measure's size in its own unit (a share, t or GJ a year, kW, vehicles, ha). */
export const OPTIMISER_PARTS = ['capacity', 'power', 'energy', 'green_power', 'offset', 'size'] as const;
export const OptimiserPart = z.enum(OPTIMISER_PARTS);

/** Where a unit cost came from: the measure, the library, a project override, or the user's edit for this run. */
export const OPTIMISER_COST_ORIGINS = ['measure', 'library', 'project_override', 'edited', 'none'] as const;

export const OptimiserCandidate = z.strictObject({
  /** The template measure's id. */
  id: Id,
  name: Name,
  /** The measure kind (pv, wind, storage, green_power, offset, ...). */
  kind: z.string().min(1).max(40),
  bounds: z
    .array(z.strictObject({ part: OptimiserPart, min: NonNeg.nullable(), max: NonNeg.nullable(), unit: OptimiserUnit }))
    .max(8),
  costs: z
    .array(
      z.strictObject({
        part: OptimiserPart,
        /** Value in the first build year, CNY per unit (`unit` says per what: CNY/kW, CNY/kWh, CNY/MWh, CNY/tCO2). */
        value: NonNeg,
        unit: z.enum(['CNY/kW', 'CNY/kWh', 'CNY/MWh', 'CNY/tCO2']),
        origin: z.enum(OPTIMISER_COST_ORIGINS),
        source: Text,
      }),
    )
    .max(8),
});
export type OptimiserCandidate = z.infer<typeof OptimiserCandidate>;

export const OptimiserBuild = z.strictObject({
  candidate_id: Id,
  part: OptimiserPart,
  year: Year,
  amount: NonNeg,
  unit: OptimiserUnit,
});
export type OptimiserBuild = z.infer<typeof OptimiserBuild>;

export const OptimiserTargetRow = z.strictObject({
  target_id: Id,
  year: Year,
  /** In the indicator's unit (a share as a fraction); null where the LP or the engine has no value. */
  lp_value: Amount.nullable(),
  engine_value: Amount.nullable(),
  base_value: Amount.nullable(),
  limit: Amount,
  pass: z.boolean(),
});
export type OptimiserTargetRow = z.infer<typeof OptimiserTargetRow>;

export const OptimiserLimitingBound = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('candidate_max'),
    candidate: Id,
    part: z.string().max(80),
    max: NonNeg,
    unit: z.enum(['MW', 'MWh']),
  }),
  z.strictObject({ kind: z.literal('green_cap'), share: NonNeg }),
  z.strictObject({ kind: z.literal('offset_cap'), tco2: NonNeg }),
  z.strictObject({ kind: z.literal('export_limit'), mw: NonNeg }),
  /** An annual measure (fuel switch, efficiency, CCUS, ...) at its largest size, in its own unit. */
  z.strictObject({
    kind: z.literal('measure_max'),
    candidate: Id,
    measure_kind: z.string().max(40),
    max: NonNeg,
    unit: z.string().max(40),
  }),
  z.strictObject({ kind: z.literal('import_limit'), mw: NonNeg }),
  z.strictObject({ kind: z.literal('budget'), year: Year, cny: NonNeg }),
]);

export const OptimiserShortfall = z.strictObject({
  target_id: Id,
  year: Year,
  bound: z.enum(['max', 'min']),
  best: Amount,
  limit: Amount,
  gap: Amount,
  unit: z.enum(['share', 't', 'tce', 'tCO2', 'tCO2/tce', 'MWh']),
  limited_by: z.array(OptimiserLimitingBound).max(50),
});
export type OptimiserShortfall = z.infer<typeof OptimiserShortfall>;

/**
 * The park-wide bounds of a run (core/optimise ProblemBounds), each absent when not given: grid
 * connection and export limit in MW, the green-power share of the grid purchase as a fraction,
 * offsets in tCO2 a year, investment a year in CNY.
 */
export const OptimiserParkBounds = z.strictObject({
  import_limit_mw: NonNeg.optional(),
  export_limit_mw: NonNeg.optional(),
  max_green_share: z.number().min(0).max(1).optional(),
  max_offset_tco2_per_year: NonNeg.optional(),
  yearly_budget_cny: NonNeg.optional(),
});
export type OptimiserParkBounds = z.infer<typeof OptimiserParkBounds>;

export const OPTIMISER_STATUSES = ['meets_all', 'misses', 'infeasible'] as const;

export const OptimiserRecord = z.strictObject({
  /** Day of the run, YYYY-MM-DD (the host's clock). */
  created_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  base_scenario_id: Id,
  /** `meets_all`: the engine finds every target met; `misses`: some still missed; `infeasible`: no plan within the bounds meets them. */
  status: z.enum(OPTIMISER_STATUSES),
  settings: z.strictObject({
    days: z.int().min(2).max(60),
    period_years: z.int().min(1).max(40),
    target_ids: z.array(Id).max(200),
    include_carbon_price: z.boolean(),
    /** The park-wide bounds the user gave (absent: none beyond the plan's own). */
    bounds: OptimiserParkBounds.optional(),
  }),
  candidates: z.array(OptimiserCandidate).max(200),
  builds: z.array(OptimiserBuild).max(2000),
  cost: z.strictObject({
    /** Present cost against the base scenario, excluding the carbon price, CNY: the LP's estimate and the engine's. */
    lp_delta_cny: Amount.nullable(),
    engine_delta_cny: Amount.nullable(),
    base_npv_cny: Amount,
    engine_npv_cny: Amount,
  }),
  /** Net emissions per milestone year, tCO2. */
  emissions: z
    .array(z.strictObject({ year: Year, base_net_tco2: Amount, lp_net_tco2: Amount.nullable(), engine_net_tco2: Amount }))
    .max(200),
  targets: z.array(OptimiserTargetRow).max(2000),
  shortfalls: z.array(OptimiserShortfall).max(2000),
  rounds: z.int().min(0).max(100),
});
export type OptimiserRecord = z.infer<typeof OptimiserRecord>;
