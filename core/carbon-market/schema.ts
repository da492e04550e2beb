import { z } from 'zod';
import { Id, Name, langNames, NO_CONTROL_NAME_CHECK, quantity, Share, Text, Year, yearPathOf } from '../model/primitives.ts';
import { isCleanName } from '../text/control-chars.ts';

/**
 * Carbon markets a park's enterprises sit in (README.md here). Plan-level markets with their
 * price paths and offset rule, and per-enterprise coverage (`consumers[i].carbon_market`) with
 * its allocation rule. Every field that carries a number from a rule or a market has its source
 * beside it; nothing here has a shipped default number (the README says why).
 */

/** A source for a number the user set: required, one line of reference. */
const Source = z
  .string()
  .trim()
  .min(1, 'say where this number comes from (document, article, year)')
  .max(2000)
  .refine(isCleanName, NO_CONTROL_NAME_CHECK);

/** Allowance and CCER prices, CNY/tCO2; the bound only catches unit typos (yuan vs. fen). */
const PricePath = yearPathOf(z.number().min(0).max(10_000));

export const MARKET_KINDS = ['national', 'regional'] as const;

export const CarbonMarket = z.strictObject({
  id: Id,
  name: Name,
  ...langNames,
  /** `national`: 全国碳排放权交易市场; `regional`: a pilot market such as Shenzhen's. */
  kind: z.enum(MARKET_KINDS),
  /** Allowance price per year, CNY/tCO2 (linear between points, flat outside them). */
  price_cny_per_t: PricePath,
  price_source: Source,
  /** Offsets (CCER or the market's own credits) may cover at most this share of the verified emissions to surrender. */
  offset_cap_share: Share,
  offset_cap_source: Source,
  /** Price of the offsets an enterprise uses, CNY/tCO2 per year. */
  offset_price_cny_per_t: PricePath,
  offset_price_source: Source,
  notes: Text.default(''),
});
export type CarbonMarket = z.infer<typeof CarbonMarket>;

/** Allowances = benchmark (tCO2 per unit of output) x the enterprise's output that year. */
export const BenchmarkAllocation = z.strictObject({
  kind: z.literal('benchmark'),
  benchmark_tco2_per_unit: yearPathOf(z.number().min(0).max(10_000)),
  /** What one unit of output is, for example `MWh 供电量` or `t clinker`. */
  output_unit: Name,
  /**
   * Output in the plan's base year, in `output_unit`. Later years follow the enterprise's
   * output growth (its own rate or the scenario's park-wide path), like its energy use.
   */
  output_base_year: quantity(1e10),
  source: Source,
});

/** A fixed allowance per year, tCO2 (a declining cap is a path with falling points). */
export const FixedAllocation = z.strictObject({
  kind: z.literal('fixed'),
  allowance_tco2: yearPathOf(quantity(1e9)),
  source: Source,
});

export const Allocation = z.discriminatedUnion('kind', [BenchmarkAllocation, FixedAllocation]);
export type Allocation = z.infer<typeof Allocation>;

/**
 * `direct`: fuel combustion + process emissions (the national market's scope for its sectors);
 * `direct_and_indirect`: also purchased electricity and heat (Shenzhen and other pilots count them).
 */
export const COVERAGE_SCOPES = ['direct', 'direct_and_indirect'] as const;

export const CarbonCoverage = z.strictObject({
  market_id: Id,
  /** First year the enterprise is covered (steel, cement and aluminium joined the national market later); null = every year. */
  from_year: Year.nullable().default(null),
  scope: z.enum(COVERAGE_SCOPES),
  allocation: Allocation,
  /** Offsets the enterprise can get per year, tCO2; null = as many as the cap allows. */
  offsets_available_tco2: yearPathOf(quantity(1e9)).nullable().default(null),
});
export type CarbonCoverage = z.infer<typeof CarbonCoverage>;

/** The list of markets a plan defines (optional in the plan, so plans without it keep their fingerprints). */
export const CarbonMarkets = z.array(CarbonMarket).max(50);
