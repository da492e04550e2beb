import type { Measure } from '../model/measures.ts';
import type { CostSet } from './cost-set.ts';
import { libraryCost } from './cost-set.ts';
import { measureSize, measureTechnology } from './technologies.ts';
import type { MeasureSize, TechnologyId } from './technologies.ts';

/**
 * A measure's unit costs and their origin, and its yearly capex, fixed O&M and residual value.
 * The formulation is in README.md ("Formulation").
 */

export type UnitCostOrigin = 'measure' | 'library' | 'project_override' | 'none';

export interface UnitCost {
  /** Value in the start year (the path may change by year when it comes from the library). */
  value: number;
  origin: UnitCostOrigin;
  /** Value in any year: the measure's own value is flat; the library's follows its path. */
  at(year: number): number;
}

export interface MeasureUnitCosts {
  technology: TechnologyId | null;
  size: MeasureSize;
  capex_per_unit: UnitCost;
  /** Storage power part, CNY/kW; origin `none` and 0 for other kinds. */
  capex_per_kw: UnitCost;
  fixed_opex_per_unit_year: UnitCost;
}

function unitCost(
  own: number | undefined,
  cs: CostSet,
  tech: TechnologyId | null,
  parameter: 'capex_cny_per_unit' | 'capex_cny_per_kw' | 'fixed_opex_cny_per_unit_year',
  startYear: number,
): UnitCost {
  if (own !== undefined) return { value: own, origin: 'measure', at: () => own };
  const entry = tech === null ? undefined : cs.entries.get(`cost.${tech}.${parameter}`);
  if (tech === null || entry === undefined) return { value: 0, origin: 'none', at: () => 0 };
  const at = (year: number) => libraryCost(cs, tech, parameter, year) ?? 0;
  return { value: at(startYear), origin: entry.overridden ? 'project_override' : 'library', at };
}

export function measureUnitCosts(m: Measure, cs: CostSet): MeasureUnitCosts {
  const technology = measureTechnology(m);
  const size = measureSize(m);
  return {
    technology,
    size,
    capex_per_unit: unitCost(m.capex_cny_per_unit, cs, technology, 'capex_cny_per_unit', m.start_year),
    capex_per_kw:
      m.kind === 'storage'
        ? unitCost(m.capex_cny_per_kw, cs, technology, 'capex_cny_per_kw', m.start_year)
        : { value: 0, origin: 'none', at: () => 0 },
    fixed_opex_per_unit_year: unitCost(
      m.fixed_opex_cny_per_unit_year,
      cs,
      technology,
      'fixed_opex_cny_per_unit_year',
      m.start_year,
    ),
  };
}

/** Capex of the whole measure at full scale if it were built in `year`, CNY. */
export function fullScaleCapex(m: Measure, u: MeasureUnitCosts, year: number): number {
  // Sum in this order so that a migrated measure (unit cost L/S, power part 0, fixed part 0)
  // gives back exactly its old lump sum L (see upgrade-v1.ts).
  return u.size.size * u.capex_per_unit.at(year) + u.size.power_kw * u.capex_per_kw.at(year) + m.capex_cny;
}

/** Fixed O&M of the whole measure at full scale in `year`, CNY per year. */
export function fullScaleFixedOpex(m: Measure, u: MeasureUnitCosts, year: number): number {
  return u.size.size * u.fixed_opex_per_unit_year.at(year) + m.fixed_opex_cny_per_year;
}

/** Ramp factor: 0 before the start year, then (years since start + 1) / (ramp_years + 1), capped at 1. */
export function rampFactor(m: Measure, year: number): number {
  if (year < m.start_year) return 0;
  return Math.min(1, (year - m.start_year + 1) / (m.ramp_years + 1));
}

export interface CostSchedule {
  /** Capital spending per year index, replacements included, CNY. */
  capex: Float64Array;
  /** Fixed O&M per year index, CNY. */
  fixed_opex: Float64Array;
  /** Residual value of the tranches alive at the horizon, CNY (reported, not netted into a year). */
  residual_value: number;
}

/**
 * Capex follows the ramp: each year's ramp increment is built (and paid) that year at that
 * year's unit cost, and each tranche is replaced like for like every `lifetime_years`, paid at
 * the unit cost of the replacement year. Spending before the first year is sunk and not
 * counted. The tranche alive at the horizon keeps a linear residual value: its cost x remaining
 * years / lifetime. Fixed O&M = full-scale O&M of the year x ramp.
 */
export function costSchedule(m: Measure, u: MeasureUnitCosts, years: readonly number[]): CostSchedule {
  const capex = new Float64Array(years.length);
  const fixedOpex = new Float64Array(years.length);
  const first = years[0]!;
  const horizon = years[years.length - 1]!;
  let residual = 0;
  let prev = 0;
  for (let y = m.start_year; y <= m.start_year + m.ramp_years && y <= horizon; y++) {
    const r = rampFactor(m, y);
    const share = r - prev;
    prev = r;
    if (share === 0) continue;
    let t = y;
    let amount = 0;
    for (; ; t += m.lifetime_years) {
      amount = fullScaleCapex(m, u, t) * share;
      if (t >= first) capex[t - first]! += amount;
      if (t + m.lifetime_years > horizon) break;
    }
    const remaining = t + m.lifetime_years - (horizon + 1);
    if (remaining > 0 && t >= first) residual += (amount * remaining) / m.lifetime_years;
  }
  years.forEach((year, i) => {
    const r = rampFactor(m, year);
    fixedOpex[i] = r === 0 ? 0 : fullScaleFixedOpex(m, u, year) * r;
  });
  return { capex, fixed_opex: fixedOpex, residual_value: residual };
}
