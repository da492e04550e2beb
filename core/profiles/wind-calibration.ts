/**
 * A fast, exact answer to the wind calibration's question "are the full-load hours at speed
 * scale s below the target?" (wind.ts bisects on it, 60 passes over 8760 hours per profile, and
 * a Monte Carlo that samples full-load hours calibrates a new profile every run).
 *
 * With the hub speeds sorted once (a memo of the speed series), the hours below cut-in, in the
 * cubic part of the power curve, at rated and above cut-out are three binary searches: each
 * hour's class depends only on fl(v x s), which is monotone in v. The cubic part's sum then
 * comes from prefix sums of v^3, so the full-load hours cost O(log n) instead of O(n). That sum
 * is rounded differently from the hour-by-hour sum that wind.ts computes, so it only answers
 * when it is farther from the target than a bound on both sums' rounding errors; otherwise it
 * says "cannot tell" and the caller computes the hour-by-hour sum. The bisection therefore takes
 * exactly the same steps as before and every profile keeps its bits.
 *
 * The bound, with n hours, u the unit roundoff, K = rated^3 / (rated^3 - cut_in^3) + 1 and F
 * the full-load hours: each hour's term is off by a few u x K, the ordered sum by n u F, the
 * prefix sums (each below n x rated^3 once scaled) by 2 (n + 3) u n rated^3; all of it is below
 * 32 n u (n K + F + 1), the margin used.
 */

const U = Number.EPSILON / 2;

interface SortedSpeeds {
  sorted: Float64Array;
  /** cubes[i] = sum of sorted[0..i)^3 (length n + 1). */
  cubes: Float64Array;
}

/** By speed series (read-only arrays); null when a speed is negative or not a number. */
const SORTED = new WeakMap<Float64Array, SortedSpeeds | null>();

function sortedSpeeds(speeds: Float64Array): SortedSpeeds | null {
  let s = SORTED.get(speeds);
  if (s !== undefined) return s;
  s = null;
  if (speeds.every((v) => v >= 0 && v < Infinity)) {
    const sorted = Float64Array.from(speeds).sort();
    const cubes = new Float64Array(sorted.length + 1);
    for (let i = 0; i < sorted.length; i++) cubes[i + 1] = cubes[i]! + sorted[i]! * sorted[i]! * sorted[i]!;
    s = { sorted, cubes };
  }
  SORTED.set(speeds, s);
  return s;
}

/** How many sorted speeds v have fl(v x scale) < x. */
function countBelow(sorted: Float64Array, scale: number, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! * scale < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface CurveParams {
  cut_in_m_per_s: number;
  rated_m_per_s: number;
  cut_out_m_per_s: number;
  losses: number;
}

/**
 * Whether the hour-by-hour full-load hours (wind.ts `fullLoadHours`) at `scale` are below
 * `target`, when that is certain without summing the hours; null when it is not.
 */
export function fullLoadHoursBelow(speeds: Float64Array, scale: number, p: CurveParams, target: number): boolean | null {
  const cutIn = p.cut_in_m_per_s;
  const rated = p.rated_m_per_s;
  const cutOut = p.cut_out_m_per_s;
  const net = 1 - p.losses;
  const ci3 = cutIn * cutIn * cutIn;
  const r3 = rated * rated * rated;
  const d = r3 - ci3;
  if (!(cutIn >= 0 && rated <= cutOut && d > 0 && net >= 0 && net <= 1 && scale >= 0 && scale < Infinity)) return null;
  if (!(target > -Infinity && target < Infinity)) return null;
  const s = sortedSpeeds(speeds);
  if (s === null) return null;
  const n = s.sorted.length;
  const i0 = countBelow(s.sorted, scale, cutIn);
  const i1 = countBelow(s.sorted, scale, rated);
  const i2 = countBelow(s.sorted, scale, cutOut);
  const cubic = (scale * scale * scale * (s.cubes[i1]! - s.cubes[i0]!) - (i1 - i0) * ci3) / d;
  const f = net * (cubic + (i2 - i1));
  const margin = 32 * n * U * (n * (r3 / d + 1) + Math.abs(f) + 1);
  if (f + margin < target) return true;
  if (f - margin >= target) return false;
  return null;
}
