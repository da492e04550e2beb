import { z } from 'zod';
import type { Plan } from '../model/plan.ts';
import { Consumer } from '../model/park.ts';
import { Measure, MEASURE_KINDS } from '../model/measures.ts';
import type { MeasureKind } from '../model/measures.ts';
import { ScenarioSettings } from '../model/scenario.ts';
import { parseCostAddress } from './cost-inputs.ts';
import type { CostTarget } from './cost-inputs.ts';

/**
 * What an input address points at, and the bounds any value written there must keep. The
 * bounds come from the plan's own zod schemas, so a sampled plan is as valid as a hand-made
 * one; year paths (carbon price, growth path) list their point bounds here.
 *
 * To add a new family of inputs (as unit costs by technology, `costs[<technology>].<parameter>`,
 * were added in cost-inputs.ts), add one branch to `parseAddress` that finds the field's
 * bounds, and one case to apply.ts that writes the value. Nothing else changes:
 * distributions, sampling, runs, reduction and the screens work on addresses only.
 */

export interface FieldBounds {
  min: number;
  max: number;
  integer: boolean;
}

export type AddressTarget =
  | { kind: 'setting'; keys: [string] | ['energy_prices', string]; path: boolean; bounds: FieldBounds }
  | { kind: 'consumer'; consumer: string | '*'; field: string; bounds: FieldBounds }
  | {
      kind: 'measure';
      selector: { id: string } | { kind: MeasureKind };
      /** `start_year` or `params.specific_yield_kwh_per_kw`: the key a measure override uses too. */
      field: string;
      bounds: FieldBounds;
    }
  | CostTarget;

export type ParsedAddress = { ok: true; target: AddressTarget } | { ok: false; message: string };

/** Year-path settings: the operation applies to each point, bounded like the path's values. */
const PATH_SETTINGS: Record<string, FieldBounds> = {
  carbon_price_cny_per_t: { min: 0, max: 1e6, integer: false },
  output_growth_path: { min: -0.5, max: 1, integer: false },
};

/** Fields that look numeric but are not plan inputs a distribution makes sense for. */
const EXCLUDED_MEASURE_FIELDS = new Set(['id', 'name', 'kind', 'notes', 'consumer_ids']);

/** Min, max and integer-ness of a number schema, through default/optional/nullable wrappers. */
export function numberBounds(schema: unknown): (FieldBounds & { nullable: boolean }) | null {
  let s = schema as z.ZodType | undefined;
  let nullable = false;
  for (let i = 0; i < 5 && s !== undefined; i++) {
    if (s instanceof z.ZodNumber)
      return { min: s.minValue ?? -1e12, max: s.maxValue ?? 1e12, integer: s.isInt === true, nullable };
    if (s instanceof z.ZodNullable) nullable = true;
    if (s instanceof z.ZodDefault || s instanceof z.ZodNullable || s instanceof z.ZodOptional)
      s = (s.def as unknown as { innerType: z.ZodType }).innerType;
    else return null;
  }
  return null;
}

function fieldOf(schema: unknown, field: string): unknown {
  const s = schema as { shape?: Record<string, unknown>; options?: unknown[] };
  if (s.shape && Object.hasOwn(s.shape, field)) return s.shape[field];
  // A discriminated union of params (green power): the field of the first option that has it.
  for (const option of s.options ?? []) {
    const found = fieldOf(option, field);
    if (found !== undefined) return found;
  }
  return undefined;
}

function measureSchema(kind: MeasureKind): unknown {
  return Measure.options.find((o) => o.shape.kind.value === kind);
}

function measureField(kind: MeasureKind, field: string): FieldBounds | null {
  const parts = field.split('.');
  const schema = measureSchema(kind);
  if (parts.length === 1) return EXCLUDED_MEASURE_FIELDS.has(field) ? null : numberBounds(fieldOf(schema, field));
  if (parts.length === 2 && parts[0] === 'params') return numberBounds(fieldOf(fieldOf(schema, 'params'), parts[1]!));
  return null;
}

/** Parse an address against a plan: the field must exist, be a number, and its target exist. */
export function parseAddress(plan: Plan, address: string): ParsedAddress {
  const fail = (message: string): ParsedAddress => ({ ok: false, message });
  const m = /^([a-z_]+)(?:\[([^\]]+)\])?\.(.+)$/.exec(address);
  if (!m) return fail('is not an input address');
  const [, root, selector, rest] = m as unknown as [string, string, string | undefined, string];
  if (root === 'settings') {
    if (selector !== undefined) return fail('settings take no [selector]');
    const keys = rest.split('.');
    if (keys.length === 1 && Object.hasOwn(PATH_SETTINGS, keys[0]!))
      return { ok: true, target: { kind: 'setting', keys: [keys[0]!], path: true, bounds: PATH_SETTINGS[keys[0]!]! } };
    if (keys.length === 2 && keys[0] === 'energy_prices') {
      const b = numberBounds(fieldOf(ScenarioSettings.shape.energy_prices, keys[1]!));
      if (b === null) return fail(`"${keys[1]}" is not an energy price`);
      return { ok: true, target: { kind: 'setting', keys: ['energy_prices', keys[1]!], path: false, bounds: b } };
    }
    const b = keys.length === 1 ? numberBounds(fieldOf(ScenarioSettings, keys[0]!)) : null;
    if (b === null || b.nullable) return fail(`"${rest}" is not a numeric scenario setting`);
    return { ok: true, target: { kind: 'setting', keys: [keys[0]!], path: false, bounds: b } };
  }
  if (root === 'consumers') {
    if (selector === undefined) return fail('needs an enterprise: consumers[<id>] or consumers[*]');
    if (selector !== '*' && !plan.consumers.some((c) => c.id === selector)) return fail(`no enterprise "${selector}"`);
    const b = rest.includes('.') ? null : numberBounds(fieldOf(Consumer, rest));
    if (b === null) return fail(`"${rest}" is not a numeric enterprise field`);
    return { ok: true, target: { kind: 'consumer', consumer: selector, field: rest, bounds: b } };
  }
  if (root === 'measures') {
    if (selector === undefined) return fail('needs a measure: measures[<id>] or measures[kind=<kind>]');
    let kind: MeasureKind;
    let sel: { id: string } | { kind: MeasureKind };
    if (selector.startsWith('kind=')) {
      const k = selector.slice(5);
      if (!(MEASURE_KINDS as readonly string[]).includes(k)) return fail(`"${k}" is not a measure kind`);
      kind = k as MeasureKind;
      if (!plan.scenarios.some((s) => s.measures.some((x) => x.kind === kind))) return fail(`the plan has no ${kind} measure`);
      sel = { kind };
    } else {
      const found = plan.scenarios.flatMap((s) => s.measures).find((x) => x.id === selector);
      if (found === undefined) return fail(`no measure "${selector}"`);
      kind = found.kind;
      sel = { id: selector };
    }
    const b = measureField(kind, rest);
    if (b === null) return fail(`"${rest}" is not a numeric field of a ${kind} measure`);
    const bounds = rest === 'start_year' ? { ...b, max: plan.park.horizon_year } : b;
    return { ok: true, target: { kind: 'measure', selector: sel, field: rest, bounds } };
  }
  if (root === 'costs') {
    if (selector === undefined) return fail('needs a technology: costs[<technology>].<parameter>');
    const t = parseCostAddress(plan, selector, rest);
    return typeof t === 'string' ? fail(t) : { ok: true, target: t };
  }
  return fail(`"${root}" is not an input family (settings, consumers, measures, costs)`);
}
