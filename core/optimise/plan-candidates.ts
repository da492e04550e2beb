import type { Measure } from '../model/measures.ts';
import type { Plan } from '../model/plan.ts';
import { resolveScenario } from '../engine/resolve.ts';
import { buildCostSet, measureUnitCosts } from '../costs/index.ts';
import type { CostSet, UnitCost } from '../costs/index.ts';
import type { Candidate, CandidateCost, YearValues } from './problem.ts';
import { ANNUAL_KINDS } from './annual-effects.ts';
import type { AnnualProbe } from './annual-effects.ts';

/**
 * Candidates from a plan: a candidate says what may be built (a measure to copy), up to how
 * much, and at what unit cost. The default candidates are the plan's own measures of the
 * supported kinds that the base scenario does not already have (for example the PV, wind and
 * storage of a sibling scenario), each with its planned size as the upper bound. Unit costs come
 * from the cost library exactly as the engine prices the measure (`measureUnitCosts` with the
 * plan's cost set): the measure's own unit cost if it has one, else the library's path by build
 * year with the project's overrides. The size-independent part (`capex_cny`,
 * `fixed_opex_cny_per_year`) is a fixed charge an LP cannot price; it is left out of the LP
 * and carried once by the answer (see to-scenario.ts and README.md "Costs").
 */

export const SUPPORTED_KINDS = ['pv', 'wind', 'storage', 'green_power', 'offset', ...ANNUAL_KINDS] as const;
export type SupportedKind = (typeof SUPPORTED_KINDS)[number];

type AnnualKind = (typeof ANNUAL_KINDS)[number];
/**
 * Measure kinds the LP cannot size (named in reports so users know what was left out). Every
 * kind is sized now (the annual ones through the engine's per-unit effects); the list stays so
 * reports and screens that name left-out kinds keep working.
 */
export const UNSUPPORTED_KINDS: readonly AnnualKind[] = [];

export interface PlanCandidate {
  /** The LP candidate (ids equal the template measure's id). */
  readonly candidate: Candidate;
  /** The measure the answer copies, with its size replaced. */
  readonly template: Measure;
  /** An annual candidate's engine coefficients (filled by planProblem from the engine's probe). */
  readonly probe?: AnnualProbe;
}

/** `exclude`: measure ids not to offer (an earlier answer's sized copies), left out before merging. */
export function candidatesFromPlan(
  plan: Plan,
  baseScenarioId: string,
  exclude: ReadonlySet<string> = new Set(),
): PlanCandidate[] {
  const inBase = new Set(resolveScenario(plan, baseScenarioId).measures.map((rm) => rm.measure.id));
  const cs = buildCostSet(plan.cost_overrides);
  const years = { from: plan.park.base_year, to: plan.park.horizon_year };
  const out: PlanCandidate[] = [];
  const seen = new Set<string>();
  for (const s of plan.scenarios)
    for (const m of s.measures) {
      if (inBase.has(m.id) || seen.has(m.id) || exclude.has(m.id)) continue;
      const c = candidateOf(m, cs, years);
      if (c === null) continue;
      seen.add(m.id);
      out.push({ candidate: c, template: m });
    }
  return mergeSingles(out);
}

/**
 * The LP has one storage, one green-power purchase and one offset purchase (several storages
 * would share one state of charge). A plan whose scenarios add a second one (a sample's
 * near-zero scenario adds a larger battery to the clean transition's) offers them as one
 * candidate: the first measure, as much as all of them together (storage power and energy
 * summed, durations from the shortest to the longest; the largest green-power share; offsets
 * summed when each states one figure).
 */
function mergeSingles(all: readonly PlanCandidate[]): PlanCandidate[] {
  const out: PlanCandidate[] = [];
  for (const pc of all) {
    const c = pc.candidate;
    const at = out.findIndex((x) => x.candidate.kind === c.kind);
    const first = at >= 0 ? out[at]!.candidate : null;
    if (first === null || (c.kind !== 'storage' && c.kind !== 'green_power' && c.kind !== 'offset')) {
      out.push(pc);
      continue;
    }
    let merged: Candidate = first;
    if (first.kind === 'storage' && c.kind === 'storage')
      merged = {
        ...first,
        max_power_mw: first.max_power_mw + c.max_power_mw,
        max_energy_mwh: first.max_energy_mwh + c.max_energy_mwh,
        min_hours: Math.min(first.min_hours ?? 0.5, c.min_hours ?? 0.5),
        max_hours: Math.max(first.max_hours ?? 8, c.max_hours ?? 8),
      };
    else if (first.kind === 'green_power' && c.kind === 'green_power')
      merged = { ...first, max_share_of_import: Math.max(first.max_share_of_import, c.max_share_of_import) };
    else if (
      first.kind === 'offset' &&
      c.kind === 'offset' &&
      typeof first.max_tco2_per_year === 'number' &&
      typeof c.max_tco2_per_year === 'number'
    )
      merged = { ...first, max_tco2_per_year: first.max_tco2_per_year + c.max_tco2_per_year };
    out[at] = { ...out[at]!, candidate: merged };
  }
  return out;
}

/** A unit cost as the LP's YearValues: flat when the measure's own, else the path sampled every year. */
function costPath(u: UnitCost, years: YearSpan): YearValues {
  if (u.origin === 'measure' || u.origin === 'none') return u.value;
  const out: { year: number; value: number }[] = [];
  for (let y = years.from; y <= years.to; y++) out.push({ year: y, value: u.at(y) });
  return out;
}

/** Years over which a library cost path is sampled (the plan's pathway). */
export interface YearSpan {
  readonly from: number;
  readonly to: number;
}

/** The LP candidate a measure stands for, or null for kinds the LP cannot size yet. */
export function candidateOf(m: Measure, cs: CostSet, years: YearSpan): Candidate | null {
  const u = measureUnitCosts(m, cs);
  const cost = (capex: UnitCost, fixedOm: number): CandidateCost => ({
    capex_cny_per_unit: costPath(capex, years),
    fixed_om_cny_per_unit_year: fixedOm,
    lifetime_years: m.lifetime_years,
  });
  switch (m.kind) {
    case 'pv':
    case 'wind':
      if (m.params.capacity_kw <= 0) return null;
      return {
        id: m.id,
        kind: m.kind,
        shape: m.id,
        max_mw: m.params.capacity_kw / 1000,
        cost: cost(u.capex_per_unit, u.fixed_opex_per_unit_year.value),
        ...(m.kind === 'pv' ? { degradation_rate: m.params.degradation_rate } : {}),
      };
    case 'storage': {
      if (m.params.power_kw <= 0 || m.params.energy_kwh <= 0) return null;
      // Power (CNY/kW) and energy (CNY/kWh, with the fixed O&M, which the library gives per
      // kWh) are priced apart; the duration stays the planned one, as the plan's measure says.
      const hours = m.params.energy_kwh / m.params.power_kw;
      return {
        id: m.id,
        kind: 'storage',
        power_cost: cost(u.capex_per_kw, 0),
        energy_cost: cost(u.capex_per_unit, u.fixed_opex_per_unit_year.value),
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
    case 'fuel_switch':
    case 'efficiency':
    case 'waste_heat':
    case 'green_hydrogen':
    case 'transport':
    case 'carbon_sink':
    case 'ccus': {
      // Sized in the measure's own unit (a share, GJ a year, kW, ...) up to its planned size;
      // the engine's per-unit effects and load shape are added by planProblem.
      if (!(u.size.size > 0)) return null;
      return {
        id: m.id,
        kind: 'annual',
        measure_kind: m.kind,
        unit: u.size.unit,
        // A switch by share may go as far as all of that fuel at its consumers (the physical
        // bound); every other kind up to its planned size (the potential the plan states).
        max_units: m.kind === 'fuel_switch' && m.params.share !== null ? Math.max(1, u.size.size) : u.size.size,
        cost: cost(u.capex_per_unit, u.fixed_opex_per_unit_year.value),
      };
    }
    default:
      return null;
  }
}
