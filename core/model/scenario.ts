import { z } from 'zod';
import { Id, Name, langNames, langDescriptions, RatePath, Share, Text, Year, YearPath, textString } from './primitives.ts';
import { Measure } from './measures.ts';
import { TouTariffTable } from './tou-tariff.ts';
import { OptimiserRecord } from './optimiser-record.ts';

export const GRID_FACTOR_SCOPES = ['national', 'regional', 'provincial'] as const;

/** Storage dispatch rules (core/dispatch/README.md); `best_bill` runs each and keeps the cheapest year. */
export const STORAGE_STRATEGY_IDS = ['load_following', 'tou_arbitrage', 'peak_shaving', 'best_bill'] as const;

/**
 * Scenario-wide assumptions. A root scenario's settings fill in the defaults below; a child
 * scenario stores only the keys it changes.
 */
export const ScenarioSettings = z.strictObject({
  /** Which grid factor table applies: national, the park's grid region, or its province. */
  grid_factor_scope: z.enum(GRID_FACTOR_SCOPES),
  /**
   * Yearly decline of the grid factor after the last published year, fraction per year.
   * Published years always use the library (or a project override).
   */
  grid_factor_decline_rate: z.number().min(-0.1).max(0.3),
  /**
   * The last published year whose grid factors the plan reads ("use the 2022 published
   * factors"), or null (default) = every published year in the library and the overrides.
   * Later points are ignored; the decline runs from the pinned year (or the base year, if later).
   */
  grid_factor_vintage_year: Year.nullable(),
  /** Carbon price, CNY per tCO2, by year. */
  carbon_price_cny_per_t: YearPath,
  /** Energy prices by carrier, CNY per physical unit (t, 10^4 Nm3, MWh, GJ), constant real terms. */
  energy_prices: z.strictObject({
    coal_cny_per_t: z.number().min(0).max(1e5),
    coke_cny_per_t: z.number().min(0).max(1e5),
    natural_gas_cny_per_10k_nm3: z.number().min(0).max(1e6),
    diesel_cny_per_t: z.number().min(0).max(1e5),
    gasoline_cny_per_t: z.number().min(0).max(1e5),
    fuel_oil_cny_per_t: z.number().min(0).max(1e5),
    lpg_cny_per_t: z.number().min(0).max(1e5),
    electricity_cny_per_mwh: z.number().min(0).max(1e5),
    heat_cny_per_gj: z.number().min(0).max(1e4),
    hydrogen_cny_per_t: z.number().min(0).max(1e6),
    electricity_export_cny_per_mwh: z.number().min(0).max(1e5),
  }),
  /**
   * Power the park may feed into the grid, kW (at the park's connection point); null = no
   * limit. Surplus on-site generation beyond it, after storage, is curtailed. Default 0: no
   * export (anti-backflow, 防逆流), the usual condition for large commercial and industrial
   * distributed PV connected at 35 kV and above (our reading of the NEA administrative
   * measures for distributed PV, 国能发新能规〔2025〕7号, secondary). A park allowed to sell its
   * surplus (自发自用、余电上网) sets its connection's export capacity.
   */
  export_limit_kw: z.number().min(0).max(1e8).nullable(),
  /**
   * How grid purchases are priced hour by hour in the hourly dispatch: `tou` = time-of-use
   * periods, `tou_tariff` when set, else the park province's table (core/dispatch/tariffs-cn.ts;
   * Sichuan-like for provinces without one), scaled so that the base-year park load pays
   * `electricity_cny_per_mwh` on average; `flat` = that price in every hour. Exports are paid
   * `electricity_export_cny_per_mwh` in every hour.
   */
  electricity_tariff: z.enum(['tou', 'flat']),
  /**
   * Basic (capacity) charge of a two-part tariff on each month's peak grid import, CNY per
   * kW-month; 0 = not modelled (default). Hourly dispatch only.
   */
  demand_charge_cny_per_kw_month: z.number().min(0).max(1000),
  /**
   * The project's own time-of-use table (periods by month and hour, ratios to the flat price,
   * source); null (default) = the park province's table. Used when `electricity_tariff` is `tou`.
   */
  tou_tariff: TouTariffTable.nullable(),
  /**
   * How storage is dispatched hour by hour (core/dispatch/README.md): `load_following` (default:
   * charges only from on-site surplus), `tou_arbitrage` (also charges from the grid in the
   * valley, discharges into load in the peak), `peak_shaving` (holds each month's grid import
   * under a target), `best_bill` (per year, whichever of the three gives the lowest bill).
   */
  storage_strategy: z.enum(STORAGE_STRATEGY_IDS),
  /** Cap on the park's hourly grid import while storage charges from the grid, kW; null = none. */
  storage_grid_import_cap_kw: z.number().min(0).max(1e8).nullable(),
  /** Peak shaving's target on grid import, kW, every month; null = the lowest the storage can hold, month by month. */
  storage_peak_target_kw: z.number().min(0).max(1e8).nullable(),
  /**
   * Stored energy at the start of the first year, share of usable energy (default 0.5). Each
   * later year starts where the previous one ended.
   */
  storage_initial_soc: Share,
  /**
   * Output growth of the whole park by year, fraction per year (0.08 = 8%/yr), or null (the
   * default): each enterprise grows at its own constant `output_growth_rate`. When set, every
   * enterprise's output and everything that follows it (energy use before efficiency gains,
   * process emissions, value added, residual heat available) grows by the path's rate of each
   * year, read like every year path (linear between points, held flat outside), and the
   * enterprises' own rates are ignored in this scenario (the engine warns). Growth factor of a
   * year = product of (1 + rate(y)) for y from the year after the base year to that year.
   */
  output_growth_path: RatePath.nullable(),
  /**
   * Price at which the park sells hydrogen its electrolysers make beyond its own uses, CNY/t;
   * null (default): no buyer, so a surplus-following electrolyser's excess is flared (warned)
   * and a scheduled one produces only what the park uses. With a price, scheduled electrolysers
   * run their full hours and the excess is sold.
   */
  hydrogen_sale_cny_per_t: z.number().min(0).max(1e6).nullable(),
});
export type ScenarioSettings = z.infer<typeof ScenarioSettings>;

/**
 * Illustrative 2024 price levels for a western-China park (coal about 900 CNY/t delivered,
 * pipeline gas about 3 CNY/Nm3, industrial power about 600 CNY/MWh). Planners replace them.
 */
export const DEFAULT_SETTINGS: ScenarioSettings = {
  grid_factor_scope: 'regional',
  grid_factor_decline_rate: 0.02,
  grid_factor_vintage_year: null,
  carbon_price_cny_per_t: [
    { year: 2024, value: 90 },
    { year: 2030, value: 150 },
    { year: 2060, value: 400 },
  ],
  energy_prices: {
    coal_cny_per_t: 900,
    coke_cny_per_t: 2000,
    natural_gas_cny_per_10k_nm3: 30_000,
    diesel_cny_per_t: 8_000,
    gasoline_cny_per_t: 9_000,
    fuel_oil_cny_per_t: 5_000,
    lpg_cny_per_t: 6_000,
    electricity_cny_per_mwh: 600,
    heat_cny_per_gj: 80,
    hydrogen_cny_per_t: 35_000,
    electricity_export_cny_per_mwh: 300,
  },
  export_limit_kw: 0,
  electricity_tariff: 'tou',
  demand_charge_cny_per_kw_month: 0,
  tou_tariff: null,
  storage_strategy: 'load_following',
  storage_grid_import_cap_kw: null,
  storage_peak_target_kw: null,
  storage_initial_soc: 0.5,
  output_growth_path: null,
  hydrogen_sale_cny_per_t: null,
};

/** A child's change to one inherited measure: switch it off, or set some of its fields. */
export const MeasureOverride = z.strictObject({
  measure_id: Id,
  disabled: z.boolean().default(false),
  /**
   * Field changes by dotted path (`capex_cny`, `params.capacity_kw`). The merged measure is
   * validated against the measure schema, so a wrong type is caught with its path.
   */
  set: z
    .record(
      z.string().regex(/^[a-z_]+(\.[a-z_]+)?$/, 'must be a field name or params.field'),
      z.union([z.number(), textString().max(20_000), z.boolean(), z.null(), z.array(Id)]),
    )
    .default({}),
});
export type MeasureOverride = z.infer<typeof MeasureOverride>;

export const Scenario = z.strictObject({
  id: Id,
  name: Name,
  ...langNames,
  /** Parent scenario; null for a root (baseline). A child stores only its differences. */
  parent_id: Id.nullable(),
  description: Text.default(''),
  ...langDescriptions,
  settings: ScenarioSettings.partial().default({}),
  /** Measures introduced by this scenario (inherited measures live in the ancestors). */
  measures: z.array(Measure).max(500).default([]),
  measure_overrides: z.array(MeasureOverride).max(500).default([]),
  /**
   * Set when the least-cost planner made this scenario (Plan to targets, `optimise.createScenario`):
   * its question and answer, for the report. Absent otherwise, so older plans keep their fingerprints.
   */
  optimiser: OptimiserRecord.optional(),
  /**
   * Marks the scenario the park submits as its plan (at most one per plan): the one a province's
   * portfolio view (core/portfolio) shows for this park. `true` or absent, never `false`, so
   * plans without the flag keep their fingerprints and signatures.
   */
  submitted_plan: z.literal(true).optional(),
});
export type Scenario = z.infer<typeof Scenario>;
