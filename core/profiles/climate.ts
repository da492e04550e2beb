import { PROVINCES, provinceKey } from '../factors/provinces.ts';
import { CITY_CLIMATES } from './climate-cities.ts';
import type { CityClimate } from './climate-cities.ts';

/**
 * Looking up a park's climate row. Names are matched in English ("Xi'an", "xian", "Suining
 * City") and Chinese ("遂宁", "遂宁市"). An unknown city falls back to the capital of its
 * province, and the answer says so (`match: 'province_capital'` plus a sentence for the user):
 * the capital is usually the nearest tabled city with a similar climate, but not always (a
 * Panzhihua-like valley in Sichuan would get cloudy Chengdu), so the fallback must be visible.
 */

export interface ClimateLookup {
  climate: CityClimate;
  match: 'city' | 'province_capital';
  /** One sentence for the user when a fallback was used; null on an exact match. */
  note: string | null;
}

export type ClimateLookupResult = { ok: true; value: ClimateLookup } | { ok: false; message: string };

/** Normalise an English city name: lower case, no "city", apostrophes and spaces removed. */
function latinKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/\s+(city|shi)$/, '')
    .replace(/['’\s-]/g, '');
}

function chineseKey(name: string): string {
  return name.trim().replace(/(市|地区|州)$/, '');
}

export function findCityClimate(city: string): CityClimate | null {
  const latin = latinKey(city);
  const zh = chineseKey(city);
  for (const c of CITY_CLIMATES) if (c.key === latin || latinKey(c.en) === latin || c.zh === zh) return c;
  return null;
}

/**
 * Climate row for a park. Tries the city; when it is not tabled, the capital of `province`.
 * Fails with a message naming both inputs when neither is known.
 */
export function lookupClimate(city: string, province: string): ClimateLookupResult {
  const exact = findCityClimate(city);
  if (exact) return { ok: true, value: { climate: exact, match: 'city', note: null } };
  const pk = provinceKey(province);
  const capital = pk === null ? undefined : CITY_CLIMATES.find((c) => c.province === pk && c.capital);
  if (capital) {
    const prov = PROVINCES.find((p) => p.key === pk);
    return {
      ok: true,
      value: {
        climate: capital,
        match: 'province_capital',
        note: `No climate data for "${city}"; using ${capital.en} (${capital.zh}), the capital of ${prov?.en ?? province}. Import an EPW file or an hourly series for a site-specific profile.`,
      },
    };
  }
  return {
    ok: false,
    message: `No climate data for city "${city}" and province "${province}" is not recognised. Known cities: ${CITY_CLIMATES.map((c) => c.en).join(', ')}.`,
  };
}

/** Annual mean daily GHI, kWh/m2/day, and the annual total, kWh/m2. */
export function annualGhi(c: CityClimate): { mean_daily_kwh_per_m2: number; annual_kwh_per_m2: number } {
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let total = 0;
  c.ghi_kwh_per_m2_day.forEach((g, m) => (total += g * days[m]!));
  return { mean_daily_kwh_per_m2: total / 365, annual_kwh_per_m2: total };
}
