import type { Draft } from 'immer';
import { FactorOverride, type Plan } from '../../../../core/model/plan.ts';
import { FACTOR_LIBRARY, FOSSIL_FUELS } from '../../../../core/factors/library.ts';
import { buildFactorSet } from '../../../../core/factors/factor-set.ts';
import type { FactorValue, ResolvedFactor } from '../../../../core/factors/types.ts';
import { ParkZeroError } from '../../../../core/api/result.ts';
import type { PlanIssue } from '../../../../core/model/plan.ts';
import { zodIssueReason } from '../../../../core/model/issue-reasons.ts';

/**
 * The factor library as the Factors screen shows it: every key sorted into a group (fuels,
 * electricity, grid, heat, hydrogen, renewables) with what it measures and for whom, the
 * library value, the project's override if any, and the value the engine will use. Keys follow
 * the scheme documented in core/factors/library.ts; this module only reads it.
 */

export const FACTOR_GROUPS = ['fuels', 'electricity', 'grid', 'heat', 'hydrogen', 'renewables'] as const;
export type FactorGroup = (typeof FACTOR_GROUPS)[number];

export interface FactorRow {
  key: string;
  group: FactorGroup;
  /** Series within the group (`coal`, `grid_regional`, `pv_yield`…): i18n factors.series.<id>. */
  series: string;
  /** What the number is (`ncv`, `co2`, `grid`…): i18n factors.quantity.<id>. */
  quantity: string;
  /** Region, province or city key the value is for, if any. */
  subject: string | null;
  year: number | null;
  /** The shipped value; null for a key only the project's override defines (a new year). */
  library: FactorValue | null;
  override: FactorOverride | null;
  /** Index of the override in plan.factor_overrides. */
  overrideIndex: number;
  /** What the engine uses (override, or re-derived CO2 factor), when the overrides are valid. */
  inUse: ResolvedFactor | null;
}

const FUELS = new Set<string>(FOSSIL_FUELS);
const QUANTITY_ORDER = ['ncv', 'carbon', 'oxidation', 'co2', 'kgce', 'kgce_oilfield', 'coal_method', 'grid', 'yield', 'hours'];

/** Where a key belongs; null for keys outside the scheme (cannot happen for valid plans). */
export function classifyKey(key: string): Pick<FactorRow, 'group' | 'series' | 'quantity' | 'subject' | 'year'> | null {
  const parts = key.split('.');
  const last = parts[parts.length - 1]!;
  const year = /^\d{4}$/.test(last) ? Number(last) : null;
  const head = parts[0]!;
  if (FUELS.has(head) && parts.length === 2) {
    const q = parts[1]!;
    const quantity = q.startsWith('ncv')
      ? 'ncv'
      : q.startsWith('carbon')
        ? 'carbon'
        : q === 'oxidation'
          ? 'oxidation'
          : q.startsWith('co2')
            ? 'co2'
            : q.endsWith('oilfield')
              ? 'kgce_oilfield'
              : 'kgce';
    return { group: 'fuels', series: head, quantity, subject: null, year: null };
  }
  if (head === 'electricity')
    return parts[1] === 'kgce_per_kwh'
      ? { group: 'electricity', series: 'electricity_equivalent', quantity: 'kgce', subject: null, year: null }
      : { group: 'electricity', series: 'electricity_coal_method', quantity: 'coal_method', subject: null, year };
  if (head === 'heat' || head === 'hydrogen') {
    const q = parts[1]!;
    const quantity = q.startsWith('ncv') ? 'ncv' : q.startsWith('co2') ? 'co2' : 'kgce';
    return { group: head, series: head, quantity, subject: null, year: null };
  }
  if (head === 'grid' || head === 'grid_excl_market' || head === 'grid_fossil') {
    const scope = parts[1]!;
    const kind = head === 'grid' ? 'average' : head === 'grid_excl_market' ? 'excl_market' : 'fossil';
    return {
      group: 'grid',
      series: `${kind}_${scope}`,
      quantity: 'grid',
      subject: scope === 'national' ? null : (parts[2] ?? null),
      year,
    };
  }
  if (head === 'pv_yield' || head === 'pv_yield_city' || head === 'wind_hours')
    return {
      group: 'renewables',
      series: head,
      quantity: head === 'wind_hours' ? 'hours' : 'yield',
      subject: parts[1] ?? null,
      year: null,
    };
  return null;
}

/** The value the engine uses per key, or null when the overrides do not resolve (shown as an error). */
export function resolvedFactors(overrides: readonly FactorOverride[]): {
  values: Map<string, ResolvedFactor> | null;
  error: string | null;
  /** The first refused override, with its reason (for a sentence in the screen's language). */
  issue: PlanIssue | null;
} {
  try {
    return { values: new Map(buildFactorSet(overrides).values), error: null, issue: null };
  } catch (e) {
    if (e instanceof ParkZeroError)
      return { values: null, error: e.message, issue: (e.details?.[0] as PlanIssue | undefined) ?? null };
    throw e;
  }
}

export function factorRows(plan: Plan): FactorRow[] {
  const { values } = resolvedFactors(plan.factor_overrides);
  const keys = new Set<string>(Object.keys(FACTOR_LIBRARY));
  for (const o of plan.factor_overrides) keys.add(o.key);
  const rows: FactorRow[] = [];
  for (const key of keys) {
    const c = classifyKey(key);
    if (c === null) continue;
    const overrideIndex = plan.factor_overrides.findIndex((o) => o.key === key);
    rows.push({
      key,
      ...c,
      library: FACTOR_LIBRARY[key] ?? null,
      override: plan.factor_overrides[overrideIndex] ?? null,
      overrideIndex,
      inUse: values?.get(key) ?? null,
    });
  }
  // Groups in their order; inside a group by series, subject, year, then the chain of a fuel's
  // parameters as the CO2 factor derives from them (NCV, carbon, oxidation, CO2, then tce).
  const g = (r: FactorRow) => FACTOR_GROUPS.indexOf(r.group);
  const q = (r: FactorRow) => QUANTITY_ORDER.indexOf(r.quantity);
  return rows.sort(
    (a, b) =>
      g(a) - g(b) ||
      a.series.localeCompare(b.series) ||
      q(a) - q(b) ||
      (a.subject ?? '').localeCompare(b.subject ?? '') ||
      (a.year ?? 0) - (b.year ?? 0) ||
      a.key.localeCompare(b.key),
  );
}

export interface FactorFilter {
  query: string;
  group: FactorGroup | 'all';
  overriddenOnly: boolean;
  secondaryOnly: boolean;
}

/** Rows matching the filter; the query matches key, label, source, series and note, any case. */
export function filterRows(rows: readonly FactorRow[], f: FactorFilter, labelOf: (r: FactorRow) => string): FactorRow[] {
  const words = f.query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  return rows.filter((r) => {
    if (f.group !== 'all' && r.group !== f.group) return false;
    if (f.overriddenOnly && r.override === null) return false;
    if (f.secondaryOnly && r.library?.secondary !== true) return false;
    if (words.length === 0) return true;
    const hay = [r.key, labelOf(r), r.library?.source, r.library?.series, r.override?.source, r.override?.note, r.year]
      .filter((x) => x !== undefined && x !== null)
      .join(' ')
      .toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

export function groupRows(rows: readonly FactorRow[]): { group: FactorGroup; rows: FactorRow[] }[] {
  return FACTOR_GROUPS.map((group) => ({ group, rows: rows.filter((r) => r.group === group) })).filter((x) => x.rows.length > 0);
}

/**
 * Check an override before it is committed: the schema (value bounds, key shape, source
 * required here because a replaced number must say where the new one comes from) and the
 * factor set built with it (unknown keys, impossible values).
 */
export function checkOverride(
  plan: Plan,
  candidate: { key: string; value: number; source: string; note: string },
  replacing: number,
):
  | { ok: true; override: FactorOverride }
  | { ok: false; field: 'key' | 'value' | 'source'; message: 'required' | 'duplicate' }
  | { ok: false; field: 'key' | 'value' | 'source'; message: string; issue: PlanIssue } {
  if (candidate.source.trim() === '') return { ok: false, field: 'source', message: 'required' };
  const parsed = FactorOverride.safeParse({ ...candidate, source: candidate.source.trim() });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path[0] === 'value' ? 'value' : issue.path[0] === 'source' ? 'source' : 'key';
    return {
      ok: false,
      field,
      message: issue.message,
      issue: { path: `factor_overrides[0].${field}`, message: issue.message, reason: zodIssueReason(issue, candidate) },
    };
  }
  const taken = plan.factor_overrides.findIndex((o) => o.key === candidate.key);
  if (taken >= 0 && taken !== replacing) return { ok: false, field: 'key', message: 'duplicate' };
  const next = plan.factor_overrides.map((o, i) => (i === replacing ? parsed.data : o));
  if (replacing < 0) next.push(parsed.data);
  const built = resolvedFactors(next);
  if (built.error !== null) {
    const field = built.issue?.path.endsWith('.value') === true ? 'value' : 'key';
    const message = built.issue?.message ?? built.error;
    return { ok: false, field, message, issue: built.issue ?? { path: `factor_overrides[0].${field}`, message } };
  }
  return { ok: true, override: parsed.data };
}

export function putOverride(override: FactorOverride, replacing: number) {
  return (d: Draft<Plan>) => {
    if (replacing >= 0 && d.factor_overrides[replacing] !== undefined) d.factor_overrides[replacing] = override;
    else d.factor_overrides.push(override);
  };
}

export function removeOverride(key: string) {
  return (d: Draft<Plan>) => {
    const i = d.factor_overrides.findIndex((o) => o.key === key);
    if (i >= 0) d.factor_overrides.splice(i, 1);
  };
}
