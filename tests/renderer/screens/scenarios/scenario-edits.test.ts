import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { Plan } from '../../../../core/model/plan.ts';
import {
  canDeleteScenario,
  newChildScenario,
  newScenarioId,
  setMeasureInEffect,
} from '../../../../renderer/src/screens/scenarios/scenario-edits.ts';
import { ancestry, measureRows } from '../../../../renderer/src/screens/scenarios/scenario-tree.ts';
import { samplePlan } from '../../support/fake-host.ts';

describe('scenario edits', () => {
  const plan = samplePlan();
  const leaf = plan.scenarios.find((s) => !plan.scenarios.some((c) => c.parent_id === s.id) && s.parent_id !== null)!;
  const root = plan.scenarios.find((s) => s.parent_id === null)!;

  it('adds a child that runs like its parent and keeps the plan valid', () => {
    const id = newScenarioId(plan.scenarios, leaf.id);
    const next = produce(plan, (d) => void d.scenarios.push(newChildScenario(id, 'Variant', leaf.id)));
    expect(Plan.safeParse(next).success).toBe(true);
    const parentRows = measureRows(next, leaf.id).filter((r) => !r.disabled);
    const childRows = measureRows(next, id).filter((r) => !r.disabled);
    expect(childRows.map((r) => r.measure)).toEqual(parentRows.map((r) => r.measure));
    expect(newScenarioId(next.scenarios, leaf.id)).toBe(`${id}-2`);
  });

  it('keeps generated ids within the id rules', () => {
    const long = 'x'.repeat(64);
    expect(newScenarioId([], long).length).toBeLessThanOrEqual(64);
  });

  it('only deletes scenarios nobody inherits from, and never the last root', () => {
    expect(canDeleteScenario(plan, leaf.id)).toBe('ok');
    expect(canDeleteScenario(plan, root.id)).toBe('has_children');
    const lonely = { ...plan, scenarios: [{ ...root }] };
    expect(canDeleteScenario(lonely, root.id)).toBe('last_root');
  });

  it('switches an inherited measure off and back on, leaving no empty override behind', () => {
    const inherited = ancestry(plan.scenarios, leaf.id)
      .slice(0, -1)
      .flatMap((s) => s.measures)
      .find((m) => !leaf.measure_overrides.some((o) => o.measure_id === m.id))!;
    const off = produce(plan, (d) => setMeasureInEffect(d, leaf.id, inherited.id, false));
    expect(Plan.safeParse(off).success).toBe(true);
    expect(measureRows(off, leaf.id).find((r) => r.measure.id === inherited.id)?.disabled).toBe(true);
    const on = produce(off, (d) => setMeasureInEffect(d, leaf.id, inherited.id, true));
    expect(on.scenarios).toEqual(plan.scenarios);
  });

  it('keeps an override that still changes fields when switching back on', () => {
    const withSet = leaf.measure_overrides.find((o) => Object.keys(o.set).length > 0);
    if (withSet === undefined) return; // the sample may not carry one
    const off = produce(plan, (d) => setMeasureInEffect(d, leaf.id, withSet.measure_id, false));
    const on = produce(off, (d) => setMeasureInEffect(d, leaf.id, withSet.measure_id, true));
    expect(on.scenarios.find((s) => s.id === leaf.id)!.measure_overrides).toEqual(leaf.measure_overrides);
  });
});
