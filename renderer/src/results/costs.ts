import type { ScenarioResult, YearResult } from '../../../core/engine/result-schema.ts';

type CostsResult = YearResult['costs'];

/**
 * Yearly costs as stacked parts, CNY, exactly as `total_cny` adds them up (green premium and
 * export revenue are inside electricity, hydrogen sales inside fuel as a credit). The residual
 * value at the horizon is its own series, not part of the total: the NPV credits it
 * (core/costs/README.md).
 */

export const COST_PARTS = ['capex', 'fixed_opex', 'fuel', 'electricity', 'carbon', 'offsets'] as const;
export type CostPart = (typeof COST_PARTS)[number];

const GET: Record<CostPart, (c: CostsResult) => number> = {
  capex: (c) => c.capex_cny,
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
  /** Residual value per year as a negative amount (non-zero in the horizon year only). */
  residual: number[];
}

export function shapeCosts(result: ScenarioResult): CostStack {
  return {
    years: result.years.map((y) => y.year),
    parts: COST_PARTS.map((id) => ({ id, values: result.years.map((y) => GET[id](y.costs)) })).filter((p) =>
      p.values.some((v) => Math.abs(v) > 1e-6),
    ),
    total: result.years.map((y) => y.costs.total_cny),
    residual: result.years.map((y) => -y.costs.residual_value_cny),
  };
}
