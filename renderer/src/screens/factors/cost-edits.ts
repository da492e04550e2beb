import type { Draft } from 'immer';
import type { CostOverride, Plan } from '../../../../core/model/plan.ts';
import { CostOverride as CostOverrideSchema, type PlanIssue } from '../../../../core/model/plan.ts';
import { zodIssueReason } from '../../../../core/model/issue-reasons.ts';
import { planIssueReason } from '../../../../core/text/plan-issue-text.ts';
import { buildCostSet, parseCostKey } from '../../../../core/costs/index.ts';
import { ParkZeroError } from '../../../../core/api/result.ts';

/** Edits of the project's cost overrides (plan.cost_overrides), one undoable step each. */

/** A refusal is `required` or `duplicate` (the form has words for them) or a plan issue with its reason. */
export type CostCheck =
  | { ok: true; override: CostOverride }
  | { ok: false; field: 'key' | 'value' | 'source'; message: 'required' | 'duplicate' }
  | { ok: false; field: 'key' | 'value' | 'source'; message: string; issue: PlanIssue };

/** Check an override before committing: a known key, a value, a source; one override per key. */
export function checkCostOverride(plan: Plan, o: CostOverride, replacing: number): CostCheck {
  if (o.source.trim() === '') return { ok: false, field: 'source', message: 'required' };
  const parsed = parseCostKey(o.key);
  if (typeof parsed === 'string')
    return {
      ok: false,
      field: 'key',
      message: parsed,
      issue: { path: 'cost_overrides[0].key', message: parsed, reason: planIssueReason('bad_cost_key') },
    };
  const schema = CostOverrideSchema.safeParse(o);
  if (!schema.success) {
    const issue = schema.error.issues[0]!;
    return {
      ok: false,
      field: 'value',
      message: issue.message,
      issue: { path: 'cost_overrides[0].value', message: issue.message, reason: zodIssueReason(issue, o) },
    };
  }
  if (plan.cost_overrides.some((x, i) => x.key === o.key && i !== replacing))
    return { ok: false, field: 'key', message: 'duplicate' };
  try {
    buildCostSet([...plan.cost_overrides.filter((_, i) => i !== replacing), schema.data]);
  } catch (e) {
    if (e instanceof ParkZeroError) {
      const issue = (e.details?.[0] as PlanIssue | undefined) ?? { path: 'cost_overrides[0].value', message: e.message };
      return { ok: false, field: 'value', message: issue.message, issue };
    }
    throw e;
  }
  return { ok: true, override: schema.data };
}

export function putCostOverride(override: CostOverride, replacing: number) {
  return (d: Draft<Plan>) => {
    if (replacing >= 0 && d.cost_overrides[replacing] !== undefined) d.cost_overrides[replacing] = override;
    else d.cost_overrides.push(override);
  };
}

export function removeCostOverride(key: string) {
  return (d: Draft<Plan>) => {
    const i = d.cost_overrides.findIndex((o) => o.key === key);
    if (i >= 0) d.cost_overrides.splice(i, 1);
  };
}
