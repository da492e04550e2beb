import type { Measure } from '../../../../core/model/measures.ts';
import { resolveScenario } from '../../../../core/engine/resolve.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import type { Scenario } from '../../../../core/model/scenario.ts';

/**
 * Read-side helpers for the scenario inheritance tree. The merge itself is the engine's
 * (resolveScenario); this module adds what the Scenarios screen shows around it: the tree, the
 * chain, and which measures are switched off where.
 */

export interface TreeNode {
  scenario: Scenario;
  depth: number;
  children: TreeNode[];
}

/** Roots first, children in plan order. Plan validation guarantees parents exist and no cycles. */
export function buildTree(scenarios: readonly Scenario[]): TreeNode[] {
  const byParent = new Map<string | null, Scenario[]>();
  for (const s of scenarios) {
    const list = byParent.get(s.parent_id) ?? [];
    list.push(s);
    byParent.set(s.parent_id, list);
  }
  const build = (s: Scenario, depth: number, seen: Set<string>): TreeNode => {
    seen.add(s.id);
    const kids = (byParent.get(s.id) ?? []).filter((k) => !seen.has(k.id));
    return { scenario: s, depth, children: kids.map((k) => build(k, depth + 1, seen)) };
  };
  const seen = new Set<string>();
  return (byParent.get(null) ?? []).map((root) => build(root, 0, seen));
}

/** The chain from the root down to `id` (inclusive); empty for an unknown id. */
export function ancestry(scenarios: readonly Scenario[], id: string): Scenario[] {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const chain: Scenario[] = [];
  const seen = new Set<string>();
  let cursor = byId.get(id);
  while (cursor !== undefined && !seen.has(cursor.id)) {
    seen.add(cursor.id);
    chain.unshift(cursor);
    cursor = cursor.parent_id === null ? undefined : byId.get(cursor.parent_id);
  }
  return chain;
}

export interface MeasureRow {
  /** The measure as the scenario runs it (overrides applied), or as introduced when switched off. */
  measure: Measure;
  /** Scenario that introduced the measure. */
  ownerId: string;
  /** Switched off by an override in the chain (the engine keeps it off in every descendant). */
  disabled: boolean;
  /** Scenarios in the chain whose overrides change or switch off this measure. */
  changedIn: string[];
}

/**
 * Every measure along the scenario's chain, in chain order, as the engine resolves it
 * (core/engine/resolve.ts): active ones with overrides applied, switched-off ones marked.
 * Throws the engine's PLAN_INVALID error for an override that does not fit its measure.
 */
export function measureRows(plan: Plan, scenarioId: string): MeasureRow[] {
  const resolved = resolveScenario(plan, scenarioId);
  const active = new Map(resolved.measures.map((r) => [r.measure.id, r]));
  const chain = resolved.chain.map((id) => plan.scenarios.find((s) => s.id === id)!);
  const rows: MeasureRow[] = [];
  for (const owner of chain) {
    for (const m of owner.measures) {
      const r = active.get(m.id);
      if (r !== undefined) {
        rows.push({ measure: r.measure, ownerId: owner.id, disabled: false, changedIn: [...r.overridden_in] });
      } else {
        const changedIn = chain.filter((s) => s.measure_overrides.some((o) => o.measure_id === m.id)).map((s) => s.id);
        rows.push({ measure: m, ownerId: owner.id, disabled: true, changedIn });
      }
    }
  }
  return rows;
}

/** The scenario (in the chain) whose override switched the measure off, if any. */
export function disabledBy(plan: Plan, scenarioId: string, measureId: string): string | null {
  for (const s of ancestry(plan.scenarios, scenarioId)) {
    if (s.measure_overrides.some((o) => o.measure_id === measureId && o.disabled)) return s.id;
  }
  return null;
}
