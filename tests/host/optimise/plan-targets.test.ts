import { describe, expect, it } from 'vitest';
import { sample2024Plan } from '../../fixtures/sample-park-2024.ts';
import { planProblem } from '../../../core/optimise/from-plan.ts';
import { runScenario } from '../../../core/engine/index.ts';
import { solveProblem } from '../../../electron/host/optimise/solve-problem.ts';
import { indicatorKey } from '../../../core/engine/indicators.ts';

describe("the plan's targets as LP rows", () => {
  it('with nothing to build, every row reads what the engine reads for the base scenario', async () => {
    // near-zero already has every PV, wind, storage and green-power measure of the sample, so
    // there is no candidate: the LP only dispatches the base's storage, and each target row's
    // value is the LP's reading of the engine's indicator.
    const plan = sample2024Plan();
    const pp = planProblem(plan, { scenario_id: 'near-zero', days: 6, period_years: 5 });
    expect(pp.candidates).toEqual([]);
    const out = await solveProblem(pp.problem);
    const engine = runScenario(plan, 'near-zero', { mac: false });
    let electric = 0;
    for (const check of out.answer!.targets) {
      const t = plan.targets.find((x) => x.id === check.target.target_id)!;
      const yr = engine.years.find((y) => y.year === check.target.year)!;
      const scale = check.target.indicator_scale ?? 1;
      if (t.kind === 'peak') continue; // rows relative to the peak year: compared in optimise-plan tests
      const want = yr.indicators[indicatorKey(t.indicator, t.energy_method)]!;
      const got = check.value * scale;
      if (check.target.terms.length === 0)
        expect(got).toBe(want); // coal: the base's own value
      else {
        electric++;
        // Representative days and the LP's own storage dispatch: close, not equal.
        expect(Math.abs(got / want - 1)).toBeLessThan(0.03);
      }
    }
    expect(electric).toBeGreaterThan(30);
  });
});
