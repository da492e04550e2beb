import type { ScenarioResult } from '../engine/result-schema.ts';
import type { LinearTarget, PlanningProblem } from './problem.ts';
import { net } from './plan-targets.ts';
import type { YearBasis } from './plan-targets.ts';
import type { LpAnswer } from './read-solution.ts';

/**
 * The engine is the judge: the LP's answer, made a scenario, is simulated in full (every year,
 * every hour) and each target's value in each year is set beside the LP's estimate. Where the
 * engine finds a target missed that the LP thought met (representative days, load following
 * instead of the LP's dispatch, the linear grid factor), the LP's row is tightened by the gap
 * and the LP solved again.
 */

export interface TargetComparison {
  readonly target_id: string;
  readonly year: number;
  /** The LP's estimate in the indicator's unit; null when the LP has no row for this year. */
  readonly lp_value: number | null;
  readonly engine_value: number | null;
  readonly limit: number;
  readonly engine_pass: boolean;
  /** Engine headroom (negative = missed by), in the indicator's unit. */
  readonly engine_margin: number | null;
}

export function compareTargets(answer: LpAnswer, engine: ScenarioResult): TargetComparison[] {
  const lp = new Map<string, { value: number; peak: boolean }>();
  for (const c of answer.targets)
    lp.set(`${c.target.target_id}@${c.target.year}`, {
      value: c.indicator,
      peak: c.target.relative_to_peak === true,
    });
  const out: TargetComparison[] = [];
  for (const yr of engine.years)
    for (const t of yr.targets) {
      const est = lp.get(`${t.id}@${yr.year}`);
      // A peak row holds (this year - peak year); as the indicator it is that plus the peak.
      const lp_value = est === undefined ? null : est.peak ? est.value + t.limit : est.value;
      out.push({
        target_id: t.id,
        year: yr.year,
        lp_value,
        engine_value: t.value,
        limit: t.limit,
        engine_pass: t.pass,
        engine_margin: t.margin,
      });
    }
  return out;
}

/**
 * A new problem whose rows for the targets the engine found missed are tighter by the engine's
 * gap (in the row's unit, with 10% more, and at least 0.01% of the limit, so the next round
 * lands inside, not on, the limit).
 * Returns null when no missed target has a row to tighten (nothing the LP can do differently).
 */
export function tightenTargets(problem: PlanningProblem, misses: readonly TargetComparison[]): PlanningProblem | null {
  let changed = false;
  const targets: LinearTarget[] = problem.targets.map((t) => {
    const m = misses.find((c) => c.target_id === t.target_id && c.year === t.year && !c.engine_pass && c.engine_margin !== null);
    if (m === undefined) return t;
    // At least 0.01% of the limit: a miss of a fraction of a tonne on a 70,000 t cap comes from
    // the engine's non-linear details, and 10% of it would leave the next round on the limit again.
    const gap = Math.max((-m.engine_margin! / (t.indicator_scale ?? 1)) * 1.1, 1e-4 * Math.abs(t.limit));
    if (!(gap > 0)) return t;
    changed = true;
    return { ...t, limit: t.bound === 'min' ? t.limit + gap : t.limit - gap };
  });
  return changed ? { ...problem, targets } : null;
}

export interface EmissionsComparison {
  readonly year: number;
  /** Net emissions as the LP estimates them (base scenario's other sources + the LP's electricity and offsets). */
  readonly lp_net_tco2: number;
  readonly engine_net_tco2: number;
}

/** Net emissions of every modelled year, the LP's estimate beside the engine's. */
export function compareEmissions(
  answer: LpAnswer,
  basis: ReadonlyMap<number, YearBasis>,
  periodYears: readonly (readonly number[])[],
  engine: ScenarioResult,
): EmissionsComparison[] {
  const out: EmissionsComparison[] = [];
  periodYears.forEach((years, pi) => {
    const q = answer.periods[pi]!.quantities;
    const cap = answer.periods[pi]!.capacity;
    for (const y of years) {
      const b = basis.get(y);
      const e = engine.years.find((r) => r.year === y);
      if (b === undefined || e === undefined) continue;
      const expr = net(b, y);
      let v = expr.constant;
      for (const t of expr.terms) v += t.coef * (t.quantity === 'candidate_units' ? (cap[t.candidate!] ?? 0) : q[t.quantity]);
      out.push({ year: y, lp_net_tco2: v, engine_net_tco2: e.emissions.net_tco2 });
    }
  });
  return out;
}

/**
 * One plain sentence for a target the engine finds missed in a year (after the last round):
 * the engine's value, the limit and the gap, in Chinese or English; never a solver status.
 * `share` says the indicator is a fraction (shown in %).
 */
export function describeEngineMiss(
  c: TargetComparison,
  lang: 'zh' | 'en',
  names: { readonly target: (id: string) => string },
  share = false,
): string {
  const fmt = (v: number) => (share ? `${trim(v * 100)}%` : trim(v));
  const value = c.engine_value === null ? (lang === 'zh' ? '无法计算' : 'not computable') : fmt(c.engine_value);
  const gap = c.engine_margin === null ? null : fmt(Math.abs(c.engine_margin));
  if (lang === 'zh')
    return `${c.year}年${names.target(c.target_id)}：引擎核算值${value}，目标${fmt(c.limit)}${gap === null ? '' : `，差${gap}`}`;
  return `${names.target(c.target_id)} ${c.year}: the engine finds ${value}, target ${fmt(c.limit)}${gap === null ? '' : ` (short by ${gap})`}`;
}

function trim(v: number): string {
  const a = Math.abs(v);
  const digits = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
  return Number(v.toFixed(digits)).toLocaleString('en-US', { maximumFractionDigits: digits });
}
