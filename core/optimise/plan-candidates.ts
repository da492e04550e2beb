import type { Measure } from '../model/measures.ts';
import type { Plan } from '../model/plan.ts';
import { resolveScenario } from '../engine/resolve.ts';
import type { Candidate, CandidateCost } from './problem.ts';

/**
 * Candidates from a plan: a candidate says what may be built (a measure to copy), up to how
 * much, and at what unit cost. Until the technology cost library (branch `costs`) fills
 * `CandidateCost`, the default candidates are the plan's own measures of the supported kinds
 * that the base scenario does not already have (for example the PV, wind and storage of a
 * sibling scenario), each with its planned size as the upper bound and its own capex and O&M
 * divided by its size as the unit cost. So no number is invented: the optimiser decides how
 * much of each planned measure to build, and when.
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
  const inBase = new Set(resolveScenario(plan, baseScenarioId).measures.map((rm) => rm.measure.id));
  const out: PlanCandidate[] = [];
  const seen = new Set<string>();
  for (const s of plan.scenarios)
    for (const m of s.measures) {
      if (inBase.has(m.id) || seen.has(m.id)) continue;
      const c = candidateOf(m);
      if (c === null) continue;
      seen.add(m.id);
      out.push({ candidate: c, template: m });
    }
  return out;
}

function perUnit(m: Measure, units: number): CandidateCost {
  return {
    capex_cny_per_unit: units > 0 ? m.capex_cny / units : 0,
    fixed_om_cny_per_unit_year: units > 0 ? m.fixed_opex_cny_per_year / units : 0,
    lifetime_years: m.lifetime_years,
  };
}

/** The LP candidate a measure stands for, or null for kinds the LP cannot size yet. */
export function candidateOf(m: Measure): Candidate | null {
  switch (m.kind) {
    case 'pv':
    case 'wind':
      if (m.params.capacity_kw <= 0) return null;
      return {
        id: m.id,
        kind: m.kind,
        shape: m.id,
        max_mw: m.params.capacity_kw / 1000,
        cost: perUnit(m, m.params.capacity_kw),
        ...(m.kind === 'pv' ? { degradation_rate: m.params.degradation_rate } : {}),
      };
    case 'storage': {
      if (m.params.power_kw <= 0 || m.params.energy_kwh <= 0) return null;
      // One capex for power and energy together: sized by energy at the planned duration.
      const hours = m.params.energy_kwh / m.params.power_kw;
      return {
        id: m.id,
        kind: 'storage',
        power_cost: { capex_cny_per_unit: 0, fixed_om_cny_per_unit_year: 0, lifetime_years: m.lifetime_years },
        energy_cost: perUnit(m, m.params.energy_kwh),
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
