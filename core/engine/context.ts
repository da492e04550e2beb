import { CARRIERS, ENERGY_KEYS } from '../model/carriers.ts';
import type { CarrierId, EnergyKey } from '../model/carriers.ts';
import type { Plan } from '../model/plan.ts';
import type { Measure } from '../model/measures.ts';
import type { ScenarioSettings } from '../model/scenario.ts';
import type { YearPath } from '../model/primitives.ts';
import type { FactorSet, GridSeries } from '../factors/factor-set.ts';
import {
  buildFactorSet,
  coalMethodGcePerKwh,
  factorValue,
  fossilOnlyFactor,
  pathValue,
  resolveGridSeries,
} from '../factors/factor-set.ts';
import { fuelKeys, FOSSIL_FUELS } from '../factors/library.ts';
import type { FossilFuelId } from '../factors/library.ts';
import { PROVINCES, provinceKey } from '../factors/provinces.ts';
import { defaultPvYield, defaultWindHours } from '../factors/yields.ts';
import {
  GJ_PER_MWH,
  gcePerKwhToTcePerMwh,
  kgcePerKgToTcePerT,
  kgcePerM3ToTcePer10kNm3,
  kgcePerKwhToTcePerMwh,
  kgcePerMjToTcePerGj,
} from '../units/index.ts';
import type { ResolvedMeasure, ResolvedScenario } from './resolve.ts';
import type { WarningCollector } from './warnings.ts';
import { ANNUAL_STORAGE_CYCLES } from './electricity.ts';
import type { BalanceMethod } from './electricity.ts';
import type { ProfileCache } from '../dispatch/index.ts';

/** Number of carriers; arrays indexed [consumer * K + carrier] follow CARRIERS order. */
export const K = CARRIERS.length;
export const CARRIER_INDEX: Record<CarrierId, number> = Object.fromEntries(CARRIERS.map((c, i) => [c.id, i])) as Record<
  CarrierId,
  number
>;
export const ELEC = CARRIER_INDEX.electricity;
export const HEAT = CARRIER_INDEX.heat;
export const H2 = CARRIER_INDEX.hydrogen;
export const GAS = CARRIER_INDEX.natural_gas;
export const COAL = CARRIER_INDEX.coal;

/** Per-carrier constants of a plan (factor overrides applied). */
export interface CarrierConstants {
  key: EnergyKey;
  fossil: boolean;
  /** Energy content, GJ per physical unit (accounting NCV for fuels; 3.6 GJ/MWh; 120 GJ/t H2). */
  gj_per_unit: number;
  /** Scope-1 CO2, tCO2 per physical unit (0 for electricity, heat, hydrogen). */
  co2_per_unit: number;
  /** tce per unit by the calorific-equivalent method (GB/T 2589 printed coefficients). */
  tce_eq_per_unit: number;
  /** factor keys these constants came from, for the factor trace */
  keys: string[];
}

/** Everything about a plan that does not depend on the scenario. */
export interface PlanContext {
  plan: Plan;
  fs: FactorSet;
  years: number[];
  nC: number;
  base: Float64Array;
  growth: Float64Array;
  effGain: Float64Array;
  output: Float64Array;
  va: Float64Array;
  process: Float64Array;
  wasteAvail: Float64Array;
  roof: Float64Array;
  consumerIndex: Map<string, number>;
  carriers: CarrierConstants[];
  heatCo2PerGj: number;
  provinceKey: string | null;
}

export function buildPlanContext(plan: Plan): PlanContext {
  const fs = buildFactorSet(plan.factor_overrides);
  const nC = plan.consumers.length;
  const base = new Float64Array(nC * K);
  const growth = new Float64Array(nC);
  const effGain = new Float64Array(nC);
  const output = new Float64Array(nC);
  const va = new Float64Array(nC);
  const process = new Float64Array(nC);
  const wasteAvail = new Float64Array(nC);
  const roof = new Float64Array(nC);
  const consumerIndex = new Map<string, number>();
  plan.consumers.forEach((c, i) => {
    consumerIndex.set(c.id, i);
    ENERGY_KEYS.forEach((key, k) => (base[i * K + k] = c.energy[key]));
    growth[i] = c.output_growth_rate;
    effGain[i] = c.efficiency_gain_rate;
    output[i] = c.output_value_10k_cny;
    va[i] = c.value_added_10k_cny;
    process[i] = c.process_emissions_tco2;
    wasteAvail[i] = c.waste_heat_available_gj;
    roof[i] = c.roof_area_m2;
  });
  const carriers: CarrierConstants[] = CARRIERS.map((c) => {
    if ((FOSSIL_FUELS as readonly string[]).includes(c.id)) {
      const fk = fuelKeys(c.id as FossilFuelId);
      const kgce = factorValue(fs, fk.kgce);
      return {
        key: c.energyKey,
        fossil: true,
        gj_per_unit: factorValue(fs, fk.ncv),
        co2_per_unit: factorValue(fs, fk.co2),
        tce_eq_per_unit: c.id === 'natural_gas' ? kgcePerM3ToTcePer10kNm3(kgce) : kgcePerKgToTcePerT(kgce),
        keys: [fk.ncv, fk.carbon, fk.oxidation, fk.co2, fk.kgce],
      };
    }
    if (c.id === 'electricity')
      return {
        key: c.energyKey,
        fossil: false,
        gj_per_unit: GJ_PER_MWH,
        co2_per_unit: 0,
        tce_eq_per_unit: kgcePerKwhToTcePerMwh(factorValue(fs, 'electricity.kgce_per_kwh')),
        keys: ['electricity.kgce_per_kwh'],
      };
    if (c.id === 'heat')
      return {
        key: c.energyKey,
        fossil: false,
        gj_per_unit: 1,
        co2_per_unit: 0,
        tce_eq_per_unit: kgcePerMjToTcePerGj(factorValue(fs, 'heat.kgce_per_mj')),
        keys: ['heat.kgce_per_mj', 'heat.co2_t_per_gj'],
      };
    return {
      key: c.energyKey,
      fossil: false,
      gj_per_unit: factorValue(fs, 'hydrogen.ncv_gj_per_t'),
      co2_per_unit: factorValue(fs, 'hydrogen.co2_t_per_t'),
      tce_eq_per_unit: kgcePerKgToTcePerT(factorValue(fs, 'hydrogen.kgce_per_kg')),
      keys: ['hydrogen.ncv_gj_per_t', 'hydrogen.kgce_per_kg', 'hydrogen.co2_t_per_t'],
    };
  });
  const years: number[] = [];
  for (let y = plan.park.base_year; y <= plan.park.horizon_year; y++) years.push(y);
  return {
    plan,
    fs,
    years,
    nC,
    base,
    growth,
    effGain,
    output,
    va,
    process,
    wasteAvail,
    roof,
    consumerIndex,
    carriers,
    heatCo2PerGj: factorValue(fs, 'heat.co2_t_per_gj'),
    provinceKey: provinceKey(plan.park.province),
  };
}

/** A measure prepared for the year loop. */
export interface CompiledMeasure {
  /** Position in the scenario's resolved measure list (stable across MAC variants). */
  index: number;
  measure: Measure;
  path: string;
  /** Consumer indices the measure acts on (all consumers when the measure names none). */
  targets: Int32Array;
  /** Ramp factor per year index, 0..1. */
  ramp: Float64Array;
  /** Capital spending per year index, including like-for-like replacements, CNY. */
  capex: Float64Array;
  /** Residual value credited in the horizon year, CNY. */
  salvage: number;
  /** PV kWh/kWp or wind full-load hours actually used (0 for other kinds). */
  yield_per_kw: number;
  /** Where `yield_per_kw` comes from (PV and wind; null for other kinds). */
  yield_info: {
    source: 'plan' | 'model' | 'factor_library';
    modelled: number | null;
    library: number;
    library_key: string;
  } | null;
}

export interface CompileOptions {
  method: BalanceMethod;
  /** The park's profiles; PV without a plan yield takes the model's yield for its orientation. */
  profiles: ProfileCache | null;
}

/** Ramp factor: 0 before the start year, then (years since start + 1) / (ramp_years + 1), capped at 1. */
export function rampFactor(m: Measure, year: number): number {
  if (year < m.start_year) return 0;
  return Math.min(1, (year - m.start_year + 1) / (m.ramp_years + 1));
}

/**
 * Capex follows the ramp: each year's ramp increment is built (and paid) that year, and each
 * tranche is replaced like for like every `lifetime_years`. Spending before the base year is
 * sunk and not counted. The tranche still alive at the horizon is credited at its linear
 * residual value (salvage) in the horizon year.
 */
function capexSchedule(m: Measure, years: readonly number[]): { capex: Float64Array; salvage: number } {
  const capex = new Float64Array(years.length);
  const first = years[0]!;
  const horizon = years[years.length - 1]!;
  let salvage = 0;
  let prev = 0;
  for (let y = m.start_year; y <= m.start_year + m.ramp_years && y <= horizon; y++) {
    const r = rampFactor(m, y);
    const amount = m.capex_cny * (r - prev);
    prev = r;
    if (amount === 0) continue;
    let t = y;
    for (; t + m.lifetime_years <= horizon; t += m.lifetime_years) if (t >= first) capex[t - first]! += amount;
    if (t >= first) capex[t - first]! += amount;
    const remaining = t + m.lifetime_years - (horizon + 1);
    if (remaining > 0 && t >= first) salvage += (amount * remaining) / m.lifetime_years;
  }
  return { capex, salvage };
}

export function compileMeasures(
  ctx: PlanContext,
  resolved: readonly ResolvedMeasure[],
  warnings: WarningCollector,
  options: CompileOptions = { method: 'annual', profiles: null },
): CompiledMeasure[] {
  const { plan, years } = ctx;
  const all = Int32Array.from({ length: ctx.nC }, (_, i) => i);
  return resolved.map((rm, index) => {
    const m = rm.measure;
    const path = rm.origin.path;
    const targets =
      m.consumer_ids.length === 0 ? all : Int32Array.from(m.consumer_ids.map((id) => ctx.consumerIndex.get(id) ?? 0));
    const ramp = new Float64Array(years.length);
    years.forEach((y, yi) => (ramp[yi] = rampFactor(m, y)));
    const { capex, salvage } = capexSchedule(m, years);
    let yieldPerKw = 0;
    let yieldInfo: CompiledMeasure['yield_info'] = null;
    if (m.kind === 'pv') {
      const d = defaultPvYield(ctx.fs, plan.park.province, plan.park.city);
      const modelled =
        options.profiles === null
          ? null
          : options.profiles.pv(m.params.tilt_deg, m.params.azimuth_deg).specific_yield_kwh_per_kwp;
      const info = { modelled, library: d.value, library_key: d.key };
      if (m.params.specific_yield_kwh_per_kw !== null) {
        yieldPerKw = m.params.specific_yield_kwh_per_kw;
        yieldInfo = { source: 'plan', ...info };
      } else if (modelled !== null) {
        // The model reacts to tilt and azimuth and to the park's own climate; the library's
        // value is one number per city or province. Both are reported (result.dispatch).
        yieldPerKw = modelled;
        yieldInfo = { source: 'model', ...info };
        warnings.add(
          'default_yield_used',
          `${path}.params.specific_yield_kwh_per_kw`,
          `PV yield not given: ${modelled.toFixed(0)} kWh/kWp per year from the PV model for tilt ${m.params.tilt_deg}°, azimuth ${m.params.azimuth_deg}° at ${options.profiles!.climate.en} (approximate climate; the factor library's ${d.key} is ${d.value})`,
          {
            variant: 'pv_model',
            yield_kwh_per_kwp: modelled,
            tilt_deg: m.params.tilt_deg,
            azimuth_deg: m.params.azimuth_deg,
            climate: options.profiles!.climate.en,
            climate_zh: options.profiles!.climate.zh,
            factor_key: d.key,
            library_kwh_per_kwp: d.value,
          },
          null,
          'info',
        );
      } else {
        yieldPerKw = d.value;
        yieldInfo = { source: 'factor_library', ...info };
        warnings.add(
          'default_yield_used',
          `${path}.params.specific_yield_kwh_per_kw`,
          `PV yield not given: ${d.value} kWh/kWp per year used (${d.key}; ${d.source})`,
          { variant: 'pv_library', yield_kwh_per_kwp: d.value, factor_key: d.key, source: d.source },
          null,
          'info',
        );
      }
      const area = m.params.capacity_kw * m.params.area_m2_per_kw;
      let roof = 0;
      for (const c of targets) roof += ctx.roof[c]!;
      if (area > roof)
        warnings.add(
          'pv_exceeds_roof',
          `${path}.params.capacity_kw`,
          `PV needs about ${Math.round(area)} m2 but the ${m.consumer_ids.length === 0 ? 'park consumers (no consumers named: ground-mounted PV is not checked against roofs)' : 'named consumers'} declare ${Math.round(roof)} m2 of roof`,
          { variant: m.consumer_ids.length === 0 ? 'park_consumers' : 'named_consumers', area_m2: area, roof_m2: roof },
        );
    }
    if (m.kind === 'wind') {
      const d = defaultWindHours(ctx.fs, plan.park.province);
      yieldInfo = {
        source: m.params.full_load_hours === null ? 'factor_library' : 'plan',
        modelled: null,
        library: d.value,
        library_key: d.key,
      };
      if (m.params.full_load_hours === null) {
        yieldPerKw = d.value;
        warnings.add(
          'default_yield_used',
          `${path}.params.full_load_hours`,
          `Wind full-load hours not given: ${d.value} h per year used (${d.key}; ${d.source})`,
          { variant: 'wind_library', full_load_hours: d.value, factor_key: d.key, source: d.source },
          null,
          'info',
        );
      } else yieldPerKw = m.params.full_load_hours;
    }
    if (m.kind === 'storage' && options.method === 'annual')
      warnings.add(
        'storage_annual_losses_only',
        path,
        `The annual balance counts only storage losses (${ANNUAL_STORAGE_CYCLES} equivalent cycles a year); its value needs the hourly dispatch`,
        { cycles: ANNUAL_STORAGE_CYCLES },
        null,
        'info',
      );
    if (m.start_year + m.lifetime_years - 1 < plan.park.horizon_year && m.kind !== 'green_power' && m.kind !== 'offset')
      warnings.add(
        'lifetime_before_horizon',
        `${path}.lifetime_years`,
        `Lifetime ends in ${m.start_year + m.lifetime_years - 1}, before the horizon ${plan.park.horizon_year}: the engine assumes like-for-like replacement at the same capex`,
        { end_year: m.start_year + m.lifetime_years - 1, horizon_year: plan.park.horizon_year },
        null,
        'info',
      );
    if (m.start_year < plan.park.base_year)
      warnings.add(
        'measure_starts_before_base_year',
        `${path}.start_year`,
        `Starts before the base year ${plan.park.base_year}: capex before the base year is not counted`,
        { base_year: plan.park.base_year },
        null,
        'info',
      );
    if (!ramp.some((r) => r > 0))
      warnings.add(
        'measure_never_active',
        `${path}.start_year`,
        `Starts in ${m.start_year}, after the horizon ${plan.park.horizon_year}: the measure has no effect`,
        { start_year: m.start_year, horizon_year: plan.park.horizon_year },
      );
    if (m.kind === 'fuel_switch' && m.params.to_efficiency > 1 && m.params.to_carrier !== 'electricity')
      warnings.add(
        'switch_efficiency_implausible',
        `${path}.params.to_efficiency`,
        `to_efficiency ${m.params.to_efficiency} above 1 is only plausible for heat pumps (to_carrier electricity), not for ${m.params.to_carrier}`,
        { to_efficiency: m.params.to_efficiency, carrier: m.params.to_carrier },
      );
    return { index, measure: m, path, targets, ramp, capex, salvage, yield_per_kw: yieldPerKw, yield_info: yieldInfo };
  });
}

/** Per-year factors of a scenario. */
export interface ScenarioFactors {
  gridAvg: Float64Array;
  gridExcl: Float64Array;
  gridBasis: string[];
  fossil: Float64Array;
  coalMethodTcePerMwh: Float64Array;
  carbonPrice: Float64Array;
  prices: Float64Array;
  exportPrice: number;
  /** Export limit of the park's connection, kW; null = none. */
  exportLimitKw: number | null;
  averageSeries: GridSeries;
  exclSeries: GridSeries;
  /** JSON path of the scenario (`scenarios[2]`), for warnings about the whole scenario. */
  scenarioPath: string;
  /**
   * Park-wide output growth factor by year index (1 in the base year) when the scenario sets
   * `output_growth_path`; null: each consumer grows at its own constant rate (simulate.ts).
   */
  outputGrowth: Float64Array | null;
}

/**
 * Cumulative output growth of a park-wide path: factor(year) = product over y = base year + 1
 * .. year of (1 + r(y)), r(y) read by pathValue like every other year path of the engine
 * (linear interpolation between points, the first value held before the first point and the
 * last after the last point, no projection). Computed once per scenario, so the year loop
 * only reads it.
 */
export function outputGrowthFactors(path: YearPath, years: readonly number[]): Float64Array {
  const out = new Float64Array(years.length);
  let factor = 1;
  for (let yi = 0; yi < years.length; yi++) {
    if (yi > 0) factor *= 1 + pathValue(path, years[yi]!).value;
    out[yi] = factor;
  }
  return out;
}

/** Index in the plan of the nearest scenario of the chain (itself first) that sets `key`. */
function settingOwner(ctx: PlanContext, resolved: ResolvedScenario, key: keyof ScenarioSettings): number {
  for (let i = resolved.chain.length - 1; i >= 0; i--) {
    const index = ctx.plan.scenarios.findIndex((s) => s.id === resolved.chain[i]);
    if (ctx.plan.scenarios[index]?.settings[key] !== undefined) return index;
  }
  return ctx.plan.scenarios.indexOf(resolved.scenario);
}

const PRICE_KEYS: Record<CarrierId, keyof ScenarioSettings['energy_prices']> = {
  coal: 'coal_cny_per_t',
  coke: 'coke_cny_per_t',
  natural_gas: 'natural_gas_cny_per_10k_nm3',
  diesel: 'diesel_cny_per_t',
  gasoline: 'gasoline_cny_per_t',
  fuel_oil: 'fuel_oil_cny_per_t',
  lpg: 'lpg_cny_per_t',
  electricity: 'electricity_cny_per_mwh',
  heat: 'heat_cny_per_gj',
  hydrogen: 'hydrogen_cny_per_t',
};

export function scenarioFactors(ctx: PlanContext, resolved: ResolvedScenario, warnings: WarningCollector): ScenarioFactors {
  const s = resolved.settings;
  const n = ctx.years.length;
  const q = { scope: s.grid_factor_scope, region: ctx.plan.park.grid_region, province: ctx.provinceKey };
  const averageSeries = resolveGridSeries(ctx.fs, { ...q, series: 'average' });
  const exclSeries = resolveGridSeries(ctx.fs, { ...q, series: 'excl_market' });
  const out: ScenarioFactors = {
    gridAvg: new Float64Array(n),
    gridExcl: new Float64Array(n),
    gridBasis: [],
    fossil: new Float64Array(n),
    coalMethodTcePerMwh: new Float64Array(n),
    carbonPrice: new Float64Array(n),
    prices: new Float64Array(K),
    exportPrice: s.energy_prices.electricity_export_cny_per_mwh,
    exportLimitKw: s.export_limit_kw,
    averageSeries,
    exclSeries,
    scenarioPath: `scenarios[${ctx.plan.scenarios.indexOf(resolved.scenario)}]`,
    outputGrowth: s.output_growth_path === null ? null : outputGrowthFactors(s.output_growth_path, ctx.years),
  };
  const settingsPath = `${out.scenarioPath}.settings`;
  if (averageSeries.scope_used !== s.grid_factor_scope)
    warnings.add('grid_factor_fallback', `${settingsPath}.grid_factor_scope`, averageSeries.description, {
      province: ctx.plan.park.province,
      region: ctx.plan.park.grid_region,
    });
  let firstProjected: number | null = null;
  ctx.years.forEach((y, yi) => {
    const a = averageSeries.value(y, s.grid_factor_decline_rate);
    out.gridAvg[yi] = a.value;
    out.gridBasis.push(a.basis);
    if (a.basis === 'projected' && firstProjected === null) firstProjected = y;
    out.gridExcl[yi] = exclSeries.value(y, s.grid_factor_decline_rate).value;
    out.fossil[yi] = fossilOnlyFactor(ctx.fs, y);
    out.coalMethodTcePerMwh[yi] = gcePerKwhToTcePerMwh(coalMethodGcePerKwh(ctx.fs, y).value);
    out.carbonPrice[yi] = pathValue(s.carbon_price_cny_per_t, y).value;
  });
  if (firstProjected !== null)
    warnings.add(
      'grid_factor_projected',
      `${settingsPath}.grid_factor_decline_rate`,
      `Grid factors from ${firstProjected} on are projected from the last published value (${averageSeries.prefix}) at ${(s.grid_factor_decline_rate * 100).toFixed(1)}% a year`,
      { from_year: firstProjected, series: averageSeries.prefix, decline_rate: s.grid_factor_decline_rate },
      null,
      'info',
    );
  if (exclSeries.estimated) {
    // Only regional and provincial series are ever estimated (the national one is published).
    const prov = PROVINCES.find((p) => p.key === ctx.provinceKey);
    warnings.add(
      'grid_factor_estimated',
      `${settingsPath}.grid_factor_scope`,
      exclSeries.description,
      exclSeries.scope_used === 'provincial' && prov !== undefined
        ? { variant: 'provincial', province: prov.en, province_zh: prov.zh }
        : { variant: 'regional', region: ctx.plan.park.grid_region },
      null,
      'info',
    );
  }
  if (s.output_growth_path !== null) {
    // The path replaces every enterprise's own rate in this scenario: say so when those rates
    // carry information the planner may not mean to drop.
    const own = ctx.plan.consumers.filter((c) => c.output_growth_rate !== 0);
    if (own.length > 0)
      warnings.add(
        'output_growth_rates_ignored',
        `scenarios[${settingOwner(ctx, resolved, 'output_growth_path')}].settings.output_growth_path`,
        `The park-wide output growth path replaces the enterprises' own growth rates in this scenario; ignored: ${own.length} non-zero rates (e.g. ${own[0]!.name}, ${(own[0]!.output_growth_rate * 100).toFixed(1)}% a year)`,
        { count: own.length, consumer: own[0]!.name, rate: own[0]!.output_growth_rate },
      );
  }
  CARRIERS.forEach((c, k) => (out.prices[k] = s.energy_prices[PRICE_KEYS[c.id]]));
  return out;
}
