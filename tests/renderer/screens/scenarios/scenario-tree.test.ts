import { describe, expect, it } from 'vitest';
import { ancestry, buildTree, measureRows } from '../../../../renderer/src/screens/scenarios/scenario-tree.ts';
import { samplePlan } from '../../support/fake-host.ts';

describe('scenario tree', () => {
  const plan = samplePlan();

  it('nests scenarios by parent, roots first', () => {
    const tree = buildTree(plan.scenarios);
    expect(tree.map((n) => n.scenario.id)).toEqual(plan.scenarios.filter((s) => s.parent_id === null).map((s) => s.id));
    const seen: string[] = [];
    const walk = (nodes: typeof tree, parent: string | null, depth: number) =>
      nodes.forEach((n) => {
        expect(n.scenario.parent_id).toBe(parent);
        expect(n.depth).toBe(depth);
        seen.push(n.scenario.id);
        walk(n.children, n.scenario.id, depth + 1);
      });
    walk(tree, null, 0);
    expect(seen.sort()).toEqual(plan.scenarios.map((s) => s.id).sort());
  });

  it('lists the chain from the root', () => {
    expect(ancestry(plan.scenarios, 'near-zero').map((s) => s.id)).toEqual(['baseline', 'clean-transition', 'near-zero']);
    expect(ancestry(plan.scenarios, 'nope')).toEqual([]);
  });

  it('shows own and inherited measures with a descendant override applied', () => {
    // Derived from the sample, which planners and the engine tests keep refining.
    const child = plan.scenarios.find((s) => s.measure_overrides.some((o) => typeof o.set['name'] === 'string'))!;
    const override = child.measure_overrides.find((o) => typeof o.set['name'] === 'string')!;
    const chain = ancestry(plan.scenarios, child.id);
    const rows = measureRows(plan, child.id);
    expect(rows).toHaveLength(chain.reduce((n, s) => n + s.measures.length, 0));
    const row = rows.find((r) => r.measure.id === override.measure_id)!;
    expect(row.ownerId).not.toBe(child.id);
    expect(row.changedIn).toContain(child.id);
    expect(row.measure.name).toBe(override.set['name']);
    // The owner still sees its own version.
    const ownerRow = measureRows(plan, row.ownerId).find((r) => r.measure.id === override.measure_id)!;
    expect(ownerRow.changedIn).toEqual([]);
    const original = plan.scenarios.find((s) => s.id === row.ownerId)!.measures.find((m) => m.id === override.measure_id)!;
    expect(ownerRow.measure.name).toBe(original.name);
  });

  it('marks a measure a descendant switches off', () => {
    const copy = structuredClone(plan);
    const inheritedOf = (id: string) =>
      ancestry(copy.scenarios, id)
        .slice(0, -1)
        .flatMap((s) => s.measures);
    const leaf = copy.scenarios.find((s) => inheritedOf(s.id).length > 0)!;
    const inherited = inheritedOf(leaf.id)[0]!;
    leaf.measure_overrides.push({ measure_id: inherited.id, disabled: true, set: {} });
    const row = measureRows(copy, leaf.id).find((r) => r.measure.id === inherited.id)!;
    expect(row.disabled).toBe(true);
  });

  it('gives the root scenario no measures in the sample', () => {
    expect(measureRows(plan, 'baseline')).toEqual([]);
  });
});
