import { formatNumber } from '../../../core/engine/index.ts';
import type { Indicators } from '../../../core/engine/index.ts';
import type { CarrierId } from '../../../core/model/carriers.ts';
import type { Lang } from './i18n.ts';

/**
 * Numbers and units in reports. Digits come from the engine's own formatter (the one behind
 * `parkzero run`), so a figure in a report is character for character the figure in the CLI's
 * table. Chinese official documents group digits with commas and use "." as the decimal mark
 * too, so only the unit words differ by language.
 */
export { formatNumber };

const UNITS = {
  t: ['t', '吨'],
  nm3_10k: ['10^4 Nm3', '万Nm³'],
  mwh: ['MWh', 'MWh'],
  gj: ['GJ', 'GJ'],
  tco2: ['tCO2', 'tCO2'],
  tco2_per_year: ['tCO2/a', 'tCO2/年'],
  tce: ['tce', '吨标煤'],
  cny_10k: ['10^4 CNY', '万元'],
  cny_10k_per_year: ['10^4 CNY/a', '万元/年'],
  cny_per_tco2: ['CNY/tCO2', '元/吨CO2'],
  tco2_per_tce: ['tCO2/tce', '吨CO2/吨标煤'],
  tco2_per_10k_cny: ['tCO2/10^4 CNY', '吨CO2/万元'],
  tce_per_10k_cny: ['tce/10^4 CNY', '吨标煤/万元'],
  percent: ['%', '%'],
  years: ['a', '年'],
  m2: ['m²', 'm²'],
  per_year: ['/a', '/年'],
} as const;
export type UnitKey = keyof typeof UNITS;

export function unit(key: UnitKey, lang: Lang): string {
  return UNITS[key][lang === 'en' ? 0 : 1];
}

const CARRIER_UNIT: Record<CarrierId, UnitKey> = {
  coal: 't',
  coke: 't',
  natural_gas: 'nm3_10k',
  diesel: 't',
  gasoline: 't',
  fuel_oil: 't',
  lpg: 't',
  electricity: 'mwh',
  heat: 'gj',
  hydrogen: 't',
};
export const carrierUnit = (c: CarrierId, lang: Lang) => unit(CARRIER_UNIT[c], lang);

/** How an indicator prints: its unit and digits; fractions print as percentages. */
export function indicatorFormat(key: keyof Indicators): { unit: UnitKey; digits: number; scale: number } {
  switch (key) {
    case 'coal_t':
      return { unit: 't', digits: 0, scale: 1 };
    case 'total_tce_equivalent':
    case 'total_tce_coal_method':
      return { unit: 'tce', digits: 0, scale: 1 };
    case 'gross_emissions_tco2':
    case 'net_emissions_tco2':
      return { unit: 'tco2', digits: 0, scale: 1 };
    case 'co2_per_tce_equivalent':
    case 'co2_per_tce_coal_method':
      return { unit: 'tco2_per_tce', digits: 3, scale: 1 };
    case 'tco2_per_10k_cny_va':
      return { unit: 'tco2_per_10k_cny', digits: 3, scale: 1 };
    case 'tce_per_10k_cny_va_equivalent':
    case 'tce_per_10k_cny_va_coal_method':
      return { unit: 'tce_per_10k_cny', digits: 3, scale: 1 };
    default:
      return { unit: 'percent', digits: 1, scale: 100 };
  }
}

/** An indicator value with its unit ("12.3%", "0.184 tCO2/tce"); "-" when it has no value. */
export function formatIndicator(key: keyof Indicators, value: number | null, lang: Lang, withUnit = true): string {
  const f = indicatorFormat(key);
  const text = formatNumber(value, f.digits, f.scale);
  if (value === null || !withUnit) return text;
  return f.unit === 'percent' ? `${text}%` : `${text} ${unit(f.unit, lang)}`;
}

/** A figure followed by its unit. */
export function withUnit(value: number | null, digits: number, unitKey: UnitKey, lang: Lang, scale = 1): string {
  const text = formatNumber(value, digits, scale);
  return value === null ? text : unitKey === 'percent' ? `${text}%` : `${text} ${unit(unitKey, lang)}`;
}

/** Yuan as 10^4 CNY (wan yuan), the unit of Chinese plans and statistics. */
export const formatWanYuan = (cny: number | null) => formatNumber(cny, 0, 1e-4);

/** "Header [unit]": how tables and sheets label a column. */
export const headed = (head: string, unitText: string) => `${head} [${unitText}]`;

/**
 * A calendar date from an ISO day ("2026-11-22"): "22 November 2026" or "2026年11月22日".
 * The date is a parameter, never read from the clock here, so reports are reproducible.
 */
export function formatDate(isoDay: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!m) throw new Error(`not an ISO day: ${isoDay}`);
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  if (lang === 'zh') return `${Number(y)}年${Number(mo)}月${Number(d)}日`;
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${Number(d)} ${months[Number(mo) - 1]} ${y}`;
}
