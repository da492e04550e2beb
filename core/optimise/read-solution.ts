import { MONEY_SCALE, quantityTerms } from './build-lp.ts';
import type { BuiltLp, BuildColumn } from './build-lp.ts';
import { objectiveValue } from './lp.ts';
import type { LinearTarget, PlanningProblem, Quantity } from './problem.ts';

/** The LP's answer in the problem's terms (the estimate shown beside the engine's check). */
export interface LpAnswer {
  /** Present cost of the plan as the LP sees it, CNY (objective without elastic penalties). */
  readonly cost_cny: number;
  /** What to build: amounts in MW (PV, wind, storage power) or MWh (storage energy, nominal). */
  readonly builds: readonly { candidate: string; part: BuildColumn['part']; year: number; amount: number }[];
  readonly periods: readonly {
    readonly first_year: number;
    /** Installed capacity by candidate part key (`id`, `id:power`, `id:energy`), MW or MWh. */
    readonly capacity: Readonly<Record<string, number>>;
    readonly quantities: Readonly<Record<Quantity, number>>;
  }[];
  readonly targets: readonly TargetCheck[];
}

export interface TargetCheck {
  readonly target: LinearTarget;
  /** Value of the row's expression (constant + terms) in the answer. */
  readonly value: number;
  /** How far the answer falls short of the limit, in the row's unit; 0 when met. */
  readonly shortfall: number;
  /**
   * The indicator in the user's unit (a share as a fraction): value x scale, or for a ratio
   * whose denominator the candidates move, numerator / denominator; for a peak row, this
   * year's value less the peak year's.
   */
  readonly indicator: number;
}

const QUANTITIES: readonly Quantity[] = [
  'import_mwh',
  'export_mwh',
  'curtailed_mwh',
  'renewable_used_mwh',
  'green_mwh',
  'offset_tco2',
  'scope2_electricity_tco2',
];

/** Amounts below this (MW, MWh) are solver noise, not a build. */
const BUILD_EPS = 1e-6;

export function readSolution(problem: PlanningProblem, built: BuiltLp, x: ArrayLike<number>): LpAnswer {
  const { model, index } = built;
  let penalties = 0;
  for (const t of index.targets) if (t.slack >= 0) penalties += model.col_cost[t.slack]! * x[t.slack]!;
  const cost_cny = (objectiveValue(model, x) - penalties) / MONEY_SCALE;

  const builds = index.builds
    .filter((bc) => x[bc.col]! > BUILD_EPS)
    .map((bc) => ({ candidate: bc.candidate, part: bc.part, year: bc.year, amount: x[bc.col]! }));

  const evalTerms = (q: { terms: [number, number][]; constant: number }) => {
    let v = q.constant;
    for (const [c, a] of q.terms) v += a * x[c]!;
    return v;
  };
  const periods = index.periods.map((p) => {
    const capacity: Record<string, number> = {};
    for (const [key, col] of p.cap) capacity[key] = x[col]!;
    const quantities = {} as Record<Quantity, number>;
    for (const q of QUANTITIES) quantities[q] = evalTerms(quantityTerms(problem, index.periods, q, p.first_year));
    return { first_year: p.first_year, capacity, quantities };
  });

  const expr = (constant: number, terms: LinearTarget['terms'], year: number) => {
    let v = constant;
    for (const term of terms)
      v += term.coef * evalTerms(quantityTerms(problem, index.periods, term.quantity, term.year ?? year, term.candidate));
    return v;
  };
  const targets = index.targets.map(({ target }) => {
    const value = expr(target.constant, target.terms, target.year);
    const gap = target.bound === 'min' ? target.limit - value : value - target.limit;
    const tol = 1e-7 * Math.max(1, Math.abs(target.limit));
    let indicator = value * (target.indicator_scale ?? 1);
    if (target.ratio !== undefined) {
      const den = expr(target.ratio.denominator.constant, target.ratio.denominator.terms, target.year);
      if (den > 0) indicator = expr(target.ratio.numerator.constant, target.ratio.numerator.terms, target.year) / den;
    }
    return { target, value, shortfall: gap > tol ? gap : 0, indicator };
  });
  return { cost_cny, builds, periods, targets };
}
