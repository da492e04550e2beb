import { HOURS_PER_YEAR } from '../profiles/calendar.ts';
import { FLAT_PERIOD_INDEX, TOU_PERIODS } from './tariff.ts';

/**
 * What every storage rule reads and writes: the storage it runs, a year's hourly arrays (a
 * reusable workspace) and the year's totals. The rules: dispatch.ts (load following, the
 * reference rule) and strategies.ts (the others); sum-hours.ts turns hours into totals.
 */

/** Every hour 'flat', for tariffs that carry no periods. */
export const ALL_FLAT = new Uint8Array(HOURS_PER_YEAR).fill(FLAT_PERIOD_INDEX);

export interface StorageSpec {
  power_mw: number;
  /** Usable energy (nominal x usable share), MWh. */
  usable_mwh: number;
  round_trip_efficiency: number;
}

export const NO_STORAGE: StorageSpec = { power_mw: 0, usable_mwh: 0, round_trip_efficiency: 1 };

/** Per-hour results of one year; arrays owned by a reusable workspace. */
export interface HourlyDispatch {
  load_mw: Float64Array;
  generation_mw: Float64Array;
  /** Generation used by load in the same hour. */
  direct_mw: Float64Array;
  charge_mw: Float64Array;
  discharge_mw: Float64Array;
  /** Part of `charge_mw` bought from the grid (storage strategies other than load following). */
  grid_charge_mw: Float64Array;
  /** Stored energy at the end of each hour. */
  soc_mwh: Float64Array;
  export_mw: Float64Array;
  curtail_mw: Float64Array;
  import_mw: Float64Array;
  monthly_peak_import_mw: Float64Array;
  /** Grid import of the year by TOU period (TOU_PERIODS order), MWh. */
  period_import_mwh: Float64Array;
  /** Import cost of the year by TOU period (TOU_PERIODS order), CNY. */
  period_import_cost_cny: Float64Array;
}

export function createHourlyDispatch(): HourlyDispatch {
  const a = () => new Float64Array(HOURS_PER_YEAR);
  return {
    load_mw: a(),
    generation_mw: a(),
    direct_mw: a(),
    charge_mw: a(),
    discharge_mw: a(),
    grid_charge_mw: a(),
    soc_mwh: a(),
    export_mw: a(),
    curtail_mw: a(),
    import_mw: a(),
    monthly_peak_import_mw: new Float64Array(12),
    period_import_mwh: new Float64Array(TOU_PERIODS.length),
    period_import_cost_cny: new Float64Array(TOU_PERIODS.length),
  };
}

/** Annual totals of one year. Keys double as the column names of pathway results. */
export const TOTAL_KEYS = [
  'load_mwh',
  'generation_mwh',
  /** Generation used in the same hour. */
  'direct_use_mwh',
  /** Generation used on site, directly or through storage: generation - export - curtailment. */
  'self_consumed_mwh',
  'exported_mwh',
  'curtailed_mwh',
  'imported_mwh',
  /** Energy into storage (grid side); equals storage throughput. */
  'charge_mwh',
  /** Energy out of storage (grid side). */
  'discharge_mwh',
  /** Conversion losses: charge x (1 - eta_c) + discharge x (1/eta_d - 1). */
  'storage_losses_mwh',
  /** Stored energy at year end minus at year start (the end carries into the next year). */
  'storage_soc_change_mwh',
  /** Stored energy at the start of the year (the previous year's end; the first year's set level). */
  'storage_start_mwh',
  /** Stored energy at the end of the year. */
  'storage_end_mwh',
  /** Energy charged from the grid (part of charge_mwh; grid electricity in every account). */
  'grid_charge_mwh',
  /** Rule that ran: index into STORAGE_RULES (0 load following, 1 TOU arbitrage, 2 peak shaving). */
  'storage_rule',
  /** charge - discharge = losses + soc change: what storage adds to grid import over the year. */
  'storage_net_charge_mwh',
  'storage_throughput_mwh',
  /** Stored energy discharged / usable energy. */
  'equivalent_full_cycles',
  'peak_import_mw',
  /** Hour of the year (0..8759) of the peak import; -1 when nothing is imported. */
  'peak_import_hour',
  'import_cost_cny',
  'export_revenue_cny',
  /** Sum over months of the month's peak import x the demand charge. */
  'demand_charge_cny',
  /** Share of load met on site (1 - import / load). */
  'self_sufficiency',
  /** Share of generation used on site (self-consumed / generation). */
  'self_consumption_share',
] as const;
export type TotalKey = (typeof TOTAL_KEYS)[number];
export type DispatchTotals = Record<TotalKey, number>;

export function createTotals(): DispatchTotals {
  return Object.fromEntries(TOTAL_KEYS.map((k) => [k, 0])) as DispatchTotals;
}

/** Throws on storage parameters the loop cannot run with (checked once a year, not per hour). */
export function checkStorage(s: StorageSpec): void {
  if (!(s.power_mw >= 0) || !(s.usable_mwh >= 0) || !Number.isFinite(s.power_mw) || !Number.isFinite(s.usable_mwh))
    throw new RangeError(`storage power and energy must be finite and >= 0, got ${s.power_mw} MW, ${s.usable_mwh} MWh`);
  if (!(s.round_trip_efficiency > 0 && s.round_trip_efficiency <= 1))
    throw new RangeError(`storage round-trip efficiency must be in (0, 1], got ${s.round_trip_efficiency}`);
}

/** Stored energy a year starts with: `startMwh` within [0, usable], half the usable energy when absent. */
export function startEnergy(storage: StorageSpec, startMwh?: number): number {
  if (startMwh === undefined) return storage.usable_mwh * 0.5;
  if (!(startMwh >= 0) || !Number.isFinite(startMwh))
    throw new RangeError(`storage start energy must be finite and >= 0, got ${startMwh}`);
  return startMwh < storage.usable_mwh ? startMwh : storage.usable_mwh;
}
