import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHourlyDispatch, createTotals, dispatchYear, flatTariff, NO_STORAGE } from '../../../core/dispatch/index.ts';
import type { HourlyDispatch, StorageSpec } from '../../../core/dispatch/index.ts';
import { HOURS_PER_YEAR, loadShape, mulberry32 } from '../../../core/profiles/index.ts';

const tariff = flatTariff(600, 300);

/** A park-like year: load with daily shape and noise, PV-like generation, seeded. */
function fillYear(h: HourlyDispatch, seed: number, loadMw: number, pvMw: number, windMw = 0): void {
  const rand = mulberry32(seed);
  const shape = loadShape('two_shift');
  for (let t = 0; t < HOURS_PER_YEAR; t++) {
    const hr = t % 24;
    const sun = Math.max(0, Math.sin(((hr - 6) / 12) * Math.PI)) * (0.3 + 0.7 * rand());
    h.load_mw[t] = shape[t]! * HOURS_PER_YEAR * loadMw * (0.9 + 0.2 * rand());
    h.generation_mw[t] = pvMw * sun + windMw * rand();
  }
}

function run(seed: number, loadMw: number, pvMw: number, storage: StorageSpec, exportLimit: number, windMw = 0) {
  const h = createHourlyDispatch();
  fillYear(h, seed, loadMw, pvMw, windMw);
  const totals = dispatchYear(h, storage, exportLimit, tariff, createTotals());
  return { h, totals };
}

function checkInvariants(h: HourlyDispatch, s: StorageSpec, exportLimit: number): void {
  const eta = Math.sqrt(s.round_trip_efficiency);
  let soc = s.usable_mwh / 2;
  for (let t = 0; t < HOURS_PER_YEAR; t++) {
    const lhs = h.generation_mw[t]! + h.import_mw[t]! + h.discharge_mw[t]!;
    const rhs = h.load_mw[t]! + h.charge_mw[t]! + h.export_mw[t]! + h.curtail_mw[t]!;
    const scale = Math.max(1, Math.abs(lhs), Math.abs(rhs));
    if (Math.abs(lhs - rhs) / scale >= 1e-9) throw new Error(`hour ${t}: balance ${lhs} vs ${rhs}`);
    for (const k of ['direct_mw', 'charge_mw', 'discharge_mw', 'export_mw', 'curtail_mw', 'import_mw'] as const)
      if (!(h[k][t]! >= 0)) throw new Error(`hour ${t}: ${k} negative ${h[k][t]}`);
    if (h.charge_mw[t]! > s.power_mw * (1 + 1e-12) || h.discharge_mw[t]! > s.power_mw * (1 + 1e-12))
      throw new Error(`hour ${t}: power limit`);
    if (h.charge_mw[t]! > 0 && h.discharge_mw[t]! > 0) throw new Error(`hour ${t}: charge and discharge together`);
    if (h.export_mw[t]! > exportLimit * (1 + 1e-12)) throw new Error(`hour ${t}: export limit`);
    // Curtailment only when storage cannot take more and export is at its limit.
    if (h.curtail_mw[t]! > 1e-9 && h.export_mw[t]! < exportLimit - 1e-9)
      throw new Error(`hour ${t}: curtailed below the export limit`);
    if (h.import_mw[t]! > 1e-9 && h.export_mw[t]! > 1e-9) throw new Error(`hour ${t}: import and export together`);
    soc += h.charge_mw[t]! * eta - h.discharge_mw[t]! / eta;
    const tol = 1e-9 * Math.max(1, s.usable_mwh);
    if (Math.abs(soc - h.soc_mwh[t]!) > tol * (t + 1)) throw new Error(`hour ${t}: soc drift ${soc} vs ${h.soc_mwh[t]}`);
    if (h.soc_mwh[t]! < -tol || h.soc_mwh[t]! > s.usable_mwh + tol)
      throw new Error(`hour ${t}: soc ${h.soc_mwh[t]} outside [0, ${s.usable_mwh}]`);
  }
}

describe('dispatchYear: the load-following rule', () => {
  const storage: StorageSpec = { power_mw: 20, usable_mwh: 36, round_trip_efficiency: 0.88 };

  it('balances every hour and respects storage and export limits', () => {
    const { h } = run(1, 50, 120, storage, 15);
    checkInvariants(h, storage, 15);
  });

  it('starts storage at 50% of usable energy', () => {
    const h = createHourlyDispatch();
    h.load_mw.fill(0);
    h.generation_mw.fill(0);
    h.load_mw[0] = 5; // first hour: a deficit served from storage
    const t = dispatchYear(h, storage, Infinity, tariff, createTotals());
    const eta = Math.sqrt(0.88);
    expect(h.discharge_mw[0]).toBeCloseTo(5, 12);
    expect(h.soc_mwh[0]).toBeCloseTo(18 - 5 / eta, 12);
    expect(t.storage_soc_change_mwh).toBeCloseTo(-5 / eta, 12);
  });

  it('serves load from generation first, then storage, then grid; surplus to storage, export, curtailment', () => {
    const h = createHourlyDispatch();
    const s: StorageSpec = { power_mw: 4, usable_mwh: 10, round_trip_efficiency: 1 };
    h.load_mw.fill(0);
    h.generation_mw.fill(0);
    // hour 0: surplus 10 -> charge 4 (power), export 3 (limit), curtail 3
    h.load_mw[0] = 2;
    h.generation_mw[0] = 12;
    // hour 1: deficit 8 -> discharge 4 (power), import 4
    h.load_mw[1] = 9;
    h.generation_mw[1] = 1;
    const t = dispatchYear(h, s, 3, tariff, createTotals());
    expect([h.direct_mw[0], h.charge_mw[0], h.export_mw[0], h.curtail_mw[0], h.import_mw[0]]).toEqual([2, 4, 3, 3, 0]);
    expect([h.direct_mw[1], h.discharge_mw[1], h.import_mw[1]]).toEqual([1, 4, 4]);
    expect(h.soc_mwh[1]).toBe(5);
    expect(t.self_consumed_mwh).toBe(13 - 3 - 3);
    expect(t.peak_import_mw).toBe(4);
    expect(t.peak_import_hour).toBe(1);
    expect(t.import_cost_cny).toBe(4 * 600);
    expect(t.export_revenue_cny).toBe(3 * 300);
  });

  it('stops charging at the energy limit, counting the charge efficiency', () => {
    const h = createHourlyDispatch();
    const s: StorageSpec = { power_mw: 100, usable_mwh: 10, round_trip_efficiency: 0.81 };
    h.load_mw.fill(0);
    h.generation_mw.fill(0);
    h.generation_mw[0] = 50;
    dispatchYear(h, s, 0, tariff, createTotals());
    expect(h.charge_mw[0]).toBeCloseTo(5 / 0.9, 12); // room 5 MWh stored = 5/0.9 MWh from the bus
    expect(h.soc_mwh[0]).toBeCloseTo(10, 12);
    expect(h.curtail_mw[0]).toBeCloseTo(50 - 5 / 0.9, 12);
  });

  it('reports totals consistent with the hourly series', () => {
    const { h, totals: t } = run(7, 40, 90, storage, 10);
    const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
    expect(t.imported_mwh).toBeCloseTo(sum(h.import_mw), 6);
    expect(t.generation_mwh + t.imported_mwh + t.discharge_mwh).toBeCloseTo(
      t.load_mwh + t.charge_mwh + t.exported_mwh + t.curtailed_mwh,
      6,
    );
    expect(t.storage_net_charge_mwh).toBeCloseTo(t.storage_losses_mwh + t.storage_soc_change_mwh, 6);
    expect(t.imported_mwh).toBeCloseTo(t.load_mwh - t.self_consumed_mwh + t.storage_net_charge_mwh, 6);
    expect(t.equivalent_full_cycles).toBeCloseTo(t.discharge_mwh / Math.sqrt(0.88) / 36, 9);
    expect(t.peak_import_mw).toBe(Math.max(...h.import_mw));
    expect(Math.max(...h.monthly_peak_import_mw)).toBe(t.peak_import_mw);
  });

  it('is bit-identical on rerun', () => {
    const a = run(3, 40, 80, storage, 5);
    const b = run(3, 40, 80, storage, 5);
    expect(Buffer.from(a.h.import_mw.buffer).equals(Buffer.from(b.h.import_mw.buffer))).toBe(true);
    expect(Buffer.from(a.h.soc_mwh.buffer).equals(Buffer.from(b.h.soc_mwh.buffer))).toBe(true);
    expect(a.totals).toEqual(b.totals);
  });

  it('refuses impossible storage and export limits', () => {
    const h = createHourlyDispatch();
    expect(() => dispatchYear(h, { power_mw: -1, usable_mwh: 1, round_trip_efficiency: 0.9 }, 0, tariff, createTotals())).toThrow(
      RangeError,
    );
    expect(() =>
      dispatchYear(h, { power_mw: 1, usable_mwh: NaN, round_trip_efficiency: 0.9 }, 0, tariff, createTotals()),
    ).toThrow(RangeError);
    expect(() => dispatchYear(h, { power_mw: 1, usable_mwh: 1, round_trip_efficiency: 0 }, 0, tariff, createTotals())).toThrow(
      RangeError,
    );
    expect(() => dispatchYear(h, NO_STORAGE, -1, tariff, createTotals())).toThrow(RangeError);
  });
});

describe('dispatchYear: properties over random valid inputs', () => {
  const arbStorage = fc.record({
    power_mw: fc.double({ min: 0, max: 200, noNaN: true }),
    usable_mwh: fc.double({ min: 0, max: 800, noNaN: true }),
    round_trip_efficiency: fc.double({ min: 0.3, max: 1, noNaN: true }),
  });
  const arbCase = fc.record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    load: fc.double({ min: 0, max: 300, noNaN: true }),
    pv: fc.double({ min: 0, max: 600, noNaN: true }),
    wind: fc.double({ min: 0, max: 200, noNaN: true }),
    exportLimit: fc.oneof(fc.constant(Infinity), fc.double({ min: 0, max: 300, noNaN: true })),
    storage: arbStorage,
  });

  it('balance, limits and state of charge hold for every hour', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { h } = run(c.seed, c.load, c.pv, c.storage, c.exportLimit, c.wind);
        checkInvariants(h, c.storage, c.exportLimit);
      }),
      { numRuns: 60, seed: 42 },
    );
  });

  it('more storage never raises import nor lowers self-consumption', () => {
    fc.assert(
      fc.property(
        arbCase,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        (c, dp, de) => {
          const a = run(c.seed, c.load, c.pv, c.storage, c.exportLimit, c.wind).totals;
          const bigger = { ...c.storage, power_mw: c.storage.power_mw + dp, usable_mwh: c.storage.usable_mwh + de };
          const b = run(c.seed, c.load, c.pv, bigger, c.exportLimit, c.wind).totals;
          const tol = 1e-9 * Math.max(1, a.load_mwh, a.generation_mwh);
          return b.imported_mwh <= a.imported_mwh + tol && b.self_consumed_mwh >= a.self_consumed_mwh - tol;
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });

  it('more PV never raises import nor lowers self-consumption', () => {
    fc.assert(
      fc.property(arbCase, fc.double({ min: 0, max: 300, noNaN: true }), (c, extra) => {
        const a = run(c.seed, c.load, c.pv, c.storage, c.exportLimit, c.wind).totals;
        const b = run(c.seed, c.load, c.pv + extra, c.storage, c.exportLimit, c.wind).totals;
        const tol = 1e-9 * Math.max(1, a.load_mwh, b.generation_mwh);
        return b.imported_mwh <= a.imported_mwh + tol && b.self_consumed_mwh >= a.self_consumed_mwh - tol;
      }),
      { numRuns: 40, seed: 11 },
    );
  });
});

describe('adding storage or PV to a realistic park', () => {
  it('storage lowers import and raises self-consumption when there is surplus to shift', () => {
    const none = run(5, 40, 100, NO_STORAGE, Infinity).totals;
    const some = run(5, 40, 100, { power_mw: 20, usable_mwh: 80, round_trip_efficiency: 0.88 }, Infinity).totals;
    expect(some.imported_mwh).toBeLessThan(none.imported_mwh);
    expect(some.self_consumed_mwh).toBeGreaterThan(none.self_consumed_mwh);
    expect(some.exported_mwh).toBeLessThan(none.exported_mwh);
    expect(some.equivalent_full_cycles).toBeGreaterThan(50);
  });

  it('PV lowers import and raises self-consumption', () => {
    const a = run(5, 40, 20, NO_STORAGE, Infinity).totals;
    const b = run(5, 40, 60, NO_STORAGE, Infinity).totals;
    expect(b.imported_mwh).toBeLessThan(a.imported_mwh);
    expect(b.self_consumed_mwh).toBeGreaterThan(a.self_consumed_mwh);
  });

  it('a zero export limit turns every surplus the storage cannot take into curtailment', () => {
    const t = run(5, 20, 150, NO_STORAGE, 0).totals;
    expect(t.exported_mwh).toBe(0);
    expect(t.curtailed_mwh).toBeGreaterThan(0);
  });
});
