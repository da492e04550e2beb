/**
 * Uncertainty: uncertain plan inputs, their sampling, and the sensitivity and Monte Carlo runs
 * built on the full engine. README.md states the methods.
 */
export { Distribution, DISTRIBUTION_KINDS, UncertainInput, UncertaintySpec, ApplyMode, APPLY_MODES } from './schema.ts';
export { ADDRESS_PATTERN } from './address-syntax.ts';
export { parseAddress } from './addresses.ts';
export type { AddressTarget, FieldBounds } from './addresses.ts';
export { applyValues, compileInputs, uncertaintyIssues } from './apply.ts';
export type { CompiledInput } from './apply.ts';
export { quantile, centralOf, lowHighOf, supportOf } from './distributions.ts';
export { inverseNormalCdf, normalCdf } from './normal.ts';
export { createDesign, sampleValues, uniformsOf, SAMPLING_METHODS } from './sampling.ts';
export type { Design, SamplingMethod } from './sampling.ts';
export { OutputSpec, outputValue, BAND_SERIES, SUMMARY_OUTPUTS, recordOf } from './outputs.ts';
export type { BandSeries, RunRecord, SummaryOutput } from './outputs.ts';
export { P2Quantile, exactQuantile } from './p2-quantile.ts';
export { spearman, partialRankCorrelations } from './rank.ts';
export { MonteCarloReducer } from './reduce.ts';
export { MonteCarloResult, TornadoResult, SweepResult, SummaryDistribution } from './result-schema.ts';
export { runChunk, runMonteCarlo, prepareMonteCarlo, monteCarloReducer, evaluatePoints, MAX_RUNS } from './runs.ts';
export type { MonteCarloSpec } from './runs.ts';
export { tornadoPoints, tornadoFrom, sweepPoints, sweepFrom, MAX_SWEEP_STEPS } from './sensitivity.ts';
export type { SensitivityPlan } from './sensitivity.ts';
export { offersFor } from './offers.ts';
export type { Offer } from './offers.ts';
export { COST_INPUT_PARAMETERS, COST_PARAMETER_NAMES, COST_RANGES, costReach, reachCount } from './cost-inputs.ts';
export type { CostInputParameter, CostReach, CostTarget } from './cost-inputs.ts';
