import type { FactorValue } from './types.ts';
import { co2FactorFromFuel } from '../units/index.ts';
import { GRID_REGIONS } from '../model/park.ts';

/**
 * The default factor library. Every value carries its source; DOMAIN.md is the ground truth.
 *
 * KEY SCHEME (what `factor_overrides[].key` names; dotted, lower case):
 *   <fuel>.ncv_gj_per_t | <fuel>.ncv_gj_per_10k_nm3   net calorific value, accounting guidelines
 *   <fuel>.carbon_tc_per_tj                           carbon content per unit heat
 *   <fuel>.oxidation                                  oxidation rate, fraction
 *   <fuel>.co2_t_per_t | natural_gas.co2_t_per_10k_nm3
 *                                                     CO2 factor; DERIVED from the three above
 *                                                     unless overridden itself
 *   <fuel>.kgce_per_kg | natural_gas.kgce_per_m3      GB/T 2589 standard-coal coefficient
 *   electricity.kgce_per_kwh                          calorific (equivalent) value, 0.1229
 *   electricity.coal_method_gce_per_kwh.<year>        coal-consumption method, by year
 *   heat.kgce_per_mj, heat.co2_t_per_gj               purchased heat and steam
 *   hydrogen.ncv_gj_per_t, hydrogen.kgce_per_kg, hydrogen.co2_t_per_t
 *   grid.national.<year>                              grid average, tCO2/MWh
 *   grid.regional.<region>.<year>                     region: north, northeast, east, ...
 *   grid.provincial.<province>.<year>                 province keys from provinces.ts
 *   grid_excl_market.<same scopes>.<year>             excluding market-traded non-fossil power
 *   grid_fossil.national.<year>                       fossil-only generation
 *   pv_yield.<province> | pv_yield_city.<city>        kWh per kWp per year
 *   wind_hours.<province>                             full-load hours per year
 * Year-series keys may name years the library lacks: an override then ADDS a point to the
 * series (for example `grid.regional.southwest.2030 = 0.15` sets the future path).
 */

const GB2589 = 'GB/T 2589-2020, General principles for calculation of the comprehensive energy consumption';
const GB2589_APPX = `${GB2589}, appendix A reference coefficients`;
const GUIDE =
  'Guidelines for GHG accounting and reporting, industrial enterprises (NDRC 2013/2015), default fossil fuel parameters';
const MEE = 'MEE with NBS, announcement of electricity CO2 emission factors';

export const FOSSIL_FUELS = ['coal', 'coke', 'natural_gas', 'diesel', 'gasoline', 'fuel_oil', 'lpg'] as const;
export type FossilFuelId = (typeof FOSSIL_FUELS)[number];

interface FuelSpec {
  /** per-unit suffix of keys: `t` or `10k_nm3` */
  unit: 't' | '10k_nm3';
  ncv: number;
  carbon: number;
  oxidation: number;
  /** accounting parameters read in a reprint (DOMAIN lacks them) */
  accountingSecondary: boolean;
  /** GB/T 2589 coefficient as printed (kgce/kg, or kgce/m3 for gas) */
  kgce: number;
  kgceNote: string;
  kgceSecondary: boolean;
}

/** Fuel parameters. DOMAIN.md gives coal, gas, diesel, fuel oil; the rest are standard values. */
// prettier-ignore
const FUEL_SPECS: Record<FossilFuelId, FuelSpec> = {
  coal: { unit: 't', ncv: 20.908, carbon: 26.37, oxidation: 0.94, accountingSecondary: false, kgce: 0.7143, kgceNote: 'raw coal, 20,908 kJ/kg', kgceSecondary: false },
  coke: { unit: 't', ncv: 28.435, carbon: 29.5, oxidation: 0.93, accountingSecondary: true, kgce: 0.9714, kgceNote: 'coke, 28,435 kJ/kg', kgceSecondary: true },
  natural_gas: {
    unit: '10k_nm3',
    ncv: 389.31,
    carbon: 15.3,
    oxidation: 0.99,
    accountingSecondary: false,
    kgce: 1.2143,
    // The statistical tce coefficient (35,544 kJ/m3) differs from the accounting NCV
    // (38,931 kJ/m3); both are official in their own standard (DOMAIN.md). Keep them apart.
    kgceNote: 'gas-field natural gas, 35,544 kJ/m3 (statistical convention)',
    kgceSecondary: false,
  },
  diesel: { unit: 't', ncv: 42.652, carbon: 20.2, oxidation: 0.98, accountingSecondary: false, kgce: 1.4571, kgceNote: 'diesel, 42,652 kJ/kg', kgceSecondary: false },
  gasoline: { unit: 't', ncv: 43.07, carbon: 18.9, oxidation: 0.98, accountingSecondary: true, kgce: 1.4714, kgceNote: 'gasoline, 43,070 kJ/kg', kgceSecondary: true },
  fuel_oil: { unit: 't', ncv: 41.816, carbon: 21.1, oxidation: 0.98, accountingSecondary: false, kgce: 1.4286, kgceNote: 'fuel oil, 41,816 kJ/kg', kgceSecondary: false },
  lpg: { unit: 't', ncv: 50.179, carbon: 17.2, oxidation: 0.98, accountingSecondary: true, kgce: 1.7143, kgceNote: 'LPG, 50,179 kJ/kg', kgceSecondary: true },
};

export function fuelUnitSuffix(fuel: FossilFuelId): 't' | '10k_nm3' {
  return FUEL_SPECS[fuel].unit;
}

/** Keys of one fuel's parameters (so the engine never spells a key twice). */
export function fuelKeys(fuel: FossilFuelId) {
  const u = FUEL_SPECS[fuel].unit;
  return {
    ncv: `${fuel}.ncv_gj_per_${u}`,
    carbon: `${fuel}.carbon_tc_per_tj`,
    oxidation: `${fuel}.oxidation`,
    co2: `${fuel}.co2_t_per_${u}`,
    kgce: u === 't' ? `${fuel}.kgce_per_kg` : `${fuel}.kgce_per_m3`,
  };
}

/** Grid factors, tCO2/MWh, by year. */
const GRID_NATIONAL: Record<number, number> = { 2021: 0.5568, 2022: 0.5366, 2023: 0.5306 };
const GRID_NATIONAL_SECONDARY = new Set([2023]);
const GRID_EXCL_MARKET_NATIONAL: Record<number, number> = { 2022: 0.5856, 2023: 0.6096 };
const GRID_FOSSIL_NATIONAL: Record<number, number> = { 2021: 0.8426, 2022: 0.8325, 2023: 0.8273 };
const GRID_REGIONAL: Record<(typeof GRID_REGIONS)[number], [number, number]> = {
  north: [0.6776, 0.6361],
  northeast: [0.5564, 0.5122],
  east: [0.5617, 0.55],
  central: [0.5395, 0.5271],
  northwest: [0.5857, 0.5543],
  south: [0.3869, 0.4042],
  southwest: [0.2268, 0.2472],
};
const GRID_PROVINCIAL_2022: Record<string, number> = {
  hebei: 0.7252,
  shanxi: 0.7096,
  inner_mongolia: 0.6849,
  qinghai: 0.1567,
  sichuan: 0.1404,
  yunnan: 0.1073,
};

/**
 * Coal-consumption method for electricity: national average supply coal use of thermal power
 * plants of 6 MW and above, gce/kWh, the China Electricity Council's yearly statistics. DOMAIN.md
 * gives 2022; 2020 is the Council's figure as reprinted (secondary). 2021 and 2023 are not
 * shipped: no reprint of them could be checked, and an unchecked number does not belong in the
 * library (a project adds them as year points). Between points the engine interpolates linearly; before the first
 * point it holds the first value, and after the LAST PUBLISHED year it holds the last value flat
 * with an info warning (`coal_method_rate_held`). A project sets its own path by adding year
 * points (`electricity.coal_method_gce_per_kwh.<year>` overrides, the Factors screen's "add a
 * year").
 */
const COAL_METHOD_GCE_PER_KWH: Record<number, { value: number; source: string }> = {
  2020: { value: 305.5, source: 'China Electricity Council, national electric power industry statistics 2020 (reprint)' },
  2022: { value: 300.7, source: 'National average supply coal consumption of thermal power plants 2022 (DOMAIN.md)' },
};

/**
 * Approximate first-year specific yield of fixed-tilt PV, kWh/kWp, by province, and wind
 * full-load hours. Order of magnitude taken from NEA provincial utilisation-hour statistics
 * and solar resource zoning; a placeholder until a site study or the hourly climate tables
 * replace it. Shipped as illustrative (secondary) and overridable per key.
 */
// prettier-ignore
const PV_YIELD_PROVINCE: Record<string, number> = {
  beijing: 1300, tianjin: 1300, hebei: 1350, shanxi: 1350, shandong: 1250, inner_mongolia: 1500,
  liaoning: 1300, jilin: 1350, heilongjiang: 1300, shanghai: 1100, jiangsu: 1150, zhejiang: 1100,
  anhui: 1100, fujian: 1100, henan: 1150, hubei: 1050, hunan: 950, jiangxi: 1050, shaanxi: 1200,
  gansu: 1500, qinghai: 1650, ningxia: 1500, xinjiang: 1450, guangdong: 1100, guangxi: 1050,
  yunnan: 1350, guizhou: 900, hainan: 1300, sichuan: 1000, chongqing: 850, tibet: 1800,
};
/** Cities whose yield differs clearly from their province (Panxi region vs the Sichuan basin). */
// prettier-ignore
const PV_YIELD_CITY: Record<string, number> = {
  chengdu: 900, panzhihua: 1500, xichang: 1450, liangshan: 1450, suining: 950, lhasa: 1850,
  kunming: 1350, lanzhou: 1400, xining: 1600, golmud: 1750, chongqing: 850, guiyang: 850,
};
// prettier-ignore
const WIND_HOURS_PROVINCE: Record<string, number> = {
  inner_mongolia: 2600, gansu: 2100, xinjiang: 2300, ningxia: 2000, qinghai: 2000, hebei: 2200,
  shanxi: 2200, heilongjiang: 2400, jilin: 2400, liaoning: 2300, shandong: 2100, yunnan: 2600,
  sichuan: 2300, guizhou: 1900, guangxi: 2200, fujian: 2700, guangdong: 2200, jiangsu: 2200,
  zhejiang: 2100, shanghai: 2200, henan: 2000, hubei: 2000, hunan: 2000, jiangxi: 2000,
  anhui: 2000, shaanxi: 2000, hainan: 2100, tibet: 2000, chongqing: 1900, beijing: 2000, tianjin: 2000,
};
/** Fallbacks when the province is not recognised. */
export const PV_YIELD_FALLBACK = 1100;
export const WIND_HOURS_FALLBACK = 2100;

/** Published points of a few series are needed by name elsewhere (the national ratio). */
export const GRID_SERIES_KEYS = {
  average: 'grid',
  excl_market: 'grid_excl_market',
  fossil: 'grid_fossil',
} as const;

function build(): Record<string, FactorValue> {
  const lib: Record<string, FactorValue> = {};
  const put = (key: string, v: FactorValue) => {
    lib[key] = v;
  };

  for (const fuel of Object.keys(FUEL_SPECS) as FossilFuelId[]) {
    const s = FUEL_SPECS[fuel];
    const k = fuelKeys(fuel);
    const perUnit = s.unit === 't' ? 't' : '10^4 Nm3';
    const acc = { source: GUIDE, year: null, series: 'accounting guidelines default', secondary: s.accountingSecondary };
    put(k.ncv, { value: s.ncv, unit: `GJ/${perUnit}`, ...acc });
    put(k.carbon, { value: s.carbon, unit: 'tC/TJ', ...acc });
    put(k.oxidation, { value: s.oxidation, unit: 'fraction', ...acc });
    put(k.co2, {
      value: co2FactorFromFuel(s.ncv, s.carbon, s.oxidation),
      unit: `tCO2/${perUnit}`,
      source: 'derived: NCV x carbon content x oxidation rate x 44/12',
      year: null,
      series: 'accounting guidelines default',
      secondary: s.accountingSecondary,
      note: 'recomputed from the overridden inputs when any of them is overridden',
    });
    put(k.kgce, {
      value: s.kgce,
      unit: s.unit === 't' ? 'kgce/kg' : 'kgce/m3',
      source: `${GB2589_APPX} (${s.kgceNote})`,
      year: null,
      series: 'GB/T 2589 standard coal coefficient',
      secondary: s.kgceSecondary,
    });
  }
  // Oil-field gas is shipped for reference only: override natural_gas.kgce_per_m3 to use it.
  put('natural_gas.kgce_per_m3_oilfield', {
    value: 1.33,
    unit: 'kgce/m3',
    source: `${GB2589_APPX} (oil-field natural gas, 38,931 kJ/m3)`,
    year: null,
    series: 'GB/T 2589 standard coal coefficient',
    secondary: false,
    note: 'reference only; the engine uses natural_gas.kgce_per_m3',
  });

  put('electricity.kgce_per_kwh', {
    value: 0.1229,
    unit: 'kgce/kWh',
    source: `${GB2589} (electricity, calorific equivalent value)`,
    year: null,
    series: 'GB/T 2589 standard coal coefficient',
    secondary: false,
  });
  for (const [year, p] of Object.entries(COAL_METHOD_GCE_PER_KWH)) {
    put(`electricity.coal_method_gce_per_kwh.${year}`, {
      value: p.value,
      unit: 'gce/kWh',
      source: p.source,
      year: Number(year),
      series: 'coal-consumption method (thermal plant supply coal use)',
      secondary: true,
    });
  }
  put('heat.kgce_per_mj', {
    value: 0.03412,
    unit: 'kgce/MJ',
    source: `${GB2589} (heat)`,
    year: null,
    series: 'GB/T 2589 standard coal coefficient',
    secondary: false,
  });
  put('heat.co2_t_per_gj', {
    value: 0.11,
    unit: 'tCO2/GJ',
    source: 'GB/T 32150-2015, default factor for purchased heat',
    year: null,
    series: 'GB/T 32150 default',
    secondary: true,
  });
  put('hydrogen.ncv_gj_per_t', {
    value: 120,
    unit: 'GJ/t',
    source: 'lower heating value of hydrogen, 120 MJ/kg (physical constant)',
    year: null,
    series: 'physical constant',
    secondary: false,
  });
  put('hydrogen.kgce_per_kg', {
    value: 120_000 / 29_307,
    unit: 'kgce/kg',
    source: 'derived: LHV 120,000 kJ/kg / 29,307 kJ/kgce (no coefficient printed in GB/T 2589)',
    year: null,
    series: 'derived',
    secondary: false,
  });
  put('hydrogen.co2_t_per_t', {
    value: 0,
    unit: 'tCO2/t',
    source: 'hydrogen contains no carbon; upstream emissions of purchased hydrogen are scope 3, not counted',
    year: null,
    series: 'physical',
    secondary: false,
  });

  const grid = (key: string, value: number, year: number, series: string, secondary: boolean, extra = '') =>
    put(key, { value, unit: 'tCO2/MWh', source: `${MEE} (${year} factors)${extra}`, year, series, secondary });
  for (const [y, v] of Object.entries(GRID_NATIONAL))
    grid(`grid.national.${y}`, v, Number(y), 'grid average, national', GRID_NATIONAL_SECONDARY.has(Number(y)));
  for (const [y, v] of Object.entries(GRID_EXCL_MARKET_NATIONAL))
    grid(
      `grid_excl_market.national.${y}`,
      v,
      Number(y),
      'grid average excluding market-traded non-fossil electricity, national',
      true,
    );
  for (const [y, v] of Object.entries(GRID_FOSSIL_NATIONAL))
    grid(`grid_fossil.national.${y}`, v, Number(y), 'fossil-only generation, national', false);
  for (const region of GRID_REGIONS) {
    const [v22, v23] = GRID_REGIONAL[region];
    grid(`grid.regional.${region}.2022`, v22, 2022, `grid average, ${region} region`, false);
    grid(`grid.regional.${region}.2023`, v23, 2023, `grid average, ${region} region`, false);
  }
  for (const [p, v] of Object.entries(GRID_PROVINCIAL_2022))
    grid(`grid.provincial.${p}.2022`, v, 2022, `grid average, province ${p}`, false);

  const yieldSource = 'ParkZero default table, order of magnitude from NEA provincial utilisation hours; illustrative';
  for (const [p, v] of Object.entries(PV_YIELD_PROVINCE))
    put(`pv_yield.${p}`, {
      value: v,
      unit: 'kWh/kWp/a',
      source: yieldSource,
      year: null,
      series: 'PV specific yield, fixed tilt',
      secondary: true,
    });
  for (const [c, v] of Object.entries(PV_YIELD_CITY))
    put(`pv_yield_city.${c}`, {
      value: v,
      unit: 'kWh/kWp/a',
      source: yieldSource,
      year: null,
      series: 'PV specific yield, fixed tilt',
      secondary: true,
    });
  for (const [p, v] of Object.entries(WIND_HOURS_PROVINCE))
    put(`wind_hours.${p}`, {
      value: v,
      unit: 'h/a',
      source: yieldSource,
      year: null,
      series: 'wind full-load hours',
      secondary: true,
    });
  return lib;
}

/** The shipped library, keyed as documented above. Frozen: resolve a plan's set with overrides. */
export const FACTOR_LIBRARY: Readonly<Record<string, Readonly<FactorValue>>> = Object.freeze(build());

/** Year-series key prefixes: an override may add a year to any of these. */
export const YEAR_SERIES_PATTERNS: readonly RegExp[] = [
  /^grid(_excl_market)?\.national\.(\d{4})$/,
  /^grid(_excl_market)?\.regional\.(north|northeast|east|central|northwest|south|southwest)\.(\d{4})$/,
  /^grid(_excl_market)?\.provincial\.([a-z_]+)\.(\d{4})$/,
  /^grid_fossil\.national\.(\d{4})$/,
  /^electricity\.coal_method_gce_per_kwh\.(\d{4})$/,
];
/** Table keys an override may add (a province or city the table lacks). */
export const TABLE_PATTERNS: readonly RegExp[] = [/^pv_yield\.[a-z_]+$/, /^pv_yield_city\.[a-z0-9_]+$/, /^wind_hours\.[a-z_]+$/];
