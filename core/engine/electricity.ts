/**
 * The park's electricity balance for one year. The annual engine calls it through the
 * `ElectricityBalancer` signature so the hourly load-following dispatch (DOMAIN.md, a later
 * issue) can replace the annual netting below without touching the rest of the engine: it
 * receives the same annual totals plus what it needs to build hourly profiles.
 */

export interface StorageUnit {
  /** Usable energy at full ramp, kWh (nominal x usable share x ramp). */
  usable_kwh: number;
  power_kw: number;
  round_trip_efficiency: number;
}

export interface ElectricityInput {
  year: number;
  /** Park electricity demand, MWh: consumers after measures plus new loads. */
  demand_mwh: number;
  pv_mwh: number;
  wind_mwh: number;
  /** Other on-site generation used before the grid (residual pressure power), MWh. */
  other_onsite_mwh: number;
  storage: readonly StorageUnit[];
}

export interface ElectricityBalance {
  self_consumed_mwh: number;
  exported_mwh: number;
  curtailed_mwh: number;
  grid_import_mwh: number;
  /** Energy lost in storage (charged minus discharged), MWh; added to grid import. */
  storage_losses_mwh: number;
  /** Energy charged into storage over the year, MWh. */
  storage_throughput_mwh: number;
  /** Peak grid import, kW; unknown (null) in the annual balance. */
  peak_import_kw: number | null;
}

export type ElectricityBalancer = (input: ElectricityInput) => ElectricityBalance;

/**
 * Equivalent full cycles per year assumed for storage in the annual balance (one a day on
 * working days). A placeholder: the hourly dispatch computes real throughput.
 */
export const ANNUAL_STORAGE_CYCLES = 330;

/**
 * Annual netting: on-site generation serves demand up to the annual demand, the rest is
 * exported (no export limit, no curtailment: optimistic, hourly dispatch will correct it).
 * Storage brings only its losses, at ANNUAL_STORAGE_CYCLES cycles, bought from the grid.
 */
export const annualBalance: ElectricityBalancer = (input) => {
  let throughputMwh = 0;
  let lossesMwh = 0;
  for (const s of input.storage) {
    const charged = (s.usable_kwh * ANNUAL_STORAGE_CYCLES) / 1000;
    throughputMwh += charged;
    lossesMwh += charged * (1 - s.round_trip_efficiency);
  }
  const generation = input.pv_mwh + input.wind_mwh + input.other_onsite_mwh;
  const selfConsumed = Math.min(generation, input.demand_mwh);
  return {
    self_consumed_mwh: selfConsumed,
    exported_mwh: generation - selfConsumed,
    curtailed_mwh: 0,
    grid_import_mwh: input.demand_mwh - selfConsumed + lossesMwh,
    storage_losses_mwh: lossesMwh,
    storage_throughput_mwh: throughputMwh,
    peak_import_kw: null,
  };
};
