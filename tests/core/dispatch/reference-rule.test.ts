import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createHourlyDispatch,
  createTotals,
  dispatchYear,
  TOTAL_KEYS,
  touTariff,
  SICHUAN_LIKE_TOU,
} from '../../../core/dispatch/index.ts';
import type { DispatchTotals, HourlyDispatch, StorageSpec, Tariff } from '../../../core/dispatch/index.ts';
import { HOURS_PER_YEAR, MONTH_START_HOUR, mulberry32 } from '../../../core/profiles/index.ts';
import { FLAT_PERIOD_INDEX } from '../../../core/dispatch/tariff.ts';

/**
 * The load-following rule as a plain single loop over the year (the implementation before the
 * speed work of issue 14, item 7, kept here as the oracle): `dispatchYear` runs the hours in
 * chunks with a special loop for storage without power, and must give the very same bits,
 * every hourly array and every total, signed zeros included.
 */
function referenceYear(
  hourly: HourlyDispatch,
  storage: StorageSpec,
  exportLimitMw: number,
  tariff: Tariff,
  out: DispatchTotals,
  startMwh?: number,
): void {
  const {
    load_mw: load,
    generation_mw: gen,
    direct_mw: direct,
    charge_mw: charge,
    discharge_mw: discharge,
    soc_mwh: socOut,
    export_mw: exp,
    curtail_mw: curt,
    import_mw: imp,
  } = hourly;
  const priceImp = tariff.import_cny_per_mwh;
  const priceExp = tariff.export_cny_per_mwh;
  const period = tariff.period_of_hour ?? new Uint8Array(HOURS_PER_YEAR).fill(FLAT_PERIOD_INDEX);
  const pImp = hourly.period_import_mwh;
  const pCost = hourly.period_import_cost_cny;
  pImp.fill(0);
  pCost.fill(0);
  const power = storage.power_mw;
  const cap = storage.usable_mwh;
  const eta = Math.sqrt(storage.round_trip_efficiency);
  const socStart = startMwh === undefined ? cap * 0.5 : startMwh < cap ? startMwh : cap;
  let soc = socStart;
  hourly.grid_charge_mw.fill(0);
  let sLoad = 0,
    sGen = 0,
    sDirect = 0,
    sCharge = 0,
    sDis = 0,
    sExp = 0,
    sCurt = 0,
    sImp = 0,
    cost = 0,
    revenue = 0,
    demand = 0;
  let peak = 0;
  let peakHour = -1;
  for (let m = 0; m < 12; m++) {
    const end = MONTH_START_HOUR[m + 1]!;
    let monthPeak = 0;
    for (let h = MONTH_START_HOUR[m]!; h < end; h++) {
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
    hourly.monthly_peak_import_mw[m] = monthPeak;
    demand += monthPeak * tariff.demand_charge_cny_per_mw_month;
  }
  const lossC = sCharge * (1 - eta);
  const lossD = eta > 0 ? sDis * (1 / eta - 1) : 0;
  out.load_mwh = sLoad;
  out.generation_mwh = sGen;
  out.direct_use_mwh = sDirect;
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
  out.peak_import_mw = peak;
  out.peak_import_hour = peakHour;
  out.import_cost_cny = cost;
  out.export_revenue_cny = revenue;
  out.demand_charge_cny = demand;
  out.self_sufficiency = sLoad > 0 ? 1 - sImp / sLoad : 0;
  out.self_consumption_share = sGen > 0 ? out.self_consumed_mwh / sGen : 0;
}

const HOURLY_KEYS = [
  'direct_mw',
  'charge_mw',
  'discharge_mw',
  'grid_charge_mw',
  'soc_mwh',
  'export_mw',
  'curtail_mw',
  'import_mw',
  'monthly_peak_import_mw',
  'period_import_mwh',
  'period_import_cost_cny',
] as const;

function bytes(a: Float64Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

/** Runs both on the same hours and says where they differ (nothing when bit-identical). */
function differences(
  load: Float64Array,
  gen: Float64Array,
  storage: StorageSpec,
  exportLimit: number,
  tariff: Tariff,
  start?: number,
) {
  const a = createHourlyDispatch();
  const b = createHourlyDispatch();
  for (const h of [a, b]) {
    h.load_mw.set(load);
    h.generation_mw.set(gen);
    // Stale values from an earlier year: every array must be rewritten.
    for (const k of HOURLY_KEYS) h[k].fill(7);
  }
  const ta = createTotals();
  const tb = createTotals();
  dispatchYear(a, storage, exportLimit, tariff, ta, start);
  referenceYear(b, storage, exportLimit, tariff, tb, start);
  const out: string[] = [];
  for (const k of HOURLY_KEYS) if (!bytes(a[k]).equals(bytes(b[k]))) out.push(k);
  for (const k of TOTAL_KEYS) if (!Object.is(ta[k], tb[k])) out.push(`${k}: ${ta[k]} vs ${tb[k]}`);
  return out;
}

const tou = touTariff(SICHUAN_LIKE_TOU, {
  flat_import_cny_per_mwh: 650,
  export_cny_per_mwh: 350,
  demand_charge_cny_per_mw_month: 40_000,
});
const flatNoPeriods: Tariff = { ...tou, period_of_hour: undefined };

function parkYear(seed: number, loadMw: number, pvMw: number) {
  const rand = mulberry32(seed);
  const load = new Float64Array(HOURS_PER_YEAR);
  const gen = new Float64Array(HOURS_PER_YEAR);
  for (let t = 0; t < HOURS_PER_YEAR; t++) {
    const hr = t % 24;
    load[t] = loadMw * (hr >= 6 && hr < 22 ? 1 : 0.45) * (0.9 + 0.2 * rand());
    gen[t] = pvMw * Math.max(0, Math.sin(((hr - 6) / 12) * Math.PI)) * (0.3 + 0.7 * rand());
  }
  return { load, gen };
}

describe('dispatchYear against a plain copy of the rule', () => {
  const { load, gen } = parkYear(11, 40, 100);
  const cases: [string, StorageSpec, number, number | undefined][] = [
    ['no storage', { power_mw: 0, usable_mwh: 0, round_trip_efficiency: 1 }, 5, undefined],
    ['energy but no power (stays at its start)', { power_mw: 0, usable_mwh: 30, round_trip_efficiency: 0.9 }, 5, 12],
    ['power but no energy', { power_mw: 10, usable_mwh: 0, round_trip_efficiency: 0.9 }, Infinity, undefined],
    ['a battery cycling daily', { power_mw: 10, usable_mwh: 40, round_trip_efficiency: 0.88 }, 5, 20],
    ['a battery that fills up', { power_mw: 50, usable_mwh: 20, round_trip_efficiency: 0.95 }, 0, 0],
    ['a power of -0', { power_mw: -0, usable_mwh: 10, round_trip_efficiency: 0.9 }, 5, 3],
    ['a start of -0 without power', { power_mw: 0, usable_mwh: 10, round_trip_efficiency: 0.9 }, 5, -0],
    ['a start of -0 with power', { power_mw: 5, usable_mwh: 10, round_trip_efficiency: 0.9 }, 5, -0],
  ];
  for (const [name, storage, limit, start] of cases)
    it(`gives the same bits: ${name}`, () => {
      expect(differences(load, gen, storage, limit, tou, start)).toEqual([]);
      expect(differences(load, gen, storage, limit, flatNoPeriods, start)).toEqual([]);
    });

  it('gives the same bits on random hours, storage and limits', () => {
    const hours = fc.float64Array({ minLength: HOURS_PER_YEAR, maxLength: HOURS_PER_YEAR, min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(
        hours,
        hours,
        fc.record({
          power_mw: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 80, noNaN: true })),
          usable_mwh: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 300, noNaN: true })),
          round_trip_efficiency: fc.double({ min: 0.3, max: 1, noNaN: true, minExcluded: true }),
        }),
        fc.oneof(fc.constant(Infinity), fc.double({ min: 0, max: 50, noNaN: true })),
        fc.option(fc.double({ min: 0, max: 400, noNaN: true }), { nil: undefined }),
        (load, gen, storage, limit, start) => {
          expect(differences(load, gen, storage, limit, tou, start)).toEqual([]);
        },
      ),
      { numRuns: 40, seed: 20261206 },
    );
  });

  it('keeps months apart: the monthly peaks are those of the reference', () => {
    const h = createHourlyDispatch();
    h.load_mw.set(load);
    h.generation_mw.set(gen);
    dispatchYear(h, { power_mw: 10, usable_mwh: 40, round_trip_efficiency: 0.88 }, 5, tou, createTotals(), 20);
    for (let m = 0; m < 12; m++) {
      let peak = 0;
      for (let t = MONTH_START_HOUR[m]!; t < MONTH_START_HOUR[m + 1]!; t++) peak = Math.max(peak, h.import_mw[t]!);
      expect(h.monthly_peak_import_mw[m]).toBe(peak);
    }
  });
});
