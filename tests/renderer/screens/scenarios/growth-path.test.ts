import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { Plan } from '../../../../core/model/plan.ts';
import { resolveScenario } from '../../../../core/engine/resolve.ts';
import { startingGrowthPath } from '../../../../renderer/src/screens/scenarios/growth-path.ts';
import { effectiveSetting, resetSetting, setSetting } from '../../../../renderer/src/screens/scenarios/settings-origin.ts';
import { samplePlan } from '../../support/fake-host.ts';

describe('output growth assumption', () => {
  const base = samplePlan();
  const root = base.scenarios.find((s) => s.parent_id === null)!;
  const child = base.scenarios.find((s) => s.parent_id === root.id)!;
  const grandchild = base.scenarios.find((s) => s.parent_id === child.id)!;

  it('starts a park-wide path the year after the base year at the output-weighted own rate', () => {
    const [point, ...rest] = startingGrowthPath(base);
    expect(rest).toEqual([]);
    expect(point!.year).toBe(base.park.base_year + 1);
    const output = base.consumers.reduce((s, c) => s + c.output_value_10k_cny, 0);
    const weighted = base.consumers.reduce((s, c) => s + c.output_growth_rate * c.output_value_10k_cny, 0) / output;
    expect(point!.value).toBeCloseTo(weighted, 4);
    // Rounded to 0.01 %/yr, so the field shows a number a planner would type.
    expect(Math.round(point!.value * 1e4)).toBe(point!.value * 1e4);
    const noOutput = produce(base, (d) => d.consumers.forEach((c) => (c.output_value_10k_cny = 0)));
    const mean = base.consumers.reduce((s, c) => s + c.output_growth_rate, 0) / base.consumers.length;
    expect(startingGrowthPath(noOutput)[0]!.value).toBeCloseTo(mean, 4);
  });

  it('is the default (own rates) until set; a path set in a child is inherited, a null below it goes back', () => {
    expect(effectiveSetting(base, grandchild.id, 'output_growth_path')).toEqual({ value: null, origin: { kind: 'default' } });
    const path = [
      { year: 2030, value: 0.08 },
      { year: 2031, value: 0.05 },
    ];
    const set = produce(base, (d) => setSetting(d, child.id, 'output_growth_path', path));
    expect(Plan.safeParse(set).success).toBe(true);
    expect(effectiveSetting(set, grandchild.id, 'output_growth_path')).toEqual({
      value: path,
      origin: { kind: 'inherited', scenarioId: child.id },
    });
    expect(resolveScenario(set, grandchild.id).settings.output_growth_path).toEqual(path);

    const own = produce(set, (d) => setSetting(d, grandchild.id, 'output_growth_path', null));
    expect(effectiveSetting(own, grandchild.id, 'output_growth_path')).toEqual({ value: null, origin: { kind: 'here' } });
    expect(resolveScenario(own, grandchild.id).settings.output_growth_path).toBeNull();
    expect(produce(own, (d) => resetSetting(d, grandchild.id, 'output_growth_path'))).toEqual(set);
  });

  it('refuses a rate outside the Rate bounds when the plan is validated', () => {
    const bad = produce(base, (d) => setSetting(d, child.id, 'output_growth_path', [{ year: 2030, value: 1.2 }]));
    expect(Plan.safeParse(bad).success).toBe(false);
  });
});
