/**
 * Solar geometry for hourly PV profiles. Formulas from Duffie & Beckman, "Solar Engineering of
 * Thermal Processes" (4th ed., 2013), chapter 1, which take the Fourier series of Spencer (1971)
 * for declination and the equation of time:
 *   B = (n - 1) * 360/365                                    (eq. 1.4.2, n = day of year 1..365)
 *   E = 229.2 (0.000075 + 0.001868 cos B - 0.032077 sin B
 *              - 0.014615 cos 2B - 0.04089 sin 2B)  minutes   (eq. 1.5.3)
 *   delta = 0.006918 - 0.399912 cos B + 0.070257 sin B - 0.006758 cos 2B
 *           + 0.000907 sin 2B - 0.002697 cos 3B + 0.00148 sin 3B   radians (eq. 1.6.1b)
 *   solar time = standard time + 4 min/deg * (longitude - standard meridian) + E  (eq. 1.5.2,
 *                east-positive longitudes; the standard meridian of UTC+8 is 120 deg E)
 *   omega = 15 deg * (solar time - 12 h)                      hour angle, afternoon positive
 *   cos(zenith) = cos phi cos delta cos omega + sin phi sin delta  (eq. 1.6.5)
 *   cos(incidence) on a surface of slope beta and azimuth gamma (0 = south, east negative,
 *   west positive): eq. 1.6.2, written out in `incidenceCos`.
 *   G_on = G_sc (1 + 0.033 cos(360 n / 365)), G_sc = 1367 W/m2  (eq. 1.4.1a, D&B's constant)
 * Accuracy of Spencer's series is about 0.0006 rad for declination and 35 s for the equation of
 * time, far below what the monthly climate inputs resolve.
 */

const DEG = Math.PI / 180;
export const SOLAR_CONSTANT_W_PER_M2 = 1367;

/** Per-day quantities, computed once per day of year. */
export interface DayGeometry {
  declination_rad: number;
  equation_of_time_min: number;
  /** Extraterrestrial normal irradiance, W/m2. */
  extraterrestrial_normal_w_per_m2: number;
}

export function dayGeometry(dayOfYear1: number): DayGeometry {
  const b = ((dayOfYear1 - 1) * 2 * Math.PI) / 365;
  const declination =
    0.006918 -
    0.399912 * Math.cos(b) +
    0.070257 * Math.sin(b) -
    0.006758 * Math.cos(2 * b) +
    0.000907 * Math.sin(2 * b) -
    0.002697 * Math.cos(3 * b) +
    0.00148 * Math.sin(3 * b);
  const eot =
    229.2 * (0.000075 + 0.001868 * Math.cos(b) - 0.032077 * Math.sin(b) - 0.014615 * Math.cos(2 * b) - 0.04089 * Math.sin(2 * b));
  const gon = SOLAR_CONSTANT_W_PER_M2 * (1 + 0.033 * Math.cos((2 * Math.PI * dayOfYear1) / 365));
  return { declination_rad: declination, equation_of_time_min: eot, extraterrestrial_normal_w_per_m2: gon };
}

/**
 * Hour angle (radians) at a clock time in hours of local standard time, for a site at
 * `longitude_deg` (east positive) in a zone whose standard meridian is `meridian_deg`.
 */
export function hourAngle(clockHours: number, longitude_deg: number, meridian_deg: number, eotMin: number): number {
  const solarHours = clockHours + (4 * (longitude_deg - meridian_deg) + eotMin) / 60;
  return (solarHours - 12) * 15 * DEG;
}

export function zenithCos(lat_rad: number, declination_rad: number, omega_rad: number): number {
  return Math.cos(lat_rad) * Math.cos(declination_rad) * Math.cos(omega_rad) + Math.sin(lat_rad) * Math.sin(declination_rad);
}

/** Precomputed trigonometry of a tilted plane at a latitude (D&B eq. 1.6.2 coefficients). */
export interface PlaneTrig {
  sinLat: number;
  cosLat: number;
  cosBeta: number;
  sinBeta: number;
  cosGamma: number;
  sinGamma: number;
}

export function planeTrig(lat_deg: number, tilt_deg: number, azimuth_deg: number): PlaneTrig {
  return {
    sinLat: Math.sin(lat_deg * DEG),
    cosLat: Math.cos(lat_deg * DEG),
    cosBeta: Math.cos(tilt_deg * DEG),
    sinBeta: Math.sin(tilt_deg * DEG),
    cosGamma: Math.cos(azimuth_deg * DEG),
    sinGamma: Math.sin(azimuth_deg * DEG),
  };
}

/** Cosine of the angle of incidence of beam radiation on the plane (may be negative: sun behind). */
export function incidenceCos(p: PlaneTrig, declination_rad: number, omega_rad: number): number {
  const sd = Math.sin(declination_rad);
  const cd = Math.cos(declination_rad);
  const cw = Math.cos(omega_rad);
  const sw = Math.sin(omega_rad);
  return (
    sd * p.sinLat * p.cosBeta -
    sd * p.cosLat * p.sinBeta * p.cosGamma +
    cd * p.cosLat * p.cosBeta * cw +
    cd * p.sinLat * p.sinBeta * p.cosGamma * cw +
    cd * p.sinBeta * p.sinGamma * sw
  );
}
