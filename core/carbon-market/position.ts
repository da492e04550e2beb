import { pathValue } from '../factors/factor-set.ts';
import type { CarbonCoverage, CarbonMarket } from './schema.ts';
import type { EnterprisePosition, PositionTotals } from './result-schema.ts';

/** What the engine measured for one covered enterprise in one year. */
export interface CoveredYear {
  consumer_id: string;
  year: number;
  /** Fuel combustion + process emissions after measures, tCO2. */
  direct_tco2: number;
  /** Purchased electricity and heat, tCO2. */
  indirect_tco2: number;
  /** The enterprise's output in this year relative to the base year (its growth factor). */
  growth_factor: number;
}

/**
 * One enterprise's compliance position in one year (README.md, "The rule, per year"). Pure:
 * the same inputs give bit-identical outputs.
 */
export function enterprisePosition(market: CarbonMarket, coverage: CarbonCoverage, e: CoveredYear): EnterprisePosition {
  const verified = coverage.scope === 'direct' ? e.direct_tco2 : e.direct_tco2 + e.indirect_tco2;
  const a = coverage.allocation;
  let output: number | null = null;
  let allowances: number;
  if (a.kind === 'benchmark') {
    output = a.output_base_year * e.growth_factor;
    allowances = pathValue(a.benchmark_tco2_per_unit, e.year).value * output;
  } else allowances = pathValue(a.allowance_tco2, e.year).value;
  const balance = allowances - verified;
  const deficit = Math.max(0, -balance);
  const cap = market.offset_cap_share * verified;
  const available =
    coverage.offsets_available_tco2 === null ? Infinity : pathValue(coverage.offsets_available_tco2, e.year).value;
  const offsets = Math.min(deficit, cap, available);
  const bought = deficit - offsets;
  const sold = Math.max(0, balance);
  const price = pathValue(market.price_cny_per_t, e.year).value;
  const offsetPrice = pathValue(market.offset_price_cny_per_t, e.year).value;
  return {
    consumer_id: e.consumer_id,
    market_id: market.id,
    direct_tco2: e.direct_tco2,
    indirect_tco2: e.indirect_tco2,
    verified_tco2: verified,
    output,
    allowances_tco2: allowances,
    balance_tco2: balance,
    offset_cap_tco2: cap,
    offsets_used_tco2: offsets,
    bought_tco2: bought,
    sold_tco2: sold,
    net_position_tco2: balance + offsets,
    price_cny_per_t: price,
    offset_price_cny_per_t: offsetPrice,
    cost_cny: offsets * offsetPrice + bought * price - sold * price,
  };
}

export function sumPositions(list: readonly EnterprisePosition[]): PositionTotals {
  const t: PositionTotals = {
    verified_tco2: 0,
    allowances_tco2: 0,
    balance_tco2: 0,
    offsets_used_tco2: 0,
    bought_tco2: 0,
    sold_tco2: 0,
    net_position_tco2: 0,
    cost_cny: 0,
  };
  for (const p of list) for (const k of Object.keys(t) as (keyof PositionTotals)[]) t[k] += p[k];
  return t;
}
