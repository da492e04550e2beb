import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { resolveScenario } from '../../../core/engine/resolve.ts';
import type { Plan } from '../../../core/model/plan.ts';
import {
  addMeasure,
  deleteMeasure,
  editOwnMeasure,
  measureRowsFor,
  planProblems,
  resetKeys,
  resetOverride,
  setDisabled,
  setOverride,
} from '../../../renderer/src/screens/measures/measure-edits.ts';
import { draftToMeasure, newDraft } from '../../../renderer/src/screens/measures/measure-draft.ts';
import { timelineBars, timelineTicks } from '../../../renderer/src/screens/measures/timeline.ts';
import { samplePlan } from '../support/fake-host.ts';

const overridesOf = (plan: Plan, id: string) => plan.scenarios.find((s) => s.id === id)!.measure_overrides;

describe('measure rows of a scenario', () => {
  const plan = samplePlan();

  it('list inherited measures first with their owner, then own ones', () => {
    const rows = measureRowsFor(plan, 'near-zero');
    const own = plan.scenarios.find((s) => s.id === 'near-zero')!.measures.map((m) => m.id);
    const inherited = plan.scenarios.find((s) => s.id === 'clean-transition')!.measures.map((m) => m.id);
    expect(rows.map((r) => r.measure.id)).toEqual([...inherited, ...own]);
    expect(rows.filter((r) => !r.own).every((r) => r.ownerId === 'clean-transition' && r.parent !== null)).toBe(true);
  });

  it('show this scenario’s override as changed fields with the parent’s value kept', () => {
    const row = measureRowsFor(plan, 'near-zero').find((r) => r.measure.id === 'green-power-20')!;
    expect(row.overriddenKeys.sort()).toEqual(['name', 'params.share_of_grid']);
    expect(row.measure.kind === 'green_power' && row.measure.params.mode === 'share' && row.measure.params.share_of_grid).toBe(
      0.7,
    );
    expect(row.parent?.kind === 'green_power' && row.parent.params.mode === 'share' && row.parent.params.share_of_grid).toBe(0.2);
  });
});

describe('override set and reset', () => {
  const plan = samplePlan();
  const parent = measureRowsFor(plan, 'near-zero').find((r) => r.measure.id === 'rooftop-pv')!.parent!;

  it('set a field of an inherited measure through a new override, leaving the parent alone', () => {
    const next = produce(plan, setOverride('near-zero', 'rooftop-pv', { 'params.capacity_kw': 80_000 }, parent));
    expect(overridesOf(next, 'near-zero').find((o) => o.measure_id === 'rooftop-pv')).toEqual({
      measure_id: 'rooftop-pv',
      disabled: false,
      set: { 'params.capacity_kw': 80_000 },
    });
    expect(planProblems(next)).toEqual([]);
    const resolved = resolveScenario(next, 'near-zero').measures.find((m) => m.measure.id === 'rooftop-pv')!;
    expect(resolved.measure.kind === 'pv' && resolved.measure.params.capacity_kw).toBe(80_000);
    const inParent = resolveScenario(next, 'clean-transition').measures.find((m) => m.measure.id === 'rooftop-pv')!;
    expect(inParent.measure.kind === 'pv' && inParent.measure.params.capacity_kw).toBe(60_000);
  });

  it('reset removes the key, and an empty override disappears', () => {
    const set = produce(plan, setOverride('near-zero', 'rooftop-pv', { 'params.capacity_kw': 80_000 }, parent));
    const reset = produce(set, resetOverride('near-zero', 'rooftop-pv', ['params.capacity_kw']));
    expect(reset.scenarios).toEqual(plan.scenarios);
  });

  it('typing the parent’s value again is a reset, not a difference', () => {
    const set = produce(plan, setOverride('near-zero', 'rooftop-pv', { 'params.capacity_kw': 80_000 }, parent));
    const back = produce(set, setOverride('near-zero', 'rooftop-pv', { 'params.capacity_kw': 60_000 }, parent));
    expect(back.scenarios).toEqual(plan.scenarios);
  });

  it('keeps other keys of an existing override when one is reset', () => {
    const next = produce(plan, resetOverride('near-zero', 'green-power-20', ['params.share_of_grid']));
    expect(overridesOf(next, 'near-zero').find((o) => o.measure_id === 'green-power-20')?.set).toEqual({
      name: 'Green-power trading, 70% of grid purchase',
    });
  });

  it('resets a green power mode together with its field', () => {
    const gp = measureRowsFor(plan, 'near-zero').find((r) => r.measure.id === 'green-power-20')!;
    const switched = produce(
      plan,
      setOverride('near-zero', 'green-power-20', { 'params.mode': 'mwh', 'params.amount_mwh': 5000 }, gp.parent!),
    );
    expect(planProblems(switched)).toEqual([]);
    const keys = Object.keys(overridesOf(switched, 'near-zero').find((o) => o.measure_id === 'green-power-20')!.set);
    expect(resetKeys(gp.measure, 'params.amount_mwh', keys).sort()).toEqual([
      'params.amount_mwh',
      'params.mode',
      'params.share_of_grid',
    ]);
  });

  it('switches an inherited measure off and on, keeping its field changes', () => {
    const off = produce(plan, setDisabled('near-zero', 'green-power-20', true));
    expect(resolveScenario(off, 'near-zero').measures.some((m) => m.measure.id === 'green-power-20')).toBe(false);
    expect(measureRowsFor(off, 'near-zero').find((r) => r.measure.id === 'green-power-20')?.disabled).toBe(true);
    const on = produce(off, setDisabled('near-zero', 'green-power-20', false));
    expect(on.scenarios).toEqual(plan.scenarios);
    const offOnly = produce(plan, setDisabled('near-zero', 'park-storage', true));
    const back = produce(offOnly, setDisabled('near-zero', 'park-storage', false));
    expect(back.scenarios).toEqual(plan.scenarios);
  });

  it('finds a merged measure the schema refuses', () => {
    const bad = produce(plan, setOverride('near-zero', 'rooftop-pv', { 'params.tilt_deg': 120 }, parent));
    expect(planProblems(bad)[0]?.path).toContain('measure_overrides');
  });
});

describe('own measures', () => {
  it('add, edit and delete (with the descendants’ overrides) as single edits', () => {
    const plan = samplePlan();
    const r = draftToMeasure(newDraft('pv', plan, 'Carport PV'), 'pv-1', plan);
    if (!r.ok) throw new Error('draft');
    const added = produce(plan, addMeasure('clean-transition', r.measure));
    expect(planProblems(added)).toEqual([]);
    expect(measureRowsFor(added, 'near-zero').some((row) => row.measure.id === 'pv-1' && !row.own)).toBe(true);
    const edited = produce(added, editOwnMeasure('clean-transition', 'pv-1', { 'params.capacity_kw': 2000, ramp_years: 2 }));
    const m = edited.scenarios[1]!.measures.find((k) => k.id === 'pv-1')!;
    expect(m.kind === 'pv' && m.params.capacity_kw).toBe(2000);
    expect(m.ramp_years).toBe(2);
    const gone = produce(plan, deleteMeasure('clean-transition', 'green-power-20'));
    expect(planProblems(gone)).toEqual([]);
    expect(overridesOf(gone, 'near-zero').some((o) => o.measure_id === 'green-power-20')).toBe(false);
  });
});

describe('timeline', () => {
  it('places start, ramp and full effect on the base-to-horizon span', () => {
    const plan = samplePlan();
    const rows = measureRowsFor(plan, 'clean-transition').map((r) => r.measure);
    const bars = timelineBars(rows, 2024, 2060);
    const pv = bars.find((b) => b.id === 'rooftop-pv')!;
    expect(pv).toMatchObject({ start: 2025, ramp: 3, fullFrom: 2028 });
    expect(pv.left).toBeCloseTo(1 / 37);
    expect(pv.left + pv.rampWidth + pv.fullWidth).toBeCloseTo(1);
    const ticks = timelineTicks(2024, 2060).map((t) => t.year);
    expect(ticks[0]).toBe(2024);
    expect(ticks).toContain(2060);
  });
});
