import type { TFunction } from 'i18next';
import type { IndicatorUnit } from '../../results/scorecard.ts';
import { formatNumber, formatPercent, formatSigned } from '../../charts/format.ts';
import { resultsEn } from '../../results/messages-en.ts';

/** The unit label of an indicator unit kind. */
export function unitLabel(unit: IndicatorUnit, t: TFunction): string {
  switch (unit) {
    case 'share':
      return t('results.unit.share');
    case 'tco2_per_tce':
      return t('results.unit.tco2PerTce');
    case 't':
      return t('results.unit.t');
    case 'tce':
      return t('results.unit.tce');
    case 'tco2':
      return t('results.unit.tco2');
    case 'tco2_per_10k_cny':
      return t('results.unit.tco2Per10kCny');
    case 'tce_per_10k_cny':
      return t('results.unit.tcePer10kCny');
  }
}

/** An indicator value in its unit: shares as percentages, intensities with 3 decimals. */
export function formatIndicator(
  value: number | null,
  unit: IndicatorUnit,
  locale: string,
  t: TFunction,
  withUnit = false,
): string {
  if (value === null) return t('results.indicators.notAvailable');
  if (unit === 'share') return formatPercent(value, locale, 1);
  // Intensities with three decimals, so 2.203 and 0.975 read alike; quantities in whole units.
  const text =
    unit === 't' || unit === 'tce' || unit === 'tco2' ? formatNumber(value, locale, 0) : formatNumber(value, locale, 3);
  return withUnit ? `${text} ${unitLabel(unit, t)}` : text;
}

/** A difference in the indicator's unit (shares in percentage points). */
export function formatIndicatorDelta(delta: number, unit: IndicatorUnit, locale: string): string {
  if (unit === 'share') return formatSigned(delta * 100, locale, (v) => `${formatNumber(v, locale, 1)} pp`);
  if (unit === 't' || unit === 'tce' || unit === 'tco2') return formatSigned(delta, locale, (v) => formatNumber(v, locale, 0));
  return formatSigned(delta, locale);
}

type IndicatorKey = keyof typeof resultsEn.indicator;

/** The translated name of an Indicators key (a target's indicator); the raw key if unknown. */
export function indicatorName(key: string, t: TFunction): string {
  return Object.hasOwn(resultsEn.indicator, key) ? t(`results.indicator.${key as IndicatorKey}`) : key;
}
