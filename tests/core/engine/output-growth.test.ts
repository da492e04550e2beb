import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePlanOrThrow, resolveScenario, runPlan, runScenario } from '../../../core/engine/index.ts';
import { outputGrowthFactors } from '../../../core/engine/context.ts';
import type { Plan } from '../../../core/model/plan.ts';
import type { YearResult } from '../../../core/engine/index.ts';
import { consumer, measure, tinyPlan } from './fixtures.ts';

const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

/** Every figure of a year that follows output growth, for comparing two runs. */
function grown(y: YearResult): number[] {
  return [
    y.activity.output_value_10k_cny,
    y.activity.value_added_10k_cny,
    ...Object.values(y.energy.activity_by_carrier),
    ...Object.values(y.energy.by_carrier),
    y.energy.waste_heat_available_gj,
    y.energy.waste_heat_recovered_gj,
    y.emissions.process_tco2,
    y.emissions.scope1_tco2,
    y.emissions.scope2_tco2,
    y.emissions.net_tco2,
    y.energy.tce_equivalent,
  ];
}

function samplePlan(): Plan {
  return parsePlanOrThrow(
    JSON.parse(readFileSync(new URL('../../fixtures/sample-park-2024.plan.json', import.meta.url), 'utf8')),
  );
}

describe('park-wide output growth path', () => {
  const consumers = (rate: number) => [
    consumer(
      'a',
      { coal_t: 1000, electricity_mwh: 5000, natural_gas_10k_nm3: 20 },
      { output_growth_rate: rate, efficiency_gain_rate: 0.01, process_emissions_tco2: 300, waste_heat_available_gj: 8000 },
    ),
    consumer('b', { electricity_mwh: 2000, heat_gj: 4000 }, { output_growth_rate: rate, value_added_10k_cny: 700 }),
  ];
  const measures = [
    measure('wh', 'waste_heat', {
      heat_recovered_gj: 20_000,
      displaced_carrier: 'coal',
      displaced_efficiency: 0.8,
      pressure_power_mwh: 0,
    }),
    measure('pv', 'pv', { capacity_kw: 2000, specific_yield_kwh_per_kw: 1000 }),
  ];

  it('a one-point path equals every enterprise growing at that rate (energy, process, value added, residual heat)', () => {
    const own = tinyPlan({ base_year: 2023, horizon_year: 2035, consumers: consumers(0.06), measures });
    const path = tinyPlan({
      base_year: 2023,
      horizon_year: 2035,
      consumers: consumers(0),
      measures,
      settings: { output_growth_path: [{ year: 2030, value: 0.06 }] },
    });
    for (const id of ['base', 's']) {
      const a = runScenario(own, id, { mac: false });
      const b = runScenario(path, id, { mac: false });
      a.years.forEach((ya, i) => grown(ya).forEach((v, k) => close(grown(b.years[i]!)[k]!, v)));
      // The own rates are all zero here: nothing is ignored, so no warning.
      expect(b.warnings.some((w) => w.code === 'output_growth_rates_ignored')).toBe(false);
    }
  });

  it('a two-point path compounds the interpolated rate of each year after the base year', () => {
    // r(2024) = 10%, r(2025) = 7% (halfway to 2026), r(2026..) = 4% (held after the last point).
    const plan = tinyPlan({
      base_year: 2023,
      horizon_year: 2028,
      energy: { coal_t: 1000 },
      settings: {
        output_growth_path: [
          { year: 2024, value: 0.1 },
          { year: 2026, value: 0.04 },
        ],
      },
    });
    const r = runScenario(plan, 'base', { mac: false });
    const coal = r.years.map((y) => y.energy.activity_by_carrier.coal_t);
    close(coal[0]!, 1000); // the base year does not grow
    close(coal[1]!, 1100);
    close(coal[2]!, 1100 * 1.07);
    close(coal[3]!, 1224.08); // 1000 x 1.10 x 1.07 x 1.04, by hand
    close(coal[5]!, 1224.08 * 1.04 * 1.04);
    close(r.years[3]!.activity.output_value_10k_cny, 10_000 * 1.22408);
    expect([...outputGrowthFactors([{ year: 2030, value: 0.05 }], [2023, 2024, 2025])]).toEqual([1, 1.05, 1.05 * 1.05]);
  });

  it('a null path leaves the sample park bit-identical to the constant-rate engine', () => {
    const plan = samplePlan();
    const explicitNull = structuredClone(plan);
    explicitNull.scenarios.forEach((s) => (s.settings.output_growth_path = null));
    const a = runPlan(plan, { mac: false });
    const b = runPlan(explicitNull, { mac: false });
    expect(b.scenarios.map((s) => s.years)).toStrictEqual(a.scenarios.map((s) => s.years));
    // Figures of the engine before the setting existed (full precision, `parkzero run --format json`),
    // re-pinned when the base year took the latest published grid factor instead of a projection
    // (emissions moved by +0.4-0.6%; activity figures did not move), and again for the scenarios with
    // storage when stored energy began to carry over between years (no free energy each 1 January).
    const year = (id: string, y: number) => a.scenarios.find((s) => s.scenario_id === id)!.years.find((x) => x.year === y)!;
    expect(year('baseline', 2030).emissions.net_tco2).toBe(933572.2797003413);
    expect(year('baseline', 2060).activity.output_value_10k_cny).toBe(7328451.05510359);
    expect(year('baseline', 2060).energy.activity_by_carrier.electricity_mwh).toBe(1946978.4702374463);
    expect(year('baseline', 2060).emissions.process_tco2).toBe(75899.00196717918);
    expect(year('clean-transition', 2060).emissions.net_tco2).toBe(1084641.5709455162);
    expect(year('near-zero', 2030).emissions.net_tco2).toBe(566106.4971107073);
    expect(year('near-zero', 2060).emissions.net_tco2).toBe(503887.2615256759);
  });

  it('a child inherits its parent’s path, and an explicit null goes back to the own rates', () => {
    const plan = samplePlan();
    const path = [
      { year: 2030, value: 0.08 },
      { year: 2031, value: 0.05 },
      { year: 2035, value: 0.05 },
      { year: 2036, value: 0.02 },
    ];
    plan.scenarios[1]!.settings.output_growth_path = path;
    expect(resolveScenario(plan, 'clean-transition').settings.output_growth_path).toEqual(path);
    expect(resolveScenario(plan, 'near-zero').settings.output_growth_path).toEqual(path);
    expect(resolveScenario(plan, 'baseline').settings.output_growth_path).toBeNull();

    const r = runPlan(plan, { mac: false });
    const [base, clean, near] = r.scenarios;
    const output = (s: typeof base, y: number) => s!.years.find((x) => x.year === y)!.activity.output_value_10k_cny;
    // 2024 is the sample's base year: 8% a year for 2025-2030, 5% for 2031-2035, 2% after.
    const base2024 = output(base, 2024);
    close(output(clean, 2024), base2024);
    close(output(clean, 2025), base2024 * 1.08);
    close(output(near, 2031), base2024 * 1.08 ** 6 * 1.05);
    close(output(near, 2060), base2024 * 1.08 ** 6 * 1.05 ** 5 * 1.02 ** 25);

    // The warning names where the path is set, in every scenario that uses it.
    for (const s of [clean, near]) {
      const w = s!.warnings.find((x) => x.code === 'output_growth_rates_ignored');
      expect(w?.path).toBe('scenarios[1].settings.output_growth_path');
      expect(w?.severity).toBe('warning');
      expect(w?.params).toEqual({ count: 11, consumer: plan.consumers[0]!.name, rate: 0.03 });
    }
    expect(base!.warnings.some((x) => x.code === 'output_growth_rates_ignored')).toBe(false);

    plan.scenarios[2]!.settings.output_growth_path = null;
    const back = runPlan(plan, { mac: false }).scenarios[2]!;
    expect(back.years).toStrictEqual(runPlan(samplePlan(), { mac: false }).scenarios[2]!.years);
    expect(back.warnings.some((x) => x.code === 'output_growth_rates_ignored')).toBe(false);
  });

  it('rates are bounded like Rate and years must increase', () => {
    const bad = (p: unknown) => () => tinyPlan({ settings: { output_growth_path: p as { year: number; value: number }[] } });
    expect(bad([{ year: 2030, value: 1.5 }])).toThrow();
    expect(bad([{ year: 2030, value: -0.6 }])).toThrow();
    expect(bad([])).toThrow();
    expect(
      bad([
        { year: 2030, value: 0.05 },
        { year: 2030, value: 0.02 },
      ]),
    ).toThrow(/strictly increasing/);
    expect(() => tinyPlan({ settings: { output_growth_path: [{ year: 2030, value: -0.5 }] } })).not.toThrow();
  });
});
