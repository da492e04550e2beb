import { pathValue } from '../factors/factor-set.ts';
import type { CandidateCost, PlanningProblem, YearValues } from './problem.ts';

/** A YearValues read in a year: linear between points, flat outside (like the engine's paths). */
export function yearValue(v: YearValues, year: number): number {
  return typeof v === 'number' ? v : pathValue(v, year).value;
}

/** Discount factor of a year: (1 + r)^-(year - base year), as the engine's NPV. */
export function discountFactor(p: PlanningProblem, year: number): number {
  return Math.pow(1 + p.discount_rate, -(year - p.base_year));
}

/** Sum of discount factors over some years (a period's present-worth factor). */
export function presentWorth(p: PlanningProblem, years: readonly number[], value: YearValues = 1): number {
  let s = 0;
  for (const y of years) s += discountFactor(p, y) * yearValue(value, y);
  return s;
}

/**
 * Present cost of one unit built in `build_year` and kept to the horizon, as the engine books
 * a measure: the capex of the build year, a replacement every lifetime (at that year's unit
 * capex), fixed O&M every year to the horizon, less the residual value of the last unit
 * (straight-line, the years it would live past the horizon) credited in the horizon year.
 */
export function unitPresentCost(p: PlanningProblem, cost: CandidateCost, build_year: number): number {
  const L = cost.lifetime_years;
  if (!(L >= 1)) throw new Error(`lifetime ${L} years: must be at least 1`);
  let pv = 0;
  let t = build_year;
  for (; t + L <= p.horizon_year; t += L) pv += yearValue(cost.capex_cny_per_unit, t) * discountFactor(p, t);
  const lastCapex = yearValue(cost.capex_cny_per_unit, t);
  pv += lastCapex * discountFactor(p, t);
  const remaining = t + L - (p.horizon_year + 1);
  if (remaining > 0) pv -= ((lastCapex * remaining) / L) * discountFactor(p, p.horizon_year);
  for (let y = build_year; y <= p.horizon_year; y++) pv += cost.fixed_om_cny_per_unit_year * discountFactor(p, y);
  return pv;
}
