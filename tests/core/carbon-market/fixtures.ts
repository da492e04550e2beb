import { parsePlan } from '../../../core/model/plan.ts';
import type { Plan, PlanInput } from '../../../core/model/plan.ts';

type ConsumerInput = PlanInput['consumers'][number];
type MarketInput = NonNullable<PlanInput['carbon_markets']>[number];
type CoverageInput = NonNullable<ConsumerInput['carbon_market']>;

/** A national market with numbers chosen to be exact in binary floating point. */
export function market(extra: Partial<MarketInput> = {}): MarketInput {
  return {
    id: 'cn-ets',
    name: '全国碳市场',
    name_zh: '全国碳市场',
    name_en: 'National ETS',
    kind: 'national',
    price_cny_per_t: [
      { year: 2025, value: 80 },
      { year: 2026, value: 100 },
    ],
    price_source: 'test price path',
    offset_cap_share: 0.05,
    offset_cap_source: '碳排放权交易管理办法（试行）(2020) art. 29',
    offset_price_cny_per_t: [{ year: 2025, value: 50 }],
    offset_price_source: 'test CCER price',
    ...extra,
  };
}

/** Benchmark 0.75 tCO2/t x 120,000 t = 90,000 t of allowances a year (no output growth). */
export function coverage(extra: Partial<CoverageInput> = {}): CoverageInput {
  return {
    market_id: 'cn-ets',
    scope: 'direct',
    allocation: {
      kind: 'benchmark',
      benchmark_tco2_per_unit: [{ year: 2025, value: 0.75 }],
      output_unit: 't clinker',
      output_base_year: 120_000,
      source: 'test benchmark',
    },
    ...extra,
  };
}

/** A 2025-2026 plan with one enterprise "plant" (100,000 tCO2 of process emissions by default). */
export function etsPlanInput(opts: {
  plant?: Partial<ConsumerInput>;
  markets?: MarketInput[] | undefined;
  cover?: CoverageInput | null;
  measures?: NonNullable<PlanInput['scenarios'][number]['measures']>;
}): PlanInput {
  const cover = opts.cover === undefined ? coverage() : opts.cover;
  return {
    format: 'parkzero-plan',
    format_version: 2,
    park: {
      name: 'ETS park',
      province: 'Sichuan',
      city: 'Mianyang',
      grid_region: 'southwest',
      base_year: 2025,
      horizon_year: 2026,
      currency: 'CNY',
      discount_rate: 0.06,
    },
    consumers: [
      {
        id: 'plant',
        name: '水泥厂',
        name_zh: '水泥厂',
        name_en: 'Cement plant',
        sector: 'building_materials',
        load_profile: 'continuous',
        output_value_10k_cny: 50_000,
        value_added_10k_cny: 10_000,
        energy: {},
        process_emissions_tco2: 100_000,
        ...(cover === null ? {} : { carbon_market: cover }),
        ...opts.plant,
      },
    ],
    scenarios: [
      { id: 'base', name: 'Base', parent_id: null, settings: { grid_factor_scope: 'national', grid_factor_decline_rate: 0 } },
      { id: 's', name: 'Measures', parent_id: 'base', measures: opts.measures ?? [] },
    ],
    ...(opts.markets === undefined && cover === null ? {} : { carbon_markets: opts.markets ?? [market()] }),
  };
}

export function etsPlan(opts: Parameters<typeof etsPlanInput>[0] = {}): Plan {
  const r = parsePlan(etsPlanInput(opts));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}
