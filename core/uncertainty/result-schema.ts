import { z } from 'zod';
import { SAMPLING_METHODS } from './sampling.ts';
import { BAND_SERIES, OutputSpec, SUMMARY_OUTPUTS } from './outputs.ts';

/** What a Monte Carlo and a sensitivity run answer (API, CLI JSON, workbook). */

const n = z.number();
const nn = z.number().nullable();

export const SummaryDistribution = z.strictObject({
  /** Runs where the output exists (npv_cost_vs_parent_cny is absent for a root scenario). */
  count: z.int(),
  mean: nn,
  p5: nn,
  p50: nn,
  p95: nn,
  min: nn,
  max: nn,
  /** 20 equal bins from min to max: edges has 21 values. */
  histogram: z.strictObject({ edges: z.array(n), counts: z.array(z.int()) }),
});
export type SummaryDistribution = z.infer<typeof SummaryDistribution>;

export const Band = z.strictObject({ p5: z.array(nn), p50: z.array(nn), p95: z.array(nn), mean: z.array(nn) });

export const MonteCarloResult = z.strictObject({
  scenario_id: z.string(),
  runs: z.int(),
  seed: z.int(),
  sampling: z.enum(SAMPLING_METHODS),
  years: z.array(z.int()),
  inputs: z.array(z.strictObject({ id: z.string(), name: z.string(), address: z.string(), mean: n, min: n, max: n })),
  /** Yearly percentile bands (P-square estimates, README.md) by BAND_SERIES key. */
  bands: z.record(z.enum(BAND_SERIES), Band),
  /** Exact distributions of the summary outputs by SUMMARY_OUTPUTS key. */
  summaries: z.record(z.enum(SUMMARY_OUTPUTS), SummaryDistribution),
  /** For each target, the share of runs meeting it in each checked year (null: not checked that year). */
  targets: z.array(z.strictObject({ id: z.string(), name: z.string(), probability: z.array(nn) })),
  /**
   * Spearman rank correlation of each input with each summary output (null: no variation), and
   * the partial rank correlation (the other inputs' influence taken out; null: too few runs,
   * no variation, or inputs that cannot be told apart). Inputs of one group share a value.
   */
  rank_correlations: z.array(
    z.strictObject({
      input_id: z.string(),
      correlations: z.record(z.enum(SUMMARY_OUTPUTS), nn),
      partial: z.record(z.enum(SUMMARY_OUTPUTS), nn),
    }),
  ),
});
export type MonteCarloResult = z.infer<typeof MonteCarloResult>;

export const TornadoResult = z.strictObject({
  scenario_id: z.string(),
  output: OutputSpec,
  /** The output with every input at its central value. */
  central_output: nn,
  /** Sorted by swing, largest first. */
  bars: z.array(
    z.strictObject({
      input_id: z.string(),
      name: z.string(),
      low_input: n,
      high_input: n,
      low_output: nn,
      high_output: nn,
      /** |high_output - low_output|. */
      swing: n,
    }),
  ),
});
export type TornadoResult = z.infer<typeof TornadoResult>;

export const SweepResult = z.strictObject({
  scenario_id: z.string(),
  input_id: z.string(),
  output: OutputSpec,
  points: z.array(z.strictObject({ input: n, output: nn })),
});
export type SweepResult = z.infer<typeof SweepResult>;
