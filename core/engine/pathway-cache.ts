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

/** Arrays of numbers at least this long (the 8760 hours of an imported series) are packed. */
const PACK_MIN = 256;

/** The numbers' IEEE 754 bits, four UTF-16 code units each (exact, -0 included); null if not all numbers. */
function packNumbers(values: readonly unknown[]): string | null {
  for (const v of values) if (typeof v !== 'number') return null;
  const words = new Uint16Array(new Float64Array(values as readonly number[]).buffer);
  let out = '';
  for (let i = 0; i < words.length; i += 8192)
    out += String.fromCharCode.apply(null, words.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

/**
 * JSON of a plan that tells apart what JSON alone does not: -0 from 0 and an undefined field from
 * an absent one are marked (NaN and the infinities cannot occur: a checked plan's numbers are
 * bounded). Long arrays of numbers go after the JSON as their bits: exact, and cheaper than
 * decimal text through the replacer (an imported hourly series: about 0.5 ms instead of 1.7 ms,
 * measured on a loaded machine). The JSON keeps each packed array's length in its place, so the
 * split is unambiguous. A marker stands where the schema has a number, an array or an optional
 * field, never a string that could read the same (and checked text holds no NUL).
 */
function exactJson(value: unknown): string {
  const packed: string[] = [];
  const json = JSON.stringify(value, (_key: string, v: unknown) => {
    if (v === undefined) return '\u0000undefined';
    if (typeof v === 'number') return v === 0 && 1 / v < 0 ? '\u0000-0' : v;
    if (Array.isArray(v) && v.length >= PACK_MIN) {
      const bits = packNumbers(v);
      if (bits !== null) {
        packed.push(bits);
        return `\u0000f64[${v.length}]`;
      }
    }
    return v;
  });
  return `${json}\u0000${packed.join('')}`;
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
  return exactJson([KEY_RULES, scenarioId, method, rest, kept]);
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

  /** Whether the cache holds the line of `key` (does not count as a hit or change the order). */
  has(key: string): boolean {
    return this.lines.has(key);
  }

  /** Keep a line computed anyway (a scenario's own run: it may be the parent of the next view). */
  remember(key: string, compute: () => ParentLine): void {
    if (this.lines.has(key)) return;
    this.lines.set(key, compute());
    if (this.lines.size > this.capacity) this.lines.delete(this.lines.keys().next().value!);
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
