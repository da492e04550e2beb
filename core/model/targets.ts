import { z } from 'zod';
import { Id, Name, langNames, LangText, Text, Year, YearPath, lineString } from './primitives.ts';

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
  ...langNames,
  /** Where the target comes from (a notice, a plan, the client's brief). Shown in reports. */
  source: Text.default(''),
  /** The source in each language (a Chinese notice's title for a Chinese reader). */
  source_zh: LangText,
  source_en: LangText,
  /** Template the target was created from, if any (for example `national-zero-carbon-park-2025`). */
  template: lineString().max(100).nullable().default(null),
};

/**
 * The energy method a target gets when it names none. Non-fossil and clean-energy shares follow
 * the Chinese statistical convention, the coal-consumption method (NBS energy balance, primary
 * electricity converted at the thermal plants' coal rate); everything else the calorific
 * equivalent, the GB/T 2589 default for comprehensive energy consumption. Targets keep the
 * method they were saved with: this only fills the gap in new or hand-written targets.
 */
export function defaultEnergyMethod(indicator: TargetIndicator): EnergyMethod {
  return indicator === 'non_fossil_share' || indicator === 'clean_energy_share' ? 'coal_method' : 'equivalent';
}

const TargetInput = z.discriminatedUnion('kind', [
  z.strictObject({
    ...common,
    kind: z.literal('limit'),
    indicator: TargetIndicator,
    /** 'max': value must stay at or below the limit; 'min': at or above. */
    bound: z.enum(['max', 'min']),
    /** Limit by year, interpolated; checked from the first point's year on. */
    path: YearPath,
    /** Absent: `defaultEnergyMethod(indicator)`; stored explicitly once parsed. */
    energy_method: EnergyMethod.optional(),
  }),
  z.strictObject({
    ...common,
    kind: z.literal('peak'),
    indicator: z.enum(['gross_emissions_tco2', 'net_emissions_tco2', 'coal_t', 'total_tce']),
    /** The indicator must not rise above its value in this year in any later year. */
    peak_by_year: Year,
  }),
]);

export const Target = TargetInput.transform((t) =>
  t.kind === 'limit' ? { ...t, energy_method: t.energy_method ?? defaultEnergyMethod(t.indicator) } : t,
);
export type Target = z.infer<typeof Target>;
