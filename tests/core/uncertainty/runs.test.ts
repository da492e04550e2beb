import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../core/engine/index.ts';
import { checkPlan } from '../../../core/engine/validate.ts';
import { planFingerprint } from '../../../core/fingerprint/index.ts';
import {
  applyValues,
  compileInputs,
  evaluatePoints,
  monteCarloReducer,
  prepareMonteCarlo,
  runChunk,
  runMonteCarlo,
  tornadoFrom,
  tornadoPoints,
  sweepPoints,
  offersFor,
} from '../../../core/uncertainty/index.ts';
import { samplePlan, withInputs } from './fixtures.ts';

const SCENARIO = 'near-zero';

describe('uncertain inputs in a plan', () => {
  it('are absent from plans that do not use them, so fingerprints stay', () => {
    const plan = samplePlan();
    expect('uncertainty' in plan).toBe(false);
    expect(planFingerprint(plan)).toBe(planFingerprint(structuredClone(plan)));
    const withSome = withInputs([
      { address: 'settings.grid_factor_decline_rate', distribution: { kind: 'uniform', min: 0.01, max: 0.03 } },
    ]);
    expect(planFingerprint(withSome)).not.toBe(planFingerprint(plan));
  });

  it('are refused with their path when the address, mode or range does not fit the plan', () => {
    const check = (input: Record<string, unknown>) => {
      const r = checkPlan({
        ...samplePlan(),
        uncertainty: { inputs: [{ id: 'x', name: 'x', group: null, source: '', ...input }] },
      });
      return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
    };
    const uniform = { kind: 'uniform', min: 0.5, max: 1.5 };
    expect(check({ address: 'measures[nope].start_year', mode: 'shift', distribution: uniform })).toEqual([
      'uncertainty.inputs[0].address: measures[nope].start_year: no measure "nope"',
    ]);
    expect(check({ address: 'settings.energy_prices.unobtainium', mode: 'scale', distribution: uniform })[0]).toMatch(
      /not an energy price/,
    );
    expect(
      check({ address: 'measures[rooftop-pv].params.specific_yield_kwh_per_kw', mode: 'scale', distribution: uniform })[0],
    ).toMatch(/no params.specific_yield_kwh_per_kw in the plan.*use set/);
    expect(
      check({
        address: 'settings.grid_factor_decline_rate',
        mode: 'set',
        distribution: { kind: 'uniform', min: 0, max: 0.9 },
      })[0],
    ).toMatch(/within -0.1..0.3/);
    expect(check({ address: 'settings.carbon_price_cny_per_t', mode: 'set', distribution: uniform })[0]).toMatch(
      /scaled or shifted/,
    );
    expect(
      check({
        address: 'consumers[*].output_growth_rate',
        mode: 'shift',
        distribution: { kind: 'uniform', min: -0.02, max: 0.02 },
      }),
    ).toEqual([]);
  });
});

describe('applying sampled values', () => {
  it('with zero-width distributions reproduces the deterministic run exactly', () => {
    const base = samplePlan();
    const plan = withInputs([
      { address: 'settings.energy_prices.coal_cny_per_t', mode: 'set', distribution: { kind: 'uniform', min: 900, max: 900 } },
      {
        address: 'settings.carbon_price_cny_per_t',
        mode: 'scale',
        distribution: { kind: 'three_point', low: 1, central: 1, high: 1 },
      },
      {
        address: 'measures[rooftop-pv].start_year',
        mode: 'shift',
        distribution: { kind: 'triangular', min: 0, mode: 0, max: 0 },
      },
      { address: 'consumers[*].output_growth_rate', mode: 'shift', distribution: { kind: 'uniform', min: 0, max: 0 } },
    ]);
    const expected = runScenario(base, SCENARIO, { mac: false });
    const mc = runMonteCarlo(plan, { scenarioId: SCENARIO, runs: 3, seed: 5, sampling: 'lhs' });
    expect(mc.summaries.npv_total_cost_cny.min).toBe(expected.summary.npv_total_cost_cny);
    expect(mc.summaries.npv_total_cost_cny.max).toBe(expected.summary.npv_total_cost_cny);
    expect(mc.summaries.cumulative_net_emissions_tco2.p50).toBe(expected.summary.cumulative_net_emissions_tco2);
    expect(mc.bands.net_emissions_tco2.p50).toEqual(expected.years.map((y) => y.indicators.net_emissions_tco2));
    const { compiled } = compileInputs(plan);
    const applied = runScenario(applyValues(plan, compiled, [900, 1, 0, 0]), SCENARIO, { mac: false });
    expect(applied.years).toEqual(expected.years);
  });

  it('moves settings in every scenario, and an inherited measure where it is defined', () => {
    const plan = withInputs([
      { address: 'settings.energy_prices.coal_cny_per_t', mode: 'scale', distribution: { kind: 'uniform', min: 0.5, max: 2 } },
      { address: 'measures[rooftop-pv].start_year', mode: 'shift', distribution: { kind: 'uniform', min: 0, max: 3 } },
    ]);
    const { compiled } = compileInputs(plan);
    const out = applyValues(plan, compiled, [2, 2.6]);
    for (const s of out.scenarios) expect(s.settings.energy_prices?.coal_cny_per_t).toBe(1800);
    const pv = out.scenarios.flatMap((s) => s.measures).find((m) => m.id === 'rooftop-pv')!;
    expect(pv.start_year).toBe(2028); // 2025 + 2.6, whole years
    expect(plan.scenarios[0]!.settings.energy_prices).toBeUndefined(); // the original is untouched
  });
});

describe('sensitivity and Monte Carlo where the output is linear in the input', () => {
  // NPV of total cost = NPV without carbon + f x NPV of the carbon cost, when the carbon price
  // path is scaled by f (emissions do not depend on the price). Both parts come from one
  // deterministic run, so the expected values are computed by hand from it.
  const base = samplePlan();
  const det = runScenario(base, SCENARIO, { mac: false });
  const excl = det.summary.npv_cost_excl_carbon_cny;
  const carbon = det.summary.npv_total_cost_cny - excl;
  const plan = withInputs([
    {
      id: 'carbon',
      address: 'settings.carbon_price_cny_per_t',
      mode: 'scale',
      distribution: { kind: 'uniform', min: 0.5, max: 1.5 },
    },
  ]);

  it('the tornado gives the hand-computed low and high', () => {
    const sp = tornadoPoints(plan);
    const t = tornadoFrom(
      plan,
      SCENARIO,
      { kind: 'npv_total_cost' },
      sp,
      evaluatePoints(plan, SCENARIO, { kind: 'npv_total_cost' }, sp.points),
    );
    expect(t.central_output).toBeCloseTo(excl + carbon, -1);
    expect(t.bars[0]!.low_output).toBeCloseTo(excl + 0.5 * carbon, -1);
    expect(t.bars[0]!.high_output).toBeCloseTo(excl + 1.5 * carbon, -1);
    const sweep = sweepPoints(plan, 'carbon', 5);
    expect(sweep.xs).toEqual([0.5, 0.75, 1, 1.25, 1.5]);
  });

  it('the Monte Carlo mean equals the output at the mean input', () => {
    const mc = runMonteCarlo(plan, { scenarioId: SCENARIO, runs: 40, seed: 2026, sampling: 'lhs' });
    const meanF = mc.inputs[0]!.mean;
    expect(Math.abs(meanF - 1)).toBeLessThan(1 / 40); // Latin hypercube: one run per stratum
    expect(mc.summaries.npv_total_cost_cny.mean! / (excl + meanF * carbon)).toBeCloseTo(1, 12);
    expect(mc.rank_correlations[0]!.correlations.npv_total_cost_cny).toBe(1);
  });
});

describe('Monte Carlo determinism', () => {
  it('gives the same result whatever the chunks and the order they arrive in', () => {
    const plan = withInputs([
      {
        address: 'settings.grid_factor_decline_rate',
        mode: 'set',
        distribution: { kind: 'normal', mean: 0.02, sd: 0.01, min: 0, max: 0.05 },
      },
      { address: 'measures[ground-pv].start_year', mode: 'shift', distribution: { kind: 'triangular', min: 0, mode: 0, max: 4 } },
      { address: 'consumers[*].output_growth_rate', mode: 'shift', distribution: { kind: 'uniform', min: -0.01, max: 0.02 } },
    ]);
    const spec = { scenarioId: SCENARIO, runs: 12, seed: 77, sampling: 'lhs' as const };
    const whole = runMonteCarlo(plan, spec);
    const prepared = prepareMonteCarlo(plan, spec);
    const reducer = monteCarloReducer(plan, spec, prepared);
    // Two "workers": odd chunks finish first.
    const chunks = [
      [0, 5],
      [5, 9],
      [9, 12],
    ].map(([a, b]) => runChunk(plan, spec, a!, b!));
    reducer.add(chunks[2]!);
    reducer.add(chunks[1]!);
    expect(reducer.done).toBe(0);
    reducer.add(chunks[0]!);
    expect(reducer.done).toBe(12);
    expect(JSON.stringify(reducer.result())).toBe(JSON.stringify(whole));
    expect(whole.targets.map((t) => t.id)).toEqual(plan.targets.map((t) => t.id));
  });
});

describe('NPV against the parent', () => {
  it('is kept only when asked for, and leaving it out changes nothing else', () => {
    const plan = withInputs([
      { address: 'settings.energy_prices.coal_cny_per_t', mode: 'scale', distribution: { kind: 'uniform', min: 0.8, max: 1.2 } },
    ]);
    const spec = { scenarioId: SCENARIO, runs: 4, seed: 3, sampling: 'lhs' as const };
    const without = runMonteCarlo(plan, spec);
    const withParent = runMonteCarlo(plan, { ...spec, compareParent: true });
    expect(without.summaries.npv_cost_vs_parent_cny.count).toBe(0);
    expect(withParent.summaries.npv_cost_vs_parent_cny.count).toBe(4);
    expect(withParent.summaries.npv_total_cost_cny).toEqual(without.summaries.npv_total_cost_cny);
    expect(withParent.bands).toEqual(without.bands);
    // The engine option alone: the scenario's own years are the same with or without its parent.
    const full = runScenario(plan, SCENARIO, { mac: false });
    const alone = runScenario(plan, SCENARIO, { mac: false, compareParent: false });
    expect(alone.years).toEqual(full.years);
    expect(alone.summary.npv_cost_vs_parent_cny).toBeNull();
    expect(full.summary.npv_cost_vs_parent_cny).not.toBeNull();
  });
});

describe('offered inputs', () => {
  it('are valid inputs of the plan, each with a source', () => {
    const plan = samplePlan();
    const offers = offersFor(plan, SCENARIO, runScenario(plan, SCENARIO, { mac: false }));
    expect(offers.map((o) => o.input.address)).toContain('settings.carbon_price_cny_per_t');
    expect(offers.some((o) => o.input.address === 'measures[rooftop-pv].params.specific_yield_kwh_per_kw')).toBe(true);
    const checked = checkPlan({ ...plan, uncertainty: { inputs: offers.map((o) => ({ ...o.input, source: o.source.en })) } });
    expect(checked.ok ? [] : checked.issues).toEqual([]);
    for (const o of offers) expect(o.reason.zh).not.toMatch(/[A-Za-z]/);
  });
});
