import { z } from 'zod';
import { ENERGY_KEYS } from '../model/carriers.ts';
import { MEASURE_KINDS } from '../model/measures.ts';
import { ScenarioSettings } from '../model/scenario.ts';
import { DISPATCH_NOTE_CODES } from './dispatch-notes.ts';
import { WARNING_CODES } from './warnings.ts';
import { CarbonMarketResult } from '../carbon-market/result-schema.ts';

/**
 * The results format: what `runScenario` / `runPlan` return and what hosts may validate,
 * store or export (`parkzero run`). Units are in the field names. All numbers are finite.
 */

export const RESULTS_FORMAT_VERSION = 1;

const n = z.number();
const carrierRecord = z.strictObject(
  Object.fromEntries(ENERGY_KEYS.map((k) => [k, n])) as Record<(typeof ENERGY_KEYS)[number], typeof n>,
);
export const FOSSIL_ENERGY_KEYS = [
  'coal_t',
  'coke_t',
  'natural_gas_10k_nm3',
  'diesel_t',
  'gasoline_t',
  'fuel_oil_t',
  'lpg_t',
] as const;

/** Values by time-of-use period (core/dispatch/tariff.ts). */
const PeriodRecord = z.strictObject({ critical: n, peak: n, flat: n, valley: n });

export const ElectricityResult = z.strictObject({
  /** Consumers after measures plus new loads (heat pumps, electrolysers, vehicles, CCUS), before storage losses. */
  demand_mwh: n,
  pv_mwh: n,
  wind_mwh: n,
  pressure_power_mwh: n,
  self_consumed_mwh: n,
  /** Share of self-consumed electricity that is PV or wind (pro rata with generation). */
  renewable_self_consumed_mwh: n,
  exported_mwh: n,
  curtailed_mwh: n,
  grid_import_mwh: n,
  green_power_mwh: n,
  /** Conversion losses in storage, MWh: charge x (1 - eta) + discharge x (1/eta - 1), eta = sqrt(round trip). */
  storage_losses_mwh: n,
  /** Energy charged into storage over the year (grid side), MWh. */
  storage_throughput_mwh: n,
  /** Peak hourly grid import, kW; null in the annual balance. */
  peak_import_kw: n.nullable(),
  /** On-site renewables used + green power + the non-fossil part of the remaining grid purchase. */
  non_fossil_mwh: n,
  /** `hourly`: load-following dispatch over 8760 hours (default); `annual`: annual netting. */
  balance_method: z.enum(['hourly', 'annual']),
  /** Generation used by load in the same hour, MWh (annual balance: = self-consumed). */
  direct_use_mwh: n,
  storage_charge_mwh: n,
  storage_discharge_mwh: n,
  /** Stored energy at year end minus at year start (each year starts where the previous ended), MWh; may be negative. */
  storage_soc_change_mwh: n,
  /** Stored energy at the start of the year (the first year: the set share of usable energy), MWh. */
  storage_start_mwh: n,
  /** Stored energy at the end of the year, MWh; the next year starts with it. */
  storage_end_mwh: n,
  /** Part of storage_charge_mwh bought from the grid (arbitrage, peak shaving), MWh; counted as grid electricity. */
  storage_grid_charge_mwh: n,
  /** The storage rule that ran this year (the strategy's, or the one best_bill kept); null in the annual balance. */
  storage_rule: z.enum(['load_following', 'tou_arbitrage', 'peak_shaving']).nullable(),
  /**
   * charge - discharge = losses + soc change, MWh: what storage adds to consumption
   * (by_carrier.electricity_mwh = demand + this = self-consumed + grid import). May be negative.
   */
  storage_net_charge_mwh: n,
  /** Energy discharged from the cells / usable energy. */
  storage_equivalent_cycles: n,
  /** Hour of the reference year (0..8759, local time) of the peak import; null when none or annual. */
  peak_import_hour: z.int().nullable(),
  /** Self-consumed / (self-consumed + grid import). */
  self_sufficiency: n.nullable(),
  /** Self-consumed / on-site generation. */
  self_consumption_share: n.nullable(),
  /** Grid import priced hour by hour with the scenario's tariff (annual balance: at the flat price), CNY. */
  import_cost_cny: n,
  /** Grid import by time-of-use period, MWh; null in the annual balance. */
  import_by_period_mwh: PeriodRecord.nullable(),
  import_cost_by_period_cny: PeriodRecord.nullable(),
  /** Two-part tariff: monthly peak import x demand charge, CNY (0 unless the setting is given). */
  demand_charge_cny: n,
});

/**
 * The park's hydrogen balance of the year, t (core/engine/hydrogen.ts). Closes every year:
 * produced + bought = used_substitution + used_vehicles + used_enterprises + sold + flared + losses.
 */
export const HydrogenResult = z.strictObject({
  /** Made by the park's electrolysers (green_hydrogen measures). */
  produced_t: n,
  /** Used by the green_hydrogen measures' own fuel substitution. */
  used_substitution_t: n,
  /** Used by hydrogen vehicles (transport measures, drive hydrogen). */
  used_vehicles_t: n,
  /** Used by the enterprises (`hydrogen_t` of the inventory after measures, fuel switches to hydrogen included). */
  used_enterprises_t: n,
  /** Uses met by the park's own hydrogen (substitution + the part of vehicles and enterprises). */
  own_supply_t: n,
  /** Shortfall bought at the scenario's hydrogen price (= by_carrier.hydrogen_t). */
  bought_t: n,
  /** Surplus sold at settings.hydrogen_sale_cny_per_t. */
  sold_t: n,
  /** Surplus without a buyer (surplus-following electrolysers only). */
  flared_t: n,
  /** Compression, storage and delivery losses (losses_share of production). */
  losses_t: n,
  /** Electricity of the electrolysers, MWh (in the park's demand). */
  electrolysis_mwh: n,
  /** sold_t x sale price, CNY (also costs.hydrogen_sales_cny). */
  sale_revenue_cny: n,
});

export const EnergyResult = z.strictObject({
  /** Final consumption by carrier, physical units; electricity = self-consumed + grid import. */
  by_carrier: carrierRecord,
  /** Consumption after output growth and autonomous efficiency gains, before measures. */
  activity_by_carrier: carrierRecord,
  /** Changes by measure (source = measure id) or by a final clamp at zero (source = "clamp"). */
  measure_deltas: z.array(z.strictObject({ source: z.string(), carrier: z.enum(ENERGY_KEYS), delta: n })),
  /** Total energy, tce, electricity at its calorific value 0.1229 kgce/kWh. */
  tce_equivalent: n,
  /** Total energy, tce, electricity by the coal-consumption method of the year. */
  tce_coal_method: n,
  tce_by_carrier_equivalent: carrierRecord,
  electricity: ElectricityResult,
  waste_heat_recovered_gj: n,
  waste_heat_available_gj: n,
  hydrogen_produced_t: n,
  hydrogen: HydrogenResult,
});

export const EmissionsResult = z.strictObject({
  /** Scope 1: fuel combustion + process emissions. */
  scope1_tco2: n,
  scope1_fuel_tco2: n,
  scope1_by_fuel: z.strictObject(
    Object.fromEntries(FOSSIL_ENERGY_KEYS.map((k) => [k, n])) as Record<(typeof FOSSIL_ENERGY_KEYS)[number], typeof n>,
  ),
  process_tco2: n,
  /** Scope 2: grid electricity (green-power rule) + purchased heat. */
  scope2_tco2: n,
  scope2_electricity_tco2: n,
  scope2_heat_tco2: n,
  gross_tco2: n,
  ccus_tco2: n,
  sinks_tco2: n,
  offsets_tco2: n,
  /** gross - CCUS - sinks - offsets; may be negative. */
  net_tco2: n,
});

export const YearFactors = z.strictObject({
  grid_average_tco2_per_mwh: n,
  grid_excl_market_tco2_per_mwh: n,
  /** Factor applied to the grid purchase left after green power. */
  grid_applied_tco2_per_mwh: n,
  grid_applied_series: z.enum(['average', 'excl_market']),
  /** published | interpolated | held_before_first | held_after_last | projected */
  grid_basis: z.string(),
  /** 1 - applied factor / national fossil-only factor, within 0..1. */
  grid_non_fossil_fraction: n,
  electricity_coal_method_tce_per_mwh: n,
  carbon_price_cny_per_t: n,
});

export const Indicators = z.strictObject({
  coal_t: n,
  total_tce_equivalent: n,
  total_tce_coal_method: n,
  gross_emissions_tco2: n,
  net_emissions_tco2: n,
  co2_per_tce_equivalent: n.nullable(),
  co2_per_tce_coal_method: n.nullable(),
  tco2_per_10k_cny_va: n.nullable(),
  tce_per_10k_cny_va_equivalent: n.nullable(),
  tce_per_10k_cny_va_coal_method: n.nullable(),
  non_fossil_share_equivalent: n.nullable(),
  non_fossil_share_coal_method: n.nullable(),
  clean_energy_share_equivalent: n.nullable(),
  clean_energy_share_coal_method: n.nullable(),
  renewable_electricity_share: n.nullable(),
  renewable_electricity_share_incl_grid: n.nullable(),
  electrification_rate_equivalent: n.nullable(),
  electrification_rate_coal_method: n.nullable(),
  waste_heat_utilisation: n.nullable(),
});
export type Indicators = z.infer<typeof Indicators>;

export const YearTargetCheck = z.strictObject({
  id: z.string(),
  /** Indicator value (null when it cannot be computed, for example a share of zero energy). */
  value: n.nullable(),
  limit: n,
  pass: z.boolean(),
  /** Headroom in the indicator's unit: limit - value for a max bound, value - limit for a min. */
  margin: n.nullable(),
});

export const CostsResult = z.strictObject({
  capex_cny: n,
  /**
   * Residual value of the measures still alive at the horizon (linear over their lifetime),
   * in the horizon year only, >= 0. NOT part of `total_cny`: NPV credits it separately.
   */
  residual_value_cny: n,
  fixed_opex_cny: n,
  /** Fossil fuels, purchased heat and purchased hydrogen. */
  fuel_cny: n,
  /** Grid import priced by the tariff + demand charge + green premium - export revenue. */
  electricity_cny: n,
  green_premium_cny: n,
  export_revenue_cny: n,
  demand_charge_cny: n,
  /** Carbon price of the year x max(0, net emissions): a shadow cost. */
  carbon_cny: n,
  offsets_cny: n,
  /** Revenue from surplus hydrogen sold (a credit), CNY. */
  hydrogen_sales_cny: n,
  /** capex + fixed opex + fuel + electricity + carbon + offsets - hydrogen sales (residual value excluded) */
  total_cny: n,
});

export const YearResult = z.strictObject({
  year: z.int(),
  activity: z.strictObject({ output_value_10k_cny: n, value_added_10k_cny: n }),
  energy: EnergyResult,
  emissions: EmissionsResult,
  factors: YearFactors,
  indicators: Indicators,
  targets: z.array(YearTargetCheck),
  costs: CostsResult,
});
export type YearResult = z.infer<typeof YearResult>;

export const MacEntry = z.strictObject({
  measure_id: z.string(),
  name: z.string(),
  kind: z.enum(MEASURE_KINDS),
  /** NPV of the measure's cost excluding the carbon price (full scenario minus scenario without it). */
  npv_cost_cny: n,
  /** Abatement over the pathway, tCO2, undiscounted. */
  cumulative_abatement_tco2: n,
  discounted_abatement_tco2: n,
  /** Mean annual abatement over the years the measure is active: the bar width of a MAC curve. */
  average_annual_abatement_tco2: n,
  /** npv_cost / discounted abatement, CNY/tCO2; null unless `status` is `abates`. */
  mac_cny_per_tco2: n.nullable(),
  /**
   * `abates`: positive discounted abatement (MAC defined); `raises`: the measure raises
   * emissions; `mixed`: abates on average but not in discounted terms; `none`: exactly zero.
   */
  status: z.enum(['abates', 'raises', 'mixed', 'none']),
  note: z.string(),
});
export type MacEntry = z.infer<typeof MacEntry>;

export const TargetSummary = z.strictObject({
  id: z.string(),
  name: z.string(),
  source: z.string(),
  indicator: z.string(),
  years_checked: z.int(),
  pass: z.boolean(),
  first_failing_year: z.int().nullable(),
  worst_margin: n.nullable(),
});

export const WarningResult = z.strictObject({
  code: z.enum(WARNING_CODES),
  severity: z.enum(['warning', 'info']),
  path: z.string(),
  /** English sentence for the CLI and JSON consumers. */
  message: z.string(),
  /** Figures (raw, in the units core/engine/warning-params.ts declares) and names the translated sentence is built from. */
  params: z.record(z.string(), z.union([z.string(), n])).default({}),
  first_year: z.int().nullable(),
  last_year: z.int().nullable(),
  count: z.int(),
});

export const FactorTraceEntry = z.strictObject({
  key: z.string(),
  value: n,
  unit: z.string(),
  source: z.string(),
  year: z.int().nullable(),
  series: z.string(),
  secondary: z.boolean(),
  overridden: z.boolean(),
});

/**
 * One sentence of the dispatch note as what it says (core/engine/dispatch-notes.ts declares
 * each code's params), so that the UI can say it in the reader's language.
 */
export const DispatchSentence = z.strictObject({
  code: z.enum(DISPATCH_NOTE_CODES),
  /** English sentence, as in `description`, `tariff` or `notes`. */
  message: z.string(),
  /** Figures (raw, in the units dispatch-notes.ts declares) and names the translated sentence is built from. */
  params: z.record(z.string(), z.union([z.string(), n])),
});
export type DispatchSentence = z.infer<typeof DispatchSentence>;

/** How the scenario's electricity was balanced, with the sources of the hourly inputs. */
export const DispatchInfo = z.strictObject({
  method: z.enum(['hourly', 'annual']),
  /** One sentence for reports: the rule and why this method. */
  description: z.string(),
  tariff: z.string(),
  /** Export limit applied, kW; null = none. */
  export_limit_kw: n.nullable(),
  /** Climate used for PV, wind and temperature-dependent loads; null without one. */
  climate: z.string().nullable(),
  notes: z.array(z.string()),
  /** `description`, `tariff` and each of `notes`, in that order, as sentences with their facts. */
  sentences: z.array(DispatchSentence),
  /** The climate's name in English and Chinese (the city's, or the weather file's); null without one. */
  climate_name: z.strictObject({ en: z.string(), zh: z.string() }).nullable(),
  /** Where each PV or wind measure's annual energy comes from. */
  generators: z.array(
    z.strictObject({
      measure_id: z.string(),
      kind: z.enum(['pv', 'wind']),
      /** `plan`: the measure's own value; `model`: the PV model for its tilt and azimuth at the park's climate; `factor_library`: the table default. */
      yield_source: z.enum(['plan', 'model', 'factor_library']),
      /** kWh/kWp per year (PV) or full-load hours (wind) used. */
      yield_used: n,
      /** The PV model's yield for the measure's orientation, for comparison; null for wind or without a climate. */
      modelled_yield: n.nullable(),
      /** The factor library's default for the park, for comparison. */
      library_yield: n,
      library_key: z.string(),
    }),
  ),
});
export type DispatchInfo = z.infer<typeof DispatchInfo>;

export const ScenarioResult = z.strictObject({
  scenario_id: z.string(),
  scenario_name: z.string(),
  parent_id: z.string().nullable(),
  chain: z.array(z.string()),
  settings: ScenarioSettings,
  grid_series: z.strictObject({ average: z.string(), excl_market: z.string(), excl_market_estimated: z.boolean() }),
  years: z.array(YearResult),
  summary: z.strictObject({
    npv_total_cost_cny: n,
    npv_cost_excl_carbon_cny: n,
    /** NPV of (this scenario's costs - parent's), incl. carbon cost; null for a root. */
    npv_cost_vs_parent_cny: n.nullable(),
    npv_cost_vs_parent_excl_carbon_cny: n.nullable(),
    cumulative_net_emissions_tco2: n,
    cumulative_abatement_vs_parent_tco2: n.nullable(),
    peak_year_gross_emissions: z.int(),
    peak_year_net_emissions: z.int(),
  }),
  targets: z.array(TargetSummary),
  mac: z.array(MacEntry),
  warnings: z.array(WarningResult),
  factors_used: z.array(FactorTraceEntry),
  dispatch: DispatchInfo,
  /**
   * Per year and covered enterprise: verified emissions, allowances, surplus or deficit,
   * offsets, cost or revenue, with park totals (core/carbon-market). Absent when no enterprise
   * of the plan is covered by a carbon market.
   */
  carbon_market: CarbonMarketResult.optional(),
});
export type ScenarioResult = z.infer<typeof ScenarioResult>;

export const PlanResults = z.strictObject({
  format: z.literal('parkzero-results'),
  format_version: z.literal(RESULTS_FORMAT_VERSION),
  park_name: z.string(),
  base_year: z.int(),
  horizon_year: z.int(),
  scenarios: z.array(ScenarioResult),
});
export type PlanResults = z.infer<typeof PlanResults>;
