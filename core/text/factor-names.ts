import { CARRIER_IDS, type CarrierId } from '../model/carriers.ts';
import { GRID_REGIONS } from '../model/park.ts';
import { PROVINCES } from '../factors/provinces.ts';
import type { Lang } from './names.ts';
import { CITY_NAMES } from './places.ts';

/**
 * A factor library key (core/factors/library.ts, KEY SCHEME) in words, for the reports' Annex 2
 * and the Factors screen: `coal.ncv_gj_per_t` is "原煤低位发热量" / "Coal: net calorific value",
 * `grid.regional.southwest.2023` "西南电网平均排放因子（2023年）". A reader of either language
 * gets no code; keys the scheme does not know (none pass validation today) are printed as they
 * are rather than dropped, so a new key shows up in the language scan instead of vanishing.
 */

type Pair = [en: string, zh: string];
const pick = (p: Pair, lang: Lang) => (lang === 'en' ? p[0] : p[1]);

type GridRegion = (typeof GRID_REGIONS)[number];

const CARRIER_NAMES: Record<CarrierId, Pair> = {
  coal: ['Coal', '原煤'],
  coke: ['Coke', '焦炭'],
  natural_gas: ['Natural gas', '天然气'],
  diesel: ['Diesel', '柴油'],
  gasoline: ['Gasoline', '汽油'],
  fuel_oil: ['Fuel oil', '燃料油'],
  lpg: ['LPG', '液化石油气'],
  electricity: ['Electricity', '电力'],
  heat: ['Purchased heat', '外购热力'],
  hydrogen: ['Hydrogen', '氢气'],
};

const REGIONS: Record<GridRegion, Pair> = {
  north: ['North China grid', '华北电网'],
  northeast: ['Northeast China grid', '东北电网'],
  east: ['East China grid', '华东电网'],
  central: ['Central China grid', '华中电网'],
  northwest: ['Northwest China grid', '西北电网'],
  south: ['China Southern grid', '南方电网'],
  southwest: ['Southwest China grid', '西南电网'],
};

/** An energy carrier's name ("原煤", "Coal"). */
export const carrierName = (c: CarrierId, lang: Lang) => pick(CARRIER_NAMES[c], lang);
/** A regional grid's name ("西南电网", "Southwest China grid"). */
export const regionName = (r: GridRegion, lang: Lang) => pick(REGIONS[r], lang);
export const isGridRegion = (x: string | undefined): x is GridRegion =>
  x !== undefined && (GRID_REGIONS as readonly string[]).includes(x);

/** The per-carrier parameters of the library, by the key's second segment. */
const PARAMETERS: Record<string, Pair> = {
  ncv_gj_per_t: ['net calorific value', '低位发热量'],
  ncv_gj_per_10k_nm3: ['net calorific value', '低位发热量'],
  carbon_tc_per_tj: ['carbon content per unit of heat', '单位热值含碳量'],
  oxidation: ['oxidation rate', '碳氧化率'],
  co2_t_per_t: ['CO2 emission factor', '二氧化碳排放因子'],
  co2_t_per_10k_nm3: ['CO2 emission factor', '二氧化碳排放因子'],
  co2_t_per_gj: ['CO2 emission factor', '二氧化碳排放因子'],
  kgce_per_kg: ['standard coal coefficient', '折标准煤系数'],
  kgce_per_m3: ['standard coal coefficient', '折标准煤系数'],
  kgce_per_m3_oilfield: ['standard coal coefficient, oil-field gas (reference only)', '折标准煤系数（油田天然气，仅供参考）'],
  kgce_per_kwh: ['standard coal coefficient (calorific equivalent)', '折标准煤系数（当量值）'],
  kgce_per_mj: ['standard coal coefficient', '折标准煤系数'],
};

const GRID_SERIES: Record<string, Pair> = {
  grid: ['average emission factor', '平均排放因子'],
  grid_excl_market: [
    'average emission factor excluding market-traded non-fossil power',
    '平均排放因子（不含市场化交易非化石电力）',
  ],
  grid_fossil: ['fossil generation emission factor', '化石能源发电排放因子'],
};

const yearText = (year: string, lang: Lang) => (lang === 'zh' ? `（${year}年）` : ` (${year})`);

function provinceName(key: string, lang: Lang): string | null {
  const p = PROVINCES.find((x) => x.key === key);
  return p === undefined ? null : p[lang];
}

function gridName(series: string, scope: string, area: string | undefined, year: string, lang: Lang): string | null {
  const what = GRID_SERIES[series];
  if (what === undefined) return null;
  let where: string | null;
  if (scope === 'national') where = lang === 'zh' ? '全国电网' : 'National grid';
  else if (scope === 'regional' && isGridRegion(area)) where = regionName(area, lang);
  else if (scope === 'provincial' && area !== undefined) {
    const p = provinceName(area, lang);
    where = p === null ? null : lang === 'zh' ? `${p}省级电网` : `${p} provincial grid`;
  } else where = null;
  if (where === null) return null;
  return `${where}${lang === 'zh' ? '' : ' '}${pick(what, lang)}${yearText(year, lang)}`;
}

/** A factor key in the words of `lang`; the key itself when the scheme does not know it. */
export function factorName(key: string, lang: Lang): string {
  const parts = key.split('.');
  const [head, second] = parts;
  if (head === undefined || second === undefined) return key;
  if (head in GRID_SERIES) {
    const [scope, a, b] = parts.slice(1);
    const name =
      scope === 'national' ? gridName(head, 'national', undefined, a ?? '', lang) : gridName(head, scope ?? '', a, b ?? '', lang);
    return name ?? key;
  }
  if (head === 'pv_yield' || head === 'wind_hours') {
    const where = provinceName(second, lang);
    if (where === null) return key;
    const what: Pair =
      head === 'pv_yield' ? ['PV specific yield', '光伏年等效利用小时数'] : ['wind full-load hours', '风电年利用小时数'];
    return lang === 'zh' ? `${where}${pick(what, lang)}` : `${where}: ${pick(what, lang)}`;
  }
  if (head === 'pv_yield_city') {
    // City keys are Latin by construction (core/factors/provinces.ts cityKey): the Chinese name comes from the city table.
    const city = CITY_NAMES[second];
    if (city === undefined) return key;
    return lang === 'zh' ? `${city[1]}光伏年等效利用小时数` : `${city[0]}: PV specific yield`;
  }
  if (head === 'electricity' && second === 'coal_method_gce_per_kwh' && parts[2] !== undefined) {
    // The coal-consumption method's factor is a fact about thermal plants, not about electricity use.
    const what: Pair = ['Thermal power plants’ average supply coal consumption', '火电厂平均供电标准煤耗'];
    return `${pick(what, lang)}${yearText(parts[2], lang)}`;
  }
  if ((CARRIER_IDS as readonly string[]).includes(head)) {
    const param = PARAMETERS[second];
    if (param === undefined) return key;
    const carrier = carrierName(head as CarrierId, lang);
    const year = parts[2] === undefined ? '' : yearText(parts[2], lang);
    return lang === 'zh' ? `${carrier}${pick(param, lang)}${year}` : `${carrier}: ${pick(param, lang)}${year}`;
  }
  return key;
}

/** Units of the factor table: the library's ASCII units, with Chinese words for a Chinese reader. */
export function factorUnit(unit: string, lang: Lang): string {
  if (lang === 'en') return unit;
  if (unit === 'fraction') return '比例';
  return unit.replace('10^4 Nm3', '万Nm3').replace(/\/a$/, '/年');
}

/**
 * The series a library value belongs to (FactorValue.series), in Chinese for a Chinese reader;
 * null when the library's English series has no Chinese words here (a screen then shows none
 * rather than English). The series restates what the name and the cited source say, so the
 * Chinese words stay short.
 */
export function factorSeries(series: string, lang: Lang): string | null {
  if (lang === 'en') return series;
  const fixed: Record<string, string> = {
    'accounting guidelines default': '核算指南缺省值',
    'GB/T 2589 standard coal coefficient': 'GB/T 2589 折标准煤系数',
    'coal-consumption method (thermal plant supply coal use)': '发电煤耗法（火电厂供电标准煤耗）',
    'GB/T 32150 default': 'GB/T 32150 缺省值',
    'physical constant': '物理常数',
    physical: '物理性质',
    derived: '推算值',
    'grid average, national': '电网平均排放因子，全国',
    'grid average excluding market-traded non-fossil electricity, national': '扣除市场化交易非化石电力的电网平均排放因子，全国',
    'fossil-only generation, national': '化石能源发电排放因子，全国',
    'PV specific yield, fixed tilt': '光伏年等效利用小时数，固定倾角',
    'wind full-load hours': '风电年利用小时数',
  };
  const hit = fixed[series];
  if (hit !== undefined) return hit;
  const region = /^grid average, (\w+) region$/.exec(series)?.[1];
  if (isGridRegion(region)) return `电网平均排放因子，${regionName(region, 'zh')}`;
  const province = /^grid average, province (\w+)$/.exec(series)?.[1];
  const p = province === undefined ? null : provinceName(province, 'zh');
  if (p !== null) return `电网平均排放因子，${p}省级电网`;
  return null;
}

/**
 * How a value was obtained (FactorValue.note) for a Chinese reader; null when the library's
 * English note has no Chinese words here. English readers get the note as the library has it.
 */
export function factorNote(note: string, lang: Lang): string | null {
  if (lang === 'en') return note;
  const notes: Record<string, string> = {
    'recomputed from the overridden inputs when any of them is overridden': '其任一输入被项目覆盖时，按覆盖后的输入重新推算',
    'reference only; the engine uses natural_gas.kgce_per_m3': '仅供参考；计算采用天然气（气田）折标准煤系数',
  };
  return notes[note] ?? null;
}
