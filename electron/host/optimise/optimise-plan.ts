import { performance } from 'node:perf_hooks';
import type { Plan } from '../../../core/model/plan.ts';
import type { Scenario } from '../../../core/model/scenario.ts';
import { runScenario } from '../../../core/engine/run.ts';
import { planProblem } from '../../../core/optimise/from-plan.ts';
import type { PlanOptimiseOptions } from '../../../core/optimise/from-plan.ts';
import { answerToScenario } from '../../../core/optimise/to-scenario.ts';
import { compareEmissions, compareTargets, tightenTargets } from '../../../core/optimise/engine-check.ts';
import type { EmissionsComparison, TargetComparison } from '../../../core/optimise/engine-check.ts';
import type { TargetShortfall } from '../../../core/optimise/infeasibility.ts';
import type { LpSize } from '../../../core/optimise/lp.ts';
import type { PlanningProblem } from '../../../core/optimise/problem.ts';
import { solveProblem } from './solve-problem.ts';
import type { OptimiseProgress } from './solve-problem.ts';
import type { LpBasis } from './highs-solve.ts';
import type { BuiltLp } from '../../../core/optimise/build-lp.ts';

/**
 * The whole planner run on one thread: problem from the plan, LP, answer as a child scenario,
 * the engine's full check, and up to `rounds` re-solves with the missed targets tightened by
 * the engine's gap. Deterministic: same plan and options, same scenario.
 */

export interface OptimisePlanOptions extends PlanOptimiseOptions {
  readonly new_scenario_id: string;
  readonly new_scenario_name: string;
  /** LP-engine rounds at most (default 3). */
  readonly rounds?: number;
  /** Seconds for each solve. */
  readonly time_limit_s?: number;
  readonly onProgress?: (p: OptimiseProgress) => void;
}

/**
 * `meets_all`: the engine finds every target met in every year. `misses`: the engine still
 * finds some missed after the last round (the comparisons say which and by how much).
 * `infeasible`: no plan within the bounds meets the targets even in the LP (the shortfalls
 * say why). `time_limit` / `failed`: the solver did not finish.
 */
export type PlanOptimiseStatus = 'meets_all' | 'misses' | 'infeasible' | 'time_limit' | 'failed';

export interface PlanOptimiseResult {
  readonly status: PlanOptimiseStatus;
  readonly scenario: Scenario | null;
  readonly comparisons: readonly TargetComparison[];
  /** Net emissions by modelled year, the LP's estimate beside the engine's. */
  readonly emissions: readonly EmissionsComparison[];
  readonly shortfalls: readonly TargetShortfall[];
  readonly lp: {
    /** Present cost of the answer less that of building nothing, as the LP estimates it, CNY. */
    readonly delta_cost_cny: number | null;
    readonly size: LpSize;
    readonly build_ms: number;
    readonly solve_s: number;
    readonly iterations: number;
  };
  readonly engine: {
    /** The engine's NPV of the new scenario less its base, excluding the carbon price, CNY. */
    readonly delta_cost_cny: number | null;
    readonly check_ms: number;
  } | null;
  readonly rounds: number;
  readonly prepare_ms: number;
  readonly candidates: readonly string[];
}

export async function optimisePlan(plan: Plan, opts: OptimisePlanOptions): Promise<PlanOptimiseResult> {
  const progress = opts.onProgress ?? (() => {});
  progress({ phase: 'prepare' });
  let t0 = performance.now();
  const pp = planProblem(plan, opts);
  const prepare_ms = performance.now() - t0;
  const limit = opts.time_limit_s === undefined ? {} : { time_limit_s: opts.time_limit_s };

  // What building nothing costs in the LP's terms (the reference for the cost side by side).
  const nothing = await solveProblem({ ...pp.problem, candidates: [], targets: [] }, limit);
  const base_cost = nothing.answer?.cost_cny ?? null;

  let problem: PlanningProblem = pp.problem;
  let build_ms = nothing.build_ms;
  let solve_s = nothing.solve_s;
  let iterations = nothing.iterations;
  let check_ms = 0;
  const maxRounds = opts.rounds ?? 3;
  let last: PlanOptimiseResult | null = null;
  let warm: LpBasis | undefined;
  let previous: BuiltLp | undefined;
  for (let round = 1; round <= maxRounds; round++) {
    // Later rounds only move target rows' bounds: start from the last round's basis.
    const out = await solveProblem(problem, {
      ...limit,
      onProgress: (p) => progress({ ...p, round }),
      ...(warm === undefined ? {} : { warm_start: warm }),
      ...(previous === undefined ? {} : { previous }),
    });
    warm = out.basis;
    previous = out.built;
    build_ms += out.build_ms;
    solve_s += out.solve_s;
    iterations += out.iterations;
    const lp = {
      delta_cost_cny: out.answer && base_cost !== null ? out.answer.cost_cny - base_cost : null,
      size: out.size,
      build_ms,
      solve_s,
      iterations,
    };
    const common = { lp, rounds: round, prepare_ms, candidates: pp.candidates.map((c) => c.candidate.id) };
    if (out.status === 'time_limit' || out.status === 'failed' || out.answer === null)
      return {
        ...common,
        status: out.status === 'time_limit' ? 'time_limit' : 'failed',
        scenario: null,
        comparisons: [],
        emissions: [],
        shortfalls: [],
        engine: null,
      };

    progress({ phase: 'check', round });
    const scenario = answerToScenario(plan, opts.scenario_id, out.answer, pp.candidates, {
      id: opts.new_scenario_id,
      name: opts.new_scenario_name,
    });
    t0 = performance.now();
    const withChild: Plan = { ...plan, scenarios: [...plan.scenarios, scenario] };
    const result = runScenario(withChild, scenario.id, { mac: false });
    check_ms += performance.now() - t0;
    // Only the targets asked for are judged; the engine checks every target of the plan.
    const comparisons = compareTargets(out.answer, result).filter(
      (c) => opts.target_ids === undefined || opts.target_ids.includes(c.target_id),
    );
    const emissions = compareEmissions(out.answer, pp.basis, pp.period_years, result);
    const engine = { delta_cost_cny: result.summary.npv_cost_vs_parent_excl_carbon_cny, check_ms };
    const missed = comparisons.filter((c) => !c.engine_pass);
    // Targets the LP already reports as out of reach are not tightened (nothing can do more);
    // the others the engine finds missed (representative days, the rule-based dispatch, the
    // linear effects of measures that interact) are, and the LP solved again.
    const unreachable = new Set(out.shortfalls.map((s) => `${s.target_id}@${s.year}`));
    const fixable = missed.filter((c) => !unreachable.has(`${c.target_id}@${c.year}`));
    last = {
      ...common,
      status: out.status === 'relaxed' ? 'infeasible' : missed.length === 0 ? 'meets_all' : 'misses',
      scenario,
      comparisons,
      emissions,
      shortfalls: out.status === 'relaxed' ? out.shortfalls : [],
      engine,
    };
    if (fixable.length === 0) break;
    const tighter = tightenTargets(problem, fixable);
    if (tighter === null) break;
    problem = tighter;
  }
  return last!;
}
