import type { FactorOverride } from '../model/plan.ts';
import type { GRID_FACTOR_SCOPES } from '../model/scenario.ts';
import type { GRID_REGIONS } from '../model/park.ts';
import { ParkZeroError, type ErrorReason } from '../api/result.ts';
import type { PlanIssue } from '../model/plan.ts';
import { planIssueReason } from '../text/plan-issue-text.ts';
import { co2FactorFromFuel } from '../units/index.ts';
import type { ResolvedFactor } from './types.ts';
import { FACTOR_LIBRARY, FOSSIL_FUELS, fuelKeys, YEAR_SERIES_PATTERNS, TABLE_PATTERNS } from './library.ts';
import { PROVINCES } from './provinces.ts';

/** The factor library as one plan sees it: shipped values with the project's overrides applied. */
export interface FactorSet {
  readonly values: ReadonlyMap<string, ResolvedFactor>;
}

export interface YearPoint {
  year: number;
  value: number;
}

/** How a yearly value was obtained, shown next to it in results. */
export type PathBasis =
  | 'published'
  | 'interpolated'
  | 'held_before_first'
  | 'held_after_last'
  /** a year after the last published one, up to the base year: the latest published value */
  | 'latest_published'
  | 'projected';

const PROVINCE_KEYS = new Set(PROVINCES.map((p) => p.key));

interface KeyProblem {
  field: 'key' | 'value';
  message: string;
  reason: ErrorReason;
}

function overrideKeyProblem(key: string, value: number): KeyProblem | null {
  const known = FACTOR_LIBRARY[key] !== undefined;
  const series = YEAR_SERIES_PATTERNS.some((re) => re.test(key));
  const table = TABLE_PATTERNS.some((re) => re.test(key));
  const onKey = (message: string, reason: ErrorReason): KeyProblem => ({ field: 'key', message, reason });
  const onValue = (message: string, reason: ErrorReason): KeyProblem => ({ field: 'value', message, reason });
  if (!known && !series && !table)
    return onKey(
      `unknown factor key "${key}" (see the key scheme in core/factors/library.ts)`,
      planIssueReason('factor_unknown_key'),
    );
  const prov = /^grid(_excl_market)?\.provincial\.([a-z_]+)\./.exec(key) ?? /^(pv_yield|wind_hours)\.([a-z_]+)$/.exec(key);
  if (prov && !PROVINCE_KEYS.has(prov[2]!))
    return onKey(`unknown province "${prov[2]}" in factor key "${key}"`, planIssueReason('factor_unknown_province'));
  const year = /\.(\d{4})$/.exec(key);
  if (series && year && (Number(year[1]) < 1990 || Number(year[1]) > 2100))
    return onKey(`year out of range in "${key}"`, planIssueReason('factor_year_out_of_range'));
  if (value < 0) return onValue('factor values must not be negative', planIssueReason('factor_negative'));
  if (/\.oxidation$/.test(key) && value > 1)
    return onValue('an oxidation rate is a fraction between 0 and 1', planIssueReason('factor_oxidation_fraction'));
  return null;
}

/**
 * Resolve the library for a plan. Unknown keys and impossible values are refused with the
 * path of the override (`factor_overrides[2].key`). A fuel's CO2 factor is re-derived from
 * NCV, carbon content and oxidation when any of them is overridden, unless the CO2 factor is
 * overridden itself (then the override wins).
 */
export function buildFactorSet(overrides: readonly FactorOverride[]): FactorSet {
  const values = new Map<string, ResolvedFactor>();
  for (const [key, v] of Object.entries(FACTOR_LIBRARY)) values.set(key, { ...v, key, overridden: false });

  const problems: PlanIssue[] = [];
  overrides.forEach((o, i) => {
    const problem = overrideKeyProblem(o.key, o.value);
    if (problem !== null) {
      problems.push({ path: `factor_overrides[${i}].${problem.field}`, message: problem.message, reason: problem.reason });
      return;
    }
    const base = values.get(o.key);
    const year = /\.(\d{4})$/.exec(o.key);
    values.set(o.key, {
      key: o.key,
      value: o.value,
      unit: base?.unit ?? unitOfNewKey(o.key),
      source: o.source === '' ? 'project override' : o.source,
      year: base?.year ?? (year ? Number(year[1]) : null),
      series: base?.series ?? 'project override',
      secondary: false,
      overridden: true,
      ...(o.note === '' ? {} : { note: o.note }),
    });
  });
  if (problems.length > 0)
    throw new ParkZeroError(
      'PLAN_INVALID',
      `${problems.length} invalid factor override(s): ${problems[0]!.path}: ${problems[0]!.message}`,
      problems,
    );

  for (const fuel of FOSSIL_FUELS) {
    const k = fuelKeys(fuel);
    const co2 = values.get(k.co2)!;
    if (co2.overridden) continue;
    const inputs = [values.get(k.ncv)!, values.get(k.carbon)!, values.get(k.oxidation)!];
    if (!inputs.some((f) => f.overridden)) continue;
    values.set(k.co2, {
      ...co2,
      value: co2FactorFromFuel(inputs[0]!.value, inputs[1]!.value, inputs[2]!.value),
      source: 'derived: NCV x carbon content x oxidation rate x 44/12 (with project overrides)',
      secondary: inputs.some((f) => f.secondary),
    });
  }
  return { values };
}

function unitOfNewKey(key: string): string {
  if (key.startsWith('grid')) return 'tCO2/MWh';
  if (key.startsWith('electricity.coal_method')) return 'gce/kWh';
  if (key.startsWith('pv_yield')) return 'kWh/kWp/a';
  if (key.startsWith('wind_hours')) return 'h/a';
  return '';
}

/** A library value by key; a missing key is a programming error, not a user error. */
export function factorValue(fs: FactorSet, key: string): number {
  const f = fs.values.get(key);
  if (f === undefined) throw new Error(`factor ${key} missing from the library`);
  return f.value;
}

export function hasFactor(fs: FactorSet, key: string): boolean {
  return fs.values.has(key);
}

/** Points of a year series `prefix.<year>`, sorted by year. */
export function seriesPoints(fs: FactorSet, prefix: string): YearPoint[] {
  const points: YearPoint[] = [];
  const start = `${prefix}.`;
  for (const [key, f] of fs.values) {
    if (!key.startsWith(start)) continue;
    const rest = key.slice(start.length);
    if (/^\d{4}$/.test(rest)) points.push({ year: Number(rest), value: f.value });
  }
  points.sort((a, b) => a.year - b.year);
  return points;
}

/**
 * Value of a series in a year: linear between points, held flat before the first point, and
 * after the last point either held flat (declineRate 0) or declining geometrically:
 * last x (1 - declineRate)^(year - lastYear).
 */
export function pathValue(points: readonly YearPoint[], year: number, declineRate = 0): { value: number; basis: PathBasis } {
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) throw new Error('empty series');
  if (year <= first.year) return { value: first.value, basis: year === first.year ? 'published' : 'held_before_first' };
  if (year >= last.year) {
    if (year === last.year) return { value: last.value, basis: 'published' };
    if (declineRate === 0) return { value: last.value, basis: 'held_after_last' };
    return { value: last.value * Math.pow(1 - declineRate, year - last.year), basis: 'projected' };
  }
  for (let i = 1; i < points.length; i++) {
    const b = points[i]!;
    if (year > b.year) continue;
    const a = points[i - 1]!;
    if (year === b.year) return { value: b.value, basis: 'published' };
    const t = (year - a.year) / (b.year - a.year);
    return { value: a.value + t * (b.value - a.value), basis: 'interpolated' };
  }
  return { value: last.value, basis: 'held_after_last' };
}

/**
 * Which published grid factors a plan reads. `base_year`: the plan's base year, never
 * projected (it takes the latest published value); `vintage_year`: the last published year
 * the plan may use (`settings.grid_factor_vintage_year`), null = every published year.
 */
export interface GridVintage {
  base_year: number;
  vintage_year: number | null;
}

/**
 * A grid series' value in `year` under a vintage. The points are first cut at the vintage
 * year (a plan pinned to 2022 never sees a 2023 value); when the cut leaves nothing, the
 * series' first point stands in (`pinned_missing`, the caller warns). Up to the last point
 * remaining: the published value (linear between points, the first held before). After it and
 * up to the base year: the latest published value, never a projection, because a plan's base
 * year is described by the factor in force then. After max(last point, base year): declining
 * at `declineRate` a year from that anchor.
 */
export function vintagePathValue(
  points: readonly YearPoint[],
  year: number,
  declineRate: number,
  vintage: GridVintage | null,
): { value: number; basis: PathBasis; last_year: number; pinned_missing: boolean } {
  let pts = points;
  let missing = false;
  if (vintage !== null && vintage.vintage_year !== null) {
    const cut = points.filter((p) => p.year <= vintage.vintage_year!);
    missing = cut.length === 0;
    pts = missing ? points.slice(0, 1) : cut;
  }
  const last = pts[pts.length - 1];
  if (last === undefined) throw new Error('empty series');
  const anchor = Math.max(last.year, vintage?.base_year ?? last.year);
  if (year <= last.year) return { ...pathValue(pts, year), last_year: last.year, pinned_missing: missing };
  if (year <= anchor) return { value: last.value, basis: 'latest_published', last_year: last.year, pinned_missing: missing };
  const r = pathValue([{ year: anchor, value: last.value }], year, declineRate);
  return { ...r, last_year: last.year, pinned_missing: missing };
}

export interface GridQuery {
  series: 'average' | 'excl_market';
  scope: (typeof GRID_FACTOR_SCOPES)[number];
  region: (typeof GRID_REGIONS)[number];
  /** Province key (provinces.ts) or null when the park's province is not recognised. */
  province: string | null;
  /** Base year and pinned vintage; absent: plain `pathValue` (every point, projected after the last). */
  vintage?: GridVintage;
}

/** A grid series resolved for a plan and scenario: how to get its value in any year. */
export interface GridSeries {
  /** Key prefix actually used, for the factor trace (`grid.regional.southwest`). */
  prefix: string;
  /** Human-readable description of the series, including fallbacks and estimates. */
  description: string;
  /** True when the series is an estimate, not a published one (scaled by the national ratio). */
  estimated: boolean;
  /** Scope actually used (a province without data falls back to its region). */
  scope_used: (typeof GRID_FACTOR_SCOPES)[number];
  /** Last published year the plan reads (after the vintage cut). */
  last_published_year: number;
  /** True when the pinned vintage year precedes every point of the series (its first point is used). */
  vintage_missing: boolean;
  value(year: number, declineRate: number): { value: number; basis: PathBasis };
}

/**
 * Resolve which grid series applies. Provincial scope without data for the province falls
 * back to the regional series (the result says so). The "excluding market-traded non-fossil"
 * series is published nationally only; at regional or provincial scope, unless the project
 * overrides that series, it is ESTIMATED as area average x (national excl. / national average)
 * of the same year — an assumption we label, not a published number.
 */
export function resolveGridSeries(fs: FactorSet, q: GridQuery): GridSeries {
  let scope = q.scope;
  let area = '';
  if (scope === 'provincial') {
    if (q.province !== null && seriesPoints(fs, `grid.provincial.${q.province}`).length > 0) area = `.${q.province}`;
    else scope = 'regional';
  }
  if (scope === 'regional') area = `.${q.region}`;
  const avgPrefix = `grid.${scope}${area}`;
  const fellBack = scope !== q.scope;
  const fallbackNote = fellBack
    ? ` (no provincial series for "${q.province ?? 'unrecognised province'}": regional series used)`
    : '';
  const avgPoints = seriesPoints(fs, avgPrefix);
  const v = q.vintage ?? null;
  const read = (points: readonly YearPoint[], year: number, rate: number) => {
    const r = vintagePathValue(points, year, rate, v);
    return { value: r.value, basis: r.basis };
  };
  const meta = (points: readonly YearPoint[]) => {
    // Any year gives the cut's last year and whether the vintage found a point.
    const r = vintagePathValue(points, points[0]?.year ?? 0, 0, v);
    return { last_published_year: r.last_year, vintage_missing: r.pinned_missing };
  };

  if (q.series === 'average') {
    return {
      prefix: avgPrefix,
      description: `grid average ${scope}${area}${fallbackNote}`,
      estimated: false,
      scope_used: scope,
      ...meta(avgPoints),
      value: (year, rate) => read(avgPoints, year, rate),
    };
  }
  const exclPrefix = `grid_excl_market.${scope}${area}`;
  const own = seriesPoints(fs, exclPrefix);
  if (own.length > 0) {
    return {
      prefix: exclPrefix,
      description: `grid excluding market-traded non-fossil, ${scope}${area}${fallbackNote}`,
      estimated: false,
      scope_used: scope,
      ...meta(own),
      value: (year, rate) => read(own, year, rate),
    };
  }
  const natAvg = seriesPoints(fs, 'grid.national');
  const natExcl = seriesPoints(fs, 'grid_excl_market.national');
  return {
    prefix: exclPrefix,
    description: `grid excluding market-traded non-fossil, ${scope}${area}: ESTIMATED as the area average x national (excluding / average) ratio${fallbackNote}`,
    estimated: true,
    scope_used: scope,
    ...meta(avgPoints),
    value: (year, rate) => {
      const a = read(avgPoints, year, rate);
      const ratio = read(natExcl, year, 0).value / read(natAvg, year, 0).value;
      return { value: a.value * ratio, basis: a.basis };
    },
  };
}

/** Key prefix of the coal-consumption rate's year path (`<prefix>.<year>`, gce/kWh). */
export const COAL_METHOD_PREFIX = 'electricity.coal_method_gce_per_kwh';

/**
 * Electricity by the coal-consumption method in a year, gce/kWh: linear between the points
 * (published ones and the project's own year points), held flat outside them.
 */
export function coalMethodGcePerKwh(fs: FactorSet, year: number): { value: number; basis: PathBasis } {
  return pathValue(seriesPoints(fs, COAL_METHOD_PREFIX), year);
}

/** National fossil-only generation factor in a year, tCO2/MWh (held flat outside the points). */
export function fossilOnlyFactor(fs: FactorSet, year: number): number {
  return pathValue(seriesPoints(fs, 'grid_fossil.national'), year).value;
}
