import { parsePlan, type Plan } from '../../core/model/plan.ts';

/** A new, empty plan: a park with no consumers yet and one baseline scenario. */
export function blankPlan(name: string, baseYear = 2024): Plan {
  const parsed = parsePlan({
    format: 'parkzero-plan',
    format_version: 2,
    park: {
      name,
      province: 'Sichuan',
      city: 'Chengdu',
      grid_region: 'southwest',
      base_year: baseYear,
      horizon_year: 2060,
      currency: 'CNY',
      discount_rate: 0.06,
    },
    consumers: [],
    scenarios: [{ id: 'baseline', name: 'Baseline', parent_id: null }],
  });
  if (!parsed.ok) throw new Error(`blank plan template is invalid: ${parsed.issues[0]?.message}`);
  return parsed.plan;
}
