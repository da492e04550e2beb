import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Plan } from '../../../core/model/plan.ts';
import { runPlan } from '../../../core/engine/index.ts';
import { ParkZeroError } from '../../../core/api/result.ts';

function samplePlan(): Plan {
  return Plan.parse(JSON.parse(readFileSync(new URL('../../fixtures/sample-park-2024.plan.json', import.meta.url), 'utf8')));
}

/**
 * The sample plus a scenario the engine cannot resolve (its override names a measure it does not
 * inherit; parsePlan would refuse it, so it is built past the parser): computing it throws, so
 * a run that succeeds has not computed it.
 */
function planWithUnrunnableScenario(): Plan {
  const plan = samplePlan();
  plan.scenarios.push({
    ...structuredClone(plan.scenarios[0]!),
    id: 'unrunnable',
    name: 'Unrunnable',
    parent_id: 'baseline',
    measures: [],
    measure_overrides: [{ measure_id: 'no-such-measure', disabled: true, set: {} }],
  });
  return plan;
}

describe('runPlan with chosen scenarios', () => {
  const options = { electricity: 'annual' as const };

  it('computes the scenarios asked for and their parents, nothing else', () => {
    const broken = planWithUnrunnableScenario();
    expect(() => runPlan(broken, options)).toThrow(ParkZeroError);
    const chosen = runPlan(broken, options, ['near-zero']);
    expect(chosen.scenarios.map((s) => s.scenario_id)).toEqual(['near-zero']);
    // Same figures as in a run of the whole plan: cost against the parent, abatement and MAC.
    const full = runPlan(samplePlan(), options).scenarios.find((s) => s.scenario_id === 'near-zero')!;
    expect(chosen.scenarios[0]).toEqual(full);
    expect(full.summary.npv_cost_vs_parent_cny).not.toBeNull();
    expect(full.mac.length).toBeGreaterThan(0);
  });

  it('keeps plan order and refuses an unknown scenario', () => {
    const plan = samplePlan();
    expect(runPlan(plan, options, ['near-zero', 'baseline']).scenarios.map((s) => s.scenario_id)).toEqual([
      'baseline',
      'near-zero',
    ]);
    expect(() => runPlan(plan, options, ['nope'])).toThrow(/no scenario "nope"/);
  });
});
