import { DAYS_PER_YEAR, HOURS_PER_YEAR } from './calendar.ts';
import { dayGeometry, hourAngle, incidenceCos, planeTrig, zenithCos } from './solar.ts';
import { SUBSTEPS } from './weather.ts';
import type { HourlyWeather } from './weather.ts';

/**
 * Hourly PV output per kWp from hourly weather. The chain, with its sources:
 *  - diffuse fraction, when the weather has no DHI: Erbs, Klein & Duffie (1982), hourly
 *    clearness index k_t = GHI / extraterrestrial horizontal (Duffie & Beckman eq. 2.10.1);
 *  - beam on the plane: horizontal beam x R_b, R_b = mean cos(incidence) / mean cos(zenith) over
 *    the hour's sub-steps (D&B 1.8), with an ASHRAE incidence-angle modifier
 *    1 - b0 (1/cos(incidence) - 1), b0 = 0.05 (D&B 5.12, typical single glass);
 *  - sky diffuse on the plane: Hay & Davies (1980) anisotropic model (D&B eq. 2.16.4), with
 *    anisotropy index A_i = beam horizontal / extraterrestrial horizontal;
 *  - ground-reflected: isotropic, albedo 0.2 (grass/concrete; D&B 2.16);
 *  - cell temperature: Faiman (2008), T_c = T_a + G_poa / (U0 + U1 v), U0 = 25 W/m2K,
 *    U1 = 6.84 W/m2K per m/s (PVsyst's default free-standing values; IEC 61853-2 form);
 *  - power: P/P_stc = G_poa / 1000 x (1 + gamma (T_c - 25 C)), gamma = -0.35 %/K (crystalline
 *    silicon, PERC/TOPCon datasheets -0.29..-0.40 %/K);
 *  - system losses 14% (soiling, mismatch, wiring, inverter, availability; the PVWatts default
 *    of 14.08% rounded), applied as one factor.
 * Output is AC energy per kWp DC, kWh/kWp per hour (a capacity factor); the sum is the annual
 * specific yield. Inverter clipping and low-irradiance efficiency are not modelled.
 */
export interface PvSystemParams {
  tilt_deg: number;
  /** 0 = south, -90 = east, +90 = west (the convention of PvParams.azimuth_deg). */
  azimuth_deg: number;
  albedo?: number;
  temp_coeff_per_k?: number;
  system_losses?: number;
  faiman_u0?: number;
  faiman_u1?: number;
  iam_b0?: number;
}

export const PV_DEFAULTS = {
  albedo: 0.2,
  temp_coeff_per_k: -0.0035,
  system_losses: 0.14,
  faiman_u0: 25,
  faiman_u1: 6.84,
  iam_b0: 0.05,
} as const;

export interface PvProfile {
  /** kWh per kWp in each hour of the reference year. */
  cf: Float64Array;
  specific_yield_kwh_per_kwp: number;
  /** Annual irradiation on the plane, kWh/m2, and on the horizontal. */
  poa_kwh_per_m2: number;
  ghi_kwh_per_m2: number;
  /** Yield / (POA / 1 kW/m2): the performance ratio. */
  performance_ratio: number;
}

/** Erbs et al. (1982) diffuse fraction of hourly GHI from the clearness index. */
export function erbsDiffuseFraction(kt: number): number {
  if (kt <= 0.22) return 1 - 0.09 * kt;
  if (kt <= 0.8) return 0.9511 - 0.1604 * kt + 4.388 * kt * kt - 16.638 * kt ** 3 + 12.336 * kt ** 4;
  return 0.165;
}

/** Below this mean cos(zenith) (sun within ~3 deg of the horizon for the whole hour) beam is not transposed. */
const MIN_COS_ZENITH = 0.05;

export function pvFromWeather(w: HourlyWeather, params: PvSystemParams): PvProfile {
  const p = { ...PV_DEFAULTS, ...params };
  const lat = (w.lat_deg * Math.PI) / 180;
  const plane = planeTrig(w.lat_deg, p.tilt_deg, p.azimuth_deg);
  const skyView = (1 + plane.cosBeta) / 2;
  const groundView = (1 - plane.cosBeta) / 2;
  const cf = new Float64Array(HOURS_PER_YEAR);
  let poaSum = 0;
  let ghiSum = 0;
  let yieldSum = 0;
  for (let d = 0; d < DAYS_PER_YEAR; d++) {
    const g = dayGeometry(d + 1);
    for (let hr = 0; hr < 24; hr++) {
      const h = d * 24 + hr;
      const ghi = Math.max(0, w.ghi_w_per_m2[h]!);
      ghiSum += ghi;
      if (ghi === 0) continue;
      let cosZ = 0;
      let cosT = 0;
      let sunSteps = 0;
      for (let k = 0; k < SUBSTEPS; k++) {
        const omega = hourAngle(hr + (k + 0.5) / SUBSTEPS, w.lon_deg, w.meridian_deg, g.equation_of_time_min);
        const cz = zenithCos(lat, g.declination_rad, omega);
        if (cz <= 0) continue;
        sunSteps++;
        cosZ += cz;
        cosT += Math.max(0, incidenceCos(plane, g.declination_rad, omega));
      }
      cosZ /= SUBSTEPS;
      cosT /= SUBSTEPS;
      const g0h = g.extraterrestrial_normal_w_per_m2 * cosZ;
      let dhi: number;
      let beamH: number;
      if (w.dhi_w_per_m2 === null) {
        const kt = g0h > 0 ? Math.min(1, ghi / g0h) : 1;
        dhi = ghi * erbsDiffuseFraction(kt);
        beamH = ghi - dhi;
      } else {
        dhi = Math.min(ghi, Math.max(0, w.dhi_w_per_m2[h]!));
        beamH = w.dni_w_per_m2 === null ? ghi - dhi : Math.min(ghi, Math.max(0, w.dni_w_per_m2[h]! * cosZ));
      }
      const rb = cosZ > MIN_COS_ZENITH ? Math.min(10, cosT / cosZ) : 0;
      const ai = g0h > 0 ? Math.min(1, beamH / g0h) : 0;
      // Incidence-angle modifier at the hour's mean sun-up incidence.
      const cosInc = sunSteps > 0 ? (cosT * SUBSTEPS) / sunSteps : 0;
      const iam = cosInc > 0 ? Math.max(0, 1 - p.iam_b0 * (1 / cosInc - 1)) : 0;
      const poa = beamH * rb * iam + dhi * ((1 - ai) * skyView + ai * rb) + ghi * p.albedo * groundView;
      poaSum += poa;
      const tCell = w.temp_c[h]! + poa / (p.faiman_u0 + p.faiman_u1 * Math.max(0, w.wind_m_per_s[h]!));
      const kwhPerKwp = Math.max(0, (poa / 1000) * (1 + p.temp_coeff_per_k * (tCell - 25)) * (1 - p.system_losses));
      cf[h] = kwhPerKwp;
      yieldSum += kwhPerKwp;
    }
  }
  return {
    cf,
    specific_yield_kwh_per_kwp: yieldSum,
    poa_kwh_per_m2: poaSum / 1000,
    ghi_kwh_per_m2: ghiSum / 1000,
    performance_ratio: poaSum > 0 ? yieldSum / (poaSum / 1000) : 0,
  };
}
