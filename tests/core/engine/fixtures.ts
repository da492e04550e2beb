import { Plan } from '../../../core/model/plan.ts';
import { upgradePlanJson } from '../../../core/model/upgrade-v1.ts';
import type { PlanInput } from '../../../core/model/plan.ts';

type ConsumerInput = PlanInput['consumers'][number];
type ScenarioInput = PlanInput['scenarios'][number];
type MeasureInput = NonNullable<ScenarioInput['measures']>[number];

export function consumer(id: string, energy: ConsumerInput['energy'], extra: Partial<ConsumerInput> = {}): ConsumerInput {
  return {
    id,
    name: id,
    sector: 'other',
    load_profile: 'continuous',
    output_value_10k_cny: 10_000,
    value_added_10k_cny: 2_000,
    energy,
    ...extra,
  };
}

/**
 * A one-year (2023 by default) plan on the national grid with one consumer, so that numbers can
 * be checked by hand. `measures` go into a child scenario "s" of the root "base".
 */
export function tinyPlan(opts: {
  energy?: ConsumerInput['energy'];
  consumers?: ConsumerInput[];
  measures?: MeasureInput[];
  base_year?: number;
  horizon_year?: number;
  settings?: ScenarioInput['settings'];
  targets?: PlanInput['targets'];
  factor_overrides?: PlanInput['factor_overrides'];
  province?: string;
  city?: string;
  discount_rate?: number;
}): Plan {
  const base = opts.base_year ?? 2023;
  // Written as format 1 (lump sums) and upgraded like every format 1 plan: totals are the lump sums.
  return Plan.parse(
    upgradePlanJson({
      format: 'parkzero-plan',
      format_version: 1,
      park: {
        name: 'Test park',
        province: opts.province ?? 'Sichuan',
        city: opts.city ?? 'Mianyang',
        grid_region: 'southwest',
        base_year: base,
        horizon_year: opts.horizon_year ?? base,
        currency: 'CNY',
        discount_rate: opts.discount_rate ?? 0.06,
      },
      consumers: opts.consumers ?? [consumer('c1', opts.energy ?? { coal_t: 1000, electricity_mwh: 1000 })],
      scenarios: [
        {
          id: 'base',
          name: 'Base',
          parent_id: null,
          settings: { grid_factor_scope: 'national', grid_factor_decline_rate: 0, ...(opts.settings ?? {}) },
        },
        { id: 's', name: 'With measures', parent_id: 'base', measures: opts.measures ?? [] },
      ],
      targets: opts.targets ?? [],
      factor_overrides: opts.factor_overrides ?? [],
    } satisfies PlanInput),
  );
}

export function measure(
  id: string,
  kind: MeasureInput['kind'],
  params: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): MeasureInput {
  return { id, name: id, kind, start_year: 2023, params, ...extra } as MeasureInput;
}
