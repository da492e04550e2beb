/**
 * Representative days: the 365 days of a year clustered into a few typical days (k-medoids),
 * each weighted by the number of real days it stands for, plus the peak day as a cluster of
 * its own (so the peak the grid connection and storage must cover is never averaged away).
 * The day sequence (which representative each real day maps to) is kept, so storage can be
 * linked across the real days of the year (Kotzur et al. 2018, "Time series aggregation for
 * energy system design: modeling seasonal storage", Applied Energy 213).
 *
 * Method: each feature series is scaled by its largest absolute value (so load in MW and a PV
 * shape per kW weigh alike, times the caller's feature weight), days become 24 x F vectors,
 * squared Euclidean distance between days. Medoids by PAM's greedy BUILD (deterministic: no
 * random seed, ties to the lower day) followed by alternating improvement (assign each day to
 * its nearest medoid, move each medoid to the member with the least total distance to its
 * cluster) until nothing changes. Medoids are real days, so every representative hour is one
 * that happened; `reduceSeries` can rescale a series so its weighted sum keeps the annual sum.
 */

export const HOURS_PER_DAY = 24;
export const DAYS_PER_YEAR = 365;
export const HOURS_PER_YEAR = HOURS_PER_DAY * DAYS_PER_YEAR;

export interface DayFeature {
  /** 8760 hourly values. */
  readonly values: ArrayLike<number>;
  /** Relative importance in the distance; default 1. */
  readonly weight?: number;
}

export interface RepresentativeDays {
  /** Real day (0..364) of each representative day, in calendar order. */
  readonly days: readonly number[];
  /** Real days each representative stands for; sums to 365. */
  readonly weights: readonly number[];
  /** For each real day, the index into `days` of its representative. */
  readonly day_to_rep: Int32Array;
  /** The peak day (largest value of the peak series), always a representative of weight 1. */
  readonly peak_day: number;
  /** Sum over real days of the squared distance to their representative (scaled features). */
  readonly error: number;
}

export interface ClusterOptions {
  /** Representative days wanted, the peak day included: 2..365. */
  readonly days: number;
  /** 8760 values whose maximum picks the peak day (e.g. net load = load - renewables). */
  readonly peak_series: ArrayLike<number>;
}

export function clusterDays(features: readonly DayFeature[], opts: ClusterOptions): RepresentativeDays {
  const k = opts.days;
  if (!Number.isInteger(k) || k < 2 || k > DAYS_PER_YEAR)
    throw new Error(`representative days: ${k} asked, must be a whole number from 2 to ${DAYS_PER_YEAR}`);
  if (features.length === 0) throw new Error('representative days: no series to cluster');
  features.forEach((f, i) => {
    if (f.values.length !== HOURS_PER_YEAR)
      throw new Error(`representative days: series ${i} has ${f.values.length} values, ${HOURS_PER_YEAR} expected`);
  });
  if (opts.peak_series.length !== HOURS_PER_YEAR)
    throw new Error(`representative days: the peak series has ${opts.peak_series.length} values, ${HOURS_PER_YEAR} expected`);

  const peak_day = Math.floor(argMax(opts.peak_series) / HOURS_PER_DAY);
  const D = dayDistances(features);

  // Cluster the other 364 days into k - 1 groups; the peak day is its own group.
  const pool: number[] = [];
  for (let d = 0; d < DAYS_PER_YEAR; d++) if (d !== peak_day) pool.push(d);
  const medoids = kMedoids(D, pool, k - 1);

  const reps = [...medoids, peak_day].sort((a, b) => a - b);
  const repIndex = new Map(reps.map((d, i) => [d, i] as const));
  const day_to_rep = new Int32Array(DAYS_PER_YEAR);
  const weights = new Array<number>(reps.length).fill(0);
  let error = 0;
  for (let d = 0; d < DAYS_PER_YEAR; d++) {
    let best = peak_day;
    if (d !== peak_day) {
      best = medoids[0]!;
      for (const m of medoids) if (D[d * DAYS_PER_YEAR + m]! < D[d * DAYS_PER_YEAR + best]!) best = m;
    }
    const r = repIndex.get(best)!;
    day_to_rep[d] = r;
    weights[r]!++;
    error += D[d * DAYS_PER_YEAR + best]!;
  }
  return { days: reps, weights, day_to_rep, peak_day, error };
}

/**
 * The hours of the representative days, day after day (length days x 24). With
 * `preserve_sum`, values are scaled so that sum(weight x hours) equals the annual sum, so
 * annual energies (a PV yield, a load's MWh) stay those of the engine; the peak keeps its
 * shape but may move by that factor.
 */
export function reduceSeries(
  series: ArrayLike<number>,
  rep: RepresentativeDays,
  opts: { preserve_sum?: boolean } = {},
): Float64Array {
  const out = new Float64Array(rep.days.length * HOURS_PER_DAY);
  let weighted = 0;
  rep.days.forEach((d, r) => {
    for (let h = 0; h < HOURS_PER_DAY; h++) {
      const v = series[d * HOURS_PER_DAY + h]!;
      out[r * HOURS_PER_DAY + h] = v;
      weighted += v * rep.weights[r]!;
    }
  });
  if (opts.preserve_sum) {
    let annual = 0;
    for (let i = 0; i < HOURS_PER_YEAR; i++) annual += series[i]!;
    if (weighted !== 0) {
      const f = annual / weighted;
      for (let i = 0; i < out.length; i++) out[i]! *= f;
    }
  }
  return out;
}

/** The year rebuilt from its representatives (each real day replaced by its representative). */
export function expandSeries(reduced: ArrayLike<number>, rep: RepresentativeDays): Float64Array {
  const out = new Float64Array(HOURS_PER_YEAR);
  for (let d = 0; d < DAYS_PER_YEAR; d++) {
    const r = rep.day_to_rep[d]!;
    for (let h = 0; h < HOURS_PER_DAY; h++) out[d * HOURS_PER_DAY + h] = reduced[r * HOURS_PER_DAY + h]!;
  }
  return out;
}

function argMax(v: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[best]!) best = i;
  return best;
}

/** Squared Euclidean distances between all days, features scaled by their max |value|. */
function dayDistances(features: readonly DayFeature[]): Float64Array {
  const F = features.length;
  const dim = F * HOURS_PER_DAY;
  const X = new Float64Array(DAYS_PER_YEAR * dim);
  features.forEach((f, fi) => {
    let scale = 0;
    for (let i = 0; i < HOURS_PER_YEAR; i++) scale = Math.max(scale, Math.abs(f.values[i]!));
    const w = Math.sqrt(f.weight ?? 1) / (scale > 0 ? scale : 1);
    for (let d = 0; d < DAYS_PER_YEAR; d++)
      for (let h = 0; h < HOURS_PER_DAY; h++) X[d * dim + fi * HOURS_PER_DAY + h] = f.values[d * HOURS_PER_DAY + h]! * w;
  });
  const D = new Float64Array(DAYS_PER_YEAR * DAYS_PER_YEAR);
  for (let a = 0; a < DAYS_PER_YEAR; a++)
    for (let b = a + 1; b < DAYS_PER_YEAR; b++) {
      let s = 0;
      for (let i = 0; i < dim; i++) {
        const t = X[a * dim + i]! - X[b * dim + i]!;
        s += t * t;
      }
      D[a * DAYS_PER_YEAR + b] = s;
      D[b * DAYS_PER_YEAR + a] = s;
    }
  return D;
}

/** PAM BUILD then alternating improvement, over the days in `pool`; returns k medoids. */
function kMedoids(D: Float64Array, pool: readonly number[], k: number): number[] {
  const N = DAYS_PER_YEAR;
  if (k >= pool.length) return pool.slice();
  const near = new Float64Array(N).fill(Infinity); // distance of each day to its nearest medoid
  const medoids: number[] = [];
  const chosen = new Set<number>();
  while (medoids.length < k) {
    let best = -1,
      bestCost = Infinity;
    for (const c of pool) {
      if (chosen.has(c)) continue;
      let cost = 0;
      for (const d of pool) cost += Math.min(near[d]!, D[d * N + c]!);
      if (cost < bestCost) {
        bestCost = cost;
        best = c;
      }
    }
    medoids.push(best);
    chosen.add(best);
    for (const d of pool) near[d] = Math.min(near[d]!, D[d * N + best]!);
  }
  // Alternating improvement; each pass lowers the total cost or stops, so it terminates.
  for (let pass = 0; pass < 100; pass++) {
    const groups = medoids.map(() => [] as number[]);
    for (const d of pool) {
      let bi = 0;
      for (let i = 1; i < medoids.length; i++) if (D[d * N + medoids[i]!]! < D[d * N + medoids[bi]!]!) bi = i;
      groups[bi]!.push(d);
    }
    let changed = false;
    groups.forEach((g, i) => {
      let best = medoids[i]!,
        bestCost = Infinity;
      for (const c of g) {
        let cost = 0;
        for (const d of g) cost += D[d * N + c]!;
        if (cost < bestCost - 1e-12 || (Math.abs(cost - bestCost) <= 1e-12 && c === medoids[i])) {
          bestCost = cost;
          best = c;
        }
      }
      if (best !== medoids[i]) {
        medoids[i] = best;
        changed = true;
      }
    });
    if (!changed) break;
  }
  return medoids;
}
