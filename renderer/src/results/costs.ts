import type { ScenarioResult, YearResult } from '../../../core/engine/result-schema.ts';

type CostsResult = YearResult['costs'];

/**
 * Yearly costs as stacked parts, CNY. Salvage (residual value credited in the horizon year),
 * green premium and export revenue are inside the engine's parts already: capex is shown net
 * of salvage, electricity net of export revenue, fuel net of hydrogen sales, exactly as
 * `total_cny` adds them up.
 */

export const COST_PARTS = ['capex', 'fixed_opex', 'fuel', 'electricity', 'carbon', 'offsets'] as const;
export type CostPart = (typeof COST_PARTS)[number];

const GET: Record<CostPart, (c: CostsResult) => number> = {
  capex: (c) => c.capex_cny - c.salvage_cny,
  fixed_opex: (c) => c.fixed_opex_cny,
  // Hydrogen sales are a credit against purchased fuels (as total_cny subtracts them).
  fuel: (c) => c.fuel_cny - c.hydrogen_sales_cny,
  electricity: (c) => c.electricity_cny,
  carbon: (c) => c.carbon_cny,
  offsets: (c) => c.offsets_cny,
};

export interface CostStack {
  years: number[];
  parts: { id: CostPart; values: number[] }[];
  total: number[];
}

export function shapeCosts(result: ScenarioResult): CostStack {
  return {
    years: result.years.map((y) => y.year),
    parts: COST_PARTS.map((id) => ({ id, values: result.years.map((y) => GET[id](y.costs)) })).filter((p) =>
      p.values.some((v) => Math.abs(v) > 1e-6),
    ),
    total: result.years.map((y) => y.costs.total_cny),
  };
}
