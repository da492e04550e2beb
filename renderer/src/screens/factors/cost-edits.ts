import type { Draft } from 'immer';
import type { CostOverride, Plan } from '../../../../core/model/plan.ts';
import { CostOverride as CostOverrideSchema } from '../../../../core/model/plan.ts';
import { buildCostSet, parseCostKey } from '../../../../core/costs/index.ts';
import { ParkZeroError } from '../../../../core/api/result.ts';

/** Edits of the project's cost overrides (plan.cost_overrides), one undoable step each. */

export type CostCheck = { ok: true; override: CostOverride } | { ok: false; field: 'key' | 'value' | 'source'; message: string };

/** Check an override before committing: a known key, a value, a source; one override per key. */
export function checkCostOverride(plan: Plan, o: CostOverride, replacing: number): CostCheck {
  if (o.source.trim() === '') return { ok: false, field: 'source', message: 'required' };
  const parsed = parseCostKey(o.key);
  if (typeof parsed === 'string') return { ok: false, field: 'key', message: parsed };
  const schema = CostOverrideSchema.safeParse(o);
  if (!schema.success) return { ok: false, field: 'value', message: schema.error.issues[0]?.message ?? '' };
  if (plan.cost_overrides.some((x, i) => x.key === o.key && i !== replacing))
    return { ok: false, field: 'key', message: 'duplicate' };
  try {
    buildCostSet([...plan.cost_overrides.filter((_, i) => i !== replacing), schema.data]);
  } catch (e) {
    if (e instanceof ParkZeroError) return { ok: false, field: 'value', message: e.details?.[0]?.message ?? e.message };
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
