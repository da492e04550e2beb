/**
 * Version comparison: what changed between two plans, and what that did to the results.
 * Pure and deterministic; the hosts supply engine results (see compare.ts).
 */
export { comparePlans } from './compare.ts';
export type { VersionInput } from './compare.ts';
export { diffPlans } from './plan-diff.ts';
export { diffOutcomes, targetChanged, MILESTONE_YEAR } from './result-diff.ts';
export { formatDiffText, describeChange, describeMetric, describeTarget } from './format-text.ts';
export { formatNumber, formatDelta, formatValue } from './format-value.ts';
export { unitOfField } from './units.ts';
export { annualSum, annualGhiKwhPerM2, isSeriesColumnChange, seriesSummary } from './series-diff.ts';
export * from './schema.ts';
