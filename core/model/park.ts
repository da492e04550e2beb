import { z } from 'zod';
import { Id, Name, langNames, langDescriptions, Text, Year, quantity, Rate, Share } from './primitives.ts';
import { ENERGY_KEYS } from './carriers.ts';
import { CarbonCoverage } from '../carbon-market/schema.ts';
import { planIssueReason } from '../text/plan-issue-text.ts';
import { reasonParams } from './issue-reasons.ts';

/** The seven grid regions used by the national grid emission factor tables. */
export const GRID_REGIONS = ['north', 'northeast', 'east', 'central', 'northwest', 'south', 'southwest'] as const;
export const GridRegion = z.enum(GRID_REGIONS);

export const Park = z
  .strictObject({
    name: Name,
    ...langNames,
    province: Name,
    city: Name,
    grid_region: GridRegion,
    base_year: Year,
    horizon_year: Year,
    currency: z.literal('CNY'),
    /** Real discount rate used for NPV, as a fraction (0.06 = 6%). */
    discount_rate: z.number().min(0).max(0.3),
    /** True for made-up example data; reports and screens label it. */
    illustrative: z.boolean().default(false),
    description: Text.default(''),
    ...langDescriptions,
  })
  .refine((p) => p.horizon_year >= p.base_year, {
    message: 'horizon_year must not be before base_year',
    path: ['horizon_year'],
    ...reasonParams(planIssueReason('horizon_before_base')),
  })
  .refine((p) => p.horizon_year - p.base_year <= 80, {
    message: 'the pathway may span at most 80 years',
    path: ['horizon_year'],
    ...reasonParams(planIssueReason('horizon_too_long', { max_years: 80 })),
  });
export type Park = z.infer<typeof Park>;

export const SECTORS = [
  'electronics',
  'battery_materials',
  'food_processing',
  'machinery',
  'metals',
  'chemicals',
  'building_materials',
  'textiles',
  'logistics',
  'offices',
  'utilities',
  'data_centre',
  'other',
] as const;
export const Sector = z.enum(SECTORS);

/** Shapes of hourly electric load; the dispatch engine turns them into 8760-hour profiles. */
export const LOAD_PROFILES = ['continuous', 'two_shift', 'office', 'logistics', 'cold_storage', 'data_centre'] as const;
export const LoadProfile = z.enum(LOAD_PROFILES);

/**
 * Base-year energy use by carrier in physical units. Maxima are generous for one enterprise
 * (10 Mt coal, 100 TWh power) and exist only to catch unit mistakes.
 */
const energyShape = Object.fromEntries(ENERGY_KEYS.map((key) => [key, quantity(1e8).default(0)])) as {
  [K in (typeof ENERGY_KEYS)[number]]: z.ZodDefault<z.ZodNumber>;
};
export const ConsumerEnergy = z.strictObject(energyShape);
export type ConsumerEnergy = z.infer<typeof ConsumerEnergy>;

export const Consumer = z.strictObject({
  id: Id,
  name: Name,
  ...langNames,
  sector: Sector,
  load_profile: LoadProfile,
  output_value_10k_cny: quantity(1e9),
  value_added_10k_cny: quantity(1e9),
  energy: ConsumerEnergy,
  /** Non-energy process CO2 (for example carbonate decomposition), tCO2 per year in the base year. */
  process_emissions_tco2: quantity(1e8).default(0),
  /** Yearly growth of output (and of energy use before efficiency gains), fraction per year. */
  output_growth_rate: Rate.default(0),
  /** Autonomous yearly efficiency gain on all energy use, fraction per year. */
  efficiency_gain_rate: z.number().min(0).max(0.2).default(0),
  /** Roof area usable for PV, m2; used to flag PV plans that would not fit. */
  roof_area_m2: quantity(1e7).default(0),
  /** Recoverable residual heat available at this site, GJ per year. */
  waste_heat_available_gj: quantity(1e9).default(0),
  /** Share of the site's heat demand that is process heat (vs space heat); informs heat pumps. */
  process_heat_share: Share.default(1),
  notes: Text.default(''),
  /**
   * The carbon market the enterprise is covered by and its allocation rule (core/carbon-market).
   * Optional and absent unless set, so plans written before it keep their content and fingerprints.
   */
  carbon_market: CarbonCoverage.optional(),
});
export type Consumer = z.infer<typeof Consumer>;
