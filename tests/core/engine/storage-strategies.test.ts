import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePlanOrThrow, runPlan } from '../../../core/engine/index.ts';
import type { Plan } from '../../../core/model/plan.ts';
import type { ScenarioSettings } from '../../../core/model/scenario.ts';

function samplePlan(settings: Partial<ScenarioSettings> = {}, province?: string, city?: string): Plan {
  const raw = JSON.parse(readFileSync(new URL('../../fixtures/sample-park-2024.plan.json', import.meta.url), 'utf8'));
  if (province !== undefined) raw.park.province = province;
  if (city !== undefined) raw.park.city = city;
  const ct = raw.scenarios.find((s: { id: string }) => s.id === 'clean-transition');
  ct.settings = { ...(ct.settings ?? {}), ...settings };
  return parsePlanOrThrow(raw);
}

const scenario = (plan: Plan) => runPlan(plan, { mac: false }).scenarios.find((s) => s.scenario_id === 'clean-transition')!;
const bill = (e: { import_cost_cny: number; demand_charge_cny: number }) => e.import_cost_cny + e.demand_charge_cny;

describe('storage strategies in the engine: the sample park (20 MW / 36 MWh usable from 2026)', () => {
  const lf = scenario(samplePlan());
  const arb = scenario(samplePlan({ storage_strategy: 'tou_arbitrage' }));

  it('arbitrage cycles the battery daily and lowers the bill against load following', () => {
    for (const year of [2030, 2045]) {
      const a = arb.years.find((y) => y.year === year)!.energy.electricity;
      const l = lf.years.find((y) => y.year === year)!.energy.electricity;
      expect(l.storage_equivalent_cycles).toBe(0);
      expect(a.storage_equivalent_cycles).toBeGreaterThanOrEqual(200);
      expect(a.storage_rule).toBe('tou_arbitrage');
      expect(bill(a)).toBeLessThan(bill(l));
      // Grid-charged energy is grid electricity: on-site use is unchanged, grid import carries it.
      expect(a.storage_grid_charge_mwh).toBeGreaterThan(0);
      expect(a.self_consumed_mwh).toBeCloseTo(l.self_consumed_mwh, 6);
      expect(a.renewable_self_consumed_mwh).toBeCloseTo(l.renewable_self_consumed_mwh, 6);
      expect(a.grid_import_mwh - l.grid_import_mwh).toBeCloseTo(a.storage_net_charge_mwh - l.storage_net_charge_mwh, 6);
    }
  });

  it('carries stored energy across years: no energy from nowhere over the pathway', () => {
    for (const s of [lf, arb, scenario(samplePlan({ storage_strategy: 'best_bill', storage_initial_soc: 1 }))]) {
      let sum = 0;
      s.years.forEach((y, i) => {
        const e = y.energy.electricity;
        if (i > 0) expect(e.storage_start_mwh).toBe(s.years[i - 1]!.energy.electricity.storage_end_mwh);
        sum += e.storage_net_charge_mwh;
        expect(sum).toBeGreaterThanOrEqual(-s.years[0]!.energy.electricity.storage_start_mwh - 1e-9);
      });
    }
  });

  it('peak shaving lowers the demand charge', () => {
    const demand = { demand_charge_cny_per_kw_month: 30 };
    const l = scenario(samplePlan(demand)).years.find((y) => y.year === 2030)!.energy.electricity;
    const p = scenario(samplePlan({ ...demand, storage_strategy: 'peak_shaving' })).years.find((y) => y.year === 2030)!.energy
      .electricity;
    expect(p.storage_rule).toBe('peak_shaving');
    expect(p.demand_charge_cny).toBeLessThan(l.demand_charge_cny);
  });
});

describe('the park province chooses the time-of-use table', () => {
  it('gives a Gansu park the Gansu table without the user choosing it', () => {
    const r = scenario(samplePlan({}, '甘肃省', 'Lanzhou'));
    expect(r.dispatch.tariff).toMatch(/^Gansu TOU/);
    expect(r.dispatch.sentences[1]!.params['tariff_zh']).toMatch(/^甘肃/);
    expect(r.warnings.some((w) => w.code === 'tou_tariff_fallback')).toBe(false);
  });

  it('falls back to the Sichuan-like table with a warning for a province without one', () => {
    const r = scenario(samplePlan({}, 'Hainan', 'Haikou'));
    expect(r.dispatch.tariff).toMatch(/^Sichuan-like TOU/);
    expect(r.warnings.find((w) => w.code === 'tou_tariff_fallback')?.params).toEqual({ province: 'Hainan' });
  });

  it("prices with the project's own table when one is set", () => {
    const own = {
      name: 'Contract tariff',
      source: 'our supply contract, 2025',
      year: 2025,
      secondary: false,
      months: Array.from({ length: 12 }, () => 'vvvvvvvvffffffffpppppppp'),
      ratios: { critical: 2, peak: 1.5, flat: 1, valley: 0.5, deep_valley: 0.5 },
    };
    const r = scenario(samplePlan({ tou_tariff: own }));
    expect(r.dispatch.tariff).toMatch(/^Contract tariff/);
    expect(r.dispatch.tariff).toMatch(/our supply contract/);
  });
});
