import { performance } from 'node:perf_hooks';
import { buildLp, DEFAULT_ELASTIC_PENALTY_CNY, retargetLp } from '../../../core/optimise/build-lp.ts';
import type { BuiltLp } from '../../../core/optimise/build-lp.ts';
import { shortfalls } from '../../../core/optimise/infeasibility.ts';
import type { TargetShortfall } from '../../../core/optimise/infeasibility.ts';
import { lpSize } from '../../../core/optimise/lp.ts';
import type { LpSize } from '../../../core/optimise/lp.ts';
import type { PlanningProblem } from '../../../core/optimise/problem.ts';
import { readSolution } from '../../../core/optimise/read-solution.ts';
import type { LpAnswer } from '../../../core/optimise/read-solution.ts';
import { solveLp } from './highs-solve.ts';
import type { LpBasis, SolveStatus } from './highs-solve.ts';

/** Where a run is, for progress lines: preparing from the plan, building the model, solving, checking with the engine. */
export type OptimisePhase = 'prepare' | 'build' | 'solve' | 'check';

export interface OptimiseProgress {
  readonly phase: OptimisePhase;
  /** Solver iterations so far, where HiGHS reports them. */
  readonly iterations?: number;
  /** Round of the LP-engine loop, from 1. */
  readonly round?: number;
}

export interface SolveProblemOptions {
  /** Seconds for the solver. */
  readonly time_limit_s?: number;
  readonly onProgress?: (p: OptimiseProgress) => void;
  /** The basis of an earlier round's solve (same model shape), to start from. */
  readonly warm_start?: LpBasis;
  /** The LP of an earlier round: when only target limits changed, it is reused with moved rows. */
  readonly previous?: BuiltLp;
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
  /** The solve's optimal basis, for the next round's warm start. */
  readonly basis?: LpBasis;
  /** The LP solved (for the next round's `previous`). */
  readonly built?: BuiltLp;
}

/**
 * Build and solve a planning problem. Targets are elastic from the start (a shortfall column
 * per target row, priced far above any real cost): when every shortfall is zero this is the
 * optimum of the hard problem, and when not, the same solve is the least-short plan. One solve
 * instead of a failed hard solve followed by a relaxed one.
 */
export async function solveProblem(problem: PlanningProblem, opts: SolveProblemOptions = {}): Promise<ProblemOutcome> {
  const progress = opts.onProgress ?? (() => {});
  progress({ phase: 'build' });
  const elastic: PlanningProblem =
    problem.targets.length === 0
      ? problem
      : { ...problem, elastic_penalty: problem.elastic_penalty ?? DEFAULT_ELASTIC_PENALTY_CNY };
  const t0 = performance.now();
  const reused = opts.previous === undefined ? null : retargetLp(opts.previous, elastic.targets);
  const built: BuiltLp = reused ?? buildLp(elastic);
  const build_ms = performance.now() - t0;
  progress({ phase: 'solve' });
  const throttle = iterationReporter((iterations) => progress({ phase: 'solve', iterations }));
  const sol = await solveLp(built.model, {
    ...limit(opts.time_limit_s),
    onIteration: throttle,
    ...(opts.warm_start === undefined ? {} : { warm_start: opts.warm_start }),
  });
  const base = {
    size: lpSize(built.model),
    build_ms,
    solve_s: sol.solve_s,
    iterations: sol.iterations,
    ...(sol.basis === undefined ? {} : { basis: sol.basis }),
    built,
  };
  if (sol.status !== 'optimal') return { ...base, status: statusOf(sol.status), answer: null, shortfalls: [] };
  const answer = readSolution(elastic, built, sol.x!);
  const missed = shortfalls(elastic, built, sol.x!, answer);
  return { ...base, status: missed.length === 0 ? 'optimal' : 'relaxed', answer, shortfalls: missed };
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
