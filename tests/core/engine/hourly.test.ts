import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HOURLY_SERIES_KEYS, parsePlanOrThrow, runPlan, runScenario, runScenarioHourly } from '../../../core/engine/index.ts';
import type { ScenarioResult } from '../../../core/engine/index.ts';
import type { Plan } from '../../../core/model/plan.ts';
import type { ParkZeroError } from '../../../core/api/result.ts';
import { HOURS_PER_YEAR } from '../../../core/profiles/index.ts';
import { measure, tinyPlan } from './fixtures.ts';
import { planArb } from './arbitraries.ts';

const sample: Plan = parsePlanOrThrow(
  JSON.parse(readFileSync(new URL('../../fixtures/sample-park-2024.plan.json', import.meta.url), 'utf8')),
);

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));

describe('hourly dispatch inside the engine: the sample park, every hour of every year', () => {
  it('balances every hour, keeps storage within its limits and sums to the annual results', () => {
    const results = runPlan(sample, { mac: false });
    let hoursChecked = 0;
    for (const s of sample.scenarios) {
      const annual = results.scenarios.find((r) => r.scenario_id === s.id)!;
      expect(annual.dispatch.method).toBe('hourly');
      for (let year = sample.park.base_year; year <= sample.park.horizon_year; year++) {
        const h = runScenarioHourly(sample, s.id, year);
        const x = h.series;
        for (const key of HOURLY_SERIES_KEYS) expect(x[key]).toHaveLength(HOURS_PER_YEAR);
        const eta = Math.sqrt(h.storage.round_trip_efficiency);
        const P = h.storage.power_kw / 1000;
        const E = h.storage.usable_kwh / 1000;
        let imp = 0;
        let self = 0;
        // Each year starts where the previous one ended (first year: 50% of usable energy).
        let soc = h.electricity.storage_start_mwh;
        if (year > sample.park.base_year)
          expect(soc).toBe(annual.years[year - 1 - sample.park.base_year]!.energy.electricity.storage_end_mwh);
        for (let t = 0; t < HOURS_PER_YEAR; t++) {
          const gen = x.pv_mw[t]! + x.wind_mw[t]! + x.other_generation_mw[t]!;
          const lhs = gen + x.import_mw[t]! + x.discharge_mw[t]!;
          const rhs = x.load_mw[t]! + x.charge_mw[t]! + x.export_mw[t]! + x.curtailed_mw[t]!;
          if (!(rel(lhs, rhs) < 1e-9)) throw new Error(`${s.id} ${year} hour ${t}: ${lhs} != ${rhs}`);
          for (const key of HOURLY_SERIES_KEYS)
            if (!(x[key][t]! >= 0)) throw new Error(`${s.id} ${year} hour ${t}: ${key} = ${x[key][t]}`);
          if (x.charge_mw[t]! > P * (1 + 1e-12) || x.discharge_mw[t]! > P * (1 + 1e-12))
            throw new Error(`${s.id} ${year} hour ${t}: storage power above ${P} MW`);
          if (x.soc_mwh[t]! > E * (1 + 1e-12)) throw new Error(`${s.id} ${year} hour ${t}: stored energy above ${E} MWh`);
          // Stored energy follows charge x eta - discharge / eta from the year's start.
          soc += x.charge_mw[t]! * eta - (eta > 0 ? x.discharge_mw[t]! / eta : 0);
          if (Math.abs(soc - x.soc_mwh[t]!) > 1e-9 * Math.max(1, E)) throw new Error(`${s.id} ${year} hour ${t}: soc drift`);
          if (x.export_mw[t]! > 0 && h.export_limit_kw !== null && x.export_mw[t]! > (h.export_limit_kw / 1000) * (1 + 1e-12))
            throw new Error(`${s.id} ${year} hour ${t}: export above the limit`);
          imp += x.import_mw[t]!;
          self += x.self_consumed_mw[t]!;
          hoursChecked++;
        }
        const e = annual.years[year - sample.park.base_year]!.energy.electricity;
        expect(h.electricity).toEqual(e);
        expect(rel(imp, e.grid_import_mwh)).toBeLessThan(1e-9);
        expect(rel(self, e.self_consumed_mwh)).toBeLessThan(1e-9);
      }
    }
    expect(hoursChecked).toBe(sample.scenarios.length * 37 * HOURS_PER_YEAR);
  });

  it('reruns are bit-identical (results and hours)', () => {
    const a = runPlan(sample);
    const b = runPlan(structuredClone(sample));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const h1 = runScenarioHourly(sample, 'near-zero', 2035);
    const h2 = runScenarioHourly(structuredClone(sample), 'near-zero', 2035);
    for (const key of HOURLY_SERIES_KEYS)
      expect(Buffer.from(h2.series[key].buffer).equals(Buffer.from(h1.series[key].buffer))).toBe(true);
  });

  it('reports the method, the tariff, the export limit and the yield sources', () => {
    const r = runScenario(sample, 'near-zero', { mac: false });
    expect(r.dispatch).toMatchObject({ method: 'hourly', export_limit_kw: 0 });
    expect(r.dispatch.tariff).toMatch(/TOU/);
    expect(r.dispatch.climate).toMatch(/Suining/);
    expect(r.dispatch.generators.map((g) => [g.measure_id, g.yield_source])).toEqual([
      ['rooftop-pv', 'model'],
      ['hill-wind', 'factor_library'],
      ['ground-pv', 'model'],
    ]);
    // The sample's PV never exceeds its load: storage cannot charge, and the result says so.
    expect(r.warnings.find((w) => w.code === 'storage_idle')?.path).toBe('scenarios[1].measures[1]');
    const y = r.years.find((x) => x.year === 2030)!.energy.electricity;
    expect(y.balance_method).toBe('hourly');
    expect(y.storage_charge_mwh).toBe(0);
    // Installed after the first year, it starts empty and never charges: no energy from nowhere.
    expect(y.storage_start_mwh).toBe(0);
    expect(y.storage_net_charge_mwh).toBe(0);
    expect(y.peak_import_kw).toBeGreaterThan(0);
    expect(y.peak_import_hour).not.toBeNull();
    const p = y.import_by_period_mwh!;
    expect(rel(p.critical + p.peak + p.flat + p.valley, y.grid_import_mwh)).toBeLessThan(1e-9);
    const c = y.import_cost_by_period_cny!;
    expect(rel(c.critical + c.peak + c.flat + c.valley, y.import_cost_cny)).toBeLessThan(1e-9);
    // valley energy is the cheapest per MWh, critical peak the dearest
    expect(c.valley / p.valley).toBeLessThan(c.flat / p.flat);
    expect(c.critical / p.critical).toBeGreaterThan(c.peak / p.peak);
  });

  it('the base-year park load, all bought from the grid, pays the plan average price under TOU', () => {
    const y = runScenario(sample, 'baseline', { mac: false }).years[0]!;
    const price = 600;
    expect(rel(y.costs.electricity_cny, y.energy.electricity.grid_import_mwh * price)).toBeLessThan(1e-9);
    const flat = runScenario(
      {
        ...sample,
        scenarios: sample.scenarios.map((s) =>
          s.id === 'baseline' ? { ...s, settings: { ...s.settings, electricity_tariff: 'flat' as const } } : s,
        ),
      },
      'baseline',
      { mac: false },
    ).years[5]!;
    expect(rel(flat.costs.electricity_cny, flat.energy.electricity.grid_import_mwh * price)).toBeLessThan(1e-12);
  });

  it('a year outside the pathway and an unknown scenario are clear errors', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as ParkZeroError;
      }
      throw new Error('no error');
    };
    expect(err(() => runScenarioHourly(sample, 'near-zero', 2061)).code).toBe('INVALID_REQUEST');
    expect(err(() => runScenarioHourly(sample, 'near-zero', 2061)).message).toMatch(/2024-2060/);
    expect(err(() => runScenarioHourly(sample, 'nope', 2030)).code).toBe('NOT_FOUND');
  });
});

/** A small park whose PV exceeds its load at midday, so storage and curtailment matter. */
function sunnyPark(measures: Parameters<typeof tinyPlan>[0]['measures'], settings: Record<string, unknown> = {}) {
  return tinyPlan({
    energy: { electricity_mwh: 20_000 },
    city: 'Zhangye',
    province: 'Gansu',
    base_year: 2025,
    horizon_year: 2030,
    settings,
    measures,
  });
}
const pv = (kw: number) => measure('pv', 'pv', { capacity_kw: kw }, { start_year: 2025 });
const bess = (kw: number, kwh: number) =>
  measure(
    'bess',
    'storage',
    { power_kw: kw, energy_kwh: kwh, round_trip_efficiency: 0.9, usable_share: 1 },
    { start_year: 2025 },
  );

function byYear(r: ScenarioResult) {
  return r.years.map((y) => ({
    import: y.energy.electricity.grid_import_mwh,
    curtailed: y.energy.electricity.curtailed_mwh,
    re: y.indicators.renewable_electricity_share!,
    scope2: y.emissions.scope2_tco2,
  }));
}

describe('the engine moves in the expected direction', () => {
  it('adding storage: less import and curtailment, higher renewable share, lower scope 2 (in every year)', () => {
    const without = byYear(runScenario(sunnyPark([pv(8000)]), 's', { mac: false }));
    const withStorage = byYear(runScenario(sunnyPark([pv(8000), bess(2000, 8000)]), 's', { mac: false }));
    without.forEach((a, i) => {
      const b = withStorage[i]!;
      expect(a.curtailed).toBeGreaterThan(100);
      expect(b.curtailed).toBeLessThan(a.curtailed - 100);
      expect(b.import).toBeLessThan(a.import - 100);
      expect(b.re).toBeGreaterThan(a.re);
      expect(b.scope2).toBeLessThan(a.scope2);
    });
  });

  it('adding PV: less import, higher renewable share, lower scope 2; storage earns a MAC', () => {
    const small = byYear(runScenario(sunnyPark([pv(4000)]), 's', { mac: false }));
    const large = byYear(runScenario(sunnyPark([pv(8000)]), 's', { mac: false }));
    small.forEach((a, i) => {
      const b = large[i]!;
      expect(b.import).toBeLessThan(a.import);
      expect(b.re).toBeGreaterThan(a.re);
      expect(b.scope2).toBeLessThan(a.scope2);
    });
    const mac = runScenario(sunnyPark([pv(8000), bess(2000, 8000)]), 's').mac.find((m) => m.measure_id === 'bess')!;
    expect(mac.cumulative_abatement_tco2).toBeGreaterThan(0);
  });

  it('an export limit turns curtailment into export; no limit exports everything storage cannot take', () => {
    const at = (limit: number | null) =>
      runScenario(sunnyPark([pv(8000)], { export_limit_kw: limit }), 's', { mac: false }).years[0]!.energy.electricity;
    const zero = at(0);
    const some = at(1000);
    const all = at(null);
    expect(zero.exported_mwh).toBe(0);
    expect(some.exported_mwh).toBeGreaterThan(0);
    expect(some.curtailed_mwh).toBeLessThan(zero.curtailed_mwh);
    expect(all.curtailed_mwh).toBe(0);
    expect(all.grid_import_mwh).toBe(zero.grid_import_mwh);
  });

  it('hourly netting is never more optimistic than annual netting without storage', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const hourly = runPlan(plan, { mac: false });
        const annual = runPlan(plan, { mac: false, electricity: 'annual' });
        hourly.scenarios.forEach((s, si) =>
          s.years.forEach((y, yi) => {
            const e = y.energy.electricity;
            const a = annual.scenarios[si]!.years[yi]!.energy.electricity;
            expect(e.pv_mwh).toBe(a.pv_mwh);
            if (e.storage_charge_mwh === 0 && e.storage_discharge_mwh === 0 && a.storage_throughput_mwh === 0)
              expect(e.self_consumed_mwh).toBeLessThanOrEqual(a.self_consumed_mwh * (1 + 1e-9) + 1e-9);
          }),
        );
      }),
      { numRuns: 40 },
    );
  });
});

describe('MAC by removal with the hourly dispatch', () => {
  it('equals a rerun of the scenario with the measure disabled (reused years change nothing)', () => {
    const full = runScenario(sample, 'near-zero');
    const withOverride: Plan = {
      ...sample,
      scenarios: [
        ...sample.scenarios,
        {
          id: 'no-roof-pv',
          name: 'near-zero without rooftop PV',
          parent_id: 'near-zero',
          description: '',
          settings: {},
          measures: [],
          measure_overrides: [{ measure_id: 'rooftop-pv', disabled: true, set: {} }],
        },
      ],
    };
    const without = runScenario(withOverride, 'no-roof-pv', { mac: false });
    const entry = full.mac.find((m) => m.measure_id === 'rooftop-pv')!;
    let cum = 0;
    full.years.forEach((y, i) => (cum += without.years[i]!.emissions.net_tco2 - y.emissions.net_tco2));
    expect(entry.cumulative_abatement_tco2).toBe(cum);
  });
});
