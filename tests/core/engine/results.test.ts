import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Plan } from '../../../core/model/plan.ts';
import {
  runScenario,
  runPlan,
  runPlanInput,
  instantiateTemplate,
  TARGET_TEMPLATES,
  formatResultsTable,
  planJsonSchema,
  resultsJsonSchema,
  PlanResults,
  INDICATOR_DEFINITIONS,
  Indicators,
} from '../../../core/engine/index.ts';
import { tinyPlan, measure, consumer } from './fixtures.ts';

describe('targets', () => {
  const plan = tinyPlan({
    base_year: 2023,
    horizon_year: 2026,
    consumers: [consumer('c1', { coal_t: 1000 }, { output_growth_rate: 0.1 })],
    targets: [
      {
        id: 'cap',
        name: 'Coal cap',
        kind: 'limit',
        indicator: 'coal_t',
        bound: 'max',
        path: [
          { year: 2024, value: 1150 },
          { year: 2026, value: 1150 },
        ],
      },
      {
        id: 'share',
        name: 'Non-fossil',
        kind: 'limit',
        indicator: 'non_fossil_share',
        bound: 'min',
        energy_method: 'coal_method',
        path: [{ year: 2023, value: 0 }],
      },
      { id: 'peak', name: 'Peak', kind: 'peak', indicator: 'coal_t', peak_by_year: 2024 },
    ],
  });
  const r = runScenario(plan, 'base');
  it('limit: checked from the first path year, pass/fail with margin in the indicator unit', () => {
    expect(r.years[0]!.targets.find((t) => t.id === 'cap')).toBeUndefined();
    expect(r.years[1]!.targets.find((t) => t.id === 'cap')).toEqual({
      id: 'cap',
      value: 1100,
      limit: 1150,
      pass: true,
      margin: 50,
    });
    const y2 = r.years[2]!.targets.find((t) => t.id === 'cap')!;
    expect(y2.pass).toBe(false);
    expect(y2.margin).toBeCloseTo(1150 - 1210, 9);
    const s = r.targets.find((t) => t.id === 'cap')!;
    expect(s).toMatchObject({ pass: false, first_failing_year: 2025, years_checked: 3, indicator: 'coal_t' });
  });
  it('the energy method selects the indicator variant', () => {
    expect(r.targets.find((t) => t.id === 'share')!.indicator).toBe('non_fossil_share_coal_method');
  });
  it('peak: later years may not exceed the peak-year value', () => {
    const checks = r.years.flatMap((y) => y.targets.filter((t) => t.id === 'peak'));
    expect(checks).toHaveLength(2);
    expect(checks[0]!.limit).toBeCloseTo(1100, 9);
    expect(checks.every((c) => !c.pass)).toBe(true);
  });
});

describe('target templates', () => {
  const plan = tinyPlan({ energy: { coal_t: 300_000, electricity_mwh: 100_000 }, base_year: 2024, horizon_year: 2035 });
  it('national zero-carbon park: tier by park size, sources and template ids', () => {
    const { targets, notes, not_modelled } = instantiateTemplate(plan, 'national-zero-carbon-park-2025');
    expect(targets.map((t) => t.kind === 'limit' && [t.indicator, t.bound, t.path[0]!.value])).toEqual([
      ['co2_per_tce', 'max', 0.2],
      ['clean_energy_share', 'min', 0.9],
      ['waste_heat_utilisation', 'min', 0.5],
    ]);
    expect(targets.every((t) => t.template === 'national-zero-carbon-park-2025' && t.source.includes('secondary'))).toBe(true);
    expect(targets[0]!.kind === 'limit' && targets[0]!.path[0]!.year).toBe(2030);
    expect(not_modelled).toHaveLength(3);
    expect(notes.join(' ')).toMatch(/tce/);
  });
  it('above 1M tce the 0.30 tier applies', () => {
    const big = tinyPlan({ energy: { coal_t: 1_500_000 } });
    const t = instantiateTemplate(big, 'national-zero-carbon-park-2025', { from_year: 2023 }).targets[0]!;
    expect(t.kind === 'limit' && t.path[0]).toEqual({ year: 2023, value: 0.3 });
  });
  it('provincial near-zero table; instantiated targets run', () => {
    const { targets } = instantiateTemplate(plan, 'provincial-near-zero-carbon-park');
    expect(targets).toHaveLength(6);
    const withTargets = Plan.parse({ ...plan, targets });
    const r = runScenario(withTargets, 'base', { mac: false });
    expect(r.targets).toHaveLength(6);
    expect(r.years.at(-1)!.targets).toHaveLength(6);
  });
  it('ids do not collide with existing targets', () => {
    const first = instantiateTemplate(plan, 'provincial-near-zero-carbon-park').targets;
    const again = instantiateTemplate(Plan.parse({ ...plan, targets: first }), 'provincial-near-zero-carbon-park').targets;
    expect(again.every((t) => !first.some((f) => f.id === t.id))).toBe(true);
    expect(TARGET_TEMPLATES).toHaveLength(2);
  });
});

describe('NPV against the parent and MAC', () => {
  // Efficiency saving 10% of 1000 t coal for capex 100,000 in 2023, one year: hand-checkable.
  const plan = tinyPlan({
    energy: { coal_t: 1000 },
    discount_rate: 0.1,
    horizon_year: 2024,
    measures: [measure('eff', 'efficiency', { saving_share: 0.1 }, { capex_cny: 100_000, lifetime_years: 2 })],
  });
  const r = runScenario(plan, 's');
  const coalCo2 = (20.908 * 26.37 * 0.94 * 44) / 12 / 1000;
  it('cumulative abatement and NPV vs parent (excluding carbon)', () => {
    expect(r.summary.cumulative_abatement_vs_parent_tco2).toBeCloseTo(2 * 100 * coalCo2, 6);
    const npvExcl = 100_000 - 100 * 900 - (100 * 900) / 1.1;
    expect(r.summary.npv_cost_vs_parent_excl_carbon_cny).toBeCloseTo(npvExcl, 6);
  });
  it('MAC = NPV of cost (excl. carbon) / discounted abatement', () => {
    const m = r.mac[0]!;
    const npvExcl = 100_000 - 100 * 900 - (100 * 900) / 1.1;
    const disc = 100 * coalCo2 * (1 + 1 / 1.1);
    expect(m.measure_id).toBe('eff');
    expect(m.mac_cny_per_tco2).toBeCloseTo(npvExcl / disc, 6);
    expect(m.average_annual_abatement_tco2).toBeCloseTo(100 * coalCo2, 6);
  });
  it('a root scenario has no parent comparison', () => {
    const base = runScenario(plan, 'base');
    expect(base.summary.npv_cost_vs_parent_cny).toBeNull();
    expect(base.mac).toEqual([]);
  });
});

describe('sample park, formats and schemas', () => {
  const input = JSON.parse(
    readFileSync(new URL('../../fixtures/sample-park-2024.plan.json', import.meta.url), 'utf8'),
  ) as unknown;
  const results = runPlanInput(input);
  it('runs every scenario and validates against the results schema', () => {
    expect(PlanResults.safeParse(results).success).toBe(true);
    expect(results.scenarios.map((s) => s.scenario_id)).toEqual(['baseline', 'clean-transition', 'near-zero']);
    const near = results.scenarios[2]!;
    expect(near.summary.cumulative_abatement_vs_parent_tco2).toBeGreaterThan(0);
    expect(near.years.at(-1)!.emissions.net_tco2).toBeLessThan(results.scenarios[0]!.years.at(-1)!.emissions.net_tco2);
    // Every measure of the chain (root to near-zero) gets a MAC entry.
    const scenarios = (input as { scenarios: { id: string; measures: unknown[] }[] }).scenarios;
    const measureCount = scenarios.filter((s) => near.chain.includes(s.id)).reduce((n, s) => n + s.measures.length, 0);
    expect(near.mac.length).toBe(measureCount);
  });
  it('never silent: the sample reports its assumptions', () => {
    const codes = new Set(results.scenarios[2]!.warnings.map((w) => w.code));
    expect(codes.has('default_yield_used')).toBe(true);
    expect(codes.has('grid_factor_projected')).toBe(true);
    expect(codes.has('grid_factor_estimated')).toBe(true);
  });
  it('formats a readable table', () => {
    const text = formatResultsTable(results.scenarios[1]!);
    const lines = text.split('\n');
    expect(text).toContain('[tCO2]');
    expect(text).toContain('[tce]');
    expect(lines.some((l) => l.startsWith('2030 '))).toBe(true);
    expect(text).toContain('Targets');
    expect(text).toContain('Marginal abatement cost');
  });
  it('exports JSON Schemas of the plan and results formats', () => {
    const plan = planJsonSchema();
    const res = resultsJsonSchema();
    expect(plan.$schema).toMatch(/json-schema/);
    expect(JSON.stringify(plan)).toContain('natural_gas_10k_nm3');
    expect(JSON.stringify(res)).toContain('tce_coal_method');
    expect(JSON.parse(JSON.stringify(res))).toEqual(res);
  });
  it('every indicator is documented with its method', () => {
    expect(INDICATOR_DEFINITIONS.map((d) => d.key).sort()).toEqual(Object.keys(Indicators.shape).sort());
  });
  it('runPlan on a parsed plan equals runPlanInput', () => {
    expect(runPlan(Plan.parse(input))).toEqual(results);
  });
});
