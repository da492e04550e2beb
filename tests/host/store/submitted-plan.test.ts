import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../electron/host/store/index.ts';
import { checkPlanOrThrow } from '../../../core/engine/validate.ts';
import { planFingerprint } from '../../../core/fingerprint/index.ts';
import { parsePlan } from '../../../core/model/plan.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { smallPlan } from './fixtures/plans.ts';
import { tempDir } from './helpers.ts';

/** The "submitted plan" flag of a scenario, kept as a reserved scenario_settings key (no migration). */

function roundTrip(plan: Plan): Plan {
  const dir = tempDir();
  const store = new ProjectStore({ workDir: path.join(dir, 'working') });
  try {
    const file = path.join(dir, 'r.parkzero');
    store.create(file, plan, { overwrite: false }).close();
    const again = store.open(file, { mode: 'review' });
    const read = again.plan();
    again.close();
    return read;
  } finally {
    store.closeAll();
  }
}

/** The small test plan: a root and one child scenario. */
function withChild(): Plan {
  const plan = checkPlanOrThrow(smallPlan());
  expect(plan.scenarios).toHaveLength(2);
  return plan;
}

describe('the submitted plan flag', () => {
  it('round-trips through the project file and stays absent (same fingerprint) when never set', () => {
    const none = withChild();
    const readNone = roundTrip(none);
    expect(readNone.scenarios.every((s) => !('submitted_plan' in s))).toBe(true);
    expect(planFingerprint(readNone)).toBe(planFingerprint(none));

    const flagged = checkPlanOrThrow({
      ...none,
      scenarios: none.scenarios.map((s) => (s.parent_id !== null ? { ...s, submitted_plan: true } : s)),
    });
    const read = roundTrip(flagged);
    expect(read.scenarios.map((s) => s.submitted_plan ?? null)).toEqual([null, true]);
    // The flag is plan content: it changes the fingerprint, and the settings do not show the reserved key.
    expect(planFingerprint(read)).toBe(planFingerprint(flagged));
    expect(planFingerprint(read)).not.toBe(planFingerprint(none));
    expect(Object.keys(read.scenarios[1]!.settings)).not.toContain('submitted_plan');
  });

  it('allows one flagged scenario per plan and says so in Chinese and English otherwise', () => {
    const plan = withChild();
    const two = { ...plan, scenarios: plan.scenarios.map((s) => ({ ...s, submitted_plan: true })) };
    const parsed = parsePlan(two);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]!.path).toBe('scenarios[1].submitted_plan');
    expect(parsed.issues[0]!.message).toContain('只能有一个情景标记为提交方案');
    expect(parsed.issues[0]!.message).toContain('only one scenario may be marked as the submitted plan');
    // `false` is not a value: the flag is there or not.
    expect(parsePlan({ ...plan, scenarios: [{ ...plan.scenarios[0]!, submitted_plan: false }, plan.scenarios[1]!] }).ok).toBe(
      false,
    );
  });
});
