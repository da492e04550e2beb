import type { ScenarioResult } from './result-schema.ts';

/**
 * The rule that picks a plan when nobody chose one (the report's recommended scenario, the
 * portfolio's scenario for a park with no submitted plan): of the scenarios meeting the most
 * targets, the cheapest by NPV of total cost; ties keep the earlier scenario.
 */
export function cheapestOfMostTargetsMet(results: readonly ScenarioResult[]): ScenarioResult {
  const met = (r: ScenarioResult) => r.targets.filter((x) => x.pass).length;
  const best = Math.max(...results.map(met));
  const pool = results.filter((r) => met(r) === best);
  return pool.reduce((a, b) => (b.summary.npv_total_cost_cny < a.summary.npv_total_cost_cny ? b : a));
}
