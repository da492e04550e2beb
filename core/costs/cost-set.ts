import type { CostOverride, PlanIssue } from '../model/plan.ts';
import { planIssueReason } from '../text/plan-issue-text.ts';
import { ParkZeroError } from '../api/result.ts';
import { COST_LIBRARY, COST_PARAMETERS } from './library.ts';
import type { CostEntry, CostParameter, CostPoint } from './library.ts';
import { TECHNOLOGY_IDS } from './technologies.ts';
import type { TechnologyId } from './technologies.ts';

/** A library entry as one plan sees it: the shipped path with the project's overrides applied. */
export interface ResolvedCost extends CostEntry {
  key: string;
  technology: TechnologyId;
  parameter: CostParameter;
  /** True when a project override replaced the path or a point of it. */
  overridden: boolean;
  /** The overrides that apply, in plan order (their sources are shown beside the value). */
  overrides: readonly CostOverride[];
}

/** The cost library for one plan. */
export interface CostSet {
  readonly entries: ReadonlyMap<string, ResolvedCost>;
}

const KEY = /^cost\.([a-z0-9_]+)\.([a-z0-9_]+)(?:\.(\d{4}))?$/;

export interface ParsedCostKey {
  technology: TechnologyId;
  parameter: CostParameter;
  year: number | null;
}

/** Parse `cost.<tech>.<parameter>[.<year>]`; a problem is said in words. */
export function parseCostKey(key: string): ParsedCostKey | string {
  const m = KEY.exec(key);
  if (m === null) return `"${key}" is not a cost key (cost.<technology>.<parameter> or cost.<technology>.<parameter>.<year>)`;
  const tech = m[1]!;
  const param = m[2]!;
  if (!(TECHNOLOGY_IDS as readonly string[]).includes(tech))
    return `unknown technology "${tech}" in "${key}" (known: ${TECHNOLOGY_IDS.join(', ')})`;
  if (!(COST_PARAMETERS as readonly string[]).includes(param)) return `unknown cost parameter "${param}" in "${key}"`;
  if (COST_LIBRARY[tech as TechnologyId][param as CostParameter] === undefined) return `the library has no ${param} for ${tech}`;
  const year = m[3] === undefined ? null : Number(m[3]);
  if (year !== null && (year < 1990 || year > 2100)) return `year out of range in "${key}"`;
  return { technology: tech as TechnologyId, parameter: param as CostParameter, year };
}

/**
 * Resolve the library for a plan. A key without a year replaces the path with a flat value; a
 * key with a year adds or replaces that point (a flat override followed by year points builds a
 * new path from that value). Unknown keys, negative values and missing sources are refused with
 * the override's path.
 */
export function buildCostSet(overrides: readonly CostOverride[]): CostSet {
  const entries = new Map<string, ResolvedCost>();
  for (const [tech, params] of Object.entries(COST_LIBRARY) as [TechnologyId, Partial<Record<CostParameter, CostEntry>>][])
    for (const p of COST_PARAMETERS) {
      const e = params[p];
      if (e !== undefined)
        entries.set(`cost.${tech}.${p}`, {
          ...e,
          key: `cost.${tech}.${p}`,
          technology: tech,
          parameter: p,
          overridden: false,
          overrides: [],
        });
    }
  const problems: PlanIssue[] = [];
  overrides.forEach((o, i) => {
    const parsed = parseCostKey(o.key);
    if (typeof parsed === 'string') {
      problems.push({ path: `cost_overrides[${i}].key`, message: parsed, reason: planIssueReason('bad_cost_key') });
      return;
    }
    if (parsed.parameter === 'lifetime_years' && (o.value < 1 || o.value > 100 || !Number.isInteger(o.value))) {
      problems.push({
        path: `cost_overrides[${i}].value`,
        message: 'a lifetime is a whole number of years between 1 and 100',
        reason: planIssueReason('cost_lifetime_years'),
      });
      return;
    }
    const baseKey = `cost.${parsed.technology}.${parsed.parameter}`;
    const base = entries.get(baseKey)!;
    let points: CostPoint[];
    if (parsed.year === null) points = [{ year: base.points[0]!.year, value: o.value }];
    else {
      // The first override of a path turns the library path into the project's path.
      points = base.points.filter((pt) => pt.year !== parsed.year);
      points.push({ year: parsed.year, value: o.value });
      points.sort((a, b) => a.year - b.year);
    }
    entries.set(baseKey, { ...base, points, overridden: true, overrides: [...base.overrides, o] });
  });
  if (problems.length > 0)
    throw new ParkZeroError(
      'PLAN_INVALID',
      `${problems.length} invalid cost override(s): ${problems[0]!.path}: ${problems[0]!.message}`,
      problems,
    );
  return { entries };
}

/** Value of a path in a year: linear between points, flat before the first and after the last. */
export function costPathValue(points: readonly CostPoint[], year: number): number {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (year <= first.year) return first.value;
  if (year >= last.year) return last.value;
  for (let i = 1; i < points.length; i++) {
    const b = points[i]!;
    if (year > b.year) continue;
    const a = points[i - 1]!;
    return a.value + ((year - a.year) / (b.year - a.year)) * (b.value - a.value);
  }
  return last.value;
}

/** A technology's parameter in a year, or null when the library has none. */
export function libraryCost(cs: CostSet, tech: TechnologyId, parameter: CostParameter, year: number): number | null {
  const e = cs.entries.get(`cost.${tech}.${parameter}`);
  return e === undefined ? null : costPathValue(e.points, year);
}
