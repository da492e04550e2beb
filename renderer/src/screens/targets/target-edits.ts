import type { Draft } from 'immer';
import type { Plan } from '../../../../core/model/plan.ts';
import { Target, type EnergyMethod, type TargetIndicator } from '../../../../core/model/targets.ts';
import { zodIssueReason } from '../../../../core/model/issue-reasons.ts';
import type { ErrorReason } from '../../../../core/api/result.ts';
import { INDICATOR_DEFINITIONS, indicatorKey } from '../../../../core/engine/indicators.ts';
import { instantiateTemplate, type InstantiatedTemplate } from '../../../../core/engine/templates.ts';
import { applyNameChanges, applyTextChanges, retextChanges, type Lang, type NameChanges } from '../../../../core/text/names.ts';

/**
 * Targets as pure data operations: what unit and scale an indicator is edited in, how a
 * template's targets are added, and recipes for each edit of a target and its year path.
 */

/** Keys of targets.unit.* in the language files. */
export type TargetUnit = 't' | 'tce' | 'tco2' | 'tco2_per_tce' | 'tco2_per_10k_cny' | 'tce_per_10k_cny' | 'percent';

const UNIT_OF: Record<string, TargetUnit> = {
  t: 't',
  tce: 'tce',
  tCO2: 'tco2',
  'tCO2/tce': 'tco2_per_tce',
  'tCO2 per 10^4 CNY': 'tco2_per_10k_cny',
  'tce per 10^4 CNY': 'tce_per_10k_cny',
  fraction: 'percent',
};

export interface IndicatorInfo {
  unit: TargetUnit;
  /** Shown value = stored value x scale: fractions are edited as percentages. */
  scale: number;
  /** The value depends on how electricity is counted (GB/T 2589 method). */
  methodDependent: boolean;
}

/** Unit, scale and method dependence of a target indicator, from the engine's definitions. */
export function indicatorInfo(indicator: TargetIndicator, method: EnergyMethod): IndicatorInfo {
  const key = indicatorKey(indicator, method);
  const def = INDICATOR_DEFINITIONS.find((d) => d.key === key);
  if (def === undefined) throw new Error(`no indicator definition for ${key}`);
  const unit = UNIT_OF[def.unit];
  if (unit === undefined) throw new Error(`no unit key for "${def.unit}"`);
  return { unit, scale: unit === 'percent' ? 100 : 1, methodDependent: def.method !== 'none' };
}

/** A readable id not used by any target yet (`target-3`). */
export function newTargetId(plan: Plan, base = 'target'): string {
  const taken = new Set(plan.targets.map((t) => t.id));
  for (let n = plan.targets.length + 1; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** A template's targets for this plan, with notes and the indicators ParkZero does not model. */
export function templatePreview(plan: Plan, templateId: string, fromYear?: number, baseYear?: number): InstantiatedTemplate {
  return instantiateTemplate(plan, templateId, {
    ...(fromYear === undefined ? {} : { from_year: fromYear }),
    ...(baseYear === undefined ? {} : { base_year: baseYear }),
  });
}

export function addTargets(targets: readonly Target[]) {
  return (d: Draft<Plan>) => {
    for (const t of targets) d.targets.push(t);
  };
}

function onTarget(id: string, change: (t: Draft<Target>) => void) {
  return (d: Draft<Plan>) => {
    const t = d.targets.find((k) => k.id === id);
    if (t !== undefined) change(t);
  };
}

export function removeTarget(id: string) {
  return (d: Draft<Plan>) => {
    const i = d.targets.findIndex((k) => k.id === id);
    if (i >= 0) d.targets.splice(i, 1);
  };
}

export function setTargetField<K extends 'name' | 'source'>(id: string, key: K, value: string) {
  return onTarget(id, (t) => void (t[key] = value));
}

/** Write the target's source in one language (the screen's); the primary follows when it was that text. */
export function setTargetSource(id: string, lang: Lang, raw: string) {
  return onTarget(id, (t) =>
    applyTextChanges(t, 'source', retextChanges({ primary: t.source, zh: t.source_zh, en: t.source_en }, lang, raw)),
  );
}

/** Change the target's primary and language names together (core/text/names.ts). */
export function setTargetNames(id: string, changes: NameChanges) {
  return onTarget(id, (t) => applyNameChanges(t, changes));
}

/** Change a limit's indicator or method; a peak's indicator or year. */
export function setLimit(
  id: string,
  change: Partial<{ indicator: TargetIndicator; bound: 'max' | 'min'; energy_method: EnergyMethod }>,
) {
  return onTarget(id, (t) => {
    if (t.kind !== 'limit') return;
    Object.assign(t, change);
  });
}

export function setPeak(
  id: string,
  change: Partial<{ indicator: 'gross_emissions_tco2' | 'net_emissions_tco2' | 'coal_t' | 'total_tce'; peak_by_year: number }>,
) {
  return onTarget(id, (t) => {
    if (t.kind !== 'peak') return;
    Object.assign(t, change);
  });
}

export type PathProblem = 'year_taken' | 'last_point';

/**
 * Set one point of a limit's path. A new year is placed in order (the schema wants strictly
 * increasing years), so editing a year may move the row; a year already used is refused.
 */
export function pathPointProblem(target: Target, index: number, year: number): PathProblem | null {
  if (target.kind !== 'limit') return null;
  return target.path.some((p, i) => i !== index && p.year === year) ? 'year_taken' : null;
}

export function setPathPoint(id: string, index: number, point: { year?: number; value?: number }) {
  return onTarget(id, (t) => {
    if (t.kind !== 'limit') return;
    const p = t.path[index];
    if (p === undefined) return;
    if (point.value !== undefined) p.value = point.value;
    if (point.year !== undefined && point.year !== p.year) {
      p.year = point.year;
      t.path.sort((a, b) => a.year - b.year);
    }
  });
}

/** The point a new row starts from: five years after the last one (within the horizon), same value. */
export function nextPathPoint(target: Target, horizon: number): { year: number; value: number } | null {
  if (target.kind !== 'limit') return null;
  const last = target.path[target.path.length - 1];
  if (last === undefined) return null;
  let year = Math.min(horizon, last.year + 5);
  if (year <= last.year) year = last.year + 1;
  if (year > 2100) return null;
  return { year, value: last.value };
}

export function addPathPoint(id: string, point: { year: number; value: number }) {
  return onTarget(id, (t) => {
    if (t.kind !== 'limit') return;
    t.path.push(point);
    t.path.sort((a, b) => a.year - b.year);
  });
}

export function removePathPoint(id: string, index: number) {
  return onTarget(id, (t) => {
    if (t.kind !== 'limit' || t.path.length <= 1) return;
    t.path.splice(index, 1);
  });
}

export interface CustomTargetInput {
  id: string;
  name: string;
  kind: 'limit' | 'peak';
  indicator: TargetIndicator;
  bound: 'max' | 'min';
  energy_method: EnergyMethod;
  year: number;
  /** Stored value (fractions as fractions). */
  value: number;
  source: string;
}

export const PEAK_INDICATORS = ['gross_emissions_tco2', 'net_emissions_tco2', 'coal_t', 'total_tce'] as const;

/** A custom target validated by the schema; issues carry the field path. */
export function customTarget(
  input: CustomTargetInput,
): { ok: true; target: Target } | { ok: false; path: string; message: string; reason: ErrorReason } {
  const raw =
    input.kind === 'limit'
      ? {
          id: input.id,
          kind: 'limit',
          name: input.name.trim(),
          indicator: input.indicator,
          bound: input.bound,
          path: [{ year: input.year, value: input.value }],
          energy_method: input.energy_method,
          source: input.source,
        }
      : {
          id: input.id,
          kind: 'peak',
          name: input.name.trim(),
          indicator: input.indicator,
          peak_by_year: input.year,
          source: input.source,
        };
  const parsed = Target.safeParse(raw);
  if (parsed.success) return { ok: true, target: parsed.data };
  const issue = parsed.error.issues[0]!;
  // The reason, for the form to say in the screen's language (zod's message is English).
  return { ok: false, path: issue.path.map(String).join('.'), message: issue.message, reason: zodIssueReason(issue, raw) };
}

/**
 * The template notes and not-modelled indicators come from core in English; these patterns
 * give them a key in targets.template.text so both languages can show them. Anything not
 * recognised is shown as it is (marked as English).
 */
const TEMPLATE_TEXT: readonly [RegExp, string, readonly string[]][] = [
  [/^Base-year use is (\d+) tce, below the 200k tce tier/, 'belowTier', ['tce']],
  [/^Park size from base-year energy use: (\d+) tce/, 'parkSize', ['tce']],
  [/^Targets are checked from (\d{4}) on\.$/, 'checkedFrom', ['year']],
  [/^The notice asks construction plans to take 2025 as the base year\.$/, 'noticeBaseYear', []],
  [/^Energy use in (\d{4}) is (\d+) tce, below the 200k tce a year/, 'belowScope', ['year', 'tce']],
  [
    /^Park size from energy use in (\d{4}): (\d+) tce \(calorific-equivalent method, base-year inventory\)/,
    'sizeInventory',
    ['year', 'tce'],
  ],
  [
    /^Park size from energy use in (\d{4}): (\d+) tce \(calorific-equivalent method, baseline scenario/,
    'sizeProjected',
    ['year', 'tce'],
  ],
  [/^industrial solid waste utilisation/, 'solidWaste', []],
  [/^industrial water reuse/, 'waterReuse', []],
  [/^product unit energy use/, 'productLevel', []],
];

export function templateTextKey(text: string): { key: string; params: Record<string, string> } | null {
  for (const [re, key, names] of TEMPLATE_TEXT) {
    const m = re.exec(text);
    if (m === null) continue;
    const params: Record<string, string> = {};
    names.forEach((n, i) => (params[n] = m[i + 1]!));
    return { key: `targets.template.text.${key}`, params };
  }
  return null;
}
