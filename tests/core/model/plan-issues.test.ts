import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan, checkPlanOrThrow } from '../../../core/engine/validate.ts';
import type { PlanIssue } from '../../../core/model/plan.ts';
import { ParkZeroError } from '../../../core/api/result.ts';
import { intlPlanIssueLocale, planIssueText } from '../../../core/text/plan-issue-text.ts';

/**
 * Real plan issues, from parsing and checking broken copies of the Suining sample: each carries
 * the reason of its rule with the figures a reader needs, and says it in both languages, while
 * its English message and JSON path stay as the command line reads them.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const suining = (): Json =>
  JSON.parse(readFileSync(new URL('../../../resources/samples/suining.plan.json', import.meta.url), 'utf8')) as Json;

function issuesOf(plan: Json): PlanIssue[] {
  const checked = checkPlan(plan);
  if (checked.ok) throw new Error('the plan was accepted');
  return checked.issues;
}

function only(plan: Json, path: string): PlanIssue {
  const found = issuesOf(plan).filter((i) => i.path === path);
  expect(found, path).toHaveLength(1);
  return found[0]!;
}

const zh = (i: PlanIssue) => planIssueText(i.reason, intlPlanIssueLocale('zh'));
const en = (i: PlanIssue) => planIssueText(i.reason, intlPlanIssueLocale('en'));

describe('plan issues carry a reason', () => {
  it('a negative energy use: the bound, in both languages', () => {
    const plan = suining();
    plan.consumers[3].energy.coal_t = -5;
    const issue = only(plan, 'consumers[3].energy.coal_t');
    expect(issue.message).toMatch(/>=0/);
    expect(issue.reason).toEqual({ key: 'negative_number', params: {} });
    expect(zh(issue)).toBe('此值不能为负数。请填写零或正数。');
    expect(en(issue)).toBe('This cannot be negative. Enter zero or a positive number.');
  });

  it('an id, a factor key or a cost key in the wrong form: the rule each breaks', () => {
    const plan = suining();
    plan.consumers[0].id = 'bad id!';
    plan.factor_overrides = [{ key: 'Bad Key', value: 1, source: 'lab', note: '' }];
    plan.cost_overrides = [{ key: 'cost.pv', value: 1, source: 'quote', note: '' }];
    const keys = issuesOf(plan).map((i) => i.reason?.key);
    expect(keys).toContain('bad_id');
    expect(keys).toContain('bad_factor_key');
    expect(keys).toContain('bad_cost_key');
  });

  it('too much of something: the upper bound as a figure', () => {
    const plan = suining();
    plan.consumers[0].energy.electricity_mwh = 5e8;
    const issue = only(plan, 'consumers[0].energy.electricity_mwh');
    expect(issue.reason).toEqual({ key: 'number_too_big', params: { maximum: 1e8 } });
    expect(zh(issue)).toContain('不能大于 100,000,000');
  });

  it('an unknown load profile: the allowed values', () => {
    const plan = suining();
    plan.consumers[1].load_profile = 'three_shift';
    const issue = only(plan, 'consumers[1].load_profile');
    expect(issue.reason?.key).toBe('value_not_allowed');
    expect(String(issue.reason?.params['values']).split('\n')).toEqual([
      'continuous',
      'two_shift',
      'office',
      'logistics',
      'cold_storage',
      'data_centre',
    ]);
    expect(zh(issue)).toMatch(/^此值不在可选范围内（可选：“continuous”、“two_shift”/);
    expect(en(issue)).toMatch(/^This is not one of the allowed values \(“continuous”, “two_shift”/);
  });

  it('a measure starting after the horizon: the horizon year', () => {
    const plan = suining();
    plan.scenarios[1].measures[0].start_year = 2070;
    const issue = only(plan, 'scenarios[1].measures[0].start_year');
    expect(issue.message).toBe('starts after the horizon year 2060');
    expect(issue.reason).toEqual({ key: 'start_after_horizon', params: { horizon_year: 2060 } });
    expect(zh(issue)).toBe('该措施的开始年份晚于规划目标年 2060 年，因此永远不会生效。请选择不晚于 2060 年的开始年份。');
  });

  it('a year outside the library’s range is said as a year', () => {
    const plan = suining();
    plan.scenarios[1].measures[0].start_year = 2150;
    const issue = issuesOf(plan).find((i) => i.path === 'scenarios[1].measures[0].start_year')!;
    expect(issue.reason).toEqual({ key: 'year_too_late', params: { maximum: 2100 } });
    expect(zh(issue)).toBe('年份不能晚于 2100 年。请改为 2100 年或以前的年份。');
  });

  it('a duplicate id: the id, and the message unchanged', () => {
    const plan = suining();
    plan.consumers[2].id = plan.consumers[0].id;
    const issue = only(plan, 'consumers[2].id');
    expect(issue.message).toBe('duplicate id "pcb" (also at consumers[0])');
    expect(issue.reason).toEqual({ key: 'duplicate_id', params: { id: 'pcb' } });
    expect(zh(issue)).toBe('编号“pcb”已被同一列表中的另一项使用。请为每一项使用不同的编号。');
  });

  it('an unknown factor override key (an engine rule)', () => {
    const plan = suining();
    plan.factor_overrides = [{ key: 'coal.no_such_factor', value: 1, source: 'test' }];
    const issue = only(plan, 'factor_overrides[0].key');
    expect(issue.message).toMatch(/^unknown factor key "coal.no_such_factor"/);
    expect(issue.reason).toEqual({ key: 'factor_unknown_key', params: {} });
    expect(zh(issue)).toBe('因子库中没有这个因子。请从因子库中选择要替换的因子。');
  });

  it('an override setting a field an inherited measure does not have (an engine rule)', () => {
    const plan = suining();
    const inherited = plan.scenarios[1].measures[0].id as string;
    plan.scenarios[2].measure_overrides = [{ measure_id: inherited, disabled: false, set: { colour: 'red' } }];
    const issue = only(plan, 'scenarios[2].measure_overrides[0].set["colour"]');
    expect(issue.reason).toEqual({ key: 'override_unknown_field', params: { field: 'colour' } });
    expect(zh(issue)).toBe('继承措施中没有可修改的字段“colour”。请删除这项修改。');
  });

  it('a missing field, a field of the wrong type and a field no plan has', () => {
    const plan = suining();
    delete plan.consumers[0].sector;
    plan.consumers[1].roof_area_m2 = 'large';
    plan.consumers[2].colour = 'red';
    const issues = issuesOf(plan);
    expect(issues.find((i) => i.path === 'consumers[0].sector')?.reason).toEqual({ key: 'required', params: {} });
    expect(issues.find((i) => i.path === 'consumers[1].roof_area_m2')?.reason).toEqual({
      key: 'wrong_type',
      params: { expected: 'number' },
    });
    const extra = issues.find((i) => i.path === 'consumers[2]')!;
    expect(extra.reason).toEqual({ key: 'unknown_fields', params: { fields: 'colour', count: 1 } });
    expect(zh(extra)).toBe('此处有 1 个规划中没有的字段：“colour”。请删除它们，或对照规划格式检查拼写。');
  });

  it('a refine of our own (fuel switch with both share and amount) brings its reason', () => {
    const plan = suining();
    const switchMeasure = plan.scenarios[1].measures.find((m: Json) => m.kind === 'fuel_switch');
    switchMeasure.params.amount = 10;
    switchMeasure.params.share = 0.5;
    const issue = issuesOf(plan).find((i) => i.path.endsWith('.params.share'))!;
    expect(issue.message).toBe('give exactly one of share or amount');
    expect(issue.reason).toEqual({ key: 'share_or_amount', params: {} });
  });

  it('uncertain inputs: a distribution out of order (schema) and a duplicate input id (engine rule)', () => {
    const input = (id: string, distribution: Json) => ({
      id,
      name: id,
      address: 'settings.grid_factor_decline_rate',
      mode: 'set',
      distribution,
    });
    const plan = suining();
    plan.uncertainty = { inputs: [input('decline', { kind: 'triangular', min: 0.01, mode: 0.03, max: 0.02 })] };
    const order = only(plan, 'uncertainty.inputs[0].distribution.max');
    expect(order.message).toBe('max must not be below mode');
    expect(order.reason).toEqual({ key: 'distribution_order', params: {} });
    const twice = suining();
    const uniform = { kind: 'uniform', min: 0.01, max: 0.03 };
    twice.uncertainty = { inputs: [input('decline', uniform), input('decline', uniform)] };
    const dup = only(twice, 'uncertainty.inputs[1].id');
    expect(dup.reason).toEqual({ key: 'duplicate_id', params: { id: 'decline' } });
    expect(zh(dup)).toBe('编号“decline”已被同一列表中的另一项使用。请为每一项使用不同的编号。');
  });

  it('PLAN_INVALID keeps the English message and carries the reasons in its details', () => {
    const plan = suining();
    plan.consumers[3].energy.coal_t = -5;
    try {
      checkPlanOrThrow(plan);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ParkZeroError);
      const error = e as ParkZeroError;
      expect(error.message).toMatch(/^the plan is invalid: consumers\[3\]\.energy\.coal_t: /);
      expect(error.details?.[0]?.reason?.key).toBe('negative_number');
    }
  });
});
