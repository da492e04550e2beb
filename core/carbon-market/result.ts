import type { Plan } from '../model/plan.ts';
import { enterprisePosition, sumPositions } from './position.ts';
import type { CoveredYear } from './position.ts';
import type { CarbonMarketResult, CarbonMarketYear } from './result-schema.ts';

/** The plan's covered enterprises, in plan order, with their index among the consumers. */
export function coveredConsumers(plan: Plan): { index: number; id: string }[] {
  const out: { index: number; id: string }[] = [];
  plan.consumers.forEach((c, index) => {
    if (c.carbon_market !== undefined) out.push({ index, id: c.id });
  });
  return out;
}

/**
 * The carbon-market section of a scenario's results from what the engine measured per covered
 * enterprise and year; null when no enterprise is covered (the section is then absent).
 */
export function carbonMarketResult(plan: Plan, measured: readonly CoveredYear[]): CarbonMarketResult | null {
  const markets = plan.carbon_markets ?? [];
  const covered = plan.consumers.filter((c) => c.carbon_market !== undefined);
  if (covered.length === 0) return null;
  const byId = new Map(markets.map((m) => [m.id, m]));
  const consumerById = new Map(covered.map((c) => [c.id, c]));
  const years = new Map<number, CarbonMarketYear>();
  for (const e of measured) {
    const consumer = consumerById.get(e.consumer_id);
    const coverage = consumer?.carbon_market;
    const market = coverage === undefined ? undefined : byId.get(coverage.market_id);
    // parsePlan guarantees the market exists; a coverage from a later year skips the earlier ones.
    if (coverage === undefined || market === undefined) continue;
    if (coverage.from_year !== null && e.year < coverage.from_year) continue;
    let y = years.get(e.year);
    if (y === undefined) {
      y = { year: e.year, enterprises: [], by_market: [], totals: sumPositions([]) };
      years.set(e.year, y);
    }
    y.enterprises.push(enterprisePosition(market, coverage, e));
  }
  const out = [...years.values()].sort((a, b) => a.year - b.year);
  for (const y of out) {
    y.totals = sumPositions(y.enterprises);
    y.by_market = markets
      .filter((m) => y.enterprises.some((e) => e.market_id === m.id))
      .map((m) => ({ market_id: m.id, totals: sumPositions(y.enterprises.filter((e) => e.market_id === m.id)) }));
  }
  return {
    markets: markets.map((m) => ({
      id: m.id,
      name: m.name,
      name_zh: m.name_zh ?? null,
      name_en: m.name_en ?? null,
      kind: m.kind,
      price_source: m.price_source,
      offset_cap_share: m.offset_cap_share,
      offset_cap_source: m.offset_cap_source,
      offset_price_source: m.offset_price_source,
    })),
    enterprises: covered.map((c) => {
      const cov = c.carbon_market!;
      return {
        consumer_id: c.id,
        name: c.name,
        name_zh: c.name_zh ?? null,
        name_en: c.name_en ?? null,
        market_id: cov.market_id,
        scope: cov.scope,
        allocation: cov.allocation.kind,
        output_unit: cov.allocation.kind === 'benchmark' ? cov.allocation.output_unit : null,
        allocation_source: cov.allocation.source,
        from_year: cov.from_year,
      };
    }),
    years: out,
  };
}
