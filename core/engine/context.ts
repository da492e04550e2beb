import { buildCostSet } from '../costs/cost-set.ts';
import type { CostSet } from '../costs/cost-set.ts';
import { CARRIERS, ENERGY_KEYS } from '../model/carriers.ts';
import type { CarrierId, EnergyKey } from '../model/carriers.ts';
import type { Plan } from '../model/plan.ts';
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
  seriesPoints,
  COAL_METHOD_PREFIX,
} from '../factors/factor-set.ts';
import { fuelKeys, FOSSIL_FUELS } from '../factors/library.ts';
import type { FossilFuelId } from '../factors/library.ts';
import { PROVINCES, provinceKey } from '../factors/provinces.ts';
import {
  GJ_PER_MWH,
  gcePerKwhToTcePerMwh,
  kgcePerKgToTcePerT,
  kgcePerM3ToTcePer10kNm3,
  kgcePerKwhToTcePerMwh,
  kgcePerMjToTcePerGj,
} from '../units/index.ts';
import type { ResolvedScenario } from './resolve.ts';
import type { WarningCollector } from './warnings.ts';

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
  /** The cost library with the project's cost overrides (core/costs). */
  cs: CostSet;
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
  const cs = buildCostSet(plan.cost_overrides);
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
    cs,
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
  /** Sale price of surplus hydrogen, CNY/t; null = no buyer (settings.hydrogen_sale_cny_per_t). */
  hydrogenSalePrice: number | null;
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
  const q = {
    scope: s.grid_factor_scope,
    region: ctx.plan.park.grid_region,
    province: ctx.provinceKey,
    vintage: { base_year: ctx.plan.park.base_year, vintage_year: s.grid_factor_vintage_year },
  };
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
    hydrogenSalePrice: s.hydrogen_sale_cny_per_t,
  };
  const settingsPath = `${out.scenarioPath}.settings`;
  if (averageSeries.scope_used !== s.grid_factor_scope)
    warnings.add('grid_factor_fallback', `${settingsPath}.grid_factor_scope`, averageSeries.description, {
      province: ctx.plan.park.province,
      region: ctx.plan.park.grid_region,
    });
  let firstProjected: number | null = null;
  let coalHeldFrom: number | null = null;
  ctx.years.forEach((y, yi) => {
    const a = averageSeries.value(y, s.grid_factor_decline_rate);
    out.gridAvg[yi] = a.value;
    out.gridBasis.push(a.basis);
    if (a.basis === 'projected' && firstProjected === null) firstProjected = y;
    out.gridExcl[yi] = exclSeries.value(y, s.grid_factor_decline_rate).value;
    out.fossil[yi] = fossilOnlyFactor(ctx.fs, y);
    const coal = coalMethodGcePerKwh(ctx.fs, y);
    if (coal.basis === 'held_after_last' && coalHeldFrom === null) coalHeldFrom = y;
    out.coalMethodTcePerMwh[yi] = gcePerKwhToTcePerMwh(coal.value);
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
  if (averageSeries.vintage_missing || exclSeries.vintage_missing) {
    const missing = averageSeries.vintage_missing ? averageSeries : exclSeries;
    warnings.add(
      'grid_factor_vintage_unavailable',
      `${settingsPath}.grid_factor_vintage_year`,
      `No ${missing.prefix} factor is published in or before ${s.grid_factor_vintage_year}; its first published year (${missing.last_published_year}) is used`,
      { vintage_year: s.grid_factor_vintage_year ?? 0, series: missing.prefix, used_year: missing.last_published_year },
    );
  }
  if (coalHeldFrom !== null) {
    // The rate of a future year is unknown; holding the last published one flat is an
    // assumption the planner should see and may replace with a year path of their own.
    const last = seriesPoints(ctx.fs, COAL_METHOD_PREFIX).at(-1)!;
    warnings.add(
      'coal_method_rate_held',
      'factor_overrides',
      `The coal-consumption rate for electricity is held at ${last.value} gce/kWh (${last.year}, the last published year) from ${coalHeldFrom} on`,
      { from_year: coalHeldFrom, last_year: last.year, rate_gce_per_kwh: last.value },
      null,
      'info',
    );
  }
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
