import { DAYS_PER_YEAR, HOURS_PER_YEAR, MONTH_DAYS, MONTH_START_DAY } from './calendar.ts';
import type { CityClimate } from './climate-cities.ts';
import { hashString, mulberry32 } from './prng.ts';
import { dayGeometry, hourAngle, zenithCos } from './solar.ts';

/**
 * Hourly weather for PV: what an EPW file gives, or what `synthesizeWeather` makes from a
 * city's monthly normals. Irradiances are hour means in W/m2 (= Wh/m2 in that hour); hour h
 * covers clock time h..h+1 of local standard time in the reference year (core/profiles/calendar.ts).
 */
export interface HourlyWeather {
  lat_deg: number;
  lon_deg: number;
  /** Standard meridian of the clock time, deg E (120 for China Standard Time, UTC+8). */
  meridian_deg: number;
  ghi_w_per_m2: Float64Array;
  /** Diffuse horizontal; null means split from GHI with the Erbs correlation. */
  dhi_w_per_m2: Float64Array | null;
  /** Direct normal; null means beam = GHI - DHI. */
  dni_w_per_m2: Float64Array | null;
  temp_c: Float64Array;
  wind_m_per_s: Float64Array;
  source: string;
  /** Set when the weather is a series imported into the plan: its name, file and import date (YYYY-MM-DD). */
  imported?: { series: string; file: string; imported_on: string };
}

export const CHINA_STANDARD_MERIDIAN_DEG = 120;

/** Sub-steps per hour for solar geometry: the sunrise and sunset hours are integrated, not sampled at mid-hour. */
export const SUBSTEPS = 4;

/**
 * Haurwitz (1945) clear-sky GHI, W/m2: 1098 cos Z exp(-0.059 / cos Z). Chosen for needing only
 * the zenith angle; it ignores altitude and turbidity, which is harmless here because the
 * monthly scaling below absorbs both (a plateau site simply gets a clearness ratio above 1).
 */
export function haurwitzGhi(cosZ: number): number {
  return cosZ > 0 ? 1098 * cosZ * Math.exp(-0.059 / cosZ) : 0;
}

export interface SynthesisOptions {
  /**
   * Day-to-day variation of cloudiness (default true). Each day's clearness is drawn from a
   * uniform band around the month's mean with mulberry32 seeded from the city key, then the
   * month is rescaled so its total equals the normal exactly. False gives every day of a month
   * the same (mean) clearness.
   */
  variability?: boolean;
  /** Extra seed mixed with the city key, to draw another weather year. */
  seed?: number;
}

/**
 * Hourly weather from monthly normals:
 *  1. clear-sky GHI per hour (Haurwitz, integrated over SUBSTEPS sub-steps);
 *  2. per month, the ratio K of the normal's irradiation to the clear-sky total; per day a
 *     clearness K_d = K + s (2u - 1), with u uniform [0,1) from the seeded generator and the band
 *     s = min(0.8 K, K - 0.05, max(1, K + 0.05) - K) so days stay between about 5% of clear sky
 *     and clear sky; then all days of the month are rescaled so the monthly total matches the
 *     normal exactly (to rounding). Within a day the clear-sky shape is kept: passing clouds
 *     inside a day are not modelled;
 *  3. air temperature: the monthly mean plus a diurnal cosine peaking at 15:00 with half-range
 *     A = clamp(2 + 5 K_d, 2, 7) K (clear days swing more), so the monthly mean is unchanged;
 *  4. wind speed: the monthly 10 m mean, used only for module cooling.
 * Diffuse and direct parts are left null: the PV model splits them with Erbs.
 */
export function synthesizeWeather(c: CityClimate, options: SynthesisOptions = {}): HourlyWeather {
  const variability = options.variability ?? true;
  const rand = mulberry32(hashString(c.key) ^ (options.seed ?? 0x5eed));
  const lat = (c.lat_deg * Math.PI) / 180;
  const clear = new Float64Array(HOURS_PER_YEAR);
  const clearDay = new Float64Array(DAYS_PER_YEAR);
  for (let d = 0; d < DAYS_PER_YEAR; d++) {
    const g = dayGeometry(d + 1);
    let daySum = 0;
    for (let hr = 0; hr < 24; hr++) {
      let sum = 0;
      for (let k = 0; k < SUBSTEPS; k++) {
        const w = hourAngle(hr + (k + 0.5) / SUBSTEPS, c.lon_deg, CHINA_STANDARD_MERIDIAN_DEG, g.equation_of_time_min);
        sum += haurwitzGhi(zenithCos(lat, g.declination_rad, w));
      }
      clear[d * 24 + hr] = sum / SUBSTEPS;
      daySum += sum / SUBSTEPS;
    }
    clearDay[d] = daySum;
  }

  const dayK = new Float64Array(DAYS_PER_YEAR);
  for (let m = 0; m < 12; m++) {
    const first = MONTH_START_DAY[m]!;
    const n = MONTH_DAYS[m]!;
    let clearMonth = 0;
    for (let d = first; d < first + n; d++) clearMonth += clearDay[d]!;
    const target = c.ghi_kwh_per_m2_day[m]! * 1000 * n;
    const kMean = target / clearMonth;
    const band = variability ? Math.max(0, Math.min(0.8 * kMean, kMean - 0.05, Math.max(1, kMean + 0.05) - kMean)) : 0;
    let got = 0;
    for (let d = first; d < first + n; d++) {
      const k = kMean + band * (2 * rand() - 1);
      dayK[d] = k;
      got += k * clearDay[d]!;
    }
    const fix = target / got;
    for (let d = first; d < first + n; d++) dayK[d]! *= fix;
  }

  const ghi = new Float64Array(HOURS_PER_YEAR);
  const temp = new Float64Array(HOURS_PER_YEAR);
  const wind = new Float64Array(HOURS_PER_YEAR);
  for (let m = 0; m < 12; m++) {
    for (let d = MONTH_START_DAY[m]!; d < MONTH_START_DAY[m]! + MONTH_DAYS[m]!; d++) {
      const k = dayK[d]!;
      const amplitude = Math.min(7, Math.max(2, 2 + 5 * k));
      for (let hr = 0; hr < 24; hr++) {
        const h = d * 24 + hr;
        ghi[h] = clear[h]! * k;
        // Hour-mean of a cosine centred on 15:00: the mid-hour value is close enough.
        temp[h] = c.temp_c[m]! + amplitude * Math.cos((2 * Math.PI * (hr + 0.5 - 15)) / 24);
        wind[h] = c.wind_10m_m_per_s[m]!;
      }
    }
  }
  return {
    lat_deg: c.lat_deg,
    lon_deg: c.lon_deg,
    meridian_deg: CHINA_STANDARD_MERIDIAN_DEG,
    ghi_w_per_m2: ghi,
    dhi_w_per_m2: null,
    dni_w_per_m2: null,
    temp_c: temp,
    wind_m_per_s: wind,
    source: `synthetic hourly weather from monthly normals of ${c.en} (${c.source})`,
  };
}
