import { z } from 'zod';

/**
 * The shape of a version comparison, shared by `parkzero diff --format json`, the
 * `review.compare` API call and the renderer. Values are plain JSON; units are named.
 */

export const DIFF_SECTIONS = [
  'park',
  'consumers',
  'scenarios',
  'measures',
  'targets',
  'factor_overrides',
  'cost_overrides',
  'hourly_series',
  'carbon_markets',
] as const;
export type DiffSection = (typeof DIFF_SECTIONS)[number];

export const PlanChange = z.strictObject({
  /** reordered: the same entities in another order (order is plan content: it changes the fingerprint). */
  change: z.enum(['added', 'removed', 'changed', 'reordered']),
  section: z.enum(DIFF_SECTIONS),
  /** Consumer, scenario, measure, target or hourly series id, or the factor key; null for the park and for a reordered list. */
  id: z.string().nullable(),
  /** The entity's name (B's name if it has one, else A's). */
  name: z.string().nullable(),
  /** The scenario a measure (or a scenario-level list) belongs to. */
  scenario_id: z.string().nullable(),
  /** Dotted field inside the entity for `changed`; null otherwise. */
  field: z.string().nullable(),
  /** A readable path: `consumers[cathode].energy.coal_t`, `scenarios[near-zero].measures[rooftop-pv]`. */
  path: z.string(),
  /**
   * For an added or removed hourly series, its summary (no 8760-value arrays); for a changed
   * hourly column (`values`, `weather.ghi_w_per_m2`, …), its annual sum or mean (series-diff.ts).
   */
  old: z.json(),
  new: z.json(),
  /**
   * The side on which a changed field was left out rather than set (its value then reads null):
   * a scenario setting left out is inherited, while a null one means what its field says
   * ("no limit"). Absent when both sides have the field.
   */
  absent: z.enum(['old', 'new']).optional(),
  /** Unit taken from the field name (`coal_t` -> t, `capex_cny` -> CNY); null when the name carries none. */
  unit: z.string().nullable(),
});
export type PlanChange = z.infer<typeof PlanChange>;

export const OUTCOME_METRICS = [
  'net_emissions_2030_tco2',
  'net_emissions_horizon_tco2',
  'cumulative_net_emissions_tco2',
  'npv_total_cost_cny',
] as const;
export type OutcomeMetric = (typeof OUTCOME_METRICS)[number];

export const MetricChange = z.strictObject({
  metric: z.enum(OUTCOME_METRICS),
  /** The year a yearly metric is read in, per side (the horizon may differ between versions). */
  old_year: z.int().nullable(),
  new_year: z.int().nullable(),
  /** null when the year is outside that version's pathway. */
  old: z.number().nullable(),
  new: z.number().nullable(),
  delta: z.number().nullable(),
  unit: z.string(),
});
export type MetricChange = z.infer<typeof MetricChange>;

export const TargetOutcome = z.strictObject({
  target_id: z.string(),
  name: z.string(),
  /** null when the target does not exist in that version. */
  old_pass: z.boolean().nullable(),
  new_pass: z.boolean().nullable(),
  old_first_failing_year: z.int().nullable(),
  new_first_failing_year: z.int().nullable(),
});
export type TargetOutcome = z.infer<typeof TargetOutcome>;

export const ScenarioOutcome = z.strictObject({
  scenario_id: z.string(),
  name: z.string(),
  metrics: z.array(MetricChange),
  targets: z.array(TargetOutcome),
});
export type ScenarioOutcome = z.infer<typeof ScenarioOutcome>;

export const VersionInfo = z.strictObject({
  label: z.string(),
  park_name: z.string(),
  fingerprint: z.string(),
  base_year: z.int(),
  horizon_year: z.int(),
});

export const PlanDiff = z.strictObject({
  format: z.literal('parkzero-diff'),
  format_version: z.literal(1),
  a: VersionInfo,
  b: VersionInfo,
  /** True when the fingerprints match (comments may still differ; they are not compared). */
  same_content: z.boolean(),
  changes: z.array(PlanChange),
  /** Results of the scenarios present in both versions; empty when results were not computed. */
  outcomes: z.array(ScenarioOutcome),
  scenarios_only_in_a: z.array(z.string()),
  scenarios_only_in_b: z.array(z.string()),
});
export type PlanDiff = z.infer<typeof PlanDiff>;
