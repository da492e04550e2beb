import type { Measure } from '../model/measures.ts';
import { defaultPvYield, defaultWindHours } from '../factors/yields.ts';
import type { ResolvedMeasure } from './resolve.ts';
import type { WarningCollector } from './warnings.ts';
import { ANNUAL_STORAGE_CYCLES } from './electricity.ts';
import type { BalanceMethod } from './electricity.ts';
import type { ProfileCache } from '../dispatch/index.ts';
import type { PlanContext } from './context.ts';
import { costSchedule, measureUnitCosts, rampFactor } from '../costs/index.ts';
import type { MeasureUnitCosts } from '../costs/index.ts';

export { rampFactor };

/**
 * Measures compiled for the year loop: targets as consumer indices, the ramp and the capex
 * schedule per year, and the PV / wind yield actually used. Kept apart from the plan context
 * (context.ts), which holds what every scenario shares.
 */

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
  /** Unit costs used and where they come from (core/costs). */
  unit_costs: MeasureUnitCosts;
  /** Capital spending per year index, including like-for-like replacements, CNY. */
  capex: Float64Array;
  /** Fixed O&M per year index, CNY. */
  fixed_opex: Float64Array;
  /** Residual value of the measure at the horizon, CNY (its own result line, core/costs/README.md). */
  residual_value: number;
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
    // Shared waste heat naming no users serves every enterprise but its source.
    const source = m.kind === 'waste_heat' && m.params.source_consumer_id !== undefined ? m.params.source_consumer_id : null;
    const targets =
      m.consumer_ids.length === 0
        ? source === null
          ? all
          : all.filter((c) => plan.consumers[c]!.id !== source)
        : Int32Array.from(m.consumer_ids.map((id) => ctx.consumerIndex.get(id) ?? 0));
    const ramp = new Float64Array(years.length);
    years.forEach((y, yi) => (ramp[yi] = rampFactor(m, y)));
    const unitCosts = measureUnitCosts(m, ctx.cs);
    const schedule = costSchedule(m, unitCosts, years);
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
      // Only PV on named consumers is rooftop PV: with no consumers named it is ground-mounted
      // (agrivoltaic, a PV field), whose land is not a roof, so there is nothing to check.
      if (m.consumer_ids.length > 0) {
        const area = m.params.capacity_kw * m.params.area_m2_per_kw;
        let roof = 0;
        for (const c of targets) roof += ctx.roof[c]!;
        if (area > roof)
          warnings.add(
            'pv_exceeds_roof',
            `${path}.params.capacity_kw`,
            `PV needs about ${Math.round(area)} m2 but the named consumers declare ${Math.round(roof)} m2 of roof`,
            { variant: 'named_consumers', area_m2: area, roof_m2: roof },
          );
      }
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
        `Lifetime ends in ${m.start_year + m.lifetime_years - 1}, before the horizon ${plan.park.horizon_year}: the engine assumes like-for-like replacement at the unit cost of the replacement year`,
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
    return {
      index,
      measure: m,
      path,
      targets,
      ramp,
      unit_costs: unitCosts,
      capex: schedule.capex,
      fixed_opex: schedule.fixed_opex,
      residual_value: schedule.residual_value,
      yield_per_kw: yieldPerKw,
      yield_info: yieldInfo,
    };
  });
}
