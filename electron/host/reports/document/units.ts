import { formatNumber } from '../../../../core/engine/index.ts';
import type { Lang } from '../i18n.ts';

/**
 * The report's one formatter for quantities: every figure of the plan document goes through
 * `quantity`, so a unit is spelled one way throughout (万tCO2, 万tce, 万kWh, 万元, 个百分点 in
 * Chinese; their English counterparts) and carries the digits of the engine's formatter (the
 * one behind `parkzero run`). Inputs are the engine's own units (t, tce, MWh, CNY, fractions).
 */
const QUANTITIES = {
  /** tCO2 -> 10^4 tCO2 */
  wan_tco2: { zh: '万tCO2', en: '10k tCO2', scale: 1e-4, digits: 2 },
  /** tce -> 10^4 tce */
  wan_tce: { zh: '万tce', en: '10k tce', scale: 1e-4, digits: 2 },
  /** MWh -> 10^4 kWh */
  wan_kwh: { zh: '万kWh', en: '10k kWh', scale: 0.1, digits: 0 },
  /** CNY -> 10^4 CNY */
  wan_cny: { zh: '万元', en: '10k CNY', scale: 1e-4, digits: 0 },
  wan_cny_per_year: { zh: '万元/年', en: '10k CNY/a', scale: 1e-4, digits: 0 },
  /** fraction -> % */
  percent: { zh: '%', en: '%', scale: 100, digits: 1 },
  /** difference of two fractions -> percentage points */
  points: { zh: '个百分点', en: 'percentage points', scale: 100, digits: 1 },
  tco2: { zh: 'tCO2', en: 'tCO2', scale: 1, digits: 0 },
  tco2_per_year: { zh: 'tCO2/年', en: 'tCO2/a', scale: 1, digits: 0 },
  tco2_per_wan_cny: { zh: 'tCO2/万元', en: 'tCO2/10k CNY', scale: 1, digits: 3 },
  tce_per_wan_cny: { zh: 'tce/万元', en: 'tce/10k CNY', scale: 1, digits: 3 },
  tco2_per_tce: { zh: 'tCO2/tce', en: 'tCO2/tce', scale: 1, digits: 3 },
  cny_per_tco2: { zh: '元/tCO2', en: 'CNY/tCO2', scale: 1, digits: 0 },
  tonnes: { zh: 't', en: 't', scale: 1, digits: 0 },
  years: { zh: '年', en: 'years', scale: 1, digits: 0 },
} as const;
export type QuantityUnit = keyof typeof QUANTITIES;

export function unitText(u: QuantityUnit, lang: Lang): string {
  return QUANTITIES[u][lang];
}

/** The number alone, in the unit's scale and digits ("12,345.67"); "-" for null. */
export function amount(u: QuantityUnit, value: number | null, digits?: number): string {
  const q = QUANTITIES[u];
  return formatNumber(value, digits ?? q.digits, q.scale);
}

/** Number and unit ("12.3%", "1,234.56 万tCO2", "下降 3.2 个百分点" is built by the caller). */
export function quantity(u: QuantityUnit, value: number | null, lang: Lang, digits?: number): string {
  const text = amount(u, value, digits);
  if (value === null) return text;
  return u === 'percent' ? `${text}%` : `${text} ${unitText(u, lang)}`;
}

/** "Header [unit]": how tables label a column with a unit. Chinese uses full-width brackets. */
export function headed(head: string, u: QuantityUnit, lang: Lang): string {
  return lang === 'zh' ? `${head}（${unitText(u, lang)}）` : `${head} [${unitText(u, lang)}]`;
}

/** Relative decline from `base` to `value` as a fraction (0.25 = 25% lower); null without a base. */
export function decline(base: number | null, value: number | null): number | null {
  if (base === null || value === null || base === 0) return null;
  return (base - value) / base;
}
