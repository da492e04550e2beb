import { z } from 'zod';
import { COVERAGE_SCOPES, MARKET_KINDS } from './schema.ts';

/**
 * The carbon-market section of a scenario's results (`ScenarioResult.carbon_market`), absent
 * when no enterprise is covered. Units are in the field names; tonnes are tCO2, money CNY.
 */
const n = z.number();

/** One covered enterprise in one year (README.md, "The rule, per year"). */
export const EnterprisePosition = z.strictObject({
  consumer_id: z.string(),
  market_id: z.string(),
  /** Fuel combustion + process emissions of the enterprise after the scenario's measures. */
  direct_tco2: n,
  /** Its purchased electricity and heat; counted in `verified_tco2` only when the scope says so. */
  indirect_tco2: n,
  /** Emissions in the market's scope: what the enterprise must surrender allowances for. */
  verified_tco2: n,
  /** Output in the allocation's unit (benchmark rule); null for a fixed allowance. */
  output: n.nullable(),
  allowances_tco2: n,
  /** allowances - verified: positive = surplus, negative = deficit. */
  balance_tco2: n,
  /** offset cap share x verified emissions. */
  offset_cap_tco2: n,
  /** min(deficit, cap, available). */
  offsets_used_tco2: n,
  /** Deficit left after offsets, bought at the allowance price. */
  bought_tco2: n,
  /** Surplus sold at the allowance price. */
  sold_tco2: n,
  /** balance + offsets used: what the enterprise still buys (negative) or sells (positive). */
  net_position_tco2: n,
  price_cny_per_t: n,
  offset_price_cny_per_t: n,
  /** offsets used x offset price + bought x price - sold x price: a cost (+) or a revenue (-). */
  cost_cny: n,
});
export type EnterprisePosition = z.infer<typeof EnterprisePosition>;

export const PositionTotals = z.strictObject({
  verified_tco2: n,
  allowances_tco2: n,
  balance_tco2: n,
  offsets_used_tco2: n,
  bought_tco2: n,
  sold_tco2: n,
  net_position_tco2: n,
  cost_cny: n,
});
export type PositionTotals = z.infer<typeof PositionTotals>;

export const CarbonMarketYear = z.strictObject({
  year: z.int(),
  enterprises: z.array(EnterprisePosition),
  by_market: z.array(z.strictObject({ market_id: z.string(), totals: PositionTotals })),
  /** The park's covered enterprises together. */
  totals: PositionTotals,
});
export type CarbonMarketYear = z.infer<typeof CarbonMarketYear>;

const LangNames = { name: z.string(), name_zh: z.string().nullable(), name_en: z.string().nullable() };

export const CarbonMarketResult = z.strictObject({
  markets: z.array(
    z.strictObject({
      id: z.string(),
      ...LangNames,
      kind: z.enum(MARKET_KINDS),
      price_source: z.string(),
      offset_cap_share: n,
      offset_cap_source: z.string(),
      offset_price_source: z.string(),
    }),
  ),
  enterprises: z.array(
    z.strictObject({
      consumer_id: z.string(),
      ...LangNames,
      market_id: z.string(),
      scope: z.enum(COVERAGE_SCOPES),
      allocation: z.enum(['benchmark', 'fixed']),
      output_unit: z.string().nullable(),
      allocation_source: z.string(),
      from_year: z.int().nullable(),
    }),
  ),
  years: z.array(CarbonMarketYear),
});
export type CarbonMarketResult = z.infer<typeof CarbonMarketResult>;
