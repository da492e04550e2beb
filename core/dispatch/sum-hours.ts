import { MONTH_START_HOUR } from '../profiles/calendar.ts';
import type { Tariff } from './tariff.ts';
import { ALL_FLAT } from './dispatch-types.ts';
import type { DispatchTotals, HourlyDispatch, StorageSpec } from './dispatch-types.ts';

/**
 * Totals of a year from its hourly arrays, summed in hour order (every rule ends here). Also
 * fills the year's monthly peaks and its import by TOU period.
 */
export function sumHours(
  hourly: HourlyDispatch,
  storage: StorageSpec,
  tariff: Tariff,
  socStart: number,
  socEnd: number,
  rule: number,
  out: DispatchTotals,
): void {
  const load = hourly.load_mw;
  const gen = hourly.generation_mw;
  const direct = hourly.direct_mw;
  const charge = hourly.charge_mw;
  const dis = hourly.discharge_mw;
  const exp = hourly.export_mw;
  const curt = hourly.curtail_mw;
  const imp = hourly.import_mw;
  const gridC = hourly.grid_charge_mw;
  const priceImp = tariff.import_cny_per_mwh;
  const priceExp = tariff.export_cny_per_mwh;
  const period = tariff.period_of_hour ?? ALL_FLAT;
  const demandCharge = tariff.demand_charge_cny_per_mw_month;
  const pImp = hourly.period_import_mwh;
  const pCost = hourly.period_import_cost_cny;
  const monthlyPeak = hourly.monthly_peak_import_mw;
  pImp.fill(0);
  pCost.fill(0);
  let sLoad = 0,
    sGen = 0,
    sDirect = 0,
    sCharge = 0,
    sDis = 0,
    sExp = 0,
    sCurt = 0,
    sGrid = 0,
    revenue = 0;
  const n = load.length;
  // Sums that need nothing but their arrays, in two loops of few live values each.
  for (let h = 0; h < n; h++) {
    sLoad += load[h]!;
    sGen += gen[h]!;
    sDirect += direct[h]!;
    sCharge += charge[h]!;
  }
  for (let h = 0; h < n; h++) {
    const x = exp[h]!;
    sDis += dis[h]!;
    sExp += x;
    sCurt += curt[h]!;
    sGrid += gridC[h]!;
    revenue += x * priceExp[h]!;
  }
  let sImp = 0,
    cost = 0,
    demand = 0,
    peak = 0,
    peakHour = -1;
  for (let m = 0; m < 12; m++) {
    const end = MONTH_START_HOUR[m + 1]!;
    let monthPeak = 0;
    for (let h = MONTH_START_HOUR[m]!; h < end; h++) {
      const i = imp[h]!;
      sImp += i;
      const ci = i * priceImp[h]!;
      cost += ci;
      if (i > 0) {
        const p = period[h]!;
        pImp[p]! += i;
        pCost[p]! += ci;
      }
      if (i > monthPeak) monthPeak = i;
      if (i > peak) {
        peak = i;
        peakHour = h;
      }
    }
    monthlyPeak[m] = monthPeak;
    demand += monthPeak * demandCharge;
  }
  const eta = Math.sqrt(storage.round_trip_efficiency);
  const cap = storage.usable_mwh;
  out.load_mwh = sLoad;
  out.generation_mwh = sGen;
  out.direct_use_mwh = sDirect;
  out.self_consumed_mwh = sGen - sExp - sCurt;
  out.exported_mwh = sExp;
  out.curtailed_mwh = sCurt;
  out.imported_mwh = sImp;
  out.charge_mwh = sCharge;
  out.discharge_mwh = sDis;
  out.storage_losses_mwh = sCharge * (1 - eta) + (eta > 0 ? sDis * (1 / eta - 1) : 0);
  out.storage_soc_change_mwh = socEnd - socStart;
  out.storage_start_mwh = socStart;
  out.storage_end_mwh = socEnd;
  out.grid_charge_mwh = sGrid;
  out.storage_rule = rule;
  out.storage_net_charge_mwh = sCharge - sDis;
  out.storage_throughput_mwh = sCharge;
  out.equivalent_full_cycles = cap > 0 ? sDis / eta / cap : 0;
  out.peak_import_mw = peak;
  out.peak_import_hour = peakHour;
  out.import_cost_cny = cost;
  out.export_revenue_cny = revenue;
  out.demand_charge_cny = demand;
  out.self_sufficiency = sLoad > 0 ? 1 - sImp / sLoad : 0;
  out.self_consumption_share = sGen > 0 ? out.self_consumed_mwh / sGen : 0;
}
