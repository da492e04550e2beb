import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createHourlyDispatch,
  createTotals,
  dispatchStorageYear,
  dispatchYear,
  flatTariff,
  yearBill,
  STORAGE_RULES,
} from '../../../core/dispatch/index.ts';
import type { HourlyDispatch, StorageOptions, StorageSpec, Tariff } from '../../../core/dispatch/index.ts';
import { HOURS_PER_YEAR, mulberry32 } from '../../../core/profiles/index.ts';

/**
 * Hand-made days: hours 0-3 valley (price 200), 4-7 peak (800), the rest flat (500); period
 * indices as in TOU_PERIODS (critical 0, peak 1, flat 2, valley 3).
 */
function handTariff(demandPerMwMonth = 0): Tariff {
  const t = flatTariff(500, 300, demandPerMwMonth);
  const period = new Uint8Array(HOURS_PER_YEAR);
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const hr = h % 24;
    period[h] = hr < 4 ? 3 : hr < 8 ? 1 : 2;
    t.import_cny_per_mwh[h] = hr < 4 ? 200 : hr < 8 ? 800 : 500;
  }
  t.period_of_hour = period;
  return t;
}

const lossless: StorageSpec = { power_mw: 5, usable_mwh: 20, round_trip_efficiency: 1 };
const opts = (o: Partial<StorageOptions>): StorageOptions => ({
  strategy: 'tou_arbitrage',
  grid_import_cap_mw: Infinity,
  peak_target_mw: null,
  start_mwh: 0,
  ...o,
});

function flatLoad(mw: number): HourlyDispatch {
  const h = createHourlyDispatch();
  h.load_mw.fill(mw);
  return h;
}

/** Per hour: balance, no negative flows, limits, grid charge inside charge, never discharging to export. */
function checkHours(h: HourlyDispatch, s: StorageSpec): void {
  for (let t = 0; t < HOURS_PER_YEAR; t++) {
    const lhs = h.generation_mw[t]! + h.import_mw[t]! + h.discharge_mw[t]!;
    const rhs = h.load_mw[t]! + h.charge_mw[t]! + h.export_mw[t]! + h.curtail_mw[t]!;
    if (Math.abs(lhs - rhs) >= 1e-9 * Math.max(1, lhs)) throw new Error(`hour ${t}: balance ${lhs} vs ${rhs}`);
    for (const k of ['charge_mw', 'discharge_mw', 'grid_charge_mw', 'export_mw', 'curtail_mw', 'import_mw'] as const)
      if (!(h[k][t]! >= 0)) throw new Error(`hour ${t}: ${k} negative`);
    if (h.charge_mw[t]! > s.power_mw * (1 + 1e-12) || h.discharge_mw[t]! > s.power_mw * (1 + 1e-12))
      throw new Error(`hour ${t}: power`);
    if (h.grid_charge_mw[t]! > h.charge_mw[t]! + 1e-12) throw new Error(`hour ${t}: grid charge above charge`);
    if (h.soc_mwh[t]! < -1e-12 || h.soc_mwh[t]! > s.usable_mwh * (1 + 1e-12)) throw new Error(`hour ${t}: soc`);
    // Discharge serves load only: never more than the hour's deficit.
    const deficit = Math.max(0, h.load_mw[t]! - h.generation_mw[t]!);
    if (h.discharge_mw[t]! > deficit * (1 + 1e-12) + 1e-12) throw new Error(`hour ${t}: discharge beyond load`);
  }
}

describe('TOU arbitrage, hour by hour', () => {
  it('charges from the grid in the valley and discharges into load in the peak', () => {
    const h = flatLoad(10);
    const t = dispatchStorageYear(h, lossless, 0, handTariff(), createTotals(), opts({}));
    // Day 1: valley hours 0-3 charge 5 MW each from the grid (import 15), soc 5, 10, 15, 20.
    expect(Array.from(h.grid_charge_mw.subarray(0, 4))).toEqual([5, 5, 5, 5]);
    expect(Array.from(h.import_mw.subarray(0, 4))).toEqual([15, 15, 15, 15]);
    expect(Array.from(h.soc_mwh.subarray(0, 4))).toEqual([5, 10, 15, 20]);
    // Peak hours 4-7 discharge 5 MW into load: import 5.
    expect(Array.from(h.discharge_mw.subarray(4, 8))).toEqual([5, 5, 5, 5]);
    expect(Array.from(h.import_mw.subarray(4, 8))).toEqual([5, 5, 5, 5]);
    // Flat hours: nothing moves.
    expect(h.charge_mw[8]).toBe(0);
    expect(h.discharge_mw[8]).toBe(0);
    expect(h.soc_mwh[23]).toBe(0);
    // One full cycle a day; 20 MWh a day bought at 200 instead of 800.
    expect(t.equivalent_full_cycles).toBeCloseTo(365, 9);
    expect(t.grid_charge_mwh).toBeCloseTo(20 * 365, 6);
    expect(t.storage_rule).toBe(1);
    const lf = dispatchYear(flatLoad(10), lossless, 0, handTariff(), createTotals(), 0);
    expect(yearBill(lf) - yearBill(t)).toBeCloseTo(20 * 365 * (800 - 200), 3);
  });

  it('keeps grid charging under the import cap', () => {
    const h = flatLoad(10);
    dispatchStorageYear(h, lossless, 0, handTariff(), createTotals(), opts({ grid_import_cap_mw: 12 }));
    expect(Array.from(h.grid_charge_mw.subarray(0, 4))).toEqual([2, 2, 2, 2]);
    expect(Math.max(...h.import_mw.subarray(0, 4))).toBe(12);
    // Only the 8 MWh charged is discharged in the peak.
    expect(Array.from(h.discharge_mw.subarray(4, 8))).toEqual([5, 3, 0, 0]);
  });

  it('charges from surplus first, then the grid, and never discharges to export', () => {
    const h = flatLoad(10);
    for (let t = 0; t < HOURS_PER_YEAR; t++) h.generation_mw[t] = t % 24 === 1 || t % 24 === 5 ? 13 : 0;
    dispatchStorageYear(h, lossless, Infinity, handTariff(), createTotals(), opts({}));
    // Hour 1 (valley): 3 MW surplus charges, 2 MW more from the grid.
    expect(h.charge_mw[1]).toBe(5);
    expect(h.grid_charge_mw[1]).toBe(2);
    expect(h.import_mw[1]).toBe(2);
    expect(h.export_mw[1]).toBe(0);
    // Hour 5 (peak, surplus 3, battery not full): surplus charges, nothing is discharged or exported.
    expect(h.discharge_mw[5]).toBe(0);
    expect(h.export_mw[5]).toBe(0);
    checkHours(h, lossless);
  });

  it('runs two cycles a day under a two-peak tariff', () => {
    const tariff = handTariff();
    // Valley 0-3 and 12-13, peak 4-7 and 16-19.
    for (let h = 0; h < HOURS_PER_YEAR; h++) {
      const hr = h % 24;
      tariff.period_of_hour![h] = hr < 4 || hr === 12 || hr === 13 ? 3 : (hr >= 4 && hr < 8) || (hr >= 16 && hr < 20) ? 1 : 2;
    }
    const s = { power_mw: 10, usable_mwh: 20, round_trip_efficiency: 1 };
    const t = dispatchStorageYear(flatLoad(10), s, 0, tariff, createTotals(), opts({}));
    expect(t.equivalent_full_cycles).toBeCloseTo(2 * 365, 9);
  });
});

describe('TOU arbitrage keeps room for the coming on-site surplus (day-ahead foresight)', () => {
  /**
   * A Sichuan-like day: valley 0-5, flat 6-13 with a PV surplus at 10-11 (load 10, generation
   * 16: 6 MW surplus, 5 MW taken by the battery), evening peak 14-19, flat 20-23; nothing exported.
   */
  function noonSurplusDay(morningPeak: boolean): { h: HourlyDispatch; tariff: Tariff } {
    const tariff = handTariff();
    const h = flatLoad(10);
    for (let t = 0; t < HOURS_PER_YEAR; t++) {
      const hr = t % 24;
      tariff.period_of_hour![t] = hr < 6 ? 3 : (hr >= 14 && hr < 20) || (morningPeak && (hr === 8 || hr === 9)) ? 1 : 2;
      h.generation_mw[t] = hr === 10 || hr === 11 ? 16 : 0;
    }
    return { h, tariff };
  }

  it('buys in the valley only what the noon surplus will not fill', () => {
    const { h, tariff } = noonSurplusDay(false);
    dispatchStorageYear(h, lossless, 0, tariff, createTotals(), opts({}));
    // The surplus will bring 2 x 5 MWh before the evening peak: the valley buys the other 10.
    expect(Array.from(h.grid_charge_mw.subarray(0, 6))).toEqual([5, 5, 0, 0, 0, 0]);
    expect(h.soc_mwh[5]).toBe(10);
    // The surplus fills exactly the room left: full at 11:00, only what exceeds the power curtailed.
    expect(Array.from(h.charge_mw.subarray(10, 12))).toEqual([5, 5]);
    expect(Array.from(h.grid_charge_mw.subarray(10, 12))).toEqual([0, 0]);
    expect(Array.from(h.curtail_mw.subarray(10, 12))).toEqual([1, 1]);
    expect(h.soc_mwh[11]).toBe(20);
    // The evening peak gets the full battery.
    expect(Array.from(h.discharge_mw.subarray(14, 18))).toEqual([5, 5, 5, 5]);
    checkHours(h, lossless);
  });

  it('counts the charge efficiency: the reserve is the stored energy the surplus brings', () => {
    const { h, tariff } = noonSurplusDay(false);
    const s = { power_mw: 5, usable_mwh: 20, round_trip_efficiency: 0.81 };
    dispatchStorageYear(h, s, 0, tariff, createTotals(), opts({}));
    // eta 0.9: the surplus stores 2 x 4.5 = 9 MWh, so the valley stores 11 (12.2 MWh bought).
    expect(h.soc_mwh[5]).toBeCloseTo(11, 12);
    expect(h.grid_charge_mw[2]).toBeCloseTo(2 / 0.9, 12);
    expect(h.charge_mw[10]).toBe(5);
    expect(h.charge_mw[11]).toBeCloseTo(5, 12);
    expect(h.soc_mwh[11]).toBeCloseTo(20, 12);
    checkHours(h, s);
  });

  it('counts what a morning peak discharges before the surplus as room', () => {
    const { h, tariff } = noonSurplusDay(true);
    // Surplus at 10, 11 and 12 (15 MWh to store), a morning peak at 8-9 that empties 10 MWh first.
    for (let t = 0; t < HOURS_PER_YEAR; t++) if (t % 24 === 12) h.generation_mw[t] = 16;
    dispatchStorageYear(h, lossless, 0, tariff, createTotals(), opts({}));
    // The battery may hold at most 20 - (15 - 10) = 15 after the valley.
    expect(h.soc_mwh[5]).toBe(15);
    expect(Array.from(h.discharge_mw.subarray(8, 10))).toEqual([5, 5]);
    expect(Array.from(h.charge_mw.subarray(10, 13))).toEqual([5, 5, 5]);
    expect(h.soc_mwh[12]).toBe(20);
    expect(Array.from(h.curtail_mw.subarray(10, 13))).toEqual([1, 1, 1]);
    checkHours(h, lossless);
  });

  it('fills from the grid as before when no surplus is coming', () => {
    const { h, tariff } = noonSurplusDay(false);
    h.generation_mw.fill(0);
    dispatchStorageYear(h, lossless, 0, tariff, createTotals(), opts({}));
    expect(Array.from(h.grid_charge_mw.subarray(0, 6))).toEqual([5, 5, 5, 5, 0, 0]);
  });
});

describe('peak shaving, hour by hour', () => {
  /** Load 10 MW with a 20 MW spike in hours 8-9 of every day. */
  function spiky(): HourlyDispatch {
    const h = flatLoad(10);
    for (let t = 0; t < HOURS_PER_YEAR; t++) if (t % 24 === 8 || t % 24 === 9) h.load_mw[t] = 20;
    return h;
  }

  it('holds a user target: discharges above it, recharges off-peak up to it', () => {
    const h = spiky();
    const s = { power_mw: 10, usable_mwh: 20, round_trip_efficiency: 1 };
    const t = dispatchStorageYear(
      h,
      s,
      0,
      handTariff(),
      createTotals(),
      opts({ strategy: 'peak_shaving', peak_target_mw: 14, start_mwh: 0 }),
    );
    // Valley hours 0-3 charge up to the target: 4 MW each (import 14), soc 16.
    expect(Array.from(h.grid_charge_mw.subarray(0, 4))).toEqual([4, 4, 4, 4]);
    // Peak hours 4-7: import 10 is under the target, and shaving never charges in the peak.
    expect(h.charge_mw[4]).toBe(0);
    // Flat hour 8-9: spike 20 -> discharge 6, import 14.
    expect(Array.from(h.discharge_mw.subarray(8, 10))).toEqual([6, 6]);
    expect(Array.from(h.import_mw.subarray(8, 10))).toEqual([14, 14]);
    // Flat hours after the spike recharge up to the target.
    expect(h.grid_charge_mw[10]).toBe(4);
    expect(t.peak_import_mw).toBe(14);
    checkHours(h, s);
  });

  it('keeps room for the surplus due before the next hour above the target', () => {
    // Load 10 with a 20 MW spike at 20-21; PV surplus 6 MW at 10-11 (flat hours).
    const h = flatLoad(10);
    for (let t = 0; t < HOURS_PER_YEAR; t++) {
      const hr = t % 24;
      if (hr === 20 || hr === 21) h.load_mw[t] = 20;
      h.generation_mw[t] = hr === 10 || hr === 11 ? 16 : 0;
    }
    const s = { power_mw: 10, usable_mwh: 20, round_trip_efficiency: 1 };
    dispatchStorageYear(h, s, 0, handTariff(), createTotals(), opts({ strategy: 'peak_shaving', peak_target_mw: 14 }));
    // The surplus will store 12 MWh before the spike: the valley buys the other 8, up to the target.
    expect(Array.from(h.grid_charge_mw.subarray(0, 4))).toEqual([4, 4, 0, 0]);
    expect(h.soc_mwh[9]).toBe(8);
    expect(h.grid_charge_mw[8]).toBe(0);
    expect(Array.from(h.charge_mw.subarray(10, 12))).toEqual([6, 6]);
    expect(h.soc_mwh[11]).toBe(20);
    expect(Array.from(h.curtail_mw.subarray(10, 12))).toEqual([0, 0]);
    expect(Array.from(h.discharge_mw.subarray(20, 22))).toEqual([6, 6]);
    expect(Math.max(...h.import_mw.subarray(0, 24))).toBe(14);
    checkHours(h, s);
  });

  it('finds the lowest target the battery can hold each month', () => {
    const h = spiky();
    const s = { power_mw: 10, usable_mwh: 20, round_trip_efficiency: 1 };
    const tariff = handTariff(30_000);
    const t = dispatchStorageYear(h, s, 0, tariff, createTotals(), opts({ strategy: 'peak_shaving', start_mwh: 10 }));
    // The 20 MWh spike above 10 MW can be spread over the day: the target sits near
    // 10 + 20 / 24 per day's recharge; whatever it is, it holds and is below the 20 MW spike.
    for (let m = 0; m < 12; m++) expect(h.monthly_peak_import_mw[m]).toBeLessThan(15);
    const lf = dispatchYear(spiky(), s, 0, tariff, createTotals(), 10);
    expect(t.demand_charge_cny).toBeLessThan(lf.demand_charge_cny);
    checkHours(h, s);
  });
});

describe('best for the bill', () => {
  it('keeps the rule with the lowest bill and says which', () => {
    const s: StorageSpec = { power_mw: 4, usable_mwh: 12, round_trip_efficiency: 0.85 };
    const fill = (h: HourlyDispatch) => {
      const rand = mulberry32(7);
      for (let t = 0; t < HOURS_PER_YEAR; t++) {
        h.load_mw[t] = 8 + 6 * rand();
        const hr = t % 24;
        h.generation_mw[t] = Math.max(0, Math.sin(((hr - 6) / 12) * Math.PI)) * 9 * rand();
      }
    };
    const tariff = handTariff(20_000);
    const bills = STORAGE_RULES.map((rule) => {
      const h = createHourlyDispatch();
      fill(h);
      return yearBill(dispatchStorageYear(h, s, 0, tariff, createTotals(), opts({ strategy: rule, start_mwh: 6 })));
    });
    const h = createHourlyDispatch();
    fill(h);
    const best = dispatchStorageYear(h, s, 0, tariff, createTotals(), opts({ strategy: 'best_bill', start_mwh: 6 }));
    expect(yearBill(best)).toBe(Math.min(...bills));
    expect(best.storage_rule).toBe(bills.indexOf(Math.min(...bills)));
    checkHours(h, s);
  });
});

describe('every strategy on random hours', () => {
  it('balances every hour and starts from the given energy', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.constantFrom(...STORAGE_RULES, 'best_bill' as const),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, strategy, rte, startShare) => {
          const rand = mulberry32(seed);
          const h = createHourlyDispatch();
          for (let t = 0; t < HOURS_PER_YEAR; t++) {
            h.load_mw[t] = 20 * rand();
            h.generation_mw[t] = 25 * rand() * rand();
          }
          const s = { power_mw: 1 + 9 * rand(), usable_mwh: 1 + 40 * rand(), round_trip_efficiency: rte };
          const t = dispatchStorageYear(
            h,
            s,
            3,
            handTariff(10_000),
            createTotals(),
            opts({ strategy, start_mwh: startShare * s.usable_mwh }),
          );
          checkHours(h, s);
          expect(t.storage_start_mwh).toBeCloseTo(startShare * s.usable_mwh, 9);
          expect(t.storage_end_mwh).toBe(h.soc_mwh[HOURS_PER_YEAR - 1]);
          // Net charge = losses + change of stored energy: nothing from nowhere.
          expect(t.storage_net_charge_mwh).toBeCloseTo(t.storage_losses_mwh + t.storage_soc_change_mwh, 6);
          expect(t.imported_mwh).toBeCloseTo(t.load_mwh - t.self_consumed_mwh + t.storage_net_charge_mwh, 6);
        },
      ),
      { numRuns: 12, seed: 42 },
    );
  });
});
