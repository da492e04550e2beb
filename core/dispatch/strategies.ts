import { MONTH_START_HOUR } from '../profiles/calendar.ts';
import { checkStorage, dispatchYear, startEnergy, sumHours } from './dispatch.ts';
import type { DispatchTotals, HourlyDispatch, StorageSpec } from './dispatch.ts';
import { surplusReserve } from './surplus-reserve.ts';
import { FLAT_PERIOD_INDEX, PEAK_PERIOD_INDEX, VALLEY_PERIOD_INDEX } from './tariff.ts';
import type { Tariff } from './tariff.ts';

/**
 * Storage strategies (core/dispatch/README.md states each rule). Every rule is deterministic
 * and written down; none optimises. `best_bill` runs the three rules for the year and keeps
 * the one with the lowest bill (import cost + demand charge - export revenue).
 *
 * Per hour, with direct = min(load, generation), surplus = generation - direct, deficit =
 * load - direct, room = (E - soc) / eta and avail = soc x eta, as in load following:
 *
 * TOU arbitrage (`tou_arbitrage`):
 *   surplus hours: charge = min(surplus, P, room); the rest is exported / curtailed as usual;
 *   peak and critical-peak hours: discharge = min(deficit, P, avail) serves load;
 *   flat hours: no discharge (the energy is kept for the peak);
 *   valley hours: then charge from the grid gc = min(P - charge, room - reserve / eta, cap - import),
 *     cap the grid-import cap (Infinity if none), reserve the stored energy the on-site surplus
 *     will bring before the next discharge (surplus-reserve.ts); import += gc.
 *   Storage never discharges to export, so grid-charged energy is never exported.
 * Peak shaving (`peak_shaving`), per month a target T (MW: the user's, or the lowest the
 * battery can hold, found by bisection on the month's hours with this same rule):
 *   surplus hours: charge = min(surplus, P, room);
 *   deficit > T: discharge = min(deficit - T, P, avail);
 *   valley and flat hours: then charge from the grid gc = min(P - charge, room - reserve / eta, T - import),
 *     reserve as for arbitrage with "discharge" meaning deficit > T.
 * Per hour: generation + import + discharge = load + charge + export + curtail, with import
 * including the grid charge.
 */
export const STORAGE_RULES = ['load_following', 'tou_arbitrage', 'peak_shaving'] as const;
export type StorageRule = (typeof STORAGE_RULES)[number];
export const STORAGE_STRATEGIES = [...STORAGE_RULES, 'best_bill'] as const;
export type StorageStrategy = (typeof STORAGE_STRATEGIES)[number];

export interface StorageOptions {
  strategy: StorageStrategy;
  /** Stored energy at the start of the year, MWh (clamped to usable); absent = 50% of usable. */
  start_mwh?: number;
  /** Cap on hourly grid import while charging from the grid, MW; Infinity = none. */
  grid_import_cap_mw: number;
  /** Peak-shaving target on grid import, MW, every month; null = the lowest the battery holds, per month. */
  peak_target_mw: number | null;
}

export const LOAD_FOLLOWING: StorageOptions = { strategy: 'load_following', grid_import_cap_mw: Infinity, peak_target_mw: null };

const ARBITRAGE = 1;
const SHAVING = 2;
/** Max import of the last `runHours`; a module scalar so that the hot loop returns one number. */
let lastMaxImport = 0;
/** Stored energy kept free for the coming surplus, per hour (surplus-reserve.ts); module scratch, resized to the year. */
let reserveScratch = new Float64Array(0);

/**
 * Hours [from, to) by rule `mode` (ARBITRAGE or SHAVING, target `target` MW), from stored
 * energy `soc`; writes the hourly arrays of those hours and returns the stored energy at the end.
 */
function runHours(
  hourly: HourlyDispatch,
  storage: StorageSpec,
  exportLimitMw: number,
  period: Uint8Array | undefined,
  mode: number,
  capMw: number,
  target: number,
  from: number,
  to: number,
  soc0: number,
): number {
  const { load_mw: load, generation_mw: gen, direct_mw: direct, charge_mw: charge, discharge_mw: discharge } = hourly;
  const { soc_mwh: socOut, export_mw: exp, curtail_mw: curt, import_mw: imp, grid_charge_mw: gridC } = hourly;
  const power = storage.power_mw;
  const cap = storage.usable_mwh;
  const eta = Math.sqrt(storage.round_trip_efficiency);
  const valley = VALLEY_PERIOD_INDEX;
  const peakish = PEAK_PERIOD_INDEX;
  const flat = FLAT_PERIOD_INDEX;
  if (reserveScratch.length !== load.length) reserveScratch = new Float64Array(load.length);
  const reserve = reserveScratch;
  if (mode === SHAVING) surplusReserve(load, gen, null, target, power, cap, eta, reserve, from, to);
  else if (period !== undefined) surplusReserve(load, gen, period, 0, power, cap, eta, reserve, from, to);
  let soc = soc0;
  let maxImport = 0;
  for (let h = from; h < to; h++) {
    const l = load[h]!;
    const g = gen[h]!;
    const p = period === undefined ? flat : period[h]!;
    let d: number,
      c = 0,
      x = 0,
      k = 0,
      r = 0,
      i = 0;
    if (g >= l) {
      d = l;
      const surplus = g - l;
      c = surplus < power ? surplus : power;
      const room = (cap - soc) / eta;
      if (c > room) c = room;
      if (c < 0) c = 0;
      soc += c * eta;
      if (soc > cap) soc = cap;
      const rest = surplus - c;
      x = rest < exportLimitMw ? rest : exportLimitMw;
      k = rest - x;
    } else {
      d = g;
      const deficit = l - g;
      if (mode === ARBITRAGE ? p <= peakish : deficit > target) {
        r = mode === ARBITRAGE ? deficit : deficit - target;
        if (r > power) r = power;
        const avail = soc * eta;
        if (r > avail) r = avail;
        soc -= r / eta;
        if (soc < 0) soc = 0;
      }
      i = deficit - r;
    }
    // Grid charging: arbitrage in the valley (up to the import cap), shaving off-peak (up to the target).
    if (mode === ARBITRAGE ? p === valley : p >= flat) {
      const limit = mode === ARBITRAGE ? capMw : target;
      let gc = power - c;
      // Room left after keeping free what the coming surplus will fill (the day-ahead foresight).
      const room = (cap - reserve[h]! - soc) / eta;
      if (gc > room) gc = room;
      if (gc > limit - i) gc = limit - i;
      if (gc > 0) {
        soc += gc * eta;
        if (soc > cap) soc = cap;
        c += gc;
        i += gc;
      } else gc = 0;
      gridC[h] = gc;
    } else gridC[h] = 0;
    direct[h] = d;
    charge[h] = c;
    discharge[h] = r;
    socOut[h] = soc;
    exp[h] = x;
    curt[h] = k;
    imp[h] = i;
    if (i > maxImport) maxImport = i;
  }
  lastMaxImport = maxImport;
  return soc;
}

/**
 * Lowest monthly import target the battery can hold over hours [from, to) from `soc0`, by
 * bisection (holding a target is monotone in it: a higher target needs less discharge and
 * leaves more room to charge). Leaves the hours dispatched at that target; returns it.
 */
function shaveTarget(
  hourly: HourlyDispatch,
  storage: StorageSpec,
  exportLimitMw: number,
  period: Uint8Array | undefined,
  from: number,
  to: number,
  soc0: number,
): number {
  let hi = 0;
  for (let h = from; h < to; h++) {
    const deficit = hourly.load_mw[h]! - hourly.generation_mw[h]!;
    if (deficit > hi) hi = deficit;
  }
  let lo = 0;
  // 1e-4 of the month's largest deficit: far finer than any tariff's demand charge can tell,
  // and about 14 passes over the month's hours.
  const tol = 1e-4 * hi + 1e-9;
  for (let it = 0; it < 60 && hi - lo > tol; it++) {
    const mid = 0.5 * (lo + hi);
    runHours(hourly, storage, exportLimitMw, period, SHAVING, Infinity, mid, from, to, soc0);
    if (lastMaxImport <= mid * (1 + 1e-12) + 1e-12) hi = mid;
    else lo = mid;
  }
  return hi;
}

function runRule(
  rule: number,
  hourly: HourlyDispatch,
  storage: StorageSpec,
  exportLimitMw: number,
  tariff: Tariff,
  out: DispatchTotals,
  opts: StorageOptions,
  socStart: number,
): void {
  if (rule === 0) {
    dispatchYear(hourly, storage, exportLimitMw, tariff, out, socStart);
    return;
  }
  const period = tariff.period_of_hour;
  let soc = socStart;
  if (rule === ARBITRAGE)
    soc = runHours(hourly, storage, exportLimitMw, period, ARBITRAGE, opts.grid_import_cap_mw, 0, 0, MONTH_START_HOUR[12]!, soc);
  else
    for (let m = 0; m < 12; m++) {
      const from = MONTH_START_HOUR[m]!;
      const to = MONTH_START_HOUR[m + 1]!;
      const target = opts.peak_target_mw ?? shaveTarget(hourly, storage, exportLimitMw, period, from, to, soc);
      soc = runHours(hourly, storage, exportLimitMw, period, SHAVING, Infinity, target, from, to, soc);
    }
  sumHours(hourly, storage, tariff, socStart, soc, rule, out);
}

/** The year's bill: import cost + demand charge - export revenue, CNY. */
export function yearBill(t: DispatchTotals): number {
  return t.import_cost_cny + t.demand_charge_cny - t.export_revenue_cny;
}

/**
 * One year under a storage strategy. Load following without options is exactly `dispatchYear`.
 * `best_bill` runs each rule from the same start energy and keeps the lowest bill (ties go to
 * the earlier rule in STORAGE_RULES), then reruns it so the hourly arrays are the kept rule's.
 * Allocates nothing.
 */
export function dispatchStorageYear(
  hourly: HourlyDispatch,
  storage: StorageSpec,
  exportLimitMw: number,
  tariff: Tariff,
  out: DispatchTotals,
  opts: StorageOptions = LOAD_FOLLOWING,
): DispatchTotals {
  checkStorage(storage);
  if (!(exportLimitMw >= 0)) throw new RangeError(`export limit must be >= 0 (Infinity for none), got ${exportLimitMw}`);
  if (!(opts.grid_import_cap_mw >= 0))
    throw new RangeError(`grid import cap must be >= 0 (Infinity for none), got ${opts.grid_import_cap_mw}`);
  if (opts.peak_target_mw !== null && !(opts.peak_target_mw >= 0 && Number.isFinite(opts.peak_target_mw)))
    throw new RangeError(`peak-shaving target must be finite and >= 0, got ${opts.peak_target_mw}`);
  const socStart = startEnergy(storage, opts.start_mwh);
  // Without storage every rule is load following.
  const none = !(storage.power_mw > 0 && storage.usable_mwh > 0);
  if (none || opts.strategy === 'load_following') return dispatchYear(hourly, storage, exportLimitMw, tariff, out, socStart);
  if (opts.strategy !== 'best_bill') {
    runRule(STORAGE_RULES.indexOf(opts.strategy), hourly, storage, exportLimitMw, tariff, out, opts, socStart);
    return out;
  }
  let best = 0;
  let bestBill = Infinity;
  for (let rule = 0; rule < STORAGE_RULES.length; rule++) {
    runRule(rule, hourly, storage, exportLimitMw, tariff, out, opts, socStart);
    const bill = yearBill(out);
    if (bill < bestBill) {
      bestBill = bill;
      best = rule;
    }
  }
  if (best !== STORAGE_RULES.length - 1) runRule(best, hourly, storage, exportLimitMw, tariff, out, opts, socStart);
  return out;
}
