/**
 * The least-cost planner's model room (issue 11): a sparse LP description, representative
 * days, the LP built from a planning problem, and the answer read back. Pure: the host solves
 * the LpModel (HiGHS, electron/host/optimise/) and the engine judges the answer.
 *
 * Public API
 *   LpBuilder, LpModel, lpSize, rowActivity, objectiveValue   sparse LP (CSC) and its evaluation
 *   writeMps(model) -> string                                   free-format MPS
 *   clusterDays(features, {days, peak_series}) -> RepresentativeDays   k-medoids + peak day
 *   reduceSeries / expandSeries                                 8760 <-> representative hours
 *   buildLp(problem) -> {model, index}                          the formulation of README.md
 *   readSolution(problem, built, x) -> LpAnswer                 builds, capacities, quantities, targets
 *   shortfalls(...) / describeShortfall(s, 'zh'|'en', names)    the infeasibility report
 *   planProblem(plan, {scenario_id, days?, period_years?, bounds?, ...}) the problem of a plan (engine baseline,
 *                                                               annual measures' per-unit effects from engine probes)
 *   parsePlanBounds(json) / PlanBoundsSchema                    the park's bounds as a user writes them
 *   answerToScenario(...)                                       the answer as a child scenario
 *   compareTargets / compareEmissions / tightenTargets          the engine as judge
 * Formulation and what is approximated: core/optimise/README.md.
 */
export { LpBuilder, lpSize, rowActivity, objectiveValue } from './lp.ts';
export type { LpModel, LpSize } from './lp.ts';
export { writeMps } from './mps.ts';
export { clusterDays, reduceSeries, expandSeries, HOURS_PER_DAY, DAYS_PER_YEAR } from './rep-days.ts';
export type { RepresentativeDays, DayFeature, ClusterOptions } from './rep-days.ts';
export { buildLp, retargetLp, capKey, capParts, quantityTerms, MONEY_SCALE, DEFAULT_ELASTIC_PENALTY_CNY } from './build-lp.ts';
export type { BuiltLp, LpIndex, PeriodIndex, BuildColumn, TargetRow } from './build-lp.ts';
export { unitPresentCost, discountFactor, presentWorth, yearValue } from './discount.ts';
export { readSolution } from './read-solution.ts';
export type { LpAnswer, TargetCheck } from './read-solution.ts';
export { shortfalls, describeShortfall } from './infeasibility.ts';
export type { TargetShortfall, LimitingBound, ShortfallNames, Lang } from './infeasibility.ts';
export { planProblem, DEFAULT_DAYS, DEFAULT_PERIOD_YEARS } from './from-plan.ts';
export type { PlanOptimiseOptions, PlanProblem } from './from-plan.ts';
export { candidatesFromPlan, candidateOf, SUPPORTED_KINDS, UNSUPPORTED_KINDS } from './plan-candidates.ts';
export type { PlanCandidate } from './plan-candidates.ts';
export { linearTargets } from './plan-targets.ts';
export type { YearBasis } from './plan-targets.ts';
export { answerToScenario } from './to-scenario.ts';
export { compareTargets, compareEmissions, tightenTargets, describeEngineMiss } from './engine-check.ts';
export type { TargetComparison, EmissionsComparison } from './engine-check.ts';
export type * from './problem.ts';
export { probeAnnual, scaleMeasure, ANNUAL_KINDS } from './annual-effects.ts';
export type { UnitEffects, AnnualProbe } from './annual-effects.ts';
export { PlanBoundsSchema, parsePlanBounds } from './plan-bounds.ts';
export { problemBounds } from './from-plan.ts';
export type { PlanBounds } from './from-plan.ts';
