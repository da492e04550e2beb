import type { Draft } from 'immer';
import type { Plan } from '../../../../core/model/plan.ts';
import type { Scenario } from '../../../../core/model/scenario.ts';

/** Plan edits of the Scenarios screen, as recipes and checks; pure, so they are unit-tested. */

/** A free id derived from the parent's: `near-zero-variant`, `near-zero-variant-2`, … (max 64 chars). */
export function newScenarioId(scenarios: readonly Scenario[], parentId: string): string {
  const taken = new Set(scenarios.map((s) => s.id));
  const base = `${parentId.slice(0, 48)}-variant`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** A child that changes nothing yet: it runs exactly like its parent until the planner edits it. */
export function newChildScenario(id: string, name: string, parentId: string): Scenario {
  return { id, name, parent_id: parentId, description: '', settings: {}, measures: [], measure_overrides: [] };
}

export type DeleteCheck = 'ok' | 'has_children' | 'last_root';

export function canDeleteScenario(plan: Plan, id: string): DeleteCheck {
  if (plan.scenarios.some((s) => s.parent_id === id)) return 'has_children';
  const self = plan.scenarios.find((s) => s.id === id);
  if (self?.parent_id === null && plan.scenarios.filter((s) => s.parent_id === null).length <= 1) return 'last_root';
  return 'ok';
}

/**
 * Switch an inherited measure off or back on in one scenario. Off: mark (or add) this
 * scenario's override as disabled. On: clear the flag, and drop the override if it then
 * changes nothing, so the plan stays minimal.
 */
export function setMeasureInEffect(draft: Draft<Plan>, scenarioId: string, measureId: string, inEffect: boolean): void {
  const scenario = draft.scenarios.find((s) => s.id === scenarioId);
  if (scenario === undefined) return;
  const index = scenario.measure_overrides.findIndex((o) => o.measure_id === measureId);
  const override = index >= 0 ? scenario.measure_overrides[index] : undefined;
  if (!inEffect) {
    if (override !== undefined) override.disabled = true;
    else scenario.measure_overrides.push({ measure_id: measureId, disabled: true, set: {} });
    return;
  }
  if (override === undefined) return;
  if (Object.keys(override.set).length === 0) scenario.measure_overrides.splice(index, 1);
  else override.disabled = false;
}

/** A free id for a copy: `near-zero-copy`, `near-zero-copy-2`, … (max 64 chars). */
function freeId(taken: Set<string>, base: string): string {
  const stem = `${base.slice(0, 52)}-copy`;
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const id = `${stem}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * A copy of a scenario under the same parent: its settings and overrides as they are (the
 * overrides name the same inherited measures, so they stay valid), its own measures with new
 * ids unique across the plan. Children, comments and the least-cost planner's record stay with
 * the original.
 */
export function duplicateScenario(plan: Plan, id: string, name: string): Scenario | null {
  const source = plan.scenarios.find((s) => s.id === id);
  if (source === undefined) return null;
  const scenarioIds = new Set(plan.scenarios.map((s) => s.id));
  const measureIds = new Set(plan.scenarios.flatMap((s) => s.measures.map((m) => m.id)));
  const copy = structuredClone(source);
  copy.id = freeId(scenarioIds, source.id);
  copy.name = name;
  // The planner's record describes the scenario it made, not a copy the user may change.
  delete copy.optimiser;
  // At most one scenario per plan is the submitted plan; the copy is a variant, not a second one.
  delete copy.submitted_plan;
  for (const m of copy.measures) {
    m.id = freeId(measureIds, m.id);
    measureIds.add(m.id);
  }
  return copy;
}

/**
 * Marks one scenario as the park's submitted plan (the one the portfolio view shows), or
 * unmarks it. At most one per plan: marking one unmarks the others. Unmarked means the field is
 * absent, never `false`, so the plan returns to its earlier content and fingerprint.
 */
export function setSubmittedPlan(draft: Draft<Plan>, scenarioId: string, submitted: boolean): void {
  for (const s of draft.scenarios) {
    if (submitted && s.id === scenarioId) s.submitted_plan = true;
    else delete s.submitted_plan;
  }
}
