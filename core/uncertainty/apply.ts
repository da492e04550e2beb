import type { Plan } from '../model/plan.ts';
import type { PlanIssue } from '../model/plan.ts';
import { resolveScenario } from '../engine/resolve.ts';
import type { ScenarioSettings } from '../model/scenario.ts';
import { parseAddress } from './addresses.ts';
import type { AddressTarget, FieldBounds } from './addresses.ts';
import type { ApplyMode, UncertainInput } from './schema.ts';
import { supportOf } from './distributions.ts';
import { applyCost, resolvedCostPath } from './cost-inputs.ts';
import type { CostPoint } from '../costs/index.ts';
import type { ErrorReason } from '../api/result.ts';
import { planIssueReason as why } from '../text/plan-issue-text.ts';

/**
 * Writing sampled numbers into a plan. The result is an ordinary plan: the full engine runs it
 * and is the judge of what the numbers mean.
 *
 * Scope of each family:
 * - settings apply to EVERY scenario of the plan (each gets op(its own resolved value) as an
 *   explicit setting). Prices, the carbon price and the grid's decline are the world the park
 *   lives in, not a choice of one scenario; changing them everywhere keeps "NPV against the
 *   parent" a like-for-like comparison. A scale or shift keeps scenarios' differences.
 * - consumers: the named enterprise, or every one (`*`).
 * - measures: the measure where it is defined AND every descendant's override of the same
 *   field, so an inherited, overridden measure moves too.
 * Every written value is clamped to the field's bounds (rounded for whole-number fields such
 * as start_year), so a sampled plan is always a valid plan.
 */

export interface CompiledInput {
  input: UncertainInput;
  target: AddressTarget;
  /** settings only: each scenario's resolved value of the top-level key, by scenario index. */
  resolved: unknown[];
  /** costs only: the technology's path with the project's overrides, before sampling. */
  costPath: CostPoint[];
}

function op(mode: ApplyMode, base: number, x: number, b: FieldBounds): number {
  const v = mode === 'set' ? x : mode === 'scale' ? base * x : base + x;
  const clamped = Math.min(b.max, Math.max(b.min, v));
  return b.integer ? Math.round(clamped) : clamped;
}

/** Every problem of the plan's uncertain inputs, with paths (empty when sound). */
export function uncertaintyIssues(plan: Plan): PlanIssue[] {
  return compileInputs(plan).issues;
}

/** Check each input against the plan and prepare it for fast application. */
export function compileInputs(plan: Plan): { compiled: CompiledInput[]; issues: PlanIssue[] } {
  const inputs = plan.uncertainty?.inputs ?? [];
  const issues: PlanIssue[] = [];
  const compiled: CompiledInput[] = [];
  const seen = new Map<string, number>();
  let resolvedSettings: ScenarioSettings[] | null = null;
  inputs.forEach((input, i) => {
    const at = (field: string, message: string, reason: ErrorReason) =>
      issues.push({ path: `uncertainty.inputs[${i}].${field}`, message, reason });
    const first = seen.get(input.id);
    if (first !== undefined)
      at('id', `duplicate input id "${input.id}" (also at uncertainty.inputs[${first}])`, why('duplicate_id', { id: input.id }));
    seen.set(input.id, i);
    const parsed = parseAddress(plan, input.address);
    if (!parsed.ok) return at('address', `${input.address}: ${parsed.message}`, why('uncertainty_unknown_address'));
    const t = parsed.target;
    const [lo, hi] = supportOf(input.distribution);
    if (input.mode === 'scale' && lo < 0)
      at('distribution', 'a scale factor must not be negative', why('uncertainty_scale_negative'));
    if (input.mode === 'set' && (lo < t.bounds.min || hi > t.bounds.max))
      at(
        'distribution',
        `values must lie within ${t.bounds.min}..${t.bounds.max} for ${input.address}`,
        why('uncertainty_out_of_bounds', { minimum: t.bounds.min, maximum: t.bounds.max }),
      );
    if (input.mode === 'set' && t.kind === 'setting' && t.path)
      at('mode', 'a year path can be scaled or shifted, not set to one number', why('uncertainty_path_set'));
    if (input.mode === 'set' && t.kind === 'cost')
      at(
        'mode',
        "a technology's unit cost is a path by year, and measures may carry their own quotes: scale or shift it",
        why('uncertainty_cost_set'),
      );
    if (t.kind === 'measure' && input.mode !== 'set') {
      const nulls = measuresOf(plan, t).filter((m) => fieldValue(m, t.field) === null);
      if (nulls.length > 0)
        at(
          'mode',
          `measure "${nulls[0]!.id}" has no ${t.field} in the plan (derived by the engine): use set, not ${input.mode}`,
          why('uncertainty_no_value'),
        );
    }
    let resolved: unknown[] = [];
    if (t.kind === 'setting') {
      resolvedSettings ??= plan.scenarios.map((s) => resolveScenario(plan, s.id).settings);
      resolved = resolvedSettings.map((s) => (s as Record<string, unknown>)[t.keys[0]]);
      if (t.path && resolved.some((v) => v === null))
        at(
          'address',
          `${input.address} is not set in every scenario (null means the enterprises' own rates)`,
          why('uncertainty_not_everywhere'),
        );
    }
    compiled.push({ input, target: t, resolved, costPath: t.kind === 'cost' ? resolvedCostPath(plan, t) : [] });
  });
  return { compiled, issues };
}

function measuresOf(plan: Plan, t: Extract<AddressTarget, { kind: 'measure' }>) {
  const sel = t.selector;
  return plan.scenarios.flatMap((s) => s.measures).filter((m) => ('id' in sel ? m.id === sel.id : m.kind === sel.kind));
}

function fieldValue(m: { params: unknown }, field: string): number | null {
  const [a, b] = field.split('.');
  const holder = (b === undefined ? m : m.params) as Record<string, unknown>;
  const v = holder[b ?? a!];
  return typeof v === 'number' ? v : null;
}

/**
 * A copy of `plan` with `values[k]` applied by `compiled[k]`. Only what can change is copied
 * (scenarios and consumers); hourly series and comments are shared with the original.
 */
export function applyValues(plan: Plan, compiled: readonly CompiledInput[], values: ArrayLike<number>): Plan {
  const out: Plan = { ...plan, consumers: structuredClone(plan.consumers), scenarios: structuredClone(plan.scenarios) };
  compiled.forEach((c, k) => {
    const x = values[k]!;
    const { mode } = c.input;
    const t = c.target;
    if (t.kind === 'cost') applyCost(out, t, c.costPath, (base) => op(mode, base, x, t.bounds));
    else if (t.kind === 'setting') {
      const top = t.keys[0];
      out.scenarios.forEach((s, si) => {
        const settings = s.settings as Record<string, unknown>;
        const current = settings[top] ?? c.resolved[si];
        if (t.path) {
          const points = current as { year: number; value: number }[];
          settings[top] = points.map((p) => ({ year: p.year, value: op(mode, p.value, x, t.bounds) }));
        } else if (t.keys.length === 2) {
          const prices = { ...(current as Record<string, number>) };
          prices[t.keys[1]] = op(mode, prices[t.keys[1]]!, x, t.bounds);
          settings[top] = prices;
        } else settings[top] = op(mode, current as number, x, t.bounds);
      });
    } else if (t.kind === 'consumer') {
      for (const consumer of out.consumers)
        if (t.consumer === '*' || consumer.id === t.consumer) {
          const rec = consumer as unknown as Record<string, number>;
          rec[t.field] = op(mode, rec[t.field]!, x, t.bounds);
        }
    } else {
      const ids = new Set(measuresOf(out, t).map((m) => m.id));
      const [a, b] = t.field.split('.');
      for (const s of out.scenarios) {
        for (const m of s.measures) {
          if (!ids.has(m.id)) continue;
          const holder = (b === undefined ? m : m.params) as Record<string, unknown>;
          const key = b ?? a!;
          holder[key] = op(mode, (holder[key] as number | null) ?? 0, x, t.bounds);
        }
        for (const o of s.measure_overrides) {
          if (!ids.has(o.measure_id)) continue;
          const v = o.set[t.field];
          if (typeof v === 'number') o.set[t.field] = op(mode, v, x, t.bounds);
        }
      }
    }
  });
  return out;
}
