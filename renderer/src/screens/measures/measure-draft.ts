import { Measure, type MeasureKind } from '../../../../core/model/measures.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import { parseDecimal } from '../../forms/parse.ts';
import { toDisplay, fromDisplay } from '../../forms/number-field.ts';
import {
  COMMON_FIELDS,
  DEFAULT_LIFETIME,
  DEFAULT_PARAMS,
  PARAM_FIELDS,
  fieldBounds,
  withCapacityUnit,
  type NumberSpec,
} from './measure-catalog.ts';
import { fromCapacityUnit, toCapacityUnit, type CapacityUnit } from '../../forms/capacity-units.ts';

/**
 * The "add measure" form keeps what the person types as text (so "1,000" and half-typed
 * numbers survive re-renders) and turns it into a Measure only when they press Add. The
 * conversion is pure: it returns either the measure or one problem per field, as codes the
 * screen translates.
 */

export interface MeasureDraft {
  kind: MeasureKind;
  name: string;
  /** Typed text of numeric fields and chosen values of choice fields, keyed by path. */
  values: Record<string, string>;
  consumer_ids: string[];
  notes: string;
  /** Capacity fields typed in MW / MWh instead of the stored kW / kWh (absent: stored unit). */
  units?: Readonly<Record<string, CapacityUnit>>;
}

/** The field as the draft shows it: in the capacity unit the person picked, if any. */
export function draftSpec(draft: MeasureDraft, spec: NumberSpec): NumberSpec {
  const u = draft.units?.[spec.path];
  return u === undefined ? spec : withCapacityUnit(spec, u);
}

/** Show a capacity field in another unit, converting what is typed so the value stays the same. */
export function setDraftUnit(draft: MeasureDraft, path: string, unit: CapacityUnit): MeasureDraft {
  const before = draft.units?.[path];
  const typed = parseDecimal(draft.values[path] ?? '');
  const values = { ...draft.values };
  if (typed !== null) {
    const stored = before === undefined ? typed : fromCapacityUnit(typed, before);
    values[path] = String(toCapacityUnit(stored, unit));
  }
  return { ...draft, values, units: { ...draft.units, [path]: unit } };
}

export type FieldProblem =
  | { code: 'required' }
  | { code: 'not_a_number' }
  | { code: 'not_integer' }
  | { code: 'range'; min: number; max: number; scale: number }
  | { code: 'share_or_amount' }
  | { code: 'same_carrier' }
  | { code: 'after_horizon'; horizon: number }
  | { code: 'schema'; message: string };

export type DraftResult = { ok: true; measure: Measure } | { ok: false; problems: Record<string, FieldProblem> };

/** Choice values are stored as text; this is the text of `null` (e.g. "every carrier"). */
export const NULL_CHOICE = '';

function shown(value: unknown, spec: NumberSpec | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return toDisplay(value, spec?.scale ?? 1);
  return String(value);
}

export function newDraft(kind: MeasureKind, plan: Plan, name: string): MeasureDraft {
  const values: Record<string, string> = {};
  const params = DEFAULT_PARAMS[kind];
  for (const spec of PARAM_FIELDS[kind]) {
    const v = params[spec.path.slice('params.'.length)];
    values[spec.path] = spec.type === 'number' ? shown(v, spec) : v === null ? NULL_CHOICE : String(v);
  }
  // Start the year after the base year (the base year is the inventory as it is).
  const start = Math.min(plan.park.base_year + 1, plan.park.horizon_year);
  values['start_year'] = String(start);
  values['ramp_years'] = '0';
  values['lifetime_years'] = String(DEFAULT_LIFETIME[kind] ?? 25);
  // Unit costs start blank: the cost library's value for the technology, which scales with size.
  values['capex_cny'] = '0';
  values['fixed_opex_cny_per_year'] = '0';
  return { kind, name, values, consumer_ids: [], notes: '' };
}

/** Change one typed field. */
export function updateDraft(draft: MeasureDraft, path: string, text: string): MeasureDraft {
  return { ...draft, values: { ...draft.values, [path]: text } };
}

function parseNumber(
  kind: MeasureKind,
  spec: NumberSpec,
  text: string,
): { ok: true; value: number | null } | { ok: false; problem: FieldProblem } {
  if (text.trim() === '')
    return spec.nullable === true || spec.optional === true
      ? { ok: true, value: null }
      : { ok: false, problem: { code: 'required' } };
  const n = parseDecimal(text.replace(/[%％]\s*$/, ''));
  if (n === null) return { ok: false, problem: { code: 'not_a_number' } };
  const scale = spec.scale ?? 1;
  const value = fromDisplay(n, scale);
  if (spec.integer === true && !Number.isInteger(value)) return { ok: false, problem: { code: 'not_integer' } };
  const { min, max } = fieldBounds(kind, spec.path);
  if (value < min || value > max) return { ok: false, problem: { code: 'range', min, max, scale } };
  return { ok: true, value };
}

/** Parse one typed value of a numeric field of a kind (also used when editing a measure). */
export function parseFieldValue(
  kind: MeasureKind,
  spec: NumberSpec,
  text: string,
): { ok: true; value: number | null } | { ok: false; problem: FieldProblem } {
  return parseNumber(kind, spec, text);
}

/** Map a schema issue of a whole measure to the field it belongs to, with a translatable code. */
export function problemFromIssue(path: readonly PropertyKey[], message: string): { field: string; problem: FieldProblem } {
  const field = path.map(String).join('.');
  if (field === 'params.share' && /exactly one of share or amount/.test(message))
    return { field, problem: { code: 'share_or_amount' } };
  if (field === 'params.to_carrier' && /different carrier/.test(message)) return { field, problem: { code: 'same_carrier' } };
  return { field: field === '' ? 'name' : field, problem: { code: 'schema', message } };
}

/** Turn the draft into a validated measure with the given id, or say what is wrong per field. */
export function draftToMeasure(draft: MeasureDraft, id: string, plan: Plan): DraftResult {
  const problems: Record<string, FieldProblem> = {};
  const params: Record<string, unknown> = {};
  const visible = visibleParamFields(draft);
  for (const spec of visible) {
    const text = draft.values[spec.path] ?? '';
    const key = spec.path.slice('params.'.length);
    if (spec.type === 'choice') {
      // An optional choice left at its first option (its default) stays out of the plan.
      if (spec.optional === true && (text === NULL_CHOICE || text === spec.options[0])) continue;
      params[key] = text === NULL_CHOICE ? null : text;
      continue;
    }
    const r = parseNumber(draft.kind, draftSpec(draft, spec), text);
    if (r.ok && r.value === null && spec.optional === true) continue;
    if (r.ok) params[key] = r.value;
    else problems[spec.path] = r.problem;
  }
  const common: Record<string, number> = {};
  for (const spec of COMMON_FIELDS) {
    const r = parseNumber(draft.kind, spec, draft.values[spec.path] ?? '');
    if (r.ok && r.value !== null) common[spec.path] = r.value;
    else if (!r.ok) problems[spec.path] = r.problem;
  }
  const name = draft.name.trim();
  if (name === '') problems['name'] = { code: 'required' };
  if (common['start_year'] !== undefined && common['start_year'] > plan.park.horizon_year)
    problems['start_year'] = { code: 'after_horizon', horizon: plan.park.horizon_year };
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const candidate = {
    id,
    name,
    kind: draft.kind,
    ...common,
    consumer_ids: [...draft.consumer_ids],
    notes: draft.notes,
    params,
  };
  const parsed = Measure.safeParse(candidate);
  if (parsed.success) return { ok: true, measure: parsed.data };
  for (const issue of parsed.error.issues) {
    const { field, problem } = problemFromIssue(issue.path, issue.message);
    problems[field] ??= problem;
  }
  return { ok: false, problems };
}

/** Parameter fields shown for the draft (green power and electrolysers hide the other mode's). */
export function visibleParamFields(draft: MeasureDraft) {
  const params: Record<string, unknown> = {};
  for (const [path, v] of Object.entries(draft.values)) if (path.startsWith('params.')) params[path.slice(7)] = v;
  return PARAM_FIELDS[draft.kind].filter((s) => s.when === undefined || s.when(params));
}

/** A readable, unique measure id (`pv-3`), unique across the whole plan as the schema requires. */
export function newMeasureId(plan: Plan, kind: MeasureKind): string {
  const taken = new Set(plan.scenarios.flatMap((s) => s.measures.map((m) => m.id)));
  const base = kind.replace(/_/g, '-');
  for (let n = 1; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}
