/**
 * Plausibility warnings. The engine never corrects an input silently: every clamp or
 * questionable assumption becomes a warning with the JSON path of the input concerned.
 * Warnings repeated over years are folded into one entry with the first and last year.
 */

import type { ParamsOf } from './warning-params.ts';

export type WarningSeverity = 'warning' | 'info';

export const WARNING_CODES = [
  'switch_share_above_one',
  'switch_exceeds_fuel',
  'switch_efficiency_implausible',
  'efficiency_shares_above_one',
  'waste_heat_exceeds_available',
  'waste_heat_no_available_declared',
  'displaced_fuel_missing',
  'hydrogen_exceeds_use',
  'transport_exceeds_fuel',
  'ccus_exceeds_emissions',
  'green_power_exceeds_import',
  'green_power_raises_factor',
  'pv_exceeds_roof',
  'negative_energy_clamped',
  'lifetime_before_horizon',
  'measure_starts_before_base_year',
  'measure_never_active',
  'grid_factor_projected',
  'grid_factor_estimated',
  'grid_factor_fallback',
  'default_yield_used',
  'storage_annual_losses_only',
  'surplus_exported_annual',
  'surplus_curtailed',
  'climate_unknown',
  'climate_note',
  'storage_idle',
  'tou_tariff_fallback',
  'output_growth_rates_ignored',
  'grid_factor_vintage_unavailable',
  'coal_method_rate_held',
  'hydrogen_flared',
  'electrolysis_raises_emissions',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/**
 * The figures and names a warning's sentence is built from, so that the UI and reports can
 * say it in the reader's language: numbers raw (never formatted), ids and names as strings.
 * What each code carries, and in which unit, is WARNING_PARAMS (warning-params.ts).
 */
export type WarningParams = Record<string, string | number>;

export interface EngineWarning {
  code: WarningCode;
  severity: WarningSeverity;
  path: string;
  /** English sentence, for the CLI and JSON consumers; translated texts are built from `params`. */
  message: string;
  params: WarningParams;
  first_year: number | null;
  last_year: number | null;
  /** Number of years the condition occurred in (1 for year-independent warnings). */
  count: number;
}

export class WarningCollector {
  private readonly byKey = new Map<string, EngineWarning>();

  /**
   * Record a warning. A repeat of the same code and path only widens the years and counts:
   * the first occurrence's message and params stand for all of them.
   */
  add<C extends WarningCode>(
    code: C,
    path: string,
    message: string,
    params: ParamsOf<C>,
    year: number | null = null,
    severity: WarningSeverity = 'warning',
  ): void {
    const key = `${code}|${path}`;
    const w = this.byKey.get(key);
    if (w === undefined) {
      const own: WarningParams = {};
      for (const [name, v] of Object.entries(params as Record<string, string | number | undefined>))
        if (v !== undefined) own[name] = v;
      this.byKey.set(key, { code, severity, path, message, params: own, first_year: year, last_year: year, count: 1 });
      return;
    }
    w.count += 1;
    if (year !== null) {
      if (w.first_year === null || year < w.first_year) w.first_year = year;
      if (w.last_year === null || year > w.last_year) w.last_year = year;
    }
  }

  list(): EngineWarning[] {
    return [...this.byKey.values()];
  }
}
