/**
 * The park's electricity balance for one year. The engine books whatever an
 * `ElectricityModel` returns: the hourly load-following dispatch (hourly.ts, the default) or
 * the annual netting below (`RunOptions.electricity: 'annual'`, kept for comparison and
 * tests, and the fallback when the park's climate is unknown). `ElectricityBalancer` is the
 * annual model's pluggable core.
 */
import type { PlanContext } from './context.ts';
import type { CompiledMeasure } from './compile-measures.ts';
import type { YearState } from './apply-measures.ts';
import { K, ELEC } from './context.ts';
import { HOURS_PER_YEAR } from '../profiles/calendar.ts';

export interface StorageUnit {
  /** Usable energy at full ramp, kWh (nominal x usable share x ramp). */
  usable_kwh: number;
  power_kw: number;
  round_trip_efficiency: number;
}

export interface ElectricityInput {
  year: number;
  /** Park electricity demand, MWh: consumers after measures plus new loads. */
  demand_mwh: number;
  pv_mwh: number;
  wind_mwh: number;
  /** Other on-site generation used before the grid (residual pressure power), MWh. */
  other_onsite_mwh: number;
  storage: readonly StorageUnit[];
}

export interface ElectricityBalance {
  self_consumed_mwh: number;
  exported_mwh: number;
  curtailed_mwh: number;
  grid_import_mwh: number;
  /** Energy lost in storage (charged minus discharged), MWh; added to grid import. */
  storage_losses_mwh: number;
  /** Energy charged into storage over the year, MWh. */
  storage_throughput_mwh: number;
  /** Peak grid import, kW; unknown (null) in the annual balance. */
  peak_import_kw: number | null;
}

export type ElectricityBalancer = (input: ElectricityInput) => ElectricityBalance;

export type BalanceMethod = 'hourly' | 'annual';

/** TOU periods in result order (core/dispatch TOU_PERIODS). */
export type PeriodValues = { critical: number; peak: number; flat: number; valley: number };

/** A year's electricity as the engine books it, whatever the method. */
export interface YearElectricity extends ElectricityBalance {
  method: BalanceMethod;
  /** Generation used in the same hour (annual: = self-consumed). */
  direct_use_mwh: number;
  storage_charge_mwh: number;
  storage_discharge_mwh: number;
  /** Stored energy at year end minus at year start (each year starts where the previous ended). */
  storage_soc_change_mwh: number;
  /** Stored energy at the start and end of the year, MWh (annual balance: 0). */
  storage_start_mwh: number;
  storage_end_mwh: number;
  /** Energy charged into storage from the grid, MWh (part of storage_charge_mwh; grid electricity in every account). */
  storage_grid_charge_mwh: number;
  /** The storage rule that ran (the strategy's, or the one `best_bill` kept); null in the annual balance. */
  storage_rule: 'load_following' | 'tou_arbitrage' | 'peak_shaving' | null;
  /** charge - discharge = losses + soc change: what storage adds to consumption; may be negative. */
  storage_net_charge_mwh: number;
  storage_equivalent_cycles: number;
  /** Hour of the reference year (0..8759) of the peak import; null when unknown or nothing is imported. */
  peak_import_hour: number | null;
  import_cost_cny: number;
  /** Null in the annual balance (no hours). */
  import_by_period_mwh: PeriodValues | null;
  import_cost_by_period_cny: PeriodValues | null;
  export_revenue_cny: number;
  demand_charge_cny: number;
}

/** Computes one year's electricity from the year state after all measures. */
export interface ElectricityModel {
  readonly method: BalanceMethod;
  /** `demandMwh` = consumers after measures (clamped at 0) + park loads. */
  balance(ctx: PlanContext, st: YearState, ms: readonly CompiledMeasure[], demandMwh: number): YearElectricity;
  /** A model for the same scenario with fewer measures (MAC runs); may reuse work. */
  variant(): ElectricityModel;
  /**
   * Surplus-following electrolysers (green_hydrogen, mode renewable_surplus): called once a
   * year after every other load and generation is known and before `balance`; writes each
   * one's electricity (`st.h2.surplus_mwh`) and its grid part (`st.h2.surplus_grid_mwh`).
   */
  followSurplus(ctx: PlanContext, st: YearState, ms: readonly CompiledMeasure[]): void;
}

/** The surplus-following electrolysers of a measure list, in measure order. */
export function surplusElectrolysers(ms: readonly CompiledMeasure[]): CompiledMeasure[] {
  return ms.filter((cm) => cm.measure.kind === 'green_hydrogen' && cm.measure.params.operating_mode === 'renewable_surplus');
}

/**
 * Annual netting has no hours: the surplus is the year's generation minus every other load,
 * shared in measure order up to each electrolyser's capacity x 8760 h. Minimum load and grid
 * top-up need hours and are not modelled here (optimistic, like the netting itself).
 */
function annualSurplus(ctx: PlanContext, st: YearState, ms: readonly CompiledMeasure[]): void {
  const units = surplusElectrolysers(ms);
  if (units.length === 0) return;
  let load = 0;
  for (let c = 0; c < ctx.nC; c++) load += Math.max(0, st.cur[c * K + ELEC]!);
  load += st.park[ELEC]!;
  let surplus = Math.max(0, st.pv_mwh + st.wind_mwh + st.pressure_mwh - load);
  for (const cm of units) {
    if (cm.measure.kind !== 'green_hydrogen') continue;
    const take = Math.min(surplus, (cm.measure.params.electrolyser_kw * cm.ramp[st.yi]! * HOURS_PER_YEAR) / 1000);
    st.h2.surplus_mwh[cm.index] = take;
    surplus -= take;
  }
}

/** The annual netting (or any `ElectricityBalancer`) as a model; grid purchases at the flat price. */
export function annualModel(balancer: ElectricityBalancer, importPrice: number, exportPrice: number): ElectricityModel {
  const model: ElectricityModel = {
    method: 'annual',
    balance(_ctx, st, _ms, demandMwh) {
      const b = balancer({
        year: st.year,
        demand_mwh: demandMwh,
        pv_mwh: st.pv_mwh,
        wind_mwh: st.wind_mwh,
        other_onsite_mwh: st.pressure_mwh,
        storage: st.storage,
      });
      let usable = 0;
      for (const s of st.storage) usable += s.usable_kwh / 1000;
      const discharged = b.storage_throughput_mwh - b.storage_losses_mwh;
      return {
        ...b,
        method: 'annual',
        direct_use_mwh: b.self_consumed_mwh,
        storage_charge_mwh: b.storage_throughput_mwh,
        storage_discharge_mwh: discharged,
        storage_soc_change_mwh: 0,
        storage_start_mwh: 0,
        storage_end_mwh: 0,
        storage_grid_charge_mwh: 0,
        storage_rule: null,
        storage_net_charge_mwh: b.storage_losses_mwh,
        storage_equivalent_cycles: usable > 0 ? b.storage_throughput_mwh / usable : 0,
        peak_import_hour: null,
        import_cost_cny: b.grid_import_mwh * importPrice,
        import_by_period_mwh: null,
        import_cost_by_period_cny: null,
        export_revenue_cny: b.exported_mwh * exportPrice,
        demand_charge_cny: 0,
      };
    },
    variant: () => model,
    followSurplus: annualSurplus,
  };
  return model;
}

/**
 * Equivalent full cycles per year assumed for storage in the annual balance (one a day on
 * working days). A placeholder: the hourly dispatch computes real throughput.
 */
export const ANNUAL_STORAGE_CYCLES = 330;

/**
 * Annual netting: on-site generation serves demand up to the annual demand, the rest is
 * exported (no export limit, no curtailment: optimistic, hourly dispatch will correct it).
 * Storage brings only its losses, at ANNUAL_STORAGE_CYCLES cycles, bought from the grid.
 */
export const annualBalance: ElectricityBalancer = (input) => {
  let throughputMwh = 0;
  let lossesMwh = 0;
  for (const s of input.storage) {
    const charged = (s.usable_kwh * ANNUAL_STORAGE_CYCLES) / 1000;
    throughputMwh += charged;
    lossesMwh += charged * (1 - s.round_trip_efficiency);
  }
  const generation = input.pv_mwh + input.wind_mwh + input.other_onsite_mwh;
  const selfConsumed = Math.min(generation, input.demand_mwh);
  return {
    self_consumed_mwh: selfConsumed,
    exported_mwh: generation - selfConsumed,
    curtailed_mwh: 0,
    grid_import_mwh: input.demand_mwh - selfConsumed + lossesMwh,
    storage_losses_mwh: lossesMwh,
    storage_throughput_mwh: throughputMwh,
    peak_import_kw: null,
  };
};
