import { describe, expect, it } from 'vitest';
import { ancestry, buildTree, measureRows } from '../../../../renderer/src/screens/scenarios/scenario-tree.ts';
import { samplePlan } from '../../support/fake-host.ts';

describe('scenario tree', () => {
  const plan = samplePlan();

  it('nests the sample scenarios by parent', () => {
    const tree = buildTree(plan.scenarios);
    expect(tree.map((n) => n.scenario.id)).toEqual(['baseline']);
    expect(tree[0]!.children.map((n) => n.scenario.id)).toEqual(['clean-transition']);
    expect(tree[0]!.children[0]!.children.map((n) => [n.scenario.id, n.depth])).toEqual([['near-zero', 2]]);
  });

  it('lists the chain from the root', () => {
    expect(ancestry(plan.scenarios, 'near-zero').map((s) => s.id)).toEqual(['baseline', 'clean-transition', 'near-zero']);
    expect(ancestry(plan.scenarios, 'nope')).toEqual([]);
  });

  it('shows own and inherited measures with a descendant override applied', () => {
    const rows = measureRows(plan, 'near-zero');
    const own = plan.scenarios.find((s) => s.id === 'near-zero')!.measures.length;
    const inherited = plan.scenarios.find((s) => s.id === 'clean-transition')!.measures.length;
    expect(rows).toHaveLength(own + inherited);
    const gp = rows.find((r) => r.measure.id === 'green-power-20')!;
    expect(gp.ownerId).toBe('clean-transition');
    expect(gp.changedIn).toEqual(['near-zero']);
    expect(gp.measure.name).toBe('Green-power trading, 60% of grid purchase');
    // The parent still sees its own version.
    const parentRow = measureRows(plan, 'clean-transition').find((r) => r.measure.id === 'green-power-20')!;
    expect(parentRow.changedIn).toEqual([]);
    expect(parentRow.measure.name).toBe('Green-power trading, 20% of grid purchase');
  });

  it('gives the root scenario no measures in the sample', () => {
    expect(measureRows(plan, 'baseline')).toEqual([]);
  });
});
