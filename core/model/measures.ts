import { z } from 'zod';
import { Id, Name, langNames, Text, Year, quantity, Share } from './primitives.ts';
import { CARRIER_IDS } from './carriers.ts';
import { TECHNOLOGY_IDS } from '../costs/technologies.ts';
import { planIssueReason } from '../text/plan-issue-text.ts';
import { reasonParams } from './issue-reasons.ts';

/**
 * Measures are the planner's levers. Every measure shares timing and cost fields; its
 * kind-specific parameters sit in `params`. Quantities are the full-scale (post ramp-up)
 * values per year; the engine scales them by the ramp.
 */

const Carrier = z.enum(CARRIER_IDS);
const FossilFuel = z.enum(['coal', 'coke', 'natural_gas', 'diesel', 'gasoline', 'fuel_oil', 'lpg']);

export const PvParams = z.strictObject({
  capacity_kw: quantity(1e7),
  /** Annual yield, kWh per kW; null means: derive it from the park's city climate. */
  specific_yield_kwh_per_kw: quantity(3000).nullable().default(null),
  tilt_deg: z.number().min(0).max(90).default(25),
  azimuth_deg: z.number().min(-180).max(180).default(0),
  /** Roof area one kW occupies, m2; used for the roof-area plausibility check. */
  area_m2_per_kw: z.number().min(1).max(50).default(6),
  /** Yearly degradation of output, fraction. */
  degradation_rate: z.number().min(0).max(0.05).default(0.005),
});

export const WindParams = z.strictObject({
  capacity_kw: quantity(1e7),
  /** Annual full-load hours; null means: derive from the city's wind climate. */
  full_load_hours: quantity(8760).nullable().default(null),
  hub_height_m: z.number().min(10).max(250).default(100),
});

export const StorageParams = z.strictObject({
  power_kw: quantity(1e7),
  energy_kwh: quantity(1e8),
  round_trip_efficiency: z.number().min(0.3).max(1).default(0.88),
  /** Share of nominal energy that may be used (depth of discharge window). */
  usable_share: z.number().min(0.1).max(1).default(0.9),
});

export const GreenPowerParams = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('mwh'), amount_mwh: quantity(1e8), premium_cny_per_mwh: quantity(2000).default(30) }),
  z.strictObject({ mode: z.literal('share'), share_of_grid: Share, premium_cny_per_mwh: quantity(2000).default(30) }),
]);

export const FuelSwitchParams = z
  .strictObject({
    from_carrier: FossilFuel,
    to_carrier: Carrier,
    /** Share of the targeted consumers' use of `from_carrier` that is switched. */
    share: z.number().min(0).max(10).nullable().default(null),
    /** Or an absolute amount of `from_carrier`, in its physical unit per year. */
    amount: quantity(1e8).nullable().default(null),
    /** Useful-energy efficiency of the old equipment (boiler efficiency, 0..1). */
    from_efficiency: z.number().min(0.05).max(1).default(0.8),
    /** Efficiency of the new equipment; a heat pump COP is given here (> 1). */
    to_efficiency: z.number().min(0.05).max(8).default(0.95),
  })
  .refine((p) => (p.share === null) !== (p.amount === null), {
    message: 'give exactly one of share or amount',
    path: ['share'],
    ...reasonParams(planIssueReason('share_or_amount')),
  })
  .refine((p) => p.from_carrier !== p.to_carrier, {
    message: 'must switch to a different carrier',
    path: ['to_carrier'],
    ...reasonParams(planIssueReason('same_carrier')),
  });

export const EfficiencyParams = z.strictObject({
  /** Carrier saved; null means every carrier of the targeted consumers. */
  carrier: Carrier.nullable().default(null),
  /** Share of the targeted use saved; shares above 1 are flagged and capped by the engine. */
  saving_share: z.number().min(0).max(10),
});

export const WasteHeatParams = z.strictObject({
  /** Residual heat recovered and used, GJ per year (taken at the source, before network losses). */
  heat_recovered_gj: quantity(1e9),
  /**
   * Shared waste heat: the enterprise whose residual heat is recovered. When given, the
   * measure's `consumer_ids` are the users that receive it (empty: every other enterprise),
   * the cap is the source's `waste_heat_available_gj` (grown), and the users' use of
   * `displaced_carrier` caps what they can take. Absent: source and users are the same
   * consumers (`consumer_ids`), as before.
   */
  source_consumer_id: Id.optional(),
  /** Share of the recovered heat lost in the heat network between source and users (absent: 0). */
  network_loss_share: z.number().min(0).max(0.9).optional(),
  /** Fuel the recovered heat displaces, burned at `displaced_efficiency`. */
  displaced_carrier: z.union([FossilFuel, z.literal('heat'), z.literal('electricity')]),
  displaced_efficiency: z.number().min(0.05).max(8).default(0.85),
  /** Electricity from residual pressure (for example TRT), MWh per year, used on site. */
  pressure_power_mwh: quantity(1e8).default(0),
});

/**
 * How an electrolyser runs (`operating_mode`; absent: `fixed_hours`, the behaviour before modes existed).
 *  - fixed_hours: `operating_hours` full-load hours a year on the park's electricity, producing
 *    no more hydrogen than the park uses (or sells, when a sale price is set);
 *  - renewable_surplus: takes the park's on-site surplus (generation minus every other load)
 *    hour by hour, before storage and export, up to its capacity; below `min_load_share` of
 *    its capacity it is off, or stays at that minimum on grid power (`below_min_load: 'grid'`);
 *  - grid_green: like fixed_hours, with its electricity bought as green power (counted in the
 *    green-power MWh at zero emissions, paying `green_premium_cny_per_mwh`).
 */
export const ELECTROLYSER_MODES = ['fixed_hours', 'renewable_surplus', 'grid_green'] as const;

export const GreenHydrogenParams = z.strictObject({
  electrolyser_kw: quantity(1e7),
  /** Full-load hours a year (fixed_hours and grid_green; a surplus-following electrolyser ignores it). */
  operating_hours: quantity(8760),
  operating_mode: z.enum(ELECTROLYSER_MODES).optional(),
  /** Minimum stable load as a share of capacity (renewable_surplus; absent: 0.2, typical of alkaline stacks). */
  min_load_share: z.number().min(0).max(1).optional(),
  /** renewable_surplus below the minimum load: switch off (absent) or hold the minimum on grid power. */
  below_min_load: z.enum(['off', 'grid']).optional(),
  /** Share of the hydrogen produced that is lost in compression, storage and delivery (absent: 0). */
  losses_share: z.number().min(0).max(0.5).optional(),
  /** grid_green: premium of the green power bought for the electrolyser, CNY/MWh (absent: 30). */
  green_premium_cny_per_mwh: quantity(2000).optional(),
  /** Electrolyser electricity per kg of hydrogen, kWh/kg (about 50-55 for alkaline). */
  kwh_per_kg: z.number().min(35).max(80).default(53),
  /** Fuel hydrogen replaces at the targeted consumers. */
  displaced_carrier: z.enum(['diesel', 'natural_gas', 'coal', 'gasoline', 'lpg', 'hydrogen']),
  /** Energy-service ratio: 1 means 1 GJ of hydrogen replaces 1 GJ of the displaced fuel. */
  substitution_ratio: z.number().min(0.2).max(3).default(1),
});

export const TransportParams = z.strictObject({
  vehicles: z.int().min(0).max(1e6),
  km_per_vehicle_year: quantity(5e5),
  fuel: z.enum(['diesel', 'gasoline', 'lpg', 'natural_gas']),
  /** Fuel use per 100 km in the fuel's physical unit (t for liquids, 10^4 Nm3 for gas). */
  fuel_per_100km: quantity(1),
  kwh_per_km: z.number().min(0.05).max(10),
  /**
   * 'electric' adds electricity; 'hydrogen' adds hydrogen at kg_h2_per_100km, taken from the
   * park's own electrolysers first (the hydrogen balance), the rest bought.
   */
  drive: z.enum(['electric', 'hydrogen']).default('electric'),
  kg_h2_per_100km: quantity(50).default(8),
});

export const CarbonSinkParams = z.strictObject({
  area_ha: quantity(1e6),
  uptake_tco2_per_ha_year: quantity(50),
});

export const CcusParams = z.strictObject({
  captured_tco2: quantity(1e8),
  /** Electricity to capture and compress one tonne, kWh/t. */
  energy_penalty_kwh_per_t: quantity(2000).default(300),
});

export const OffsetParams = z.strictObject({
  tco2: quantity(1e8),
  price_cny_per_t: quantity(5000),
});

/**
 * Measure fields that may be absent, so `in` cannot test them and a null in a change removes
 * them: the cost fields (absent = the cost library's value) and the language names (absent =
 * no name in that language; the other one is shown, marked as a fallback).
 */
export const OPTIONAL_MEASURE_FIELDS: ReadonlySet<string> = new Set([
  'technology',
  'capex_cny_per_unit',
  'capex_cny_per_kw',
  'fixed_opex_cny_per_unit_year',
  'name_zh',
  'name_en',
]);

export const MEASURE_KINDS = [
  'pv',
  'wind',
  'storage',
  'green_power',
  'fuel_switch',
  'efficiency',
  'waste_heat',
  'green_hydrogen',
  'transport',
  'carbon_sink',
  'ccus',
  'offset',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

const common = {
  id: Id,
  name: Name,
  ...langNames,
  start_year: Year,
  /** Years from start to full effect; 0 means full effect in the start year. */
  ramp_years: z.int().min(0).max(30).default(0),
  lifetime_years: z.int().min(1).max(100).default(25),
  /**
   * Costs (core/costs/README.md). Each unit cost multiplies the measure's size (its kind's size
   * quantity: kW, kWh, t/a, vehicles, ...); absent = the cost library's value for `technology`.
   * `technology` absent = the kind's default technology.
   */
  technology: z.enum(TECHNOLOGY_IDS).optional(),
  capex_cny_per_unit: quantity(1e9).optional(),
  /** Storage only: capex of the power part, CNY per kW (capex_cny_per_unit is then per kWh). */
  capex_cny_per_kw: quantity(1e7).optional(),
  fixed_opex_cny_per_unit_year: quantity(1e8).optional(),
  /** A part of the capex that does not scale with size (a grid connection, a migrated lump sum of a zero-size measure). */
  capex_cny: quantity(1e12).default(0),
  /** A part of the fixed O&M that does not scale with size, CNY per year. */
  fixed_opex_cny_per_year: quantity(1e11).default(0),
  /** Consumers the measure acts on; empty means park-wide where that applies. */
  consumer_ids: z.array(Id).max(1000).default([]),
  notes: Text.default(''),
  /** Who carries the project out, for the report's project list; absent unless given. */
  responsible_party: Name.optional(),
};

export const Measure = z.discriminatedUnion('kind', [
  z.strictObject({ ...common, kind: z.literal('pv'), params: PvParams }),
  z.strictObject({ ...common, kind: z.literal('wind'), params: WindParams }),
  z.strictObject({ ...common, kind: z.literal('storage'), params: StorageParams }),
  z.strictObject({ ...common, kind: z.literal('green_power'), params: GreenPowerParams }),
  z.strictObject({ ...common, kind: z.literal('fuel_switch'), params: FuelSwitchParams }),
  z.strictObject({ ...common, kind: z.literal('efficiency'), params: EfficiencyParams }),
  z.strictObject({ ...common, kind: z.literal('waste_heat'), params: WasteHeatParams }),
  z.strictObject({ ...common, kind: z.literal('green_hydrogen'), params: GreenHydrogenParams }),
  z.strictObject({ ...common, kind: z.literal('transport'), params: TransportParams }),
  z.strictObject({ ...common, kind: z.literal('carbon_sink'), params: CarbonSinkParams }),
  z.strictObject({ ...common, kind: z.literal('ccus'), params: CcusParams }),
  z.strictObject({ ...common, kind: z.literal('offset'), params: OffsetParams }),
]);
export type Measure = z.infer<typeof Measure>;
