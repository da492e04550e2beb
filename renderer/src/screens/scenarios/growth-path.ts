import type { Plan } from '../../../../core/model/plan.ts';
import type { YearPath } from '../../../../core/model/primitives.ts';

/**
 * Where a new park-wide path starts: one point, the year after the base year (the first year
 * that grows), at the enterprises' own rates weighted by base-year output (a plain mean when no
 * output is declared), so switching changes as little as possible until the planner edits it.
 * Rounded to 0.01 %/yr so the field shows what the planner would type.
 */
export function startingGrowthPath(plan: Plan): YearPath {
  const cs = plan.consumers;
  const output = cs.reduce((sum, c) => sum + c.output_value_10k_cny, 0);
  const mean =
    cs.length === 0
      ? 0
      : output > 0
        ? cs.reduce((sum, c) => sum + c.output_growth_rate * c.output_value_10k_cny, 0) / output
        : cs.reduce((sum, c) => sum + c.output_growth_rate, 0) / cs.length;
  return [{ year: Math.min(plan.park.base_year + 1, plan.park.horizon_year), value: Math.round(mean * 1e4) / 1e4 }];
}
