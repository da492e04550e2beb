import { MONTH_START_HOUR } from '../profiles/calendar.ts';
import type { Tariff } from './tariff.ts';
import { ALL_FLAT, checkStorage, startEnergy } from './dispatch-types.ts';
import type { DispatchTotals, HourlyDispatch, StorageSpec } from './dispatch-types.ts';

/**
 * One year of the DOMAIN.md reference rule (load following), hour by hour. Energies are MWh per
 * hour, which with hourly steps equal mean MW, hence the `_mw` names of hourly arrays.
 *
 * Each hour:
 *   direct    = min(load, generation)                 on-site generation serves load first
 *   surplus   = generation - direct
 *     charge  = min(surplus, power, (usable - soc) / eta_c)       soc += charge * eta_c
 *     export  = min(surplus - charge, export limit)
 *     curtail = surplus - charge - export
 *   deficit   = load - direct
 *     discharge = min(deficit, power, soc * eta_d)                soc -= discharge / eta_d
 *     import    = deficit - discharge
 * with eta_c = eta_d = sqrt(round-trip efficiency), the power limit on the grid (AC) side of
 * both directions, soc the stored energy, starting the year at `startMwh` (default 50% of
 * usable energy; a pathway passes the previous year's end, see pathway.ts).
 * Storage never charges from the grid and never discharges to export (that is the rule, not an
 * optimisation). Per hour, by construction:
 *   generation + import + discharge = load + charge + export + curtail.
 */

// The types every rule shares, and the totals of hours, for the sibling modules that import them from here.
export { NO_STORAGE, TOTAL_KEYS, createHourlyDispatch, createTotals, checkStorage, startEnergy } from './dispatch-types.ts';
export type { StorageSpec, HourlyDispatch, TotalKey, DispatchTotals } from './dispatch-types.ts';
export { sumHours } from './sum-hours.ts';

/**
 * Dispatch one year by load following (the reference rule). Reads `hourly.load_mw` and
 * `hourly.generation_mw` (filled by the caller), writes every other hourly array and `out`.
 * Allocates nothing. Other storage rules: strategies.ts.
 *
 * The hours run a week per call (`daysWithStorage`, or `daysWithoutStorage` when the storage
 * power is +0, the case of most scenarios: no stored-energy chain, same bits). Why not one loop
 * of 8760 hours: V8 compiles such a loop on-stack while its first call still runs, before the
 * code after the loop has ever run; that code then deoptimised on later calls, and the speed of
 * a year depended on the luck of the warm-up (1.3-2.6x the C reference of
 * scripts/bench-dispatch.ts). A week per call is compiled whole, once, with complete feedback.
 * Running sums carry from call to call in `RUN`, in hour order, so every total has the bits one
 * loop gives (tests/core/dispatch/reference-rule.test.ts compares with a plain copy of the rule).
 */
export function dispatchYear(
  hourly: HourlyDispatch,
  storage: StorageSpec,
  exportLimitMw: number,
  tariff: Tariff,
  out: DispatchTotals,
  startMwh?: number,
): DispatchTotals {
  checkStorage(storage);
  if (!(exportLimitMw >= 0)) throw new RangeError(`export limit must be >= 0 (Infinity for none), got ${exportLimitMw}`);
  const power = storage.power_mw;
  const cap = storage.usable_mwh;
  const eta = Math.sqrt(storage.round_trip_efficiency);
  const socStart = startEnergy(storage, startMwh);
  hourly.period_import_mwh.fill(0);
  hourly.period_import_cost_cny.fill(0);
  hourly.grid_charge_mw.fill(0);
  // A power of +0 never moves the battery; Object.is: -0 would store -0 charges, so it takes the general loop.
  const idle = Object.is(power, 0);
  if (idle) {
    hourly.charge_mw.fill(0);
    hourly.discharge_mw.fill(0);
  }
  RUN.fill(0);
  RUN[R_SOC] = socStart;
  RUN[R_PEAK_HOUR] = -1;
  RUN[R_POWER] = power;
  RUN[R_CAP] = cap;
  RUN[R_ETA] = eta;
  RUN[R_EXPORT_LIMIT] = exportLimitMw;
  let demand = 0;
  for (let m = 0; m < 12; m++) {
    const end = MONTH_START_HOUR[m + 1]!;
    RUN[R_MONTH_PEAK] = 0;
    for (let h = MONTH_START_HOUR[m]!; h < end; h += DAYS_PER_CALL * 24) {
      if (idle) daysWithoutStorage(hourly, tariff, h, Math.min(end, h + DAYS_PER_CALL * 24));
      else daysWithStorage(hourly, tariff, h, Math.min(end, h + DAYS_PER_CALL * 24));
    }
    const monthPeak = RUN[R_MONTH_PEAK]!;
    hourly.monthly_peak_import_mw[m] = monthPeak;
    demand += monthPeak * tariff.demand_charge_cny_per_mw_month;
  }
  const sLoad = RUN[R_LOAD]!;
  const sGen = RUN[R_GEN]!;
  const sCharge = RUN[R_CHARGE]!;
  const sDis = RUN[R_DIS]!;
  const sExp = RUN[R_EXP]!;
  const sCurt = RUN[R_CURT]!;
  const sImp = RUN[R_IMP]!;
  const soc = RUN[R_SOC]!;
  const lossC = sCharge * (1 - eta);
  const lossD = eta > 0 ? sDis * (1 / eta - 1) : 0;
  out.load_mwh = sLoad;
  out.generation_mwh = sGen;
  out.direct_use_mwh = RUN[R_DIRECT]!;
  out.self_consumed_mwh = sGen - sExp - sCurt;
  out.exported_mwh = sExp;
  out.curtailed_mwh = sCurt;
  out.imported_mwh = sImp;
  out.charge_mwh = sCharge;
  out.discharge_mwh = sDis;
  out.storage_losses_mwh = lossC + lossD;
  out.storage_soc_change_mwh = soc - socStart;
  out.storage_start_mwh = socStart;
  out.storage_end_mwh = soc;
  out.grid_charge_mwh = 0;
  out.storage_rule = 0;
  out.storage_net_charge_mwh = sCharge - sDis;
  out.storage_throughput_mwh = sCharge;
  out.equivalent_full_cycles = cap > 0 ? sDis / eta / cap : 0;
  out.peak_import_mw = RUN[R_PEAK]!;
  out.peak_import_hour = RUN[R_PEAK_HOUR]!;
  out.import_cost_cny = RUN[R_COST]!;
  out.export_revenue_cny = RUN[R_REVENUE]!;
  out.demand_charge_cny = demand;
  out.self_sufficiency = sLoad > 0 ? 1 - sImp / sLoad : 0;
  out.self_consumption_share = sGen > 0 ? out.self_consumed_mwh / sGen : 0;
  return out;
}

/**
 * Running state of the year being dispatched, carried between day calls: stored energy, the
 * sums, this month's and the year's peak import and its hour, and the year's storage and
 * export limit. Module scratch, not per call: the day loops call nothing, so nothing can
 * re-enter while a year runs. The parameters travel here rather than as arguments because a
 * Float64Array read is always a double to V8: an argument that was once a small integer (a
 * 10 MW battery) made the compiler box every hour's charge in a heap number (2.8x the C time).
 */
const RUN = new Float64Array(18);
/**
 * Days per call: a week, short enough that V8 compiles the loop whole (see dispatchYear),
 * long enough that loading and storing RUN costs little (a month per call was on-stack
 * compiled again, a day per call 5% slower).
 */
const DAYS_PER_CALL = 7;
const R_SOC = 0;
const R_LOAD = 1;
const R_GEN = 2;
const R_DIRECT = 3;
const R_CHARGE = 4;
const R_DIS = 5;
const R_EXP = 6;
const R_CURT = 7;
const R_IMP = 8;
const R_COST = 9;
const R_REVENUE = 10;
const R_MONTH_PEAK = 11;
const R_PEAK = 12;
const R_PEAK_HOUR = 13;
const R_POWER = 14;
const R_CAP = 15;
const R_ETA = 16;
const R_EXPORT_LIMIT = 17;

/** Hours [from, to) of the rule with storage (the top of this file), sums carried in RUN. */
function daysWithStorage(hourly: HourlyDispatch, tariff: Tariff, from: number, to: number): void {
  // Read from the objects, not passed as arguments: a field's array type is known to the
  // compiler, an argument's is checked again in every hour.
  const priceImp = tariff.import_cny_per_mwh;
  const priceExp = tariff.export_cny_per_mwh;
  const period = tariff.period_of_hour ?? ALL_FLAT;
  const load = hourly.load_mw;
  const gen = hourly.generation_mw;
  const direct = hourly.direct_mw;
  const charge = hourly.charge_mw;
  const discharge = hourly.discharge_mw;
  const socOut = hourly.soc_mwh;
  const exp = hourly.export_mw;
  const curt = hourly.curtail_mw;
  const imp = hourly.import_mw;
  const pImp = hourly.period_import_mwh;
  const pCost = hourly.period_import_cost_cny;
  const run = RUN;
  const power = run[R_POWER]!;
  const cap = run[R_CAP]!;
  const eta = run[R_ETA]!;
  const exportLimitMw = run[R_EXPORT_LIMIT]!;
  let soc = run[R_SOC]!,
    sLoad = run[R_LOAD]!,
    sGen = run[R_GEN]!,
    sDirect = run[R_DIRECT]!,
    sCharge = run[R_CHARGE]!,
    sDis = run[R_DIS]!,
    sExp = run[R_EXP]!,
    sCurt = run[R_CURT]!,
    sImp = run[R_IMP]!,
    cost = run[R_COST]!,
    revenue = run[R_REVENUE]!,
    monthPeak = run[R_MONTH_PEAK]!,
    peak = run[R_PEAK]!,
    peakHour = run[R_PEAK_HOUR]!;
  for (let h = from; h < to; h++) {
    const l = load[h]!;
    const g = gen[h]!;
    let d: number,
      c = 0,
      x = 0,
      k = 0,
      r = 0,
      i = 0;
    if (g >= l) {
      d = l;
      const surplus = g - l;
      const room = (cap - soc) / eta;
      c = surplus < power ? surplus : power;
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
      const avail = soc * eta;
      r = deficit < power ? deficit : power;
      if (r > avail) r = avail;
      soc -= r / eta;
      if (soc < 0) soc = 0;
      i = deficit - r;
    }
    direct[h] = d;
    charge[h] = c;
    discharge[h] = r;
    socOut[h] = soc;
    exp[h] = x;
    curt[h] = k;
    imp[h] = i;
    sLoad += l;
    sGen += g;
    sDirect += d;
    sCharge += c;
    sDis += r;
    sExp += x;
    sCurt += k;
    sImp += i;
    const ci = i * priceImp[h]!;
    cost += ci;
    if (i > 0) {
      const p = period[h]!;
      pImp[p]! += i;
      pCost[p]! += ci;
    }
    revenue += x * priceExp[h]!;
    if (i > monthPeak) monthPeak = i;
    if (i > peak) {
      peak = i;
      peakHour = h;
    }
  }
  run[R_SOC] = soc;
  run[R_LOAD] = sLoad;
  run[R_GEN] = sGen;
  run[R_DIRECT] = sDirect;
  run[R_CHARGE] = sCharge;
  run[R_DIS] = sDis;
  run[R_EXP] = sExp;
  run[R_CURT] = sCurt;
  run[R_IMP] = sImp;
  run[R_COST] = cost;
  run[R_REVENUE] = revenue;
  run[R_MONTH_PEAK] = monthPeak;
  run[R_PEAK] = peak;
  run[R_PEAK_HOUR] = peakHour;
}

/**
 * The same hours with a storage power of +0: charge and discharge are +0 (filled by the
 * caller, their sums stay +0), so rest = surplus and import = deficit exactly, and the stored
 * energy stays where it started (soc + 0 in a surplus hour turns a start of -0 into +0, as the
 * general loop does). Keep the two loops in step.
 */
function daysWithoutStorage(hourly: HourlyDispatch, tariff: Tariff, from: number, to: number): void {
  // Read from the objects, not passed as arguments: a field's array type is known to the
  // compiler, an argument's is checked again in every hour.
  const priceImp = tariff.import_cny_per_mwh;
  const priceExp = tariff.export_cny_per_mwh;
  const period = tariff.period_of_hour ?? ALL_FLAT;
  const load = hourly.load_mw;
  const gen = hourly.generation_mw;
  const direct = hourly.direct_mw;
  const socOut = hourly.soc_mwh;
  const exp = hourly.export_mw;
  const curt = hourly.curtail_mw;
  const imp = hourly.import_mw;
  const pImp = hourly.period_import_mwh;
  const pCost = hourly.period_import_cost_cny;
  const run = RUN;
  const exportLimitMw = run[R_EXPORT_LIMIT]!;
  let soc = run[R_SOC]!,
    sLoad = run[R_LOAD]!,
    sGen = run[R_GEN]!,
    sDirect = run[R_DIRECT]!,
    sExp = run[R_EXP]!,
    sCurt = run[R_CURT]!,
    sImp = run[R_IMP]!,
    cost = run[R_COST]!,
    revenue = run[R_REVENUE]!,
    monthPeak = run[R_MONTH_PEAK]!,
    peak = run[R_PEAK]!,
    peakHour = run[R_PEAK_HOUR]!;
  for (let h = from; h < to; h++) {
    const l = load[h]!;
    const g = gen[h]!;
    let d: number,
      x = 0,
      k = 0,
      i = 0;
    if (g >= l) {
      d = l;
      const surplus = g - l;
      soc += 0;
      x = surplus < exportLimitMw ? surplus : exportLimitMw;
      k = surplus - x;
    } else {
      d = g;
      i = l - g;
    }
    direct[h] = d;
    socOut[h] = soc;
    exp[h] = x;
    curt[h] = k;
    imp[h] = i;
    sLoad += l;
    sGen += g;
    sDirect += d;
    sExp += x;
    sCurt += k;
    sImp += i;
    const ci = i * priceImp[h]!;
    cost += ci;
    if (i > 0) {
      const p = period[h]!;
      pImp[p]! += i;
      pCost[p]! += ci;
    }
    revenue += x * priceExp[h]!;
    if (i > monthPeak) monthPeak = i;
    if (i > peak) {
      peak = i;
      peakHour = h;
    }
  }
  run[R_SOC] = soc;
  run[R_LOAD] = sLoad;
  run[R_GEN] = sGen;
  run[R_DIRECT] = sDirect;
  run[R_EXP] = sExp;
  run[R_CURT] = sCurt;
  run[R_IMP] = sImp;
  run[R_COST] = cost;
  run[R_REVENUE] = revenue;
  run[R_MONTH_PEAK] = monthPeak;
  run[R_PEAK] = peak;
  run[R_PEAK_HOUR] = peakHour;
}
