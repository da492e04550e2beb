import type { Plan } from '../model/plan.ts';
import { canonicalJson } from '../fingerprint/canonical-json.ts';
import type { DiffSection, PlanChange } from './schema.ts';
import { unitOfField } from './units.ts';
import { diffSeries } from './series-diff.ts';

/**
 * What changed between two plans, entity by entity: consumers, scenarios and targets matched by
 * id, measures by id within their scenario, factor overrides by key, the park as one record.
 * Inside a matched entity every leaf field that differs is one change, with its dotted path and
 * the unit its name carries. Arrays of plain values (consumer_ids, year paths) are compared as
 * one value: "2024: 90, 2030: 150" → "...". Hourly series are summarised, never listed value by
 * value (series-diff.ts). Comments are not compared: they are review metadata.
 */
export function diffPlans(a: Plan, b: Plan): PlanChange[] {
  const out: PlanChange[] = [];
  diffFields('park', null, null, null, 'park', a.park, b.park, out);
  diffList('consumers', null, a.consumers, b.consumers, (c) => c.id, out);
  diffScenarios(a, b, out);
  diffList('targets', null, a.targets, b.targets, (t) => t.id, out);
  diffList('factor_overrides', null, a.factor_overrides, b.factor_overrides, (f) => f.key, out);
  diffList('cost_overrides', null, a.cost_overrides, b.cost_overrides, (f) => f.key, out);
  diffList('carbon_markets', null, a.carbon_markets ?? [], b.carbon_markets ?? [], (m) => m.id, out);
  diffSeries(a.hourly_series, b.hourly_series, out);
  return out;
}

type Json = PlanChange['old'];
type Entity = object;

/** The name of a consumer, scenario, measure or target; factor overrides have none. */
function nameOf(item: Entity | undefined): string | null {
  const name = (item as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? name : null;
}

function diffScenarios(a: Plan, b: Plan, out: PlanChange[]): void {
  // The scenario record without its measures (those are matched one by one below), and with
  // overrides keyed by the measure they override so their fields diff by name, not position.
  const record = (s: Plan['scenarios'][number]) => {
    const { measures: _m, measure_overrides, ...rest } = s;
    return { ...rest, measure_overrides: Object.fromEntries(measure_overrides.map((o) => [o.measure_id, o])) };
  };
  diffList('scenarios', null, a.scenarios.map(record), b.scenarios.map(record), (s) => s.id, out);
  const inB = new Map(b.scenarios.map((s) => [s.id, s]));
  for (const sa of a.scenarios) {
    const sb = inB.get(sa.id);
    if (sb) diffList('measures', sa.id, sa.measures, sb.measures, (m) => m.id, out);
  }
}

/** Matches two lists by key: added, removed, changed fields, and a reordering of common keys. */
function diffList<T extends Entity>(
  section: DiffSection,
  scenarioId: string | null,
  a: readonly T[],
  b: readonly T[],
  key: (item: T) => string,
  out: PlanChange[],
): void {
  const byKeyB = new Map(b.map((item) => [key(item), item]));
  const byKeyA = new Map(a.map((item) => [key(item), item]));
  const base = scenarioId === null ? section : `scenarios[${scenarioId}].${section}`;
  for (const item of a) {
    const id = key(item);
    const other = byKeyB.get(id);
    if (other === undefined) out.push(entityChange('removed', section, scenarioId, id, item, `${base}[${id}]`));
    else diffFields(section, id, nameOf(other) ?? nameOf(item), scenarioId, `${base}[${id}]`, item, other, out);
  }
  for (const item of b) {
    const id = key(item);
    if (!byKeyA.has(id)) out.push(entityChange('added', section, scenarioId, id, item, `${base}[${id}]`));
  }
  const orderA = a.map(key).filter((k) => byKeyB.has(k));
  const orderB = b.map(key).filter((k) => byKeyA.has(k));
  if (orderA.join('\u0000') !== orderB.join('\u0000'))
    out.push({
      change: 'reordered',
      section,
      id: null,
      name: null,
      scenario_id: scenarioId,
      field: null,
      path: base,
      old: orderA,
      new: orderB,
      unit: null,
    });
}

function entityChange(
  change: 'added' | 'removed',
  section: DiffSection,
  scenarioId: string | null,
  id: string,
  item: Entity,
  path: string,
): PlanChange {
  const value = toJson(item);
  return {
    change,
    section,
    id,
    name: nameOf(item),
    scenario_id: scenarioId,
    field: null,
    path,
    old: change === 'removed' ? value : null,
    new: change === 'added' ? value : null,
    unit: null,
  };
}

/** Every differing leaf of two records; objects are walked, arrays and scalars compared whole. */
function diffFields(
  section: DiffSection,
  id: string | null,
  name: string | null,
  scenarioId: string | null,
  path: string,
  a: unknown,
  b: unknown,
  out: PlanChange[],
  field = '',
): void {
  if (isRecord(a) && isRecord(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !Object.hasOwn(a, k))];
    for (const k of keys) diffFields(section, id, name, scenarioId, path, a[k], b[k], out, field === '' ? k : `${field}.${k}`);
    return;
  }
  if (same(a, b)) return;
  out.push({
    change: 'changed',
    section,
    id,
    name,
    scenario_id: scenarioId,
    field,
    path: `${path}.${field}`,
    old: a === undefined ? null : toJson(a),
    new: b === undefined ? null : toJson(b),
    ...(a === undefined ? { absent: 'old' as const } : b === undefined ? { absent: 'new' as const } : {}),
    unit: unitFor(section, id, field),
  });
}

function unitFor(section: DiffSection, id: string | null, field: string): string | null {
  // A factor override's value is in the unit its key names (`coal.ncv_gj_per_t`).
  if (section === 'factor_overrides' && field === 'value' && id !== null) return unitOfField(id);
  return unitOfField(field);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return canonicalJson(a) === canonicalJson(b);
}

/** Plan data is JSON already; this drops undefined members so the value is JSON as typed. */
function toJson(v: unknown): Json {
  return JSON.parse(canonicalJson(v)) as Json;
}
