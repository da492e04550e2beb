import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePlan } from '../../../core/model/plan.ts';
import { parsePlanOrThrow, runPlan, type ScenarioResult } from '../../../core/engine/index.ts';
import type { Plan } from '../../../core/model/plan.ts';

/**
 * The two bundled samples (resources/samples/README.md) show what issue 10 built: storage that
 * cycles under arbitrage, PV above the load, a near-zero pathway that keeps falling, and a
 * hydrogen park whose balance closes. These tests hold the samples to it through parsePlan and
 * runPlan, as a user's run would.
 */
const raw = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../resources/samples/${name}.plan.json`, import.meta.url), 'utf8'));

function withSettings(name: string, scenarioId: string, settings: Record<string, unknown>): Plan {
  const plan = raw(name);
  const s = plan.scenarios.find((x: { id: string }) => x.id === scenarioId);
  s.settings = { ...(s.settings ?? {}), ...settings };
  return parsePlanOrThrow(plan);
}

const byId = (results: ScenarioResult[], id: string) => results.find((s) => s.scenario_id === id)!;
const year = (s: ScenarioResult, y: number) => s.years.find((r) => r.year === y)!;
const bill = (s: ScenarioResult, y: number) => {
  const e = year(s, y).energy.electricity;
  return e.import_cost_cny + e.demand_charge_cny;
};

const suining = runPlan(parsePlanOrThrow(raw('suining')), { mac: true }).scenarios;
const zhangye = runPlan(parsePlanOrThrow(raw('zhangye')), { mac: true }).scenarios;

describe('both samples', () => {
  it('validate, are labelled illustrative and start in 2025', () => {
    for (const name of ['suining', 'zhangye']) {
      const parsed = parsePlan(raw(name));
      expect(parsed.ok, name).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.plan.park.illustrative).toBe(true);
      expect(parsed.plan.park.base_year).toBe(2025);
      expect(parsed.plan.scenarios).toHaveLength(3);
      expect(parsed.plan.targets.length).toBeGreaterThan(0);
    }
  });

  it('never take energy from nowhere: over the pathway, storage net charge stays above minus the starting energy', () => {
    for (const s of [...suining, ...zhangye]) {
      const start = s.years[0]!.energy.electricity.storage_start_mwh;
      let sum = 0;
      s.years.forEach((y, i) => {
        const e = y.energy.electricity;
        if (i > 0) expect(e.storage_start_mwh).toBe(s.years[i - 1]!.energy.electricity.storage_end_mwh);
        sum += e.storage_net_charge_mwh;
        expect(sum, `${s.scenario_id} ${y.year}`).toBeGreaterThanOrEqual(-start - 1e-6);
      });
    }
  });
});

describe('the Suining sample', () => {
  const ct = byId(suining, 'clean-transition');

  it('has PV above the load at noon: some is exported up to the limit and some curtailed', () => {
    const e = year(ct, 2030).energy.electricity;
    expect(e.exported_mwh).toBeGreaterThan(1000);
    expect(e.curtailed_mwh).toBeGreaterThan(1000);
    expect(ct.dispatch.export_limit_kw).toBe(20000);
  });

  it('runs its storage for arbitrage at least 200 equivalent full cycles every year', () => {
    for (const y of ct.years.filter((r) => r.year >= 2027 && r.year <= 2040)) {
      expect(y.energy.electricity.storage_rule).toBe('tou_arbitrage');
      expect(y.energy.electricity.storage_equivalent_cycles).toBeGreaterThanOrEqual(200);
    }
  });

  it('arbitrage lowers the electricity bill against load following in the same scenario', () => {
    const lf = byId(
      runPlan(withSettings('suining', 'clean-transition', { storage_strategy: 'load_following' }), { mac: false }).scenarios,
      'clean-transition',
    );
    for (const y of [2030, 2040]) {
      expect(year(lf, y).energy.electricity.storage_rule).toBe('load_following');
      expect(bill(ct, y)).toBeLessThan(bill(lf, y));
    }
  });

  it('keeps room for the noon PV surplus: part of what the battery charges is PV, not all bought at night', () => {
    const e = year(ct, 2030).energy.electricity;
    // Before the day-ahead reserve the night valley filled the battery and 0.9 of 28.9 GWh came
    // from PV; now the valley buys only what the coming surplus will not fill.
    expect(e.storage_charge_mwh - e.storage_grid_charge_mwh).toBeGreaterThan(0.2 * e.storage_charge_mwh);
  });

  it('runs that storage at least 200 cycles a year with an ordinary MAC: it abates and saves money', () => {
    const mac = ct.mac.find((m) => m.measure_id === 'park-storage')!;
    for (const y of ct.years.filter((r) => r.year >= 2027))
      expect(y.energy.electricity.storage_equivalent_cycles).toBeGreaterThanOrEqual(200);
    expect(mac.status).toBe('abates');
    expect(mac.discounted_abatement_tco2).toBeGreaterThan(0);
    expect(Number.isFinite(mac.mac_cny_per_tco2)).toBe(true);
    // The valley-to-peak spread pays for the battery: a negative cost per tonne.
    expect(mac.npv_cost_cny).toBeLessThan(0);
    expect(mac.mac_cny_per_tco2!).toBeLessThan(0);
  });

  it('keeps cutting emissions in the near-zero scenario as the park grows: they never rise after 2038', () => {
    const nz = byId(suining, 'near-zero');
    const net = nz.years.map((y) => y.emissions.net_tco2);
    const base = net[0]!;
    nz.years.forEach((y, i) => {
      if (y.year > 2038) expect(net[i]!).toBeLessThanOrEqual(net[i - 1]! + 1e-6);
    });
    expect(year(nz, 2060).emissions.net_tco2).toBeLessThan(0.05 * base);
    // ... because it keeps building: capacity added after 2040 produces.
    expect(year(nz, 2050).energy.electricity.pv_mwh).toBeGreaterThan(year(nz, 2040).energy.electricity.pv_mwh);
    expect(year(nz, 2045).energy.electricity.wind_mwh).toBeGreaterThan(year(nz, 2039).energy.electricity.wind_mwh);
  });
});

describe('the Zhangye sample', () => {
  it('gets Gansu’s time-of-use tariff from its province, without choosing one', () => {
    const plan = parsePlanOrThrow(raw('zhangye'));
    expect(plan.park.province).toBe('Gansu');
    for (const s of plan.scenarios) expect(s.settings.tou_tariff).toBeUndefined();
    for (const s of zhangye) expect(s.dispatch.tariff).toMatch(/^Gansu TOU/);
  });

  it('closes its hydrogen balance every year: produced + bought = used + sold + flared + losses', () => {
    for (const s of zhangye)
      for (const y of s.years) {
        const h = y.energy.hydrogen;
        const used = h.used_substitution_t + h.used_vehicles_t + h.used_enterprises_t;
        expect(h.produced_t + h.bought_t - used - h.sold_t - h.flared_t - h.losses_t, `${s.scenario_id} ${y.year}`).toBeCloseTo(
          0,
          6,
        );
      }
  });

  it('runs its buses on the park’s own hydrogen and supplies the chemicals plant', () => {
    for (const id of ['hydrogen-park', 'zero-carbon']) {
      const s = byId(zhangye, id);
      for (const y of s.years.filter((r) => r.year >= 2026)) {
        const h = y.energy.hydrogen;
        expect(h.used_vehicles_t).toBeGreaterThan(0);
        expect(h.bought_t).toBe(0);
        // What the pool gave beyond the electrolysers' own substitution covers every bus.
        expect(h.own_supply_t - h.used_substitution_t).toBeGreaterThanOrEqual(h.used_vehicles_t - 1e-9);
      }
      expect(year(s, 2030).energy.hydrogen.used_substitution_t).toBeGreaterThan(0);
    }
  });

  it('uses its electrolysers on the renewable surplus, without flaring', () => {
    const s = byId(zhangye, 'hydrogen-park');
    const h = year(s, 2030).energy.hydrogen;
    expect(h.produced_t).toBeGreaterThan(1000);
    expect(h.flared_t).toBe(0);
    expect(s.warnings.map((w) => w.code)).not.toContain('electrolysis_raises_emissions');
  });

  it('cycles its storage on the midday valley at least 200 times a year with an ordinary MAC', () => {
    const s = byId(zhangye, 'hydrogen-park');
    for (const y of s.years.filter((r) => r.year >= 2027 && r.year <= 2040))
      expect(y.energy.electricity.storage_equivalent_cycles).toBeGreaterThanOrEqual(200);
    const mac = s.mac.find((m) => m.measure_id === 'zy-storage')!;
    expect(mac.status).toBe('abates');
    expect(Math.abs(mac.mac_cny_per_tco2!)).toBeLessThan(5000);
  });

  it('pipes the ferroalloy plant’s residual heat to its neighbour', () => {
    const s = byId(zhangye, 'hydrogen-park');
    const y = year(s, 2030);
    expect(y.energy.waste_heat_recovered_gj).toBeGreaterThan(0);
    const delta = y.energy.measure_deltas.find((d) => d.source === 'zy-shared-heat' && d.carrier === 'coal_t');
    expect(delta?.delta).toBeLessThan(0);
  });
});
