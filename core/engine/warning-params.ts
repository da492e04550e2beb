import type { WarningCode } from './warnings.ts';

/**
 * What each warning code carries in `params`, and how each value prints. This is the
 * contract between the engine (which fills params) and the translated templates of the UI
 * and the reports (which name them as placeholders): `warningText` refuses a placeholder that
 * is not declared here, and the tests check every template against the sample park's real
 * warnings.
 *
 * Quantities keep their unit in the spec (convention 4), not in the template, so that every
 * language prints the same unit for the same figure.
 */
export type WarningUnit =
  | 'gj'
  | 'tco2'
  | 'mwh'
  | 't_h2'
  | 'm2'
  | 'kw'
  | 'kwh_per_kwp'
  | 'hours_per_year'
  | 'deg'
  | 'cny_per_mwh'
  | 'gce_per_kwh'
  | 'carrier';

export type WarningParamSpec =
  /** A calendar year, never grouped. */
  | { kind: 'year' }
  /** A quantity with at most `digits` decimals; `unit: 'carrier'` takes the unit of the `carrier` param. */
  | { kind: 'number'; digits: number; unit?: WarningUnit }
  /** A fraction (0.25) printed as a percentage (25%). */
  | { kind: 'percent'; digits: number }
  /** Ids printed by their name in the reader's language (`load_shape`: a consumer load profile). */
  | { kind: 'carrier' | 'region' | 'load_shape' }
  /** User or library text printed as it is (names, citations, factor keys). */
  | { kind: 'text' }
  /** A place (or other) name with its Chinese form in the companion param `<name>_zh`. */
  | { kind: 'bilingual' }
  /** Which of a code's sentences applies; selects the template, never printed. */
  | { kind: 'variant'; values: readonly string[] };

const year = { kind: 'year' } as const;
const text = { kind: 'text' } as const;
const bilingual = { kind: 'bilingual' } as const;
const carrier = { kind: 'carrier' } as const;
const num = (digits: number, unit?: WarningUnit): { kind: 'number'; digits: number; unit?: WarningUnit } =>
  unit === undefined ? { kind: 'number', digits } : { kind: 'number', digits, unit };
const pct = (digits: number): { kind: 'percent'; digits: number } => ({ kind: 'percent', digits });
const variant = <const V extends readonly string[]>(...values: V): { kind: 'variant'; values: V } => ({
  kind: 'variant',
  values,
});
const carrierAmount = num(1, 'carrier');

export const WARNING_PARAMS = {
  switch_share_above_one: { share: pct(0) },
  switch_exceeds_fuel: { requested: carrierAmount, available: carrierAmount, carrier },
  switch_efficiency_implausible: { to_efficiency: num(2), carrier },
  efficiency_shares_above_one: { saving_share: pct(1), carrier, consumer: text },
  waste_heat_exceeds_available: { recovered_gj: num(0, 'gj'), available_gj: num(0, 'gj') },
  waste_heat_no_available_declared: {},
  displaced_fuel_missing: { needed: carrierAmount, available: carrierAmount, carrier },
  hydrogen_exceeds_use: { needed: carrierAmount, available: carrierAmount, carrier, scale: pct(0) },
  transport_exceeds_fuel: { needed: carrierAmount, available: carrierAmount, carrier, scale: pct(0) },
  ccus_exceeds_emissions: { captured_tco2: num(0, 'tco2'), emitted_tco2: num(0, 'tco2') },
  green_power_exceeds_import: { green_mwh: num(0, 'mwh'), import_mwh: num(0, 'mwh') },
  green_power_raises_factor: {},
  // 'park_consumers' is no longer raised (ground PV is not checked) but results saved before still carry it.
  pv_exceeds_roof: { variant: variant('park_consumers', 'named_consumers'), area_m2: num(0, 'm2'), roof_m2: num(0, 'm2') },
  negative_energy_clamped: { carrier, amount: num(3, 'carrier'), consumer: text },
  lifetime_before_horizon: { end_year: year, horizon_year: year },
  measure_starts_before_base_year: { base_year: year },
  measure_never_active: { start_year: year, horizon_year: year },
  grid_factor_projected: { from_year: year, series: text, decline_rate: pct(1) },
  grid_factor_estimated: {
    variant: variant('regional', 'provincial'),
    region: { kind: 'region' },
    province: bilingual,
    province_zh: text,
  },
  grid_factor_fallback: { province: text, region: { kind: 'region' } },
  default_yield_used: {
    variant: variant('pv_model', 'pv_library', 'wind_library'),
    yield_kwh_per_kwp: num(0, 'kwh_per_kwp'),
    full_load_hours: num(0, 'hours_per_year'),
    tilt_deg: num(1, 'deg'),
    azimuth_deg: num(1, 'deg'),
    climate: bilingual,
    climate_zh: text,
    factor_key: text,
    library_kwh_per_kwp: num(0, 'kwh_per_kwp'),
    source: text,
  },
  storage_annual_losses_only: { cycles: num(0) },
  surplus_exported_annual: { exported_mwh: num(0, 'mwh') },
  surplus_curtailed: { variant: variant('limited', 'unlimited'), curtailed_mwh: num(0, 'mwh'), export_limit_kw: num(0, 'kw') },
  climate_unknown: { city: text, province: text },
  climate_note: {
    variant: variant('weather_file', 'imported_weather', 'capital_fallback', 'climate_source'),
    /** weather_file, climate_source: the data's provenance, in Chinese in `source_zh` where known. */
    source: bilingual,
    source_zh: text,
    /** imported_weather: the weather series' name, file and import date (YYYY-MM-DD). */
    series: text,
    file: text,
    imported_on: text,
    city: text,
    capital: bilingual,
    capital_zh: text,
    province: bilingual,
    province_zh: text,
    climate: bilingual,
    climate_zh: text,
  },
  storage_idle: {},
  /** The park's province as the plan spells it. */
  tou_tariff_fallback: { province: text },
  /** `count` enterprises have a non-zero own rate; `consumer` is the first, growing at `rate` a year. */
  output_growth_rates_ignored: { count: num(0), consumer: text, rate: pct(1) },
  /** The pinned vintage precedes the series: its first published year `used_year` stands in. */
  grid_factor_vintage_unavailable: { vintage_year: year, series: text, used_year: year },
  /** The coal-consumption rate of `last_year` is held flat from `from_year` on. */
  coal_method_rate_held: { from_year: year, last_year: year, rate_gce_per_kwh: num(1, 'gce_per_kwh') },
  hydrogen_flared: { flared_t: num(1, 't_h2'), produced_t: num(1, 't_h2') },
  electrolysis_raises_emissions: { grid_mwh: num(0, 'mwh'), grid_tco2: num(0, 'tco2'), displaced_tco2: num(0, 'tco2') },
} as const satisfies Record<WarningCode, Record<string, WarningParamSpec>>;

type Spec = typeof WARNING_PARAMS;
type ValueOf<S> = S extends { kind: 'variant'; values: readonly (infer V)[] }
  ? V
  : S extends { kind: 'number' | 'percent' | 'year' }
    ? number
    : string;

/** The params a call site may give for `code`: only declared names, numbers where numbers go. */
export type ParamsOf<C extends WarningCode> = { [K in keyof Spec[C]]?: ValueOf<Spec[C][K]> };

/** The declared spec of one param, or null for an unknown code or name. */
export function paramSpec(code: string, name: string): WarningParamSpec | null {
  if (!Object.hasOwn(WARNING_PARAMS, code)) return null;
  const specs: Record<string, WarningParamSpec> = WARNING_PARAMS[code as WarningCode];
  return Object.hasOwn(specs, name) ? specs[name]! : null;
}

/** The sentence variants a code has (empty: one sentence). */
export function warningVariants(code: WarningCode): readonly string[] {
  const specs: Record<string, WarningParamSpec> = WARNING_PARAMS[code];
  const v = specs['variant'];
  return v !== undefined && v.kind === 'variant' ? v.values : [];
}
