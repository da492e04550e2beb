/**
 * Spearman's rank correlation: Pearson's correlation of the ranks, ties given their average
 * rank. Pairs where either value is NaN are left out. Returns null with fewer than 3 pairs or
 * when either side does not vary (a fixed input says nothing about the output).
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++)
    if (!Number.isNaN(x[i]!) && !Number.isNaN(y[i]!)) {
      xs.push(x[i]!);
      ys.push(y[i]!);
    }
  if (xs.length < 3) return null;
  return pearson(ranks(xs), ranks(ys));
}

export function ranks(values: readonly number[]): Float64Array {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
  const out = new Float64Array(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]!] === values[order[i]!]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]!] = avg;
    i = j + 1;
  }
  return out;
}

function pearson(a: Float64Array, b: Float64Array): number | null {
  const m = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < m; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= m;
  mb /= m;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < m; i++) {
    const da = a[i]! - ma;
    const db = b[i]! - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  if (saa === 0 || sbb === 0) return null;
  return sab / Math.sqrt(saa * sbb);
}

/**
 * Partial rank correlation (PRCC) of each column of `xs` with `y`: the Spearman correlation
 * left once every other column's (linear, on ranks) influence is taken out of both, so an
 * input that matters only because it moves with another one does not look important. Computed
 * from the inverse P of the rank correlation matrix of [xs..., y]: PRCC_k = -P_ky / sqrt(P_kk
 * P_yy) (the standard identity; Saltelli et al., Sensitivity Analysis in Practice, 2004, 5.2).
 *
 * Columns that do not vary, or that repeat an earlier column's ranks exactly (inputs of one
 * group share a draw), are left out of the matrix; a repeat gets its first column's value, a
 * constant null. All null when there are too few runs (runs <= columns + 2) or the matrix is
 * singular. Rows where y (or any x) is NaN are left out.
 */
export function partialRankCorrelations(xs: readonly ArrayLike<number>[], y: ArrayLike<number>): (number | null)[] {
  const rows: number[] = [];
  for (let i = 0; i < y.length; i++) if (!Number.isNaN(y[i]!) && xs.every((x) => !Number.isNaN(x[i]!))) rows.push(i);
  const out: (number | null)[] = xs.map(() => null);
  const pick = (a: ArrayLike<number>) => ranks(rows.map((i) => a[i]!));
  const ry = pick(y);
  if (!varies(ry)) return out;
  // Distinct, varying columns; `of[k]` = the column an input's value comes from.
  const cols: Float64Array[] = [];
  const of = xs.map((x) => {
    const r = pick(x);
    if (!varies(r)) return -1;
    const same = cols.findIndex((c) => c.every((v, i) => v === r[i]));
    if (same >= 0) return same;
    cols.push(r);
    return cols.length - 1;
  });
  const p = cols.length + 1;
  if (cols.length === 0 || rows.length <= p + 1) return out;
  const all = [...cols, ry];
  const c = all.map((a) => all.map((b) => pearson(a, b) ?? 0));
  const inv = invert(c);
  if (inv === null) return out;
  const yk = p - 1;
  const prcc = cols.map((_, k) => {
    const d = inv[k]![k]! * inv[yk]![yk]!;
    return d > 0 ? Math.max(-1, Math.min(1, -inv[k]![yk]! / Math.sqrt(d))) : null;
  });
  return of.map((k) => (k < 0 ? null : prcc[k]!));
}

function varies(a: Float64Array): boolean {
  for (let i = 1; i < a.length; i++) if (a[i] !== a[0]) return true;
  return false;
}

/** Gauss-Jordan inverse with partial pivoting; null when (numerically) singular. */
function invert(m: number[][]): number[][] | null {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < n; col++) {
    let best = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[best]![col]!)) best = r;
    if (Math.abs(a[best]![col]!) < 1e-10) return null;
    [a[col], a[best]] = [a[best]!, a[col]!];
    const pivot = a[col]![col]!;
    for (let j = 0; j < 2 * n; j++) a[col]![j]! /= pivot;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = a[r]![col]!;
      if (f === 0) continue;
      for (let j = 0; j < 2 * n; j++) a[r]![j]! -= f * a[col]![j]!;
    }
  }
  return a.map((row) => row.slice(n));
}
