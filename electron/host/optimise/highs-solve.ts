import loadHighs from 'highs';
import type { Basis, Highs } from 'highs';
import type { LpModel } from '../../../core/optimise/lp.ts';

/**
 * Solves an LpModel with HiGHS compiled to WebAssembly (npm `highs`), passing the CSC arrays
 * straight to the solver (no LP-format text to write and parse). The model is disposed in
 * every case: HiGHS's memory lives in the WebAssembly heap, which garbage collection never
 * frees. Solver statuses are mapped to the few outcomes the optimiser speaks about; the raw
 * status number never reaches a user.
 */

export type SolveStatus = 'optimal' | 'infeasible' | 'unbounded' | 'time_limit' | 'failed';

export interface LpSolution {
  readonly status: SolveStatus;
  /** Column values; null unless the status is optimal. */
  readonly x: Float64Array | null;
  readonly objective: number | null;
  readonly iterations: number;
  /** HiGHS's own run time, seconds. */
  readonly solve_s: number;
  /** The optimal basis (a warm start for a model of the same shape); absent unless optimal. */
  readonly basis?: LpBasis;
}

/** Column and row basis statuses, as HiGHS reports them. */
export type LpBasis = Basis;

export interface SolveOptions {
  /** Seconds; HiGHS stops and the answer is 'time_limit'. */
  readonly time_limit_s?: number;
  /** Called every few simplex or interior-point iterations with the count so far. */
  readonly onIteration?: (iterations: number) => void;
  /**
   * A basis of an earlier solve of a model with the same columns and rows (the engine-check
   * rounds only move target rows' bounds): the simplex starts from it instead of from scratch.
   * Ignored when its shape does not match.
   */
  readonly warm_start?: LpBasis;
}

let highsPromise: Promise<Highs> | null = null;

/** The WebAssembly instance, loaded once per thread. */
export function highs(): Promise<Highs> {
  highsPromise ??= loadHighs();
  return highsPromise;
}

export async function solveLp(m: LpModel, opts: SolveOptions = {}): Promise<LpSolution> {
  const h = await highs();
  const model = h.createModel({
    numCols: m.n_cols,
    numRows: m.n_rows,
    colCost: m.col_cost,
    colLower: m.col_lower,
    colUpper: m.col_upper,
    rowLower: m.row_lower,
    rowUpper: m.row_upper,
    offset: m.offset,
    matrix: {
      format: 'csc',
      numRows: m.n_rows,
      numCols: m.n_cols,
      starts: m.col_starts,
      indices: m.row_index,
      values: m.values,
    },
  });
  try {
    model.options.set({ output_flag: false });
    if (opts.time_limit_s !== undefined) model.options.set('time_limit', opts.time_limit_s);
    const ws = opts.warm_start;
    if (ws !== undefined && ws.colStatus.length === m.n_cols && ws.rowStatus.length === m.n_rows) model.setBasis(ws);
    const onIteration = opts.onIteration;
    const cb = h.constants.callbackType;
    model.run(
      onIteration === undefined
        ? undefined
        : {
            [cb.simplexInterrupt]: (e) => {
              onIteration(Number(e.data.simplex_iteration_count ?? 0));
            },
            [cb.ipmInterrupt]: (e) => {
              onIteration(Number(e.data.ipm_iteration_count ?? 0));
            },
          },
    );
    const ms = h.constants.modelStatus;
    const code = model.getModelStatus();
    const status: SolveStatus =
      code === ms.optimal || code === ms.empty
        ? 'optimal'
        : code === ms.infeasible
          ? 'infeasible'
          : code === ms.unbounded || code === ms.unboundedOrInfeasible
            ? 'unbounded'
            : code === ms.timeLimit
              ? 'time_limit'
              : 'failed';
    const iterations =
      Number(model.info.get('simplex_iteration_count') ?? 0) + Number(model.info.get('ipm_iteration_count') ?? 0);
    const solve_s = model.getRunTime();
    if (status !== 'optimal') return { status, x: null, objective: null, iterations, solve_s };
    return {
      status,
      x: model.getSolution().colValue,
      objective: model.getObjectiveValue(),
      iterations,
      solve_s,
      basis: model.getBasis(),
    };
  } finally {
    model.dispose();
  }
}
