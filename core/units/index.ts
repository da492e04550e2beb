/**
 * Every unit conversion of the engine lives here, so a factor of 1000 is written once and
 * tested once. Quantities elsewhere carry their unit in the name (`coal_t`, `grid_mwh`).
 *
 * Sources: 1 kgce = 29,307 kJ (GB/T 2589-2020, 3.x "kilogram of coal equivalent");
 * 1 kWh = 3.6 MJ (SI); CO2/C molar mass ratio 44/12 (IPCC 2006, the Chinese accounting
 * guidelines use the same ratio).
 *
 * Note: GB/T 2589 prints its coefficients from kcal-era values (5000 kcal/kg raw coal over
 * 7000 kcal/kgce = 0.7143), so kJ / 29,307 differs from the printed number in the 4th digit
 * (20,908 / 29,307 = 0.7134). The engine always uses the printed coefficient.
 */

/** kJ in one kilogram of standard coal equivalent (GB/T 2589-2020). */
export const KJ_PER_KGCE = 29_307;
/** GJ in one tonne of standard coal equivalent (= KJ_PER_KGCE x 1000 kg / 10^6 kJ/GJ). */
export const GJ_PER_TCE = KJ_PER_KGCE / 1000;
/** GJ per MWh of electricity (3.6 MJ/kWh). */
export const GJ_PER_MWH = 3.6;
/** Molar mass ratio CO2 / C. */
export const CO2_PER_C = 44 / 12;
/** Nm3 in the statistical gas unit 10^4 Nm3. */
export const NM3_PER_10K_NM3 = 10_000;
/** Lower heating value of hydrogen, GJ per tonne (120 MJ/kg). */
export const H2_LHV_GJ_PER_T = 120;

/** kg -> t */
export const kgToT = (kg: number): number => kg / 1000;
/** t -> kg */
export const tToKg = (t: number): number => t * 1000;
/** kWh -> MWh */
export const kwhToMwh = (kwh: number): number => kwh / 1000;
/** MWh -> GJ (energy content of electricity, calorific). */
export const mwhToGj = (mwh: number): number => mwh * GJ_PER_MWH;
/** GJ -> MWh */
export const gjToMwh = (gj: number): number => gj / GJ_PER_MWH;
/** kJ -> kgce */
export const kjToKgce = (kj: number): number => kj / KJ_PER_KGCE;
/** GJ -> tce (calorific) */
export const gjToTce = (gj: number): number => gj / GJ_PER_TCE;
/** tce -> GJ (calorific) */
export const tceToGj = (tce: number): number => tce * GJ_PER_TCE;

/**
 * A tce coefficient printed per kg (kgce/kg) is numerically the same per tonne (tce/t).
 * Kept as a named function so call sites say which unit they read.
 */
export const kgcePerKgToTcePerT = (kgcePerKg: number): number => kgcePerKg;
/** kgce per m3 of gas -> tce per 10^4 Nm3. */
export const kgcePerM3ToTcePer10kNm3 = (kgcePerM3: number): number => (kgcePerM3 * NM3_PER_10K_NM3) / 1000;
/** kgce/kWh -> tce/MWh (numerically equal: both scale by 1000). */
export const kgcePerKwhToTcePerMwh = (kgcePerKwh: number): number => kgcePerKwh;
/** gce/kWh (coal-consumption method, published in grams) -> tce/MWh. */
export const gcePerKwhToTcePerMwh = (gcePerKwh: number): number => gcePerKwh / 1000;
/** kgce/MJ -> tce/GJ (numerically equal). */
export const kgcePerMjToTcePerGj = (kgcePerMj: number): number => kgcePerMj;

/**
 * CO2 emission factor of a fuel per physical unit, from the accounting-guideline parameters:
 * NCV (GJ per unit) x carbon content (tC/TJ) x oxidation rate x 44/12, in tCO2 per unit.
 * tC/TJ x GJ = 10^-3 tC.
 */
export function co2FactorFromFuel(ncvGjPerUnit: number, carbonTcPerTj: number, oxidation: number): number {
  return ncvGjPerUnit * (carbonTcPerTj / 1000) * oxidation * CO2_PER_C;
}

/** Electricity of an electric machine: kW x hours -> MWh. */
export const kwHoursToMwh = (kw: number, hours: number): number => (kw * hours) / 1000;

/** Percent for display. */
export const toPercent = (share: number): number => share * 100;
