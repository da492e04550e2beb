import { describe, expect, it } from 'vitest';
import { Plan } from '../../../core/model/plan.ts';
import type { PlanInput } from '../../../core/model/plan.ts';
import { resolveScenario, scenarioDifferences, runScenario, runPlanInput, parsePlanOrThrow } from '../../../core/engine/index.ts';
import { ParkZeroError } from '../../../core/api/result.ts';
import { consumer } from './fixtures.ts';

const pv = (id: string, kw: number) => ({
  id,
  name: `PV ${id}`,
  kind: 'pv' as const,
  start_year: 2024,
  params: { capacity_kw: kw, specific_yield_kwh_per_kw: 1000 },
});

function chainPlan(extra: { child2?: Partial<PlanInput['scenarios'][number]> } = {}): PlanInput {
  return {
    format: 'parkzero-plan',
    format_version: 2,
    park: {
      name: 'P',
      province: 'Sichuan',
      city: 'Chengdu',
      grid_region: 'southwest',
      base_year: 2024,
      horizon_year: 2030,
      currency: 'CNY',
      discount_rate: 0.05,
    },
    consumers: [consumer('c1', { electricity_mwh: 10_000, coal_t: 1000 }, { output_growth_rate: 0.03 })],
    scenarios: [
      {
        id: 'root',
        name: 'Root',
        parent_id: null,
        settings: { grid_factor_scope: 'regional', grid_factor_decline_rate: 0.02 },
        measures: [pv('pv1', 1000)],
      },
      {
        id: 'mid',
        name: 'Middle',
        parent_id: 'root',
        settings: { grid_factor_decline_rate: 0.04 },
        measures: [
          { id: 'eff', name: 'Efficiency', kind: 'efficiency', start_year: 2025, params: { saving_share: 0.1 } },
          pv('pv2', 500),
        ],
      },
      {
        id: 'leaf',
        name: 'Leaf',
        parent_id: 'mid',
        measure_overrides: [
          { measure_id: 'pv1', set: { 'params.capacity_kw': 2000, capex_cny: 5e6 } },
          { measure_id: 'pv2', disabled: true },
        ],
        ...(extra.child2 ?? {}),
      },
      { id: 'same', name: 'Same as middle', parent_id: 'mid' },
    ],
  };
}

describe('scenario inheritance', () => {
  const plan = Plan.parse(chainPlan());
  it('resolves the chain root -> child, merging settings over the defaults', () => {
    const r = resolveScenario(plan, 'leaf');
    expect(r.chain).toEqual(['root', 'mid', 'leaf']);
    expect(r.settings.grid_factor_scope).toBe('regional');
    expect(r.settings.grid_factor_decline_rate).toBe(0.04);
    expect(r.settings.energy_prices.coal_cny_per_t).toBe(900);
  });
  it('inherited measures minus disabled plus set overrides, then own measures', () => {
    const r = resolveScenario(plan, 'leaf');
    expect(r.measures.map((m) => m.measure.id)).toEqual(['pv1', 'eff']);
    const pv1 = r.measures[0]!;
    expect(pv1.measure.kind === 'pv' && pv1.measure.params.capacity_kw).toBe(2000);
    expect(pv1.measure.capex_cny).toBe(5e6);
    expect(pv1.origin.path).toBe('scenarios[0].measures[0]');
    expect(pv1.overridden_in).toEqual(['leaf']);
    // the parent is untouched
    expect(resolveScenario(plan, 'mid').measures[0]!.measure).toMatchObject({ params: { capacity_kw: 1000 } });
  });
  it('a child with no differences gives exactly its parent results', () => {
    const a = runScenario(plan, 'mid');
    const b = runScenario(plan, 'same');
    expect(b.years).toEqual(a.years);
    expect(b.mac).toEqual(a.mac);
    expect(b.summary.npv_cost_vs_parent_cny).toBe(0);
    expect(b.summary.cumulative_abatement_vs_parent_tco2).toBe(0);
    expect(scenarioDifferences(plan, 'same')).toEqual([]);
  });
  it('lists differences from the parent in readable form', () => {
    const texts = scenarioDifferences(plan, 'leaf').map((d) => d.text);
    expect(texts).toEqual([
      'Changes inherited measure "PV pv1": params.capacity_kw 1000 -> 2000; capex_cny 0 -> 5000000',
      'Disables inherited measure "PV pv2"',
    ]);
    const mid = scenarioDifferences(plan, 'mid');
    expect(mid.map((d) => d.kind)).toEqual(['setting', 'measure_added', 'measure_added']);
    expect(mid[0]!.text).toBe('Setting grid_factor_decline_rate: 0.02 -> 0.04');
    expect(mid[0]!.path).toBe('scenarios[1].settings.grid_factor_decline_rate');
  });
  it('an override that breaks the measure schema is refused with its path and the rule', () => {
    const bad = Plan.parse(
      chainPlan({ child2: { measure_overrides: [{ measure_id: 'pv1', set: { 'params.capacity_kw': -5 } }] } }),
    );
    try {
      resolveScenario(bad, 'leaf');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ParkZeroError);
      const d = (e as ParkZeroError).details!;
      expect(d[0]!.path).toBe('scenarios[2].measure_overrides[0].set["params.capacity_kw"]');
      expect(d[0]!.message).toMatch(/params\.capacity_kw/);
      expect(d[0]!.message).toMatch(/>=\s*0|too small/i);
    }
  });
  it('unknown fields and id/kind changes are refused', () => {
    const bad = Plan.parse(
      chainPlan({ child2: { measure_overrides: [{ measure_id: 'pv1', set: { 'params.nonsense': 1, kind: 'wind' } }] } }),
    );
    expect(() => resolveScenario(bad, 'leaf')).toThrow(ParkZeroError);
    try {
      resolveScenario(bad, 'leaf');
    } catch (e) {
      expect((e as ParkZeroError).details!.map((d) => d.path)).toEqual([
        'scenarios[2].measure_overrides[0].set["params.nonsense"]',
        'scenarios[2].measure_overrides[0].set["kind"]',
      ]);
    }
  });
  it('an unknown scenario is NOT_FOUND', () => {
    expect(() => runScenario(plan, 'nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('invalid plans name the JSON path and the rule', () => {
  it('schema errors', () => {
    const input = chainPlan();
    (input.consumers[0]!.energy as Record<string, number>).coal_t = -1;
    try {
      runPlanInput(input);
      expect.unreachable();
    } catch (e) {
      const err = e as ParkZeroError;
      expect(err.code).toBe('PLAN_INVALID');
      expect(err.details![0]!.path).toBe('consumers[0].energy.coal_t');
      expect(err.message).toContain('consumers[0].energy.coal_t');
    }
  });
  it('cross-reference errors', () => {
    const input = chainPlan();
    input.scenarios[1]!.parent_id = 'ghost';
    expect(() => parsePlanOrThrow(input)).toThrow(/scenarios\[1\]\.parent_id/);
  });
  it('unknown factor override keys', () => {
    const input = { ...chainPlan(), factor_overrides: [{ key: 'coal.magic_number', value: 1 }] };
    expect(() => runPlanInput(input)).toThrow(/factor_overrides\[0\]\.key/);
  });
});

describe('override details', () => {
  it('switching a green-power purchase from share to MWh drops the old field', () => {
    const input = chainPlan();
    input.scenarios[0]!.measures!.push({
      id: 'gp',
      name: 'Green',
      kind: 'green_power',
      start_year: 2024,
      params: { mode: 'share', share_of_grid: 0.5 },
    });
    input.scenarios[2]!.measure_overrides = [{ measure_id: 'gp', set: { 'params.mode': 'mwh', 'params.amount_mwh': 1234 } }];
    const r = resolveScenario(Plan.parse(input), 'leaf');
    expect(r.measures.find((m) => m.measure.id === 'gp')!.measure.params).toEqual({
      mode: 'mwh',
      amount_mwh: 1234,
      premium_cny_per_mwh: 30,
    });
  });
  it('a start year moved past the horizon is reported, not silently ignored', () => {
    const input = chainPlan({ child2: { measure_overrides: [{ measure_id: 'pv1', set: { start_year: 2040 } }] } });
    const r = runScenario(Plan.parse(input), 'leaf', { mac: false });
    expect(r.warnings.find((w) => w.code === 'measure_never_active')?.path).toBe('scenarios[0].measures[0].start_year');
  });
});
