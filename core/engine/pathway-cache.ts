import type { Plan } from '../model/plan.ts';
import type { YearResult } from './result-schema.ts';
import { scenarioChain } from './resolve.ts';

/**
 * What a scenario's results need from its parent's pathway, year by year: the NPV and the
 * abatement against the parent read only the parent's net cost (total less the residual value),
 * its carbon cost and its net emissions (run.ts, PlanRunner.run).
 */
export interface ParentLine {
  readonly netCost: Float64Array;
  readonly carbon: Float64Array;
  readonly netT: Float64Array;
}

export function parentLine(years: readonly YearResult[]): ParentLine {
  const n = years.length;
  const line = { netCost: new Float64Array(n), carbon: new Float64Array(n), netT: new Float64Array(n) };
  years.forEach((y, i) => {
    line.netCost[i] = y.costs.total_cny - y.costs.residual_value_cny;
    line.carbon[i] = y.costs.carbon_cny;
    line.netT[i] = y.emissions.net_tco2;
  });
  return line;
}

/** Bumped whenever what the key leaves out changes, so no key of an older rule is ever matched. */
const KEY_RULES = 1;

/**
 * JSON tells -0 from 0 and an undefined field from an absent one apart from nothing; both are
 * marked so that two plans with the same key are the same plan value by value. (NaN and the
 * infinities cannot occur: a checked plan's numbers are bounded.)
 */
function exact(_key: string, value: unknown): unknown {
  if (value === undefined) return '\u0000undefined';
  if (typeof value === 'number' && value === 0 && 1 / value < 0) return '\u0000-0';
  return value;
}

/**
 * The exact key of one scenario's pathway under one balance method: everything its yearly
 * results can depend on. That is the plan without
 * - the scenarios outside the scenario's chain: the engine reads another scenario only to
 *   write its index into a warning's path (context.ts settingOwner and scenarioPath,
 *   resolve.ts), and warnings are not part of the line;
 * - comments, the uncertainty spec, the report text and the optimiser's records: no module of
 *   the engine reads them (core/engine, core/dispatch, core/costs, core/factors, core/profiles);
 * - the targets: they are checked against the years after the pathway (run.ts, evaluateTargets),
 *   they never enter it.
 * Names and descriptions stay in, although only warnings show them: an edit of them costs one
 * recomputation, a key that misses something would cost a wrong number.
 * A key costs about 0.2 ms for the Suining sample (21 kB of JSON).
 */
export function pathwayKey(plan: Plan, scenarioId: string, method: string): string {
  const chain = new Set(scenarioChain(plan, scenarioId));
  const { scenarios, comments: _c, targets: _t, uncertainty: _u, report: _r, ...rest } = plan;
  const kept = scenarios.filter((s) => chain.has(s.id)).map(({ optimiser: _o, ...s }) => s);
  return JSON.stringify([KEY_RULES, scenarioId, method, rest, kept], exact);
}

export interface PathwayCacheStats {
  hits: number;
  misses: number;
  entries: number;
}

/**
 * The last few parents' lines, most recently used last, kept across runs of successive
 * revisions of a plan: an edit of a scenario's own measure does not change its parent, so the
 * next run need not simulate the parent's pathway again. Keys are exact (pathwayKey), never
 * hashes, so a hit is the same input and the same numbers.
 */
export class PathwayCache {
  private readonly lines = new Map<string, ParentLine>();
  private hits = 0;
  private misses = 0;
  private readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  lookup(key: string, compute: () => ParentLine): ParentLine {
    const hit = this.lines.get(key);
    if (hit !== undefined) {
      this.hits++;
      this.lines.delete(key);
      this.lines.set(key, hit);
      return hit;
    }
    this.misses++;
    const line = compute();
    this.lines.set(key, line);
    if (this.lines.size > this.capacity) this.lines.delete(this.lines.keys().next().value!);
    return line;
  }

  stats(): PathwayCacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.lines.size };
  }

  clear(): void {
    this.lines.clear();
    this.hits = 0;
    this.misses = 0;
  }
}

/** The process's (an engine worker's) cache of parents' lines: 8 entries, least recently used out. */
export const sharedPathwayCache = new PathwayCache(8);
