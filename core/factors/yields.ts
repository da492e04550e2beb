import type { FactorSet } from './factor-set.ts';
import { PV_YIELD_FALLBACK, WIND_HOURS_FALLBACK } from './library.ts';
import { cityKey, provinceKey } from './provinces.ts';

/** Chinese names of the cities in the yield table. */
// prettier-ignore
const CITY_ZH: Record<string, string> = {
  成都: 'chengdu', 攀枝花: 'panzhihua', 西昌: 'xichang', 凉山: 'liangshan', 遂宁: 'suining', 拉萨: 'lhasa',
  昆明: 'kunming', 兰州: 'lanzhou', 西宁: 'xining', 格尔木: 'golmud', 重庆: 'chongqing', 贵阳: 'guiyang',
};

export interface DefaultYield {
  value: number;
  /** Factor key the value came from, or `fallback` when neither city nor province matched. */
  key: string;
  source: string;
}

function cityKeyOf(city: string): string | null {
  const t = city.trim().replace(/市$/, '');
  return CITY_ZH[t] ?? cityKey(city);
}

/** Default PV specific yield (kWh/kWp/a) for a park: its city if tabled, else its province. */
export function defaultPvYield(fs: FactorSet, province: string, city: string): DefaultYield {
  const c = cityKeyOf(city);
  const byCity = c === null ? undefined : fs.values.get(`pv_yield_city.${c}`);
  if (byCity) return { value: byCity.value, key: byCity.key, source: byCity.source };
  const p = provinceKey(province);
  const byProv = p === null ? undefined : fs.values.get(`pv_yield.${p}`);
  if (byProv) return { value: byProv.value, key: byProv.key, source: byProv.source };
  return { value: PV_YIELD_FALLBACK, key: 'fallback', source: 'national fallback, province not recognised' };
}

/** Default wind full-load hours (h/a) for a park's province. */
export function defaultWindHours(fs: FactorSet, province: string): DefaultYield {
  const p = provinceKey(province);
  const byProv = p === null ? undefined : fs.values.get(`wind_hours.${p}`);
  if (byProv) return { value: byProv.value, key: byProv.key, source: byProv.source };
  return { value: WIND_HOURS_FALLBACK, key: 'fallback', source: 'national fallback, province not recognised' };
}
