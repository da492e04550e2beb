import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { Plan } from '../../../../core/model/plan.ts';
import { DEFAULT_SETTINGS } from '../../../../core/model/scenario.ts';
import { resolveScenario } from '../../../../core/engine/resolve.ts';
import { effectiveSetting, resetSetting, setSetting } from '../../../../renderer/src/screens/scenarios/settings-origin.ts';
import { samplePlan } from '../../support/fake-host.ts';

describe('scenario assumptions', () => {
  const base = samplePlan();
  const root = base.scenarios.find((s) => s.parent_id === null)!;
  const child = base.scenarios.find((s) => s.parent_id === root.id)!;
  // A plan where the root sets the decline rate and the child sets nothing.
  const plan = produce(base, (d) => {
    d.scenarios.find((s) => s.id === root.id)!.settings.grid_factor_decline_rate = 0.03;
    delete d.scenarios.find((s) => s.id === child.id)!.settings.grid_factor_decline_rate;
    delete d.scenarios.find((s) => s.id === root.id)!.settings.energy_prices;
    delete d.scenarios.find((s) => s.id === child.id)!.settings.energy_prices;
  });

  it('reports value and origin: here, inherited or default', () => {
    expect(effectiveSetting(plan, root.id, 'grid_factor_decline_rate')).toEqual({ value: 0.03, origin: { kind: 'here' } });
    expect(effectiveSetting(plan, child.id, 'grid_factor_decline_rate')).toEqual({
      value: 0.03,
      origin: { kind: 'inherited', scenarioId: root.id },
    });
    expect(effectiveSetting(plan, child.id, 'energy_prices')).toEqual({
      value: DEFAULT_SETTINGS.energy_prices,
      origin: { kind: 'default' },
    });
  });

  it('agrees with the engine for every key of every scenario', () => {
    for (const s of base.scenarios) {
      const engine = resolveScenario(base, s.id).settings;
      for (const key of Object.keys(engine) as (keyof typeof engine)[])
        expect(effectiveSetting(base, s.id, key).value, `${s.id}.${key}`).toEqual(engine[key]);
    }
  });

  it('sets a value here and resets it back to the inherited one', () => {
    const set = produce(plan, (d) => setSetting(d, child.id, 'grid_factor_decline_rate', 0.05));
    expect(Plan.safeParse(set).success).toBe(true);
    expect(effectiveSetting(set, child.id, 'grid_factor_decline_rate')).toEqual({ value: 0.05, origin: { kind: 'here' } });
    const reset = produce(set, (d) => resetSetting(d, child.id, 'grid_factor_decline_rate'));
    expect(reset).toEqual(plan);
  });
});

describe('dispatch assumptions', () => {
  const base = samplePlan();
  const root = base.scenarios.find((s) => s.parent_id === null)!;
  const child = base.scenarios.find((s) => s.parent_id === root.id)!;

  it('keeps "no limit" (null) as a value set here, inherited by children, as the engine reads it', () => {
    const plan = produce(base, (d) => {
      for (const s of d.scenarios) delete s.settings.export_limit_kw;
      setSetting(d, root.id, 'export_limit_kw', null);
    });
    expect(Plan.safeParse(plan).success).toBe(true);
    expect(effectiveSetting(plan, root.id, 'export_limit_kw')).toEqual({ value: null, origin: { kind: 'here' } });
    expect(effectiveSetting(plan, child.id, 'export_limit_kw')).toEqual({
      value: null,
      origin: { kind: 'inherited', scenarioId: root.id },
    });
    expect(resolveScenario(plan, child.id).settings.export_limit_kw).toBeNull();
    // Use inherited on the root: back to the default, no export.
    const reset = produce(plan, (d) => resetSetting(d, root.id, 'export_limit_kw'));
    expect(effectiveSetting(reset, child.id, 'export_limit_kw')).toEqual({ value: 0, origin: { kind: 'default' } });
  });

  it('sets tariff and demand charge in a child only', () => {
    const plan = produce(base, (d) => {
      setSetting(d, child.id, 'electricity_tariff', 'flat');
      setSetting(d, child.id, 'demand_charge_cny_per_kw_month', 38);
    });
    expect(Plan.safeParse(plan).success).toBe(true);
    expect(effectiveSetting(plan, child.id, 'electricity_tariff').value).toBe('flat');
    expect(effectiveSetting(plan, root.id, 'electricity_tariff').value).toBe(
      resolveScenario(base, root.id).settings.electricity_tariff,
    );
    expect(resolveScenario(plan, child.id).settings.demand_charge_cny_per_kw_month).toBe(38);
  });
});
