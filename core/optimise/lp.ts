/**
 * A sparse linear program, described without a solver: minimise offset + c'x subject to
 * row_lower <= A x <= row_upper and col_lower <= x <= col_upper. The matrix is in compressed
 * sparse column form (CSC), the layout HiGHS takes directly (`highs` ModelData.matrix with
 * format 'csc'), so the host passes these arrays to the solver without copying into text.
 *
 * Infinite bounds are `Infinity` / `-Infinity`; the host maps them to the solver's infinity.
 */
export interface LpModel {
  readonly name: string;
  readonly n_cols: number;
  readonly n_rows: number;
  readonly col_names: readonly string[];
  readonly row_names: readonly string[];
  readonly col_cost: Float64Array;
  readonly col_lower: Float64Array;
  readonly col_upper: Float64Array;
  readonly row_lower: Float64Array;
  readonly row_upper: Float64Array;
  /** CSC: column j's entries are at positions col_starts[j] .. col_starts[j+1]-1. */
  readonly col_starts: Int32Array;
  readonly row_index: Int32Array;
  readonly values: Float64Array;
  /** Constant added to the objective (a cost every plan pays, kept so estimates are whole). */
  readonly offset: number;
}

/** Linear terms of a row: (column, coefficient) pairs. */
export type Terms = [number, number][];

/** Size figures the benchmark and the report print. */
export interface LpSize {
  readonly columns: number;
  readonly rows: number;
  readonly nonzeros: number;
}

export function lpSize(m: LpModel): LpSize {
  return { columns: m.n_cols, rows: m.n_rows, nonzeros: m.values.length };
}

/**
 * Builds an LpModel from columns, rows and (row, col, value) triplets. Duplicate triplets for
 * the same cell are summed (builders add terms from several places, e.g. a generator's output
 * and its curtailment in one balance row), explicit zeros are dropped.
 */
export class LpBuilder {
  private readonly colNames: string[] = [];
  private readonly rowNames: string[] = [];
  private cost: number[] = [];
  private colLo: number[] = [];
  private colUp: number[] = [];
  private rowLo: number[] = [];
  private rowUp: number[] = [];
  private tRow: number[] = [];
  private tCol: number[] = [];
  private tVal: number[] = [];
  private objOffset = 0;

  private readonly name: string;

  constructor(name: string) {
    this.name = name;
  }

  get n_cols(): number {
    return this.colNames.length;
  }

  get n_rows(): number {
    return this.rowNames.length;
  }

  /** A new column (variable); returns its index. */
  addCol(name: string, lower: number, upper: number, cost = 0): number {
    if (!(lower <= upper)) throw new Error(`column ${name}: lower bound ${lower} above upper bound ${upper}`);
    if (!Number.isFinite(cost)) throw new Error(`column ${name}: objective cost ${cost} is not finite`);
    this.colNames.push(name);
    this.cost.push(cost);
    this.colLo.push(lower);
    this.colUp.push(upper);
    return this.colNames.length - 1;
  }

  /** A new row (constraint) with its terms; returns its index. */
  addRow(name: string, lower: number, upper: number, terms: readonly (readonly [number, number])[] = []): number {
    if (!(lower <= upper)) throw new Error(`row ${name}: lower bound ${lower} above upper bound ${upper}`);
    this.rowNames.push(name);
    this.rowLo.push(lower);
    this.rowUp.push(upper);
    const r = this.rowNames.length - 1;
    for (const [c, v] of terms) this.addTerm(r, c, v);
    return r;
  }

  addTerm(row: number, col: number, value: number): void {
    if (!Number.isFinite(value)) throw new Error(`row ${this.rowNames[row]}: coefficient of ${this.colNames[col]} is ${value}`);
    if (value === 0) return;
    this.tRow.push(row);
    this.tCol.push(col);
    this.tVal.push(value);
  }

  addCost(col: number, value: number): void {
    if (!Number.isFinite(value)) throw new Error(`column ${this.colNames[col]}: objective cost ${value} is not finite`);
    this.cost[col]! += value;
  }

  setColBounds(col: number, lower: number, upper: number): void {
    this.colLo[col] = lower;
    this.colUp[col] = upper;
  }

  setRowBounds(row: number, lower: number, upper: number): void {
    this.rowLo[row] = lower;
    this.rowUp[row] = upper;
  }

  addOffset(value: number): void {
    this.objOffset += value;
  }

  build(): LpModel {
    const nC = this.colNames.length;
    const nT = this.tVal.length;
    // Counting sort of the triplets by column, then by row within a column (stable order of
    // insertion by row is not guaranteed, so sort each column's slice) and merge duplicates.
    const count = new Int32Array(nC + 1);
    for (let k = 0; k < nT; k++) count[this.tCol[k]! + 1]!++;
    for (let j = 0; j < nC; j++) count[j + 1]! += count[j]!;
    const pos = count.slice(0, nC);
    const rows = new Int32Array(nT);
    const vals = new Float64Array(nT);
    for (let k = 0; k < nT; k++) {
      const p = pos[this.tCol[k]!]!++;
      rows[p] = this.tRow[k]!;
      vals[p] = this.tVal[k]!;
    }
    const starts = new Int32Array(nC + 1);
    const outRows: number[] = [];
    const outVals: number[] = [];
    for (let j = 0; j < nC; j++) {
      const a = count[j]!,
        b = count[j + 1]!;
      const order: number[] = [];
      for (let p = a; p < b; p++) order.push(p);
      order.sort((p, q) => rows[p]! - rows[q]!);
      let last = -1;
      for (const p of order) {
        if (rows[p] === last) outVals[outVals.length - 1]! += vals[p]!;
        else {
          outRows.push(rows[p]!);
          outVals.push(vals[p]!);
          last = rows[p]!;
        }
      }
      starts[j + 1] = outRows.length;
    }
    return {
      name: this.name,
      n_cols: nC,
      n_rows: this.rowNames.length,
      col_names: this.colNames.slice(),
      row_names: this.rowNames.slice(),
      col_cost: Float64Array.from(this.cost),
      col_lower: Float64Array.from(this.colLo),
      col_upper: Float64Array.from(this.colUp),
      row_lower: Float64Array.from(this.rowLo),
      row_upper: Float64Array.from(this.rowUp),
      col_starts: starts,
      row_index: Int32Array.from(outRows),
      values: Float64Array.from(outVals),
      offset: this.objOffset,
    };
  }
}

/** Row activities A x for a solution x (used by tests and by the estimate's bookkeeping). */
export function rowActivity(m: LpModel, x: ArrayLike<number>): Float64Array {
  const act = new Float64Array(m.n_rows);
  for (let j = 0; j < m.n_cols; j++) {
    const xj = x[j]!;
    if (xj === 0) continue;
    for (let p = m.col_starts[j]!; p < m.col_starts[j + 1]!; p++) act[m.row_index[p]!]! += m.values[p]! * xj;
  }
  return act;
}

/** Objective value offset + c'x. */
export function objectiveValue(m: LpModel, x: ArrayLike<number>): number {
  let v = m.offset;
  for (let j = 0; j < m.n_cols; j++) v += m.col_cost[j]! * x[j]!;
  return v;
}
