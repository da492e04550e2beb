import type { Measure } from '../model/measures.ts';
import type { Plan } from '../model/plan.ts';
import { resolveScenario } from '../engine/resolve.ts';
import type { Candidate, CandidateCost, YearValues } from './problem.ts';
import { buildCostSet, measureUnitCosts } from '../costs/index.ts';
import type { CostSet, UnitCost } from '../costs/index.ts';

/**
 * Candidates from a plan: a candidate says what may be built (a measure to copy), up to how
 * much, and at what unit cost. The default candidates are the plan's own measures of the
 * supported kinds that the base scenario does not already have (for example the PV, wind and
 * storage of a sibling scenario), each with its planned size as the upper bound. Unit costs are
 * the engine's (core/costs `measureUnitCosts`): the measure's own unit cost when it gives one,
 * else the technology cost library's path by build year with the project's overrides, so the
 * LP and the engine price a kW alike. Fixed O&M per unit is the start year's value. A measure's
 * size-independent part (`capex_cny`, `fixed_opex_cny_per_year`, usually 0) is left out of the
 * LP (a fixed cost per build needs an integer variable); the engine's check includes it.
 */

export const SUPPORTED_KINDS = ['pv', 'wind', 'storage', 'green_power', 'offset'] as const;
export type SupportedKind = (typeof SUPPORTED_KINDS)[number];

/** Measure kinds the LP cannot size yet (named in reports so users know what was left out). */
export const UNSUPPORTED_KINDS = [
  'fuel_switch',
  'efficiency',
  'waste_heat',
  'green_hydrogen',
  'transport',
  'carbon_sink',
  'ccus',
] as const;

export interface PlanCandidate {
  /** The LP candidate (ids equal the template measure's id). */
  readonly candidate: Candidate;
  /** The measure the answer copies, with its size replaced. */
  readonly template: Measure;
}

export function candidatesFromPlan(plan: Plan, baseScenarioId: string): PlanCandidate[] {
  const costs = buildCostSet(plan.cost_overrides);
  const years: number[] = [];
  for (let y = plan.park.base_year; y <= plan.park.horizon_year; y++) years.push(y);
  const inBase = new Set(resolveScenario(plan, baseScenarioId).measures.map((rm) => rm.measure.id));
  const out: PlanCandidate[] = [];
  const seen = new Set<string>();
  for (const s of plan.scenarios)
    for (const m of s.measures) {
      if (inBase.has(m.id) || seen.has(m.id)) continue;
      const c = candidateOf(m, costs, years);
      if (c === null) continue;
      seen.add(m.id);
      out.push({ candidate: c, template: m });
    }
  return out;
}

/** A unit cost as the LP reads it: flat when the measure gives it, else the library path by year. */
function byYear(u: UnitCost, years: readonly number[]): YearValues {
  if (u.origin === 'measure' || u.origin === 'none') return u.value;
  return years.map((year) => ({ year, value: u.at(year) }));
}

function candidateCost(capex: UnitCost, fixedOm: number, m: Measure, years: readonly number[]): CandidateCost {
  return { capex_cny_per_unit: byYear(capex, years), fixed_om_cny_per_unit_year: fixedOm, lifetime_years: m.lifetime_years };
}

/** The LP candidate a measure stands for, or null for kinds the LP cannot size yet. */
export function candidateOf(m: Measure, costs: CostSet, years: readonly number[]): Candidate | null {
  const u = measureUnitCosts(m, costs);
  switch (m.kind) {
    case 'pv':
    case 'wind':
      if (m.params.capacity_kw <= 0) return null;
      return {
        id: m.id,
        kind: m.kind,
        shape: m.id,
        max_mw: m.params.capacity_kw / 1000,
        cost: candidateCost(u.capex_per_unit, u.fixed_opex_per_unit_year.value, m, years),
        ...(m.kind === 'pv' ? { degradation_rate: m.params.degradation_rate } : {}),
      };
    case 'storage': {
      if (m.params.power_kw <= 0 || m.params.energy_kwh <= 0) return null;
      // Energy (per kWh, with the fixed O&M the library states per kWh) and power (per kW) are
      // priced apart, at the planned duration.
      const hours = m.params.energy_kwh / m.params.power_kw;
      return {
        id: m.id,
        kind: 'storage',
        power_cost: candidateCost(u.capex_per_kw, 0, m, years),
        energy_cost: candidateCost(u.capex_per_unit, u.fixed_opex_per_unit_year.value, m, years),
        max_power_mw: m.params.power_kw / 1000,
        max_energy_mwh: m.params.energy_kwh / 1000,
        round_trip_efficiency: m.params.round_trip_efficiency,
        usable_share: m.params.usable_share,
        min_hours: hours,
        max_hours: hours,
      };
    }
    case 'green_power':
      return {
        id: m.id,
        kind: 'green_power',
        premium_cny_per_mwh: m.params.premium_cny_per_mwh,
        // A share measure caps the share; an amount has no share of its own, so the whole
        // purchase may be green (the engine caps green power at the purchase too).
        max_share_of_import: m.params.mode === 'share' ? Math.min(1, m.params.share_of_grid) : 1,
      };
    case 'offset':
      return {
        id: m.id,
        kind: 'offset',
        price_cny_per_t: m.params.price_cny_per_t,
        max_tco2_per_year: m.params.tco2,
      };
    default:
      return null;
  }
}
