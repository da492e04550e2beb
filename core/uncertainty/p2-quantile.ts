/**
 * Streaming quantile estimate in constant memory: the P-square algorithm of R. Jain and
 * I. Chlamtac, "The P2 algorithm for dynamic calculation of quantiles and histograms without
 * storing observations", Communications of the ACM 28(10), 1985. Five markers per quantile,
 * adjusted by piecewise-parabolic interpolation as observations stream in.
 *
 * The estimate depends on the order of observations, so the Monte Carlo reducer feeds runs in
 * run-index order whatever order the workers finish in: the same seed gives the same bands.
 * The first 100 observations are kept and give the exact quantile (linear interpolation between
 * order statistics); then they place the five markers.
 */
/** Observations kept exactly before the markers start (fixed, so memory stays constant). */
const WARM_UP = 100;

export class P2Quantile {
  private readonly p: number;
  private readonly q = new Float64Array(5);
  private readonly n = new Float64Array(5);
  private readonly want = new Float64Array(5);
  private readonly dn: Float64Array;
  private count = 0;
  /** The first WARM_UP observations, kept exactly to place the markers (then dropped). */
  private buffer: number[] | null = [];

  constructor(p: number) {
    this.p = p;
    this.dn = Float64Array.of(0, p / 2, p, (1 + p) / 2, 1);
  }

  add(x: number): void {
    if (Number.isNaN(x)) return;
    const { q, n, want, dn } = this;
    if (this.buffer !== null) {
      this.buffer.push(x);
      this.count++;
      if (this.buffer.length === WARM_UP) this.start();
      return;
    }
    this.count++;
    let k: number;
    if (x < q[0]!) {
      q[0] = x;
      k = 0;
    } else if (x >= q[4]!) {
      q[4] = Math.max(q[4]!, x);
      k = 3;
    } else {
      k = 0;
      while (k < 3 && x >= q[k + 1]!) k++;
    }
    for (let i = k + 1; i < 5; i++) n[i]!++;
    for (let i = 0; i < 5; i++) want[i]! += dn[i]!;
    for (let i = 1; i <= 3; i++) {
      const d = want[i]! - n[i]!;
      if ((d >= 1 && n[i + 1]! - n[i]! > 1) || (d <= -1 && n[i - 1]! - n[i]! < -1)) {
        const s = d > 0 ? 1 : -1;
        const parabolic =
          q[i]! +
          (s / (n[i + 1]! - n[i - 1]!)) *
            ((n[i]! - n[i - 1]! + s) * ((q[i + 1]! - q[i]!) / (n[i + 1]! - n[i]!)) +
              (n[i + 1]! - n[i]! - s) * ((q[i]! - q[i - 1]!) / (n[i]! - n[i - 1]!)));
        if (q[i - 1]! < parabolic && parabolic < q[i + 1]!) q[i] = parabolic;
        else q[i] = q[i]! + (s * (q[i + s]! - q[i]!)) / (n[i + s]! - n[i]!);
        n[i]! += s;
      }
    }
  }

  /**
   * Markers start at the exact quantiles (0, p/2, p, (1+p)/2, 1) of the warm-up observations
   * rather than at the first five values: with five, an extreme early value can hold a tail
   * marker off by a quarter of a standard deviation for thousands of observations.
   */
  private start(): void {
    const sorted = this.buffer!.sort((a, b) => a - b);
    this.buffer = null;
    const last = sorted.length - 1;
    const fractions = [0, this.p / 2, this.p, (1 + this.p) / 2, 1];
    fractions.forEach((f, i) => {
      const pos = Math.round(last * f);
      this.n[i] = pos;
      this.q[i] = sorted[pos]!;
      this.want[i] = last * f;
    });
    // Markers must sit at distinct positions for the parabolic step.
    for (let i = 1; i < 5; i++) if (this.n[i]! <= this.n[i - 1]!) this.n[i] = this.n[i - 1]! + 1;
  }

  /** The estimate; NaN before any observation; exact while warming up. */
  value(): number {
    if (this.count === 0) return NaN;
    if (this.buffer !== null)
      return exactQuantile(
        [...this.buffer].sort((a, b) => a - b),
        this.p,
      );
    return this.q[2]!;
  }
}

/** Quantile of sorted values by linear interpolation between order statistics (type 7). */
export function exactQuantile(sorted: ArrayLike<number>, p: number): number {
  const m = sorted.length;
  if (m === 0) return NaN;
  const h = (m - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(m - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
