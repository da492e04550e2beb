import { describe, expect, it } from 'vitest';
import { Plan } from '../../../../core/model/plan.ts';
import { duplicateScenario } from '../../../../renderer/src/screens/scenarios/scenario-edits.ts';
import { samplePlan } from '../../support/fake-host.ts';

describe('duplicating a scenario', () => {
  const plan = samplePlan();
  // A child with its own measures and overrides exercises every part of the copy.
  const source =
    plan.scenarios.find((s) => s.parent_id !== null && s.measures.length > 0 && s.measure_overrides.length > 0) ??
    plan.scenarios.find((s) => s.measures.length > 0)!;

  it('copies settings, overrides and measures under the same parent, with new ids', () => {
    const copy = duplicateScenario(plan, source.id, 'Copy')!;
    expect(copy.id).toBe(`${source.id}-copy`);
    expect(copy.parent_id).toBe(source.parent_id);
    expect(copy.settings).toEqual(source.settings);
    expect(copy.measure_overrides).toEqual(source.measure_overrides);
    expect(copy.measures.map((m) => m.id)).toEqual(source.measures.map((m) => `${m.id}-copy`));
    expect(copy.measures.map((m) => ({ ...m, id: '' }))).toEqual(source.measures.map((m) => ({ ...m, id: '' })));
    // Its own objects: editing the copy never edits the original.
    expect(copy.settings).not.toBe(source.settings);
  });

  it('gives a plan that passes the schema, also when copied twice', () => {
    const once = { ...plan, scenarios: [...plan.scenarios, duplicateScenario(plan, source.id, 'Copy')!] };
    const second = duplicateScenario(once, source.id, 'Copy 2')!;
    expect(second.id).toBe(`${source.id}-copy-2`);
    expect(Plan.safeParse({ ...once, scenarios: [...once.scenarios, second] }).success).toBe(true);
  });

  it('answers null for an unknown scenario', () => {
    expect(duplicateScenario(plan, 'nope', 'x')).toBeNull();
  });
});
