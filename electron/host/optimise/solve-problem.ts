import { performance } from 'node:perf_hooks';
import { buildLp, DEFAULT_ELASTIC_PENALTY_CNY } from '../../../core/optimise/build-lp.ts';
import type { BuiltLp } from '../../../core/optimise/build-lp.ts';
import { shortfalls } from '../../../core/optimise/infeasibility.ts';
import type { TargetShortfall } from '../../../core/optimise/infeasibility.ts';
import { lpSize } from '../../../core/optimise/lp.ts';
import type { LpSize } from '../../../core/optimise/lp.ts';
import type { PlanningProblem } from '../../../core/optimise/problem.ts';
import { readSolution } from '../../../core/optimise/read-solution.ts';
import type { LpAnswer } from '../../../core/optimise/read-solution.ts';
import { solveLp } from './highs-solve.ts';
import type { SolveStatus } from './highs-solve.ts';

/** Where a run is, for progress lines: building the model, solving, relaxing targets, checking with the engine. */
export type OptimisePhase = 'prepare' | 'build' | 'solve' | 'relax' | 'check';

export interface OptimiseProgress {
  readonly phase: OptimisePhase;
  /** Solver iterations so far, where HiGHS reports them. */
  readonly iterations?: number;
  /** Round of the LP-engine loop, from 1. */
  readonly round?: number;
}

export interface SolveProblemOptions {
  /** Seconds for the solver (the relaxed solve gets what the first one left). */
  readonly time_limit_s?: number;
  readonly onProgress?: (p: OptimiseProgress) => void;
}

/**
 * `optimal`: every target met in the LP. `relaxed`: no plan within the bounds meets every
 * target; the answer is the least-short plan and `shortfalls` says by how much and why.
 * `time_limit`: the solver ran out of time. `failed`: the solver could not finish (an
 * unbounded or broken model; a bug, said plainly).
 */
export type ProblemStatus = 'optimal' | 'relaxed' | 'time_limit' | 'failed';

export interface ProblemOutcome {
  readonly status: ProblemStatus;
  readonly answer: LpAnswer | null;
  readonly shortfalls: readonly TargetShortfall[];
  readonly size: LpSize;
  readonly build_ms: number;
  readonly solve_s: number;
  readonly iterations: number;
}

/** Build and solve a planning problem; when the targets cannot all be met, relax only them. */
export async function solveProblem(problem: PlanningProblem, opts: SolveProblemOptions = {}): Promise<ProblemOutcome> {
  const progress = opts.onProgress ?? (() => {});
  progress({ phase: 'build' });
  let t0 = performance.now();
  let built: BuiltLp = buildLp(problem);
  let build_ms = performance.now() - t0;
  progress({ phase: 'solve' });
  const throttle = iterationReporter((iterations) => progress({ phase: 'solve', iterations }));
  let sol = await solveLp(built.model, { ...limit(opts.time_limit_s), onIteration: throttle });
  let solve_s = sol.solve_s;
  let iterations = sol.iterations;
  const base = { size: lpSize(built.model), shortfalls: [] as TargetShortfall[] };
  if (sol.status === 'optimal')
    return { ...base, status: 'optimal', answer: readSolution(problem, built, sol.x!), build_ms, solve_s, iterations };
  if (sol.status !== 'infeasible' || problem.targets.length === 0)
    return { ...base, status: statusOf(sol.status), answer: null, build_ms, solve_s, iterations };

  progress({ phase: 'relax' });
  const elastic: PlanningProblem = { ...problem, elastic_penalty: problem.elastic_penalty ?? DEFAULT_ELASTIC_PENALTY_CNY };
  t0 = performance.now();
  built = buildLp(elastic);
  build_ms += performance.now() - t0;
  const left = opts.time_limit_s === undefined ? undefined : Math.max(1, opts.time_limit_s - solve_s);
  const relaxThrottle = iterationReporter((n) => progress({ phase: 'relax', iterations: n }));
  sol = await solveLp(built.model, { ...limit(left), onIteration: relaxThrottle });
  solve_s += sol.solve_s;
  iterations += sol.iterations;
  if (sol.status !== 'optimal')
    return { ...base, size: lpSize(built.model), status: statusOf(sol.status), answer: null, build_ms, solve_s, iterations };
  const answer = readSolution(elastic, built, sol.x!);
  return {
    status: 'relaxed',
    answer,
    shortfalls: shortfalls(elastic, built, sol.x!, answer),
    size: lpSize(built.model),
    build_ms,
    solve_s,
    iterations,
  };
}

function limit(s: number | undefined): { time_limit_s?: number } {
  return s === undefined ? {} : { time_limit_s: s };
}

function statusOf(s: SolveStatus): ProblemStatus {
  return s === 'time_limit' ? 'time_limit' : 'failed';
}

/** At most one progress message per 200 iterations, so a long solve does not flood the port. */
function iterationReporter(report: (n: number) => void): (n: number) => void {
  let last = -Infinity;
  return (n) => {
    if (n - last >= 200) {
      last = n;
      report(n);
    }
  };
}
