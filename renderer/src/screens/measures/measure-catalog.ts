import type { z } from 'zod';
import {
  CarbonSinkParams,
  CcusParams,
  EfficiencyParams,
  FuelSwitchParams,
  GreenHydrogenParams,
  GreenPowerParams,
  ELECTROLYSER_MODES,
  MEASURE_KINDS,
  Measure,
  OffsetParams,
  PvParams,
  StorageParams,
  TransportParams,
  WasteHeatParams,
  WindParams,
  type MeasureKind,
} from '../../../../core/model/measures.ts';
import { CARRIER_IDS } from '../../../../core/model/carriers.ts';
import { boundsOf, type Bounds } from '../../forms/bounds.ts';
import { capacityScale, type CapacityUnit } from '../../forms/capacity-units.ts';

/**
 * What the measure forms show for each of the twelve kinds: which parameters, in which unit,
 * scaled how (fractions are edited as percentages), with which choices and help. Bounds are
 * read from the zod schemas of core/model/measures.ts so the form and the plan never disagree.
 */

/** Keys of measures.unit.* in the language files. */
export type UnitId =
  | 'kw'
  | 'kwh'
  | 'mw'
  | 'mwh'
  | 'mwh_per_year'
  | 'kwh_per_kw_year'
  | 'hours_per_year'
  | 'deg'
  | 'm'
  | 'm2_per_kw'
  | 'percent'
  | 'percent_per_year'
  | 'ratio'
  | 'cny_per_mwh'
  | 'gj_per_year'
  | 'kwh_per_kg'
  | 'vehicles'
  | 'km_per_year'
  | 'kwh_per_km'
  | 't_per_100km'
  | 'nm3_10k_per_100km'
  | 'kg_per_100km'
  | 'ha'
  | 'tco2_per_ha_year'
  | 'tco2_per_year'
  | 'kwh_per_t'
  | 'cny_per_t'
  | 't_per_year'
  | 'nm3_10k_per_year'
  | 'years'
  | 'cny'
  | 'cny_per_year'
  | 'cny_per_kw'
  | 'cny_per_kwh'
  | 'cny_per_t_year'
  | 'cny_per_vehicle'
  | 'cny_per_gj_year'
  | 'cny_per_ha'
  | 'cny_per_full_share'
  | 'cny_per_mwh_year'
  | 'cny_per_carrier_unit_year';

type Params = Record<string, unknown>;

export interface NumberSpec {
  type: 'number';
  /** `params.<field>` or a common field name. */
  path: string;
  /** Absent only where the label names its unit already (a start year). */
  unit?: UnitId | ((params: Params) => UnitId);
  /** Shown value = stored value x scale (100 for fractions edited as %). */
  scale?: number;
  /** Blank means null (for example: PV yield from the park's climate). */
  nullable?: boolean;
  integer?: boolean;
  /** A help text exists at measures.help.<kind>.<field>. */
  help?: boolean;
  /** Shown only when this returns true (green power: the field of the chosen mode). */
  when?: (params: Params) => boolean;
  /** Absent from the plan when left blank (the engine's default applies, said in the help). */
  optional?: boolean;
}

export interface ChoiceSpec {
  type: 'choice';
  path: string;
  /** Option values; `null` (shown as "all carriers" etc.) when the field is nullable. */
  options: readonly (string | null)[];
  /** i18n group the option labels come from: carrier.<id> or measures.option.<id>. */
  labels: 'carrier' | 'option';
  help?: boolean;
  /** Shown only when this returns true (the electrolyser's surplus-mode choices). */
  when?: (params: Params) => boolean;
  /** Absent from the plan when the first option is chosen (its default). */
  optional?: boolean;
}

export type FieldSpec = NumberSpec | ChoiceSpec;

const FOSSIL = ['coal', 'coke', 'natural_gas', 'diesel', 'gasoline', 'fuel_oil', 'lpg'] as const;

/** A fuel's physical unit per year (t or 10^4 Nm3), for amounts given in the fuel's own unit. */
const perYearOf = (carrier: unknown): UnitId => (carrier === 'natural_gas' ? 'nm3_10k_per_year' : 't_per_year');

export const PARAM_FIELDS: Record<MeasureKind, readonly FieldSpec[]> = {
  pv: [
    { type: 'number', path: 'params.capacity_kw', unit: 'kw' },
    { type: 'number', path: 'params.specific_yield_kwh_per_kw', unit: 'kwh_per_kw_year', nullable: true, help: true },
    { type: 'number', path: 'params.tilt_deg', unit: 'deg' },
    { type: 'number', path: 'params.azimuth_deg', unit: 'deg', help: true },
    { type: 'number', path: 'params.area_m2_per_kw', unit: 'm2_per_kw', help: true },
    { type: 'number', path: 'params.degradation_rate', unit: 'percent_per_year', scale: 100 },
  ],
  wind: [
    { type: 'number', path: 'params.capacity_kw', unit: 'kw' },
    { type: 'number', path: 'params.full_load_hours', unit: 'hours_per_year', nullable: true, help: true },
    { type: 'number', path: 'params.hub_height_m', unit: 'm' },
  ],
  storage: [
    { type: 'number', path: 'params.power_kw', unit: 'kw' },
    { type: 'number', path: 'params.energy_kwh', unit: 'kwh' },
    { type: 'number', path: 'params.round_trip_efficiency', unit: 'percent', scale: 100 },
    { type: 'number', path: 'params.usable_share', unit: 'percent', scale: 100, help: true },
  ],
  green_power: [
    { type: 'choice', path: 'params.mode', options: ['share', 'mwh'], labels: 'option' },
    { type: 'number', path: 'params.share_of_grid', unit: 'percent', scale: 100, when: (p) => p['mode'] === 'share', help: true },
    { type: 'number', path: 'params.amount_mwh', unit: 'mwh_per_year', when: (p) => p['mode'] === 'mwh' },
    { type: 'number', path: 'params.premium_cny_per_mwh', unit: 'cny_per_mwh', help: true },
  ],
  fuel_switch: [
    { type: 'choice', path: 'params.from_carrier', options: FOSSIL, labels: 'carrier' },
    { type: 'choice', path: 'params.to_carrier', options: CARRIER_IDS, labels: 'carrier' },
    { type: 'number', path: 'params.share', unit: 'percent', scale: 100, nullable: true, help: true },
    { type: 'number', path: 'params.amount', unit: (p) => perYearOf(p['from_carrier']), nullable: true, help: true },
    { type: 'number', path: 'params.from_efficiency', unit: 'ratio', help: true },
    { type: 'number', path: 'params.to_efficiency', unit: 'ratio', help: true },
  ],
  efficiency: [
    { type: 'choice', path: 'params.carrier', options: [null, ...CARRIER_IDS], labels: 'carrier', help: true },
    { type: 'number', path: 'params.saving_share', unit: 'percent', scale: 100, help: true },
  ],
  waste_heat: [
    { type: 'number', path: 'params.heat_recovered_gj', unit: 'gj_per_year' },
    { type: 'choice', path: 'params.displaced_carrier', options: [...FOSSIL, 'heat', 'electricity'], labels: 'carrier' },
    { type: 'number', path: 'params.displaced_efficiency', unit: 'ratio', help: true },
    { type: 'number', path: 'params.pressure_power_mwh', unit: 'mwh_per_year', help: true },
    { type: 'number', path: 'params.network_loss_share', unit: 'percent', scale: 100, optional: true, help: true },
  ],
  green_hydrogen: [
    { type: 'number', path: 'params.electrolyser_kw', unit: 'kw' },
    { type: 'choice', path: 'params.operating_mode', options: ELECTROLYSER_MODES, labels: 'option', optional: true, help: true },
    // Required by the plan in every mode; a surplus-following electrolyser ignores it (help).
    { type: 'number', path: 'params.operating_hours', unit: 'hours_per_year', help: true },
    {
      type: 'number',
      path: 'params.min_load_share',
      unit: 'percent',
      scale: 100,
      optional: true,
      help: true,
      when: (p) => p['operating_mode'] === 'renewable_surplus',
    },
    {
      type: 'choice',
      path: 'params.below_min_load',
      options: ['off', 'grid'],
      labels: 'option',
      optional: true,
      when: (p) => p['operating_mode'] === 'renewable_surplus',
    },
    {
      type: 'number',
      path: 'params.green_premium_cny_per_mwh',
      unit: 'cny_per_mwh',
      optional: true,
      help: true,
      when: (p) => p['operating_mode'] === 'grid_green',
    },
    { type: 'number', path: 'params.kwh_per_kg', unit: 'kwh_per_kg', help: true },
    { type: 'number', path: 'params.losses_share', unit: 'percent', scale: 100, optional: true, help: true },
    {
      type: 'choice',
      path: 'params.displaced_carrier',
      options: ['diesel', 'natural_gas', 'coal', 'gasoline', 'lpg', 'hydrogen'],
      labels: 'carrier',
    },
    { type: 'number', path: 'params.substitution_ratio', unit: 'ratio', help: true },
  ],
  transport: [
    { type: 'number', path: 'params.vehicles', unit: 'vehicles', integer: true },
    { type: 'number', path: 'params.km_per_vehicle_year', unit: 'km_per_year' },
    { type: 'choice', path: 'params.fuel', options: ['diesel', 'gasoline', 'lpg', 'natural_gas'], labels: 'carrier' },
    {
      type: 'number',
      path: 'params.fuel_per_100km',
      unit: (p) => (p['fuel'] === 'natural_gas' ? 'nm3_10k_per_100km' : 't_per_100km'),
      help: true,
    },
    { type: 'choice', path: 'params.drive', options: ['electric', 'hydrogen'], labels: 'option' },
    { type: 'number', path: 'params.kwh_per_km', unit: 'kwh_per_km', help: true },
    { type: 'number', path: 'params.kg_h2_per_100km', unit: 'kg_per_100km', help: true },
  ],
  carbon_sink: [
    { type: 'number', path: 'params.area_ha', unit: 'ha' },
    { type: 'number', path: 'params.uptake_tco2_per_ha_year', unit: 'tco2_per_ha_year', help: true },
  ],
  ccus: [
    { type: 'number', path: 'params.captured_tco2', unit: 'tco2_per_year' },
    { type: 'number', path: 'params.energy_penalty_kwh_per_t', unit: 'kwh_per_t', help: true },
  ],
  offset: [
    { type: 'number', path: 'params.tco2', unit: 'tco2_per_year' },
    { type: 'number', path: 'params.price_cny_per_t', unit: 'cny_per_t' },
  ],
};

/**
 * The unit a measure's unit costs are per: its size quantity (core/costs/technologies.ts
 * measureSize), read from the params present (a draft holds text, not a Measure).
 */
export function unitCostUnit(params: Params): UnitId {
  if ('energy_kwh' in params) return 'cny_per_kwh';
  if ('capacity_kw' in params || 'electrolyser_kw' in params) return 'cny_per_kw';
  if ('heat_recovered_gj' in params) return 'cny_per_gj_year';
  if ('vehicles' in params) return 'cny_per_vehicle';
  if ('area_ha' in params) return 'cny_per_ha';
  if ('captured_tco2' in params || 'tco2' in params) return 'cny_per_t_year';
  if ('amount_mwh' in params && params['mode'] === 'mwh') return 'cny_per_mwh_year';
  if ('share' in params && (params['share'] === null || params['share'] === '')) return 'cny_per_carrier_unit_year';
  return 'cny_per_full_share';
}

/** Cost fields: unit costs (blank = the cost library's value) and a size-independent part. */
export const COST_FIELDS: readonly NumberSpec[] = [
  { type: 'number', path: 'capex_cny_per_unit', unit: unitCostUnit, nullable: true, help: true },
  // Storage only: its size is energy; the power part is per kW.
  { type: 'number', path: 'capex_cny_per_kw', unit: 'cny_per_kw', nullable: true, when: (p) => 'power_kw' in p },
  { type: 'number', path: 'fixed_opex_cny_per_unit_year', unit: unitCostUnit, nullable: true },
  { type: 'number', path: 'capex_cny', unit: 'cny', help: true },
  { type: 'number', path: 'fixed_opex_cny_per_year', unit: 'cny_per_year' },
];

/** Timing and cost fields every measure has. */
export const COMMON_FIELDS: readonly NumberSpec[] = [
  { type: 'number', path: 'start_year', integer: true },
  { type: 'number', path: 'ramp_years', unit: 'years', integer: true, help: true },
  { type: 'number', path: 'lifetime_years', unit: 'years', integer: true, help: true },
  ...COST_FIELDS,
];

/** Kinds whose effect is tied to named enterprises (PV: their roofs). Others act park-wide. */
export const ACTS_ON_CONSUMERS: ReadonlySet<MeasureKind> = new Set([
  'pv',
  'fuel_switch',
  'efficiency',
  'waste_heat',
  'green_hydrogen',
  'transport',
  'ccus',
]);

/**
 * Library order for the "add measure" picker: generation, purchase, demand side, removals.
 * The model lists the kinds in that order already, so the picker follows it.
 */
export const KIND_ORDER: readonly MeasureKind[] = MEASURE_KINDS;

const PARAM_SCHEMAS: Record<Exclude<MeasureKind, 'green_power'>, z.ZodObject> = {
  pv: PvParams,
  wind: WindParams,
  storage: StorageParams,
  fuel_switch: FuelSwitchParams,
  efficiency: EfficiencyParams,
  waste_heat: WasteHeatParams,
  green_hydrogen: GreenHydrogenParams,
  transport: TransportParams,
  carbon_sink: CarbonSinkParams,
  ccus: CcusParams,
  offset: OffsetParams,
};

const COMMON_SCHEMA = Measure.options[0].shape;

/** The schema of one field of a kind (`params.capacity_kw`, `start_year`). */
function fieldSchema(kind: MeasureKind, path: string): z.ZodType {
  if (!path.startsWith('params.')) {
    const s = (COMMON_SCHEMA as Record<string, z.ZodType>)[path];
    if (s === undefined) throw new Error(`no common field ${path}`);
    return s;
  }
  const name = path.slice('params.'.length);
  const shapes = kind === 'green_power' ? GreenPowerParams.options.map((o) => o.shape) : [PARAM_SCHEMAS[kind].shape];
  for (const shape of shapes) {
    const s = (shape as Record<string, z.ZodType>)[name];
    if (s !== undefined) return s;
  }
  throw new Error(`no field ${path} on ${kind}`);
}

/** Bounds of a numeric field, in the stored unit. */
export function fieldBounds(kind: MeasureKind, path: string): Bounds {
  return boundsOf(fieldSchema(kind, path));
}

/** The same field shown in another capacity unit (kW/MW, kWh/MWh: forms/capacity-units.ts). */
export function withCapacityUnit(spec: NumberSpec, unit: CapacityUnit): NumberSpec {
  return { ...spec, unit, scale: (spec.scale ?? 1) * capacityScale(unit) };
}

export function unitOf(spec: NumberSpec, params: Params): UnitId | null {
  return typeof spec.unit === 'function' ? spec.unit(params) : (spec.unit ?? null);
}

/** The last segment of a path, used for i18n keys (`params.capacity_kw` -> `capacity_kw`). */
export function fieldName(path: string): string {
  return path.startsWith('params.') ? path.slice('params.'.length) : path;
}

/**
 * Sensible starting values for a new measure of each kind (full-scale, per year). Typical
 * magnitudes for a mid-size park; every one is shown and editable before the measure is added.
 */
export const DEFAULT_PARAMS: Record<MeasureKind, Params> = {
  pv: {
    capacity_kw: 1000,
    specific_yield_kwh_per_kw: null,
    tilt_deg: 25,
    azimuth_deg: 0,
    area_m2_per_kw: 6,
    degradation_rate: 0.005,
  },
  wind: { capacity_kw: 5000, full_load_hours: null, hub_height_m: 100 },
  storage: { power_kw: 1000, energy_kwh: 2000, round_trip_efficiency: 0.88, usable_share: 0.9 },
  green_power: { mode: 'share', share_of_grid: 0.2, premium_cny_per_mwh: 30 },
  fuel_switch: {
    from_carrier: 'coal',
    to_carrier: 'natural_gas',
    share: 1,
    amount: null,
    from_efficiency: 0.8,
    to_efficiency: 0.95,
  },
  efficiency: { carrier: null, saving_share: 0.05 },
  waste_heat: { heat_recovered_gj: 50_000, displaced_carrier: 'coal', displaced_efficiency: 0.85, pressure_power_mwh: 0 },
  green_hydrogen: {
    electrolyser_kw: 1000,
    // Optional choices at their defaults (left out of the plan): fixed hours, off below the minimum.
    operating_mode: 'fixed_hours',
    below_min_load: 'off',
    operating_hours: 4000,
    kwh_per_kg: 53,
    displaced_carrier: 'diesel',
    substitution_ratio: 1,
  },
  transport: {
    vehicles: 50,
    km_per_vehicle_year: 40_000,
    fuel: 'diesel',
    // About 10 L of diesel per 100 km (0.84 kg/L).
    fuel_per_100km: 0.0085,
    kwh_per_km: 0.3,
    drive: 'electric',
    kg_h2_per_100km: 8,
  },
  carbon_sink: { area_ha: 50, uptake_tco2_per_ha_year: 8 },
  ccus: { captured_tco2: 10_000, energy_penalty_kwh_per_t: 300 },
  offset: { tco2: 10_000, price_cny_per_t: 60 },
};

/** When switching green power mode, the field of the new mode starts from this value. */
export const GREEN_POWER_MODE_DEFAULTS = { share: { share_of_grid: 0.2 }, mwh: { amount_mwh: 10_000 } } as const;

/** Typical lifetimes, years (PV and wind 25, batteries about 12, vehicles about 8). */
export const DEFAULT_LIFETIME: Partial<Record<MeasureKind, number>> = {
  storage: 12,
  transport: 8,
  efficiency: 15,
  green_hydrogen: 20,
  ccus: 25,
  offset: 1,
  green_power: 1,
  carbon_sink: 50,
};
