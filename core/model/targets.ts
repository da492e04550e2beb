import { z } from 'zod';
import { Id, Name, Text, Year, YearPath, lineString } from './primitives.ts';

/** Indicators a target can bound; the engine computes each of them for every year. */
export const TARGET_INDICATORS = [
  'coal_t',
  'total_tce',
  'gross_emissions_tco2',
  'net_emissions_tco2',
  'co2_per_tce',
  'tco2_per_10k_cny_va',
  'tce_per_10k_cny_va',
  'non_fossil_share',
  'clean_energy_share',
  'renewable_electricity_share',
  'electrification_rate',
  'waste_heat_utilisation',
] as const;
export const TargetIndicator = z.enum(TARGET_INDICATORS);
export type TargetIndicator = z.infer<typeof TargetIndicator>;

/** Which way energy in tce is counted (GB/T 2589): calorific equivalent or coal-consumption method. */
export const EnergyMethod = z.enum(['equivalent', 'coal_method']);
export type EnergyMethod = z.infer<typeof EnergyMethod>;

const common = {
  id: Id,
  name: Name,
  /** Where the target comes from (a notice, a plan, the client's brief). Shown in reports. */
  source: Text.default(''),
  /** Template the target was created from, if any (for example `national-zero-carbon-park-2025`). */
  template: lineString().max(100).nullable().default(null),
};

export const Target = z.discriminatedUnion('kind', [
  z.strictObject({
    ...common,
    kind: z.literal('limit'),
    indicator: TargetIndicator,
    /** 'max': value must stay at or below the limit; 'min': at or above. */
    bound: z.enum(['max', 'min']),
    /** Limit by year, interpolated; checked from the first point's year on. */
    path: YearPath,
    energy_method: EnergyMethod.default('equivalent'),
  }),
  z.strictObject({
    ...common,
    kind: z.literal('peak'),
    indicator: z.enum(['gross_emissions_tco2', 'net_emissions_tco2', 'coal_t', 'total_tce']),
    /** The indicator must not rise above its value in this year in any later year. */
    peak_by_year: Year,
  }),
]);
export type Target = z.infer<typeof Target>;
