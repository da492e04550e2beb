import type { Measure } from '../../../../core/model/measures.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import type { Scenario } from '../../../../core/model/scenario.ts';

/**
 * Read-side helpers for the scenario inheritance tree, for display only. The engine owns the
 * authoritative merge of settings and measures; this module answers "what does this scenario
 * contain and where does each part come from" for the Scenarios screen.
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
  /** The measure with the top-level fields its descendants' overrides set (name, start year…). */
  measure: Measure;
  /** Scenario that introduced the measure. */
  ownerId: string;
  /** Switched off by an override somewhere in the chain (the last override that speaks wins). */
  disabled: boolean;
  /** Scenarios in the chain whose overrides change this measure (disable or set). */
  changedIn: string[];
}

function applySet(measure: Measure, set: Record<string, unknown>): Measure {
  const copy: Record<string, unknown> = { ...measure, params: { ...measure.params } };
  for (const [path, value] of Object.entries(set)) {
    const dot = path.indexOf('.');
    if (dot === -1) copy[path] = value;
    else (copy['params'] as Record<string, unknown>)[path.slice(dot + 1)] = value;
  }
  // Display only: the merged object is not re-validated here (the engine does that).
  return copy as Measure;
}

/** Every measure the scenario carries, own and inherited, with overrides applied in chain order. */
export function measureRows(plan: Plan, scenarioId: string): MeasureRow[] {
  const rows = new Map<string, MeasureRow>();
  for (const s of ancestry(plan.scenarios, scenarioId)) {
    for (const o of s.measure_overrides) {
      const row = rows.get(o.measure_id);
      if (row === undefined) continue;
      row.measure = applySet(row.measure, o.set);
      row.disabled = o.disabled;
      row.changedIn.push(s.id);
    }
    for (const m of s.measures) rows.set(m.id, { measure: m, ownerId: s.id, disabled: false, changedIn: [] });
  }
  return [...rows.values()];
}
