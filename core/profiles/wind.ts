import { HOURS_PER_YEAR, MONTH_START_HOUR } from './calendar.ts';
import type { CityClimate } from './climate-cities.ts';
import { hashString, mulberry32 } from './prng.ts';
import { fullLoadHoursBelow } from './wind-calibration.ts';

/**
 * Hourly wind capacity factors from monthly mean 10 m wind speeds.
 *  1. Speed at hub height by the power law v_hub = v_10 (H / 10)^alpha, alpha = 1/7 ~ 0.14
 *     (the classic neutral-stability exponent over open land; IEC 61400-1 uses 0.2 for design
 *     loads, so 0.14 is the milder, yield-oriented choice).
 *  2. Hour-to-hour variation: a Gaussian AR(1) series z_t = phi z_(t-1) + sqrt(1 - phi^2) e_t,
 *     phi = 0.95 per hour (correlation falls to 1/e in about 20 hours, synoptic weather), e_t
 *     standard normal from mulberry32 via Box-Muller, seeded from the city key. Each z_t is mapped
 *     to a Weibull(k = 2) speed through the normal CDF (a standard way to give synthetic wind the
 *     right marginal distribution with persistence; Brown, Katz & Murphy 1984). The Rayleigh
 *     case k = 2 is the usual default when only mean speeds are known.
 *  3. A daily cycle at hub height, 1 + 0.08 cos(2 pi (hour + 0.5 - 2) / 24): night maxima,
 *     typical above ~80 m over land where the stable night boundary layer decouples from the
 *     surface (10 m stations show the opposite, afternoon maxima).
 *  4. Each month is rescaled so its mean hub speed equals the sheared monthly normal exactly.
 *  5. Generic turbine curve: 0 below cut-in 3 m/s, (v^3 - 3^3) / (11.5^3 - 3^3) up to rated
 *     11.5 m/s, 1 up to cut-out 25 m/s, 0 above; then 10% losses (wakes, availability,
 *     electrical).
 * City station speeds (urban, 10 m) understate wind-farm sites badly, so when full-load hours
 * are known (the plan's value or the factor library's provincial default) all speeds are
 * multiplied by one factor, found by bisection, that makes the annual full-load hours match.
 * The shape then comes from the climate and the energy from the plan. The factor is reported.
 */

export interface WindParams {
  hub_height_m: number;
  /** Annual full-load hours to calibrate to; null keeps the climate's own energy. */
  full_load_hours?: number | null;
  shear_alpha?: number;
  weibull_k?: number;
  cut_in_m_per_s?: number;
  rated_m_per_s?: number;
  cut_out_m_per_s?: number;
  losses?: number;
  seed?: number;
}

export const WIND_DEFAULTS = {
  shear_alpha: 0.14,
  weibull_k: 2,
  cut_in_m_per_s: 3,
  rated_m_per_s: 11.5,
  cut_out_m_per_s: 25,
  losses: 0.1,
  autocorrelation: 0.95,
  diurnal_amplitude: 0.08,
  diurnal_peak_hour: 2,
} as const;

export interface WindProfile {
  /** Net output per kW of rated power in each hour (capacity factor). */
  cf: Float64Array;
  full_load_hours: number;
  /** Mean hub-height speed after calibration, m/s. */
  mean_hub_speed_m_per_s: number;
  /** Factor applied to all speeds to meet `full_load_hours` (1 when not calibrated). */
  speed_scale: number;
  /** False when the target could not be met (too high for this power curve); the closest is used. */
  calibrated: boolean;
}

/** Standard normal CDF via erf (Abramowitz & Stegun 7.1.26, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf =
    1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

export function powerCurve(v: number, cutIn: number, rated: number, cutOut: number): number {
  if (v < cutIn || v >= cutOut) return 0;
  if (v >= rated) return 1;
  return (v * v * v - cutIn * cutIn * cutIn) / (rated * rated * rated - cutIn * cutIn * cutIn);
}

/** Unit-mean hub-height speed shape (before monthly scaling), deterministic per city and seed. */
function speedSeries(c: CityClimate, p: Required<Omit<WindParams, 'full_load_hours'>>): Float64Array {
  const rand = mulberry32(hashString(c.key) ^ p.seed);
  const phi = WIND_DEFAULTS.autocorrelation;
  const innov = Math.sqrt(1 - phi * phi);
  const v = new Float64Array(HOURS_PER_YEAR);
  let z = 0;
  let spare: number | null = null;
  const gauss = () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const u1 = 1 - rand();
    const u2 = rand();
    const r = Math.sqrt(-2 * Math.log(u1));
    spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  };
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    z = phi * z + innov * gauss();
    // Weibull quantile with unit scale; the clamp keeps log finite at the far tail.
    const u = Math.min(1 - 1e-12, normalCdf(z));
    const hr = h % 24;
    const diurnal =
      1 + WIND_DEFAULTS.diurnal_amplitude * Math.cos((2 * Math.PI * (hr + 0.5 - WIND_DEFAULTS.diurnal_peak_hour)) / 24);
    v[h] = Math.pow(-Math.log(1 - u), 1 / p.weibull_k) * diurnal;
  }
  const shear = Math.pow(p.hub_height_m / 10, p.shear_alpha);
  for (let m = 0; m < 12; m++) {
    const a = MONTH_START_HOUR[m]!;
    const b = MONTH_START_HOUR[m + 1]!;
    let sum = 0;
    for (let h = a; h < b; h++) sum += v[h]!;
    const scale = (c.wind_10m_m_per_s[m]! * shear * (b - a)) / sum;
    for (let h = a; h < b; h++) v[h]! *= scale;
  }
  return v;
}

function fullLoadHours(
  speeds: Float64Array,
  scale: number,
  p: Required<Omit<WindParams, 'full_load_hours'>>,
  out: Float64Array | null,
): number {
  let sum = 0;
  const net = 1 - p.losses;
  // Locals: under tsx an imported constant is a getter call per read, and the curve's
  // parameters are read once instead of once per hour.
  const n = HOURS_PER_YEAR;
  const cutIn = p.cut_in_m_per_s;
  const rated = p.rated_m_per_s;
  const cutOut = p.cut_out_m_per_s;
  for (let h = 0; h < n; h++) {
    const cf = powerCurve(speeds[h]! * scale, cutIn, rated, cutOut) * net;
    if (out) out[h] = cf;
    sum += cf;
  }
  return sum;
}

/**
 * Speed shapes by climate and shape parameters. A pure function's memo (the arrays are only
 * read): a Monte Carlo samples full-load hours, so it calibrates a new profile every run, but
 * the speed shape underneath depends only on the site and the hub, not on the hours.
 */
const SPEED_MEMO = new WeakMap<CityClimate, Map<string, Float64Array>>();
const SPEED_MEMO_LIMIT = 8;

function memoSpeedSeries(c: CityClimate, p: Required<Omit<WindParams, 'full_load_hours'>>): Float64Array {
  let byParams = SPEED_MEMO.get(c);
  if (byParams === undefined) SPEED_MEMO.set(c, (byParams = new Map()));
  const key = [p.hub_height_m, p.shear_alpha, p.weibull_k, p.seed].join('|');
  let v = byParams.get(key);
  if (v === undefined) {
    byParams.set(key, (v = speedSeries(c, p)));
    if (byParams.size > SPEED_MEMO_LIMIT) byParams.delete(byParams.keys().next().value!);
  }
  return v;
}

export function windProfile(c: CityClimate, params: WindParams): WindProfile {
  const p = { ...WIND_DEFAULTS, seed: 0x57a7d, ...params };
  const speeds = memoSpeedSeries(c, p);
  let mean = 0;
  for (let h = 0; h < HOURS_PER_YEAR; h++) mean += speeds[h]!;
  mean /= HOURS_PER_YEAR;
  const target = params.full_load_hours ?? null;
  let scale = 1;
  let calibrated = true;
  if (target !== null && !(mean > 0)) calibrated = false;
  else if (target !== null) {
    // Full-load hours rise with the scale until the mean speed nears rated; search below a
    // mean hub speed of 10 m/s, where the cut-out tail is still negligible and the rise monotone.
    // Below the target? Answered from sorted speeds when certain, else hour by hour (same bits).
    const below = (s: number) => fullLoadHoursBelow(speeds, s, p, target) ?? fullLoadHours(speeds, s, p, null) < target;
    let lo = 0;
    let hi = 10 / mean;
    if (below(hi)) {
      scale = hi;
      calibrated = false;
    } else {
      // hi is never below the target, lo is below it once it has moved: once the midpoint is
      // such an end, every later step would leave both where they are.
      let loMoved = false;
      for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (mid === hi || (mid === lo && loMoved)) break;
        if (below(mid)) {
          lo = mid;
          loMoved = true;
        } else hi = mid;
      }
      scale = (lo + hi) / 2;
    }
  }
  const cf = new Float64Array(HOURS_PER_YEAR);
  const flh = fullLoadHours(speeds, scale, p, cf);
  return { cf, full_load_hours: flh, mean_hub_speed_m_per_s: mean * scale, speed_scale: scale, calibrated };
}
