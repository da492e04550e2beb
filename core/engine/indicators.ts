import type { EnergyMethod, TargetIndicator } from '../model/targets.ts';
import type { Indicators } from './result-schema.ts';

/**
 * What each indicator means and which tce method it uses. Shares and intensities that
 * depend on how electricity is counted are computed with BOTH methods (suffix `_equivalent`:
 * electricity at 0.1229 kgce/kWh; `_coal_method`: at the year's thermal-plant coal rate).
 */
export interface IndicatorDefinition {
  key: keyof Indicators;
  label: string;
  unit: string;
  method: EnergyMethod | 'none';
  formula: string;
}

export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = [
  { key: 'coal_t', label: 'Coal use', unit: 't', method: 'none', formula: 'raw coal consumption after measures' },
  {
    key: 'total_tce_equivalent',
    label: 'Total energy (equivalent)',
    unit: 'tce',
    method: 'equivalent',
    formula: 'sum of carriers x GB/T 2589 coefficients; electricity 0.1229 kgce/kWh',
  },
  {
    key: 'total_tce_coal_method',
    label: 'Total energy (coal method)',
    unit: 'tce',
    method: 'coal_method',
    formula: 'as equivalent, electricity at the coal-consumption rate of the year',
  },
  {
    key: 'gross_emissions_tco2',
    label: 'Gross emissions',
    unit: 'tCO2',
    method: 'none',
    formula: 'scope 1 (fuel + process) + scope 2',
  },
  { key: 'net_emissions_tco2', label: 'Net emissions', unit: 'tCO2', method: 'none', formula: 'gross - CCUS - sinks - offsets' },
  {
    key: 'co2_per_tce_equivalent',
    label: 'CO2 per unit energy',
    unit: 'tCO2/tce',
    method: 'equivalent',
    formula: 'energy CO2 (scope 1 fuel + scope 2, before CCUS) / total tce',
  },
  {
    key: 'co2_per_tce_coal_method',
    label: 'CO2 per unit energy',
    unit: 'tCO2/tce',
    method: 'coal_method',
    formula: 'energy CO2 (scope 1 fuel + scope 2, before CCUS) / total tce',
  },
  {
    key: 'tco2_per_10k_cny_va',
    label: 'Carbon intensity of value added',
    unit: 'tCO2 per 10^4 CNY',
    method: 'none',
    formula: 'gross emissions / value added',
  },
  {
    key: 'tce_per_10k_cny_va_equivalent',
    label: 'Energy intensity of value added',
    unit: 'tce per 10^4 CNY',
    method: 'equivalent',
    formula: 'total tce / value added',
  },
  {
    key: 'tce_per_10k_cny_va_coal_method',
    label: 'Energy intensity of value added',
    unit: 'tce per 10^4 CNY',
    method: 'coal_method',
    formula: 'total tce / value added',
  },
  {
    key: 'non_fossil_share_equivalent',
    label: 'Non-fossil share',
    unit: 'fraction',
    method: 'equivalent',
    formula:
      'non-fossil electricity (on-site PV/wind used + green power + the remaining grid purchase x the grid AVERAGE non-fossil part, whatever series scope 2 applies) / total tce',
  },
  {
    key: 'non_fossil_share_coal_method',
    label: 'Non-fossil share',
    unit: 'fraction',
    method: 'coal_method',
    formula: 'as equivalent; the Chinese statistical convention for non-fossil shares',
  },
  {
    key: 'clean_energy_share_equivalent',
    label: 'Clean-energy share',
    unit: 'fraction',
    method: 'equivalent',
    formula: '(non-fossil + natural gas + purchased hydrogen) / total tce; purchased heat counts as not clean',
  },
  {
    key: 'clean_energy_share_coal_method',
    label: 'Clean-energy share',
    unit: 'fraction',
    method: 'coal_method',
    formula: 'as equivalent',
  },
  {
    key: 'renewable_electricity_share',
    label: 'Renewable electricity share (certificates included)',
    unit: 'fraction',
    method: 'none',
    formula: '(on-site PV/wind used + green power) / electricity consumption',
  },
  {
    key: 'renewable_electricity_share_incl_grid',
    label: 'Renewable electricity share incl. grid mix',
    unit: 'fraction',
    method: 'none',
    formula: 'non-fossil electricity incl. the grid mix / electricity consumption (nuclear counted with renewables)',
  },
  {
    key: 'electrification_rate_equivalent',
    label: 'Electrification rate',
    unit: 'fraction',
    method: 'equivalent',
    formula: 'electricity tce / total tce',
  },
  {
    key: 'electrification_rate_coal_method',
    label: 'Electrification rate',
    unit: 'fraction',
    method: 'coal_method',
    formula: 'electricity tce / total tce',
  },
  {
    key: 'waste_heat_utilisation',
    label: 'Residual heat utilisation',
    unit: 'fraction',
    method: 'none',
    formula: 'recovered residual heat used / residual heat available (consumers, grown with output)',
  },
];

const METHOD_DEPENDENT = new Set<TargetIndicator>([
  'total_tce',
  'co2_per_tce',
  'tce_per_10k_cny_va',
  'non_fossil_share',
  'clean_energy_share',
  'electrification_rate',
]);

/** The result key a target on `indicator` reads, given its energy method. */
export function indicatorKey(indicator: TargetIndicator, method: EnergyMethod): keyof Indicators {
  if (indicator === 'total_tce') return method === 'equivalent' ? 'total_tce_equivalent' : 'total_tce_coal_method';
  if (METHOD_DEPENDENT.has(indicator)) return `${indicator}_${method}` as keyof Indicators;
  return indicator as keyof Indicators;
}

/** a / b, or null when b is not positive or the quotient is not finite (a denormal divisor). */
export function ratio(a: number, b: number): number | null {
  if (!(b > 0)) return null;
  const r = a / b;
  return Number.isFinite(r) ? r : null;
}
