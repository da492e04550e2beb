/**
 * Carbon markets (emissions trading) the park's enterprises sit in. The rule, its formulas and
 * sources: README.md here.
 *
 * Public API
 *   CarbonMarket, CarbonCoverage, CarbonMarkets, Allocation: plan schemas (zod, bounded)
 *   enterprisePosition(market, coverage, measured year) -> EnterprisePosition
 *   carbonMarketResult(plan, measured years) -> CarbonMarketResult | null (null: nobody covered)
 *   coveredConsumers(plan) -> covered enterprises with their consumer index
 *   CarbonMarketResult, EnterprisePosition, PositionTotals: result schemas
 */
export { CarbonMarket, CarbonCoverage, CarbonMarkets, Allocation, MARKET_KINDS, COVERAGE_SCOPES } from './schema.ts';
export { enterprisePosition, sumPositions } from './position.ts';
export type { CoveredYear } from './position.ts';
export { carbonMarketResult, coveredConsumers } from './result.ts';
export { CarbonMarketResult, CarbonMarketYear, EnterprisePosition, PositionTotals } from './result-schema.ts';
