import type { RepresentativeDays } from './rep-days.ts';

/**
 * The planning problem the LP is built from, in the optimiser's own terms (no plan types):
 * periods of years with their electricity on representative days, candidate measures with
 * bounds and unit costs, and targets as linear rows over yearly quantities. The plan adapter
 * fills it from the engine's baseline; tests fill it by hand with cases whose optimum is known.
 *
 * Units: power MW, energy MWh, money CNY, emissions tCO2. Capacities of candidates are in MW
 * (MWh for storage energy); unit costs come per kW / kWh as the cost library states them.
 */

/** A value by year, read like every year path of the engine (linear between points, flat outside). */
export type YearValues = number | readonly { readonly year: number; readonly value: number }[];

/**
 * What one unit of a candidate costs. `candidatesFromPlan` fills it from the engine's unit
 * costs (core/costs); a caller may pass its own figures.
 */
export interface CandidateCost {
  /** Capital cost per unit (kW or kWh) by build year, CNY. */
  readonly capex_cny_per_unit: YearValues;
  /** Fixed operation and maintenance per unit and year, CNY. */
  readonly fixed_om_cny_per_unit_year: number;
  readonly lifetime_years: number;
}

interface CandidateCommon {
  readonly id: string;
  /** Years a build may start; default every period's first year. */
  readonly build_years?: readonly number[];
}

/** PV or wind: capacity in MW producing `shape` MWh per MW in each representative hour. */
export interface GeneratorCandidate extends CandidateCommon {
  readonly kind: 'pv' | 'wind';
  /** Key of the per-MW output shape in each period's `shapes`. */
  readonly shape: string;
  /** Largest capacity installed at once (roof area, land, resource), MW. */
  readonly max_mw: number;
  /** Cost per kW. */
  readonly cost: CandidateCost;
  /** Yearly loss of output, fraction (PV about 0.005); default 0. */
  readonly degradation_rate?: number;
}

/** Battery storage: power (MW) and energy (MWh) sized apart, each with its cost. */
export interface StorageCandidate extends CandidateCommon {
  readonly kind: 'storage';
  readonly power_cost: CandidateCost; // per kW
  readonly energy_cost: CandidateCost; // per kWh (nominal)
  readonly max_power_mw: number;
  readonly max_energy_mwh: number;
  readonly round_trip_efficiency: number;
  /** Share of the nominal energy that may be used. */
  readonly usable_share: number;
  /** Energy-to-power ratio bounds, hours (nominal MWh per MW); default 0.5..8. */
  readonly min_hours?: number;
  readonly max_hours?: number;
}

/** Green electricity bought with certificates (counts at zero emissions), MWh per year. */
export interface GreenPowerCandidate extends CandidateCommon {
  readonly kind: 'green_power';
  readonly premium_cny_per_mwh: YearValues;
  /** At most this share of the year's grid purchase (the park's green-power cap). */
  readonly max_share_of_import: number;
}

/** Carbon offsets bought, tCO2 per year. */
export interface OffsetCandidate extends CandidateCommon {
  readonly kind: 'offset';
  readonly price_cny_per_t: YearValues;
  readonly max_tco2_per_year: YearValues;
}

/**
 * A measure whose effect is a yearly change per unit of size (fuel switches, efficiency, waste
 * heat, electrolysers, CCUS, sinks, fleets): sized in the measure's own unit (a share, GJ a year,
 * kW, t a year, ha, vehicles). Its physics enters the target rows through the adapter's
 * coefficients (`candidate_units` terms, the engine's per-unit deltas); the LP itself knows only
 * its cost, its yearly operating cost and the electric load it adds hour by hour.
 */
export interface AnnualCandidate extends CandidateCommon {
  readonly kind: 'annual';
  /** The measure kind it stands for (names in reports). */
  readonly measure_kind: string;
  /** The size unit (the measure's: 'share', 'kw', 'gj_per_year', ...). */
  readonly unit: string;
  /** Largest size installed at once (the planned size, or the user's bound). */
  readonly max_units: number;
  /** Cost per unit of size (capex and fixed O&M; no x 1000 as for kW candidates). */
  readonly cost: CandidateCost;
  /**
   * Operating cost per unit of size and year that is not electricity (fuel bought or saved,
   * hydrogen sold), CNY; the LP prices electricity itself through the hourly balance.
   */
  readonly yearly_cost_cny_per_unit?: YearValues;
  /** Key of the electric load it adds per unit (MW per unit) in each period's `shapes`; absent: none. */
  readonly load_shape?: string;
}

export type Candidate = GeneratorCandidate | StorageCandidate | GreenPowerCandidate | OffsetCandidate | AnnualCandidate;

/**
 * Bounds the park really has, beyond each candidate's own maximum (the plan adapter and the
 * CLI's --bounds file fill it; all optional).
 */
export interface ProblemBounds {
  /** Grid connection, MW (caps the hourly import; tighter than a period's own). */
  readonly import_limit_mw?: number;
  /** Export limit, MW (0 = anti-backflow; tighter than a period's own). */
  readonly export_limit_mw?: number;
  /** Largest green-power share of the year's grid purchase (tighter than the candidate's). */
  readonly max_green_share?: number;
  /** Offsets at most, tCO2 a year (tighter than the candidate's). */
  readonly max_offset_tco2_per_year?: number;
  /** Investment a year at most (capex of the builds of a year, undiscounted), CNY. */
  readonly yearly_budget_cny?: YearValues;
  /**
   * Per candidate: the least size that must be installed from its first build year on and
   * the most, in the candidate's unit (MW for PV and wind, MW / MWh for storage power / energy
   * keys `id:power` / `id:energy`, the measure's unit for annual candidates).
   */
  readonly candidates?: Readonly<Record<string, { readonly min?: number; readonly max?: number }>>;
}

/** Storage already in the base scenario (not sized by the LP). */
export interface ExistingStorage {
  readonly power_mw: number;
  readonly usable_mwh: number;
  readonly round_trip_efficiency: number;
}

/**
 * One period of the pathway: the calendar years it stands for (capacity is the same in all of
 * them) and its electricity on the representative days. Hourly arrays have days x 24 values,
 * representative day after day.
 */
export interface Period {
  /** The years this period stands for; the first is where builds happen and costs start. */
  readonly years: readonly number[];
  readonly days: RepresentativeDays;
  /** The base scenario's electric load, MW. */
  readonly load_mw: ArrayLike<number>;
  /** On-site generation the base scenario already has (its PV, wind, TRT), MW. */
  readonly existing_generation_mw?: ArrayLike<number>;
  readonly existing_storage?: ExistingStorage;
  readonly import_price_cny_per_mwh: ArrayLike<number>;
  readonly export_price_cny_per_mwh: number;
  /** MW; Infinity = no limit, 0 = no export (anti-backflow). */
  readonly export_limit_mw: number;
  /** Grid connection, MW; Infinity = no limit. */
  readonly import_limit_mw?: number;
  /** Per-MW output of each generator candidate's shape key, MWh per MW per hour. */
  readonly shapes: Readonly<Record<string, ArrayLike<number>>>;
  /**
   * tCO2 per MWh of grid purchase not covered by green power (the engine's applied factor).
   * Per year of the period, or one value for all.
   */
  readonly grid_tco2_per_mwh: YearValues;
}

/** Yearly quantities a target row can use (each summed over one year of a period). */
export type Quantity =
  | 'import_mwh'
  | 'export_mwh'
  | 'curtailed_mwh'
  /** Candidate and existing PV and wind used on site (generation - export - curtailment). */
  | 'renewable_used_mwh'
  | 'green_mwh'
  | 'offset_tco2'
  /** Grid purchase not covered by green power, times the year's grid factor. */
  | 'scope2_electricity_tco2'
  /** The installed size of one candidate (term's `candidate`), in its unit: for per-unit effects. */
  | 'candidate_units';

export interface TargetTerm {
  readonly quantity: Quantity;
  readonly coef: number;
  readonly year?: number;
  /** The candidate of a `candidate_units` term. */
  readonly candidate?: string;
}

/**
 * A target in one year as a linear row: constant + sum(coef x quantity of year) {<=, >=} limit.
 * Ratios become linear by multiplying with their denominator in the adapter (a share s of a
 * total T: numerator - s x T >= 0).
 */
export interface LinearTarget {
  /** The plan's target id; the report groups by it. */
  readonly target_id: string;
  readonly year: number;
  readonly constant: number;
  readonly terms: readonly TargetTerm[];
  readonly bound: 'max' | 'min';
  readonly limit: number;
  /**
   * How the row maps back to the indicator the user set: indicator = row value x scale (a
   * share row is in MWh with limit s x demand, scale 1 / demand; default 1).
   */
  readonly indicator_scale?: number;
  /**
   * A peak target's row: the indicator of this year minus that of the peak year, limit 0. Its
   * value as the indicator is the row value plus the peak year's value.
   */
  readonly relative_to_peak?: boolean;
  /** The indicator's unit for reports: a share is shown in %, the rest with the unit. */
  readonly unit?: 'share' | 't' | 'tce' | 'tCO2' | 'tCO2/tce' | 'MWh';
  /**
   * A ratio whose denominator the candidates change (a share of total energy when fuel switches
   * move the total): the row is numerator - limit x denominator, and the indicator is
   * numerator / denominator, each an expression over the same quantities.
   */
  readonly ratio?: {
    readonly numerator: { readonly constant: number; readonly terms: readonly TargetTerm[] };
    readonly denominator: { readonly constant: number; readonly terms: readonly TargetTerm[] };
  };
}

export interface PlanningProblem {
  readonly name: string;
  /** Year costs are discounted to. */
  readonly base_year: number;
  /** Last year of the pathway; capacity living past it earns a residual credit. */
  readonly horizon_year: number;
  readonly discount_rate: number;
  readonly periods: readonly Period[];
  readonly candidates: readonly Candidate[];
  readonly targets: readonly LinearTarget[];
  /** CNY per tCO2 by year; when given, the net emissions the LP can change are priced. */
  readonly carbon_price_cny_per_t?: YearValues;
  /**
   * Relax targets with penalised slack (the infeasibility report); penalty in CNY per unit of
   * shortfall, large enough that a target is only missed when it cannot be met.
   */
  readonly elastic_penalty?: number;
  /** The park's own limits (grid connection, export, green share, offsets, budget, per-candidate min/max). */
  readonly bounds?: ProblemBounds;
}
