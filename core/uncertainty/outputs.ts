import { z } from 'zod';
import { Id, Year } from '../model/primitives.ts';
import type { Indicators, ScenarioResult } from '../engine/result-schema.ts';
import { Indicators as IndicatorsSchema } from '../engine/result-schema.ts';

/**
 * The outputs a sensitivity run ranks inputs by, and what each Monte Carlo run keeps. A run's
 * full ScenarioResult never leaves the worker: it is reduced there to a `RunRecord` of a few
 * scalars and a few numbers per year.
 */

const INDICATOR_KEYS = Object.keys(IndicatorsSchema.shape) as (keyof Indicators)[];

export const OutputSpec = z.discriminatedUnion('kind', [
  /** NPV of total cost (carbon price included), CNY. */
  z.strictObject({ kind: z.literal('npv_total_cost') }),
  /** NPV of the cost difference against the parent scenario, CNY (roots have none). */
  z.strictObject({ kind: z.literal('npv_vs_parent') }),
  /** Net emissions summed over every year of the pathway, tCO2. */
  z.strictObject({ kind: z.literal('cumulative_net_emissions') }),
  /** A target's headroom in a year, in the indicator's unit (negative = missed). */
  z.strictObject({ kind: z.literal('target_margin'), target_id: Id, year: Year }),
  /** An indicator's value in a year. */
  z.strictObject({
    kind: z.literal('indicator'),
    indicator: z.enum(INDICATOR_KEYS as [keyof Indicators, ...(keyof Indicators)[]]),
    year: Year,
  }),
]);
export type OutputSpec = z.infer<typeof OutputSpec>;

/** One output of one run; null when it does not exist (no parent, a share of zero energy, a year not checked). */
export function outputValue(result: ScenarioResult, spec: OutputSpec): number | null {
  switch (spec.kind) {
    case 'npv_total_cost':
      return result.summary.npv_total_cost_cny;
    case 'npv_vs_parent':
      return result.summary.npv_cost_vs_parent_cny;
    case 'cumulative_net_emissions':
      return result.summary.cumulative_net_emissions_tco2;
    case 'target_margin':
      return result.years.find((y) => y.year === spec.year)?.targets.find((t) => t.id === spec.target_id)?.margin ?? null;
    case 'indicator':
      return result.years.find((y) => y.year === spec.year)?.indicators[spec.indicator] ?? null;
  }
}

/** Pathway series whose percentile bands a Monte Carlo keeps, year by year. */
export const BAND_SERIES = [
  'net_emissions_tco2',
  'gross_emissions_tco2',
  'co2_per_tce_equivalent',
  'total_tce_equivalent',
  'non_fossil_share_equivalent',
  'total_cost_cny',
] as const;
export type BandSeries = (typeof BAND_SERIES)[number];

/** The summary scalars kept exactly for every run (histograms, percentiles, rank correlations). */
export const SUMMARY_OUTPUTS = ['npv_total_cost_cny', 'npv_cost_vs_parent_cny', 'cumulative_net_emissions_tco2'] as const;
export type SummaryOutput = (typeof SUMMARY_OUTPUTS)[number];

/** What one Monte Carlo run sends back: NaN where a value does not exist. */
export interface RunRecord {
  index: number;
  /** The input values of the run, by input index. */
  inputs: Float64Array;
  /** By SUMMARY_OUTPUTS. */
  summary: Float64Array;
  /** BAND_SERIES.length x years, series-major. */
  series: Float64Array;
  /** targets x years: 1 met, 0 missed, NaN not checked that year. */
  targets: Float64Array;
}

export function recordOf(index: number, inputs: Float64Array, result: ScenarioResult, targetIds: readonly string[]): RunRecord {
  const ny = result.years.length;
  const summary = new Float64Array(SUMMARY_OUTPUTS.length);
  SUMMARY_OUTPUTS.forEach((k, j) => (summary[j] = result.summary[k] ?? NaN));
  const series = new Float64Array(BAND_SERIES.length * ny);
  const targets = new Float64Array(targetIds.length * ny).fill(NaN);
  result.years.forEach((y, i) => {
    BAND_SERIES.forEach((k, j) => {
      const v = k === 'total_cost_cny' ? y.costs.total_cny : y.indicators[k];
      series[j * ny + i] = v ?? NaN;
    });
    for (const check of y.targets) {
      const t = targetIds.indexOf(check.id);
      if (t >= 0) targets[t * ny + i] = check.pass ? 1 : 0;
    }
  });
  return { index, inputs, summary, series, targets };
}
