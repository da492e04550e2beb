import type { Distribution } from './schema.ts';
import { inverseNormalCdf, normalCdf } from './normal.ts';

/**
 * Every distribution is sampled through its quantile function: x = Q(u) with u uniform in
 * [0, 1). That is what Latin hypercube sampling needs (one u per stratum) and what lets a
 * group of inputs share one u and move together.
 *
 * Parameterisation (README.md has the table):
 * - three_point (low, central, high): a triangle with its peak at central (the usual reading
 *   of a planner's low/central/high when nothing more is known);
 * - triangular (min, mode, max); uniform (min, max);
 * - normal (mean, sd) and lognormal (median, sigma_log) truncated to [min, max]: u is mapped
 *   into [Phi(a), Phi(b)] before the inverse CDF, so no sample is thrown away and the
 *   sampling stays one u per input.
 */

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

function triangular(u: number, min: number, mode: number, max: number): number {
  if (max === min) return min;
  const f = (mode - min) / (max - min);
  return u < f ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

/** The value at probability u (0 <= u < 1). */
export function quantile(d: Distribution, u: number): number {
  switch (d.kind) {
    case 'uniform':
      return d.min + u * (d.max - d.min);
    case 'triangular':
      return triangular(u, d.min, d.mode, d.max);
    case 'three_point':
      return triangular(u, d.low, d.central, d.high);
    case 'normal': {
      const a = normalCdf((d.min - d.mean) / d.sd);
      const b = normalCdf((d.max - d.mean) / d.sd);
      return clamp(d.mean + d.sd * inverseNormalCdf(a + u * (b - a)), d.min, d.max);
    }
    case 'lognormal': {
      const mu = Math.log(d.median);
      const a = d.min > 0 ? normalCdf((Math.log(d.min) - mu) / d.sigma_log) : 0;
      const b = normalCdf((Math.log(d.max) - mu) / d.sigma_log);
      return clamp(Math.exp(mu + d.sigma_log * inverseNormalCdf(a + u * (b - a))), d.min, d.max);
    }
  }
}

/** The value every other input takes in a one-at-a-time sensitivity run. */
export function centralOf(d: Distribution): number {
  switch (d.kind) {
    case 'three_point':
      return d.central;
    case 'triangular':
      return d.mode;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'normal':
      return d.mean;
    case 'lognormal':
      return d.median;
  }
}

/**
 * Low and high of the tornado: the stated ends for three-point, triangular and uniform inputs;
 * the 5th and 95th percentiles of a (truncated) normal or lognormal, whose bounds may be far out.
 */
export function lowHighOf(d: Distribution): [number, number] {
  switch (d.kind) {
    case 'three_point':
      return [d.low, d.high];
    case 'triangular':
    case 'uniform':
      return [d.min, d.max];
    default:
      return [quantile(d, 0.05), quantile(d, 0.95)];
  }
}

/** Smallest and largest value the distribution can give. */
export function supportOf(d: Distribution): [number, number] {
  return d.kind === 'three_point' ? [d.low, d.high] : [d.min, d.max];
}
