import { parsePlan, type Plan } from '../../core/model/plan.ts';

export interface ParkLocation {
  province: string;
  city: string;
  grid_region: Plan['park']['grid_region'];
}

/**
 * A new, empty plan: a park with no consumers yet and one baseline scenario. The app asks for
 * the location first and the CLI's `new --blank` requires it; a `project.create` request that
 * names none (the location is optional in the contract) still gets Chengdu, Sichuan.
 */
export function blankPlan(
  name: string,
  baseYear = 2024,
  location: ParkLocation = { province: 'Sichuan', city: 'Chengdu', grid_region: 'southwest' },
): Plan {
  const parsed = parsePlan({
    format: 'parkzero-plan',
    format_version: 2,
    park: {
      name,
      province: location.province,
      city: location.city,
      grid_region: location.grid_region,
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
