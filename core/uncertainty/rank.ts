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
