import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../core/engine/index.ts';
import { checkPlan } from '../../../core/engine/validate.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { applyValues, compileInputs, costReach, offersFor } from '../../../core/uncertainty/index.ts';
import { samplePlan, withInputs } from './fixtures.ts';

const SCENARIO = 'near-zero';

/** The sample with ground PV on the library path (its own unit cost removed), as a new plan would have it. */
function groundPvOnLibrary(): Plan {
  const plan = samplePlan();
  for (const s of plan.scenarios)
    for (const m of s.measures) if (m.id === 'ground-pv') delete (m as { capex_cny_per_unit?: number }).capex_cny_per_unit;
  return plan;
}

const npvAt = (plan: Plan, f: number) => {
  const { compiled } = compileInputs(plan);
  return runScenario(applyValues(plan, compiled, [f]), SCENARIO, { mac: false }).summary.npv_total_cost_cny;
};

describe('unit costs by technology as uncertain inputs', () => {
  it("move a measure's own unit cost (a migrated quote) and the library path, and say which measures", () => {
    const plan = withInputs(
      [{ address: 'costs[pv_rooftop].capex_cny_per_unit', mode: 'scale', distribution: { kind: 'uniform', min: 0.8, max: 1.2 } }],
      groundPvOnLibrary(),
    );
    const { compiled, issues } = compileInputs(plan);
    expect(issues).toEqual([]);
    const out = applyValues(plan, compiled, [1.2]);
    const roof = out.scenarios.flatMap((s) => s.measures).find((m) => m.id === 'rooftop-pv')!;
    expect(roof.capex_cny_per_unit).toBeCloseTo(3500 * 1.2, 9);
    // The library path became project points, each moved: CPIA 3,180 CNY/kW in 2023.
    const p2023 = out.cost_overrides.find((o) => o.key === 'cost.pv_rooftop.capex_cny_per_unit.2023');
    expect(p2023?.value).toBeCloseTo(3180 * 1.2, 9);
    expect(plan.cost_overrides).toEqual([]); // the original is untouched
    expect(costReach(plan, 'pv_rooftop', 'capex_cny_per_unit')).toEqual([
      { measure_id: 'rooftop-pv', measure_name: roof.name, scenario_id: 'clean-transition', via: 'own' },
    ]);
    expect(costReach(plan, 'pv_ground', 'capex_cny_per_unit').map((r) => r.via)).toEqual(['library']);
  });

  it('change the NPV linearly, through own quotes and through the library path alike', () => {
    for (const address of ['costs[pv_rooftop].capex_cny_per_unit', 'costs[pv_ground].capex_cny_per_unit']) {
      const plan = withInputs(
        [{ address, mode: 'scale', distribution: { kind: 'uniform', min: 0, max: 2 } }],
        groundPvOnLibrary(),
      );
      const [n0, n1, n2] = [npvAt(plan, 0), npvAt(plan, 1), npvAt(plan, 1.5)];
      expect(n1 - n0).toBeGreaterThan(1e6); // the input reaches a measure
      // Capex does not change the dispatch, so NPV(f) = a + f b: hand-computed from f = 0 and 1.
      expect((n2 - n0) / (1.5 * (n1 - n0))).toBeCloseTo(1, 9);
    }
    // Factor 1 reproduces the deterministic run exactly.
    const base = groundPvOnLibrary();
    const plan = withInputs(
      [{ address: 'costs[pv_ground].capex_cny_per_unit', mode: 'scale', distribution: { kind: 'uniform', min: 1, max: 1 } }],
      base,
    );
    expect(npvAt(plan, 1)).toBe(runScenario(base, SCENARIO, { mac: false }).summary.npv_total_cost_cny);
  });

  it('are refused with their path when the technology, parameter or mode does not fit', () => {
    const issues = (address: string, mode = 'scale') => {
      const r = checkPlan({
        ...samplePlan(),
        uncertainty: {
          inputs: [{ id: 'c', name: 'c', address, mode, distribution: { kind: 'uniform', min: 0.9, max: 1.1 } }],
        },
      });
      return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
    };
    expect(issues('costs[pv_rooftop].capex_cny_per_unit')).toEqual([]);
    expect(issues('costs[nuclear].capex_cny_per_unit')[0]).toMatch(/uncertainty\.inputs\[0\]\.address: .*not a technology/);
    expect(issues('costs[pv_rooftop].lifetime_years')[0]).toMatch(/not a cost parameter/);
    expect(issues('costs[h2_truck].capex_cny_per_unit')[0]).toMatch(/no measure of the plan uses h2_truck/);
    expect(issues('costs[pv_rooftop].capex_cny_per_unit', 'set')[0]).toMatch(/uncertainty\.inputs\[0\]\.mode: .*scale or shift/);
  });

  it('are offered for the technologies a scenario uses, with the library source and the measures they move', () => {
    const plan = samplePlan();
    const offers = offersFor(plan, SCENARIO);
    const roof = offers.find((o) => o.input.address === 'costs[pv_rooftop].capex_cny_per_unit')!;
    expect(roof.input.mode).toBe('scale');
    expect(roof.source.en).toMatch(/CPIA/);
    expect(roof.source.zh).toMatch(/中国光伏行业协会/);
    expect(roof.affects.map((a) => [a.measure_id, a.via])).toEqual([['rooftop-pv', 'own']]);
    expect(roof.reason.zh).not.toMatch(/[A-Za-z]/);
    expect(offers.some((o) => o.input.address === 'costs[h2_truck].capex_cny_per_unit')).toBe(false);
    expect(offersFor(plan, 'baseline').some((o) => o.input.address.startsWith('costs['))).toBe(false);
  });
});
