import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { Plan } from '../../../../core/model/plan.ts';
import { planFingerprint } from '../../../../core/fingerprint/index.ts';
import { duplicateScenario, setSubmittedPlan } from '../../../../renderer/src/screens/scenarios/scenario-edits.ts';
import { samplePlan } from '../../support/fake-host.ts';

describe('marking the submitted plan in the Scenarios screen', () => {
  const plan = samplePlan();
  const [first, second] = [plan.scenarios[1]!, plan.scenarios[2]!];

  it('keeps at most one scenario marked, and unmarking restores the plan and its fingerprint', () => {
    const one = produce(plan, (d) => setSubmittedPlan(d, first.id, true));
    expect(one.scenarios.filter((s) => s.submitted_plan === true).map((s) => s.id)).toEqual([first.id]);
    const moved = produce(one, (d) => setSubmittedPlan(d, second.id, true));
    expect(moved.scenarios.filter((s) => s.submitted_plan === true).map((s) => s.id)).toEqual([second.id]);
    expect(Plan.safeParse(moved).success).toBe(true);
    const off = produce(moved, (d) => setSubmittedPlan(d, second.id, false));
    expect(off.scenarios.some((s) => 'submitted_plan' in s)).toBe(false);
    expect(planFingerprint(off)).toBe(planFingerprint(plan));
  });

  it('does not copy the mark to a duplicate, so the plan stays valid', () => {
    const marked = produce(plan, (d) => setSubmittedPlan(d, first.id, true));
    const copy = duplicateScenario(marked, first.id, 'Copy')!;
    expect('submitted_plan' in copy).toBe(false);
    const next = produce(marked, (d) => void d.scenarios.push(copy));
    expect(Plan.safeParse(next).success).toBe(true);
  });
});
