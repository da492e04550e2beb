import type { Draft } from 'immer';
import { Measure, OPTIONAL_MEASURE_FIELDS } from '../../../../core/model/measures.ts';
import { Plan, planIssuesOf, type PlanIssue } from '../../../../core/model/plan.ts';
import { zodIssueReason } from '../../../../core/model/issue-reasons.ts';
import type { MeasureOverride } from '../../../../core/model/scenario.ts';
import { resolveScenario } from '../../../../core/engine/resolve.ts';
import { ParkZeroError } from '../../../../core/api/result.ts';

/**
 * Editing measures, as pure functions over the plan: which measures a scenario carries and
 * where each comes from, and immer recipes for every edit the Measures screen makes. An own
 * measure is edited in place; an inherited one through the scenario's `measure_overrides`
 * (disable, or `set` dotted fields), so the parent stays untouched.
 */

/** Field changes by dotted path (`start_year`, `params.capacity_kw`), as in MeasureOverride.set. */
export type Changes = Record<string, MeasureOverride['set'][string]>;

export interface MeasureRow {
  /** The measure as it acts in this scenario (overrides applied). */
  measure: Measure;
  /** Scenario that introduced it. */
  ownerId: string;
  own: boolean;
  /** Switched off in this scenario (inherited measures only). */
  disabled: boolean;
  /** Fields this scenario's override sets. */
  overriddenKeys: string[];
  /** The measure as the parent scenario has it (inherited measures only): what "reset" returns to. */
  parent: Measure | null;
  /** Ancestors (not this scenario) whose overrides already changed it. */
  changedByAncestors: string[];
}

export const GREEN_POWER_MODE_FIELDS = ['amount_mwh', 'share_of_grid'] as const;

/** Read a dotted field of a measure. */
export function fieldValue(measure: Measure, path: string): unknown {
  if (path.startsWith('params.')) return (measure.params as Record<string, unknown>)[path.slice(7)];
  return (measure as unknown as Record<string, unknown>)[path];
}

/**
 * The measure with the changes applied, not yet validated. Same rules as the engine's merge:
 * switching green power mode drops the old mode's field.
 */
export function withChanges(measure: Measure, changes: Changes): Record<string, unknown> {
  const copy = structuredClone(measure) as unknown as Record<string, unknown> & { params: Record<string, unknown> };
  for (const [path, value] of Object.entries(changes)) {
    if (path.startsWith('params.')) {
      const name = path.slice(7);
      if (copy['kind'] === 'green_power' && name === 'mode' && value !== copy.params['mode'])
        for (const f of GREEN_POWER_MODE_FIELDS) delete copy.params[f];
      copy.params[name] = value;
    } else if (value === null && OPTIONAL_MEASURE_FIELDS.has(path)) delete copy[path];
    else copy[path] = value;
  }
  return copy;
}

/** Validate a changed measure against the schema; issues carry the field path (`params.share`). */
export function checkMeasure(candidate: unknown): { ok: true; measure: Measure } | { ok: false; issues: PlanIssue[] } {
  const parsed = Measure.safeParse(candidate);
  if (parsed.success) return { ok: true, measure: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({
      path: i.path.map(String).join('.'),
      message: i.message,
      reason: zodIssueReason(i, candidate),
    })),
  };
}

function scenarioIndex(plan: Plan, id: string): number {
  return plan.scenarios.findIndex((s) => s.id === id);
}

/** Every measure the scenario carries: inherited ones first (also those it switches off), then its own. */
export function measureRowsFor(plan: Plan, scenarioId: string): MeasureRow[] {
  const scenario = plan.scenarios.find((s) => s.id === scenarioId);
  if (scenario === undefined) return [];
  const self = resolveScenario(plan, scenarioId).measures;
  const parent = scenario.parent_id === null ? [] : resolveScenario(plan, scenario.parent_id).measures;
  const rows: MeasureRow[] = parent.map((pm) => {
    const override = scenario.measure_overrides.find((o) => o.measure_id === pm.measure.id);
    const effective = self.find((m) => m.measure.id === pm.measure.id);
    return {
      measure: effective?.measure ?? pm.measure,
      ownerId: pm.origin.scenario_id,
      own: false,
      disabled: override?.disabled === true,
      overriddenKeys: Object.keys(override?.set ?? {}),
      parent: pm.measure,
      changedByAncestors: pm.overridden_in,
    };
  });
  for (const m of scenario.measures)
    rows.push({
      measure: m,
      ownerId: scenarioId,
      own: true,
      disabled: false,
      overriddenKeys: [],
      parent: null,
      changedByAncestors: [],
    });
  return rows;
}

/**
 * Problems the whole plan would have: the schema (as the host checks it) and the inheritance
 * merge of every scenario (an override that makes an inherited measure invalid).
 */
export function planProblems(plan: unknown): PlanIssue[] {
  const parsed = Plan.safeParse(plan);
  if (!parsed.success) return planIssuesOf(parsed.error, plan);
  for (const s of parsed.data.scenarios) {
    try {
      resolveScenario(parsed.data, s.id);
    } catch (e) {
      if (e instanceof ParkZeroError) return e.details ?? [{ path: `scenarios`, message: e.message }];
      throw e;
    }
  }
  return [];
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Edit fields of the scenario's own measure in place. */
export function editOwnMeasure(scenarioId: string, measureId: string, changes: Changes) {
  return (d: Draft<Plan>) => {
    const s = d.scenarios[scenarioIndex(d as Plan, scenarioId)];
    const m = s?.measures.find((k) => k.id === measureId);
    if (m === undefined) return;
    const record = m as unknown as Record<string, unknown> & { params: Record<string, unknown> };
    for (const [path, value] of Object.entries(changes)) {
      if (path.startsWith('params.')) {
        const name = path.slice(7);
        if (record['kind'] === 'green_power' && name === 'mode' && value !== record.params['mode'])
          for (const f of GREEN_POWER_MODE_FIELDS) delete record.params[f];
        record.params[name] = value;
      } else if (value === null && OPTIONAL_MEASURE_FIELDS.has(path)) delete record[path];
      else record[path] = value;
    }
  };
}

/** Drop an override that no longer says anything (not disabled, nothing set). */
function tidy(overrides: Draft<MeasureOverride>[], measureId: string): void {
  const i = overrides.findIndex((o) => o.measure_id === measureId);
  const o = overrides[i];
  if (o !== undefined && !o.disabled && Object.keys(o.set).length === 0) overrides.splice(i, 1);
}

/**
 * Change fields of an inherited measure in this scenario. A value equal to the parent's removes
 * the key (it is no longer a difference); `parent` is the measure as the parent scenario has it.
 */
export function setOverride(scenarioId: string, measureId: string, changes: Changes, parent: Measure) {
  return (d: Draft<Plan>) => {
    const s = d.scenarios[scenarioIndex(d as Plan, scenarioId)];
    if (s === undefined) return;
    let o = s.measure_overrides.find((k) => k.measure_id === measureId);
    if (o === undefined) {
      s.measure_overrides.push({ measure_id: measureId, disabled: false, set: {} });
      o = s.measure_overrides[s.measure_overrides.length - 1]!;
    }
    for (const [path, value] of Object.entries(changes)) {
      // An absent optional field and null (remove it) are the same: no difference to record.
      if (sameValue(fieldValue(parent, path) ?? null, value)) delete o.set[path];
      else o.set[path] = value;
    }
    // A green power mode equal to the parent's again makes the mode's field follow the parent too.
    if (parent.kind === 'green_power' && o.set['params.mode'] === undefined)
      for (const f of GREEN_POWER_MODE_FIELDS) {
        const key = `params.${f}`;
        if (key in o.set && sameValue(fieldValue(parent, key), o.set[key])) delete o.set[key];
      }
    tidy(s.measure_overrides, measureId);
  };
}

/**
 * Keys a reset of `path` removes. A green power mode and its field go together: resetting one
 * of them while the other stays changed would leave a measure with the wrong mode's field.
 */
export function resetKeys(measure: Measure, path: string, setKeys: readonly string[]): string[] {
  const pair = ['params.mode', ...GREEN_POWER_MODE_FIELDS.map((f) => `params.${f}`)];
  if (measure.kind === 'green_power' && pair.includes(path)) return pair.filter((k) => setKeys.includes(k));
  return [path];
}

/** "Reset to parent": remove override keys; the field then follows the parent again. */
export function resetOverride(scenarioId: string, measureId: string, keys: readonly string[]) {
  return (d: Draft<Plan>) => {
    const s = d.scenarios[scenarioIndex(d as Plan, scenarioId)];
    const o = s?.measure_overrides.find((k) => k.measure_id === measureId);
    if (s === undefined || o === undefined) return;
    for (const k of keys) delete o.set[k];
    tidy(s.measure_overrides, measureId);
  };
}

/** Switch an inherited measure off (or on again) in this scenario; its field changes are kept. */
export function setDisabled(scenarioId: string, measureId: string, disabled: boolean) {
  return (d: Draft<Plan>) => {
    const s = d.scenarios[scenarioIndex(d as Plan, scenarioId)];
    if (s === undefined) return;
    const o = s.measure_overrides.find((k) => k.measure_id === measureId);
    if (o !== undefined) o.disabled = disabled;
    else if (disabled) s.measure_overrides.push({ measure_id: measureId, disabled: true, set: {} });
    tidy(s.measure_overrides, measureId);
  };
}

export function addMeasure(scenarioId: string, measure: Measure) {
  return (d: Draft<Plan>) => {
    d.scenarios[scenarioIndex(d as Plan, scenarioId)]?.measures.push(measure);
  };
}

/** Scenarios whose overrides name the measure (they go with it when it is deleted). */
export function overridesNaming(plan: Plan, measureId: string): string[] {
  return plan.scenarios.filter((s) => s.measure_overrides.some((o) => o.measure_id === measureId)).map((s) => s.id);
}

/** Delete an own measure, and the descendants' overrides of it, as one edit. */
export function deleteMeasure(scenarioId: string, measureId: string) {
  return (d: Draft<Plan>) => {
    const s = d.scenarios[scenarioIndex(d as Plan, scenarioId)];
    if (s === undefined) return;
    const i = s.measures.findIndex((m) => m.id === measureId);
    if (i >= 0) s.measures.splice(i, 1);
    for (const other of d.scenarios) {
      const j = other.measure_overrides.findIndex((o) => o.measure_id === measureId);
      if (j >= 0) other.measure_overrides.splice(j, 1);
    }
  };
}
