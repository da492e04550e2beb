import type { Plan } from '../model/plan.ts';
import { resolveScenario } from '../engine/resolve.ts';
import type { ScenarioResult } from '../engine/result-schema.ts';
import type { Distribution, UncertainInput } from './schema.ts';
import { COST_LIBRARY, measureTechnology } from '../costs/index.ts';
import type { TechnologyId } from '../costs/index.ts';
import { COST_RANGES, costReach, reachCount } from './cost-inputs.ts';
import { TECHNOLOGY_NAMES } from '../costs/index.ts';
import type { CostReach } from './cost-inputs.ts';

/**
 * Inputs the Risk screen offers for a scenario, each with a default distribution and where it
 * comes from. No agency publishes distributions for these; the defaults are ParkZero's stated
 * judgement (the `source` says so, in both languages), meant to be replaced by the planner's
 * own ranges. Each offer's `reason` says what the range is meant to cover.
 */

export interface Offer {
  input: Omit<UncertainInput, 'source'>;
  source: { en: string; zh: string };
  reason: { en: string; zh: string };
  /** Unit costs by technology: the measures the input moves and how (empty for other inputs). */
  affects: CostReach[];
}

const JUDGEMENT = {
  en: 'ParkZero default range (stated judgement, not a published distribution); replace with your own',
  zh: 'ParkZero 默认区间（经验判断，非公开发布的分布），请按项目实际替换',
};

function tri(low: number, central: number, high: number): Distribution {
  return { kind: 'three_point', low: Math.min(low, central), central, high: Math.max(high, central) };
}

/** Rounded to 4 significant digits, so offered numbers read cleanly. */
function r4(x: number): number {
  return Number(x.toPrecision(4));
}

export function offersFor(plan: Plan, scenarioId: string, result?: ScenarioResult): Offer[] {
  const resolved = resolveScenario(plan, scenarioId);
  const s = resolved.settings;
  const out: Offer[] = [];
  const add = (
    id: string,
    name: string,
    address: string,
    mode: UncertainInput['mode'],
    distribution: Distribution,
    reason: Offer['reason'],
    group: string | null = null,
  ) => out.push({ input: { id, name, address, mode, distribution, group }, source: JUDGEMENT, reason, affects: [] });

  add('carbon-price', 'Carbon price', 'settings.carbon_price_cny_per_t', 'scale', tri(0.5, 1, 2), {
    en: 'carbon price path x0.5 to x2: market prices and policy outlooks for 2030-2060 differ by about this much',
    zh: '碳价路径 ×0.5 至 ×2：2030—2060 年市场价格与政策展望的差异约在此范围',
  });
  add('coal-price', 'Coal price', 'settings.energy_prices.coal_cny_per_t', 'scale', tri(0.8, 1, 1.3), {
    en: 'delivered coal -20% to +30%: the swing of recent years around the plan price',
    zh: '到厂煤价 −20% 至 +30%：近年围绕规划价格的波动幅度',
  });
  add('gas-price', 'Natural gas price', 'settings.energy_prices.natural_gas_cny_per_10k_nm3', 'scale', tri(0.8, 1, 1.3), {
    en: 'pipeline gas -20% to +30%',
    zh: '管道天然气 −20% 至 +30%',
  });
  add('power-price', 'Electricity price', 'settings.energy_prices.electricity_cny_per_mwh', 'scale', tri(0.85, 1, 1.15), {
    en: 'industrial power price -15% to +15%',
    zh: '工业电价 −15% 至 +15%',
  });
  const decline = s.grid_factor_decline_rate;
  add(
    'grid-decline',
    'Grid factor decline',
    'settings.grid_factor_decline_rate',
    'set',
    tri(r4(Math.max(0, decline - 0.015)), decline, r4(decline + 0.02)),
    {
      en: 'yearly decline of the grid emission factor after the last published year, plan value -1.5 to +2 points',
      zh: '最后公布年份之后电网排放因子的年下降率，规划值 −1.5 至 +2 个百分点',
    },
  );
  const growthReason = {
    en: 'output growth -2 to +2 points a year around the plan',
    zh: '产值增速在规划值上下各 2 个百分点',
  };
  if (s.output_growth_path !== null)
    add('growth', 'Output growth', 'settings.output_growth_path', 'shift', tri(-0.02, 0, 0.02), growthReason);
  else add('growth', 'Output growth', 'consumers[*].output_growth_rate', 'shift', tri(-0.02, 0, 0.02), growthReason);
  add('efficiency', 'Autonomous efficiency gain', 'consumers[*].efficiency_gain_rate', 'shift', tri(-0.005, 0, 0.005), {
    en: "each enterprise's yearly efficiency gain -0.5 to +0.5 points",
    zh: '各企业自主能效提升率上下各 0.5 个百分点',
  });

  for (const rm of resolved.measures) {
    const m = rm.measure;
    if (m.kind === 'pv') {
      const used = result?.dispatch.generators.find((g) => g.measure_id === m.id)?.yield_used ?? null;
      const y = m.params.specific_yield_kwh_per_kw ?? used;
      if (y !== null && y > 0)
        add(
          `${m.id}-yield`,
          `${m.name}: PV yield`,
          `measures[${m.id}].params.specific_yield_kwh_per_kw`,
          'set',
          tri(r4(y * 0.9), r4(y), r4(y * 1.08)),
          {
            en: 'specific yield -10% to +8% around the plan or modelled value (weather years, soiling, losses)',
            zh: '单位发电量在规划值或模型值的 −10% 至 +8%（气象年份、积灰、损耗）',
          },
        );
    }
    if (m.kind === 'wind') {
      const used = result?.dispatch.generators.find((g) => g.measure_id === m.id)?.yield_used ?? null;
      const h = m.params.full_load_hours ?? used;
      if (h !== null && h > 0)
        add(
          `${m.id}-hours`,
          `${m.name}: full-load hours`,
          `measures[${m.id}].params.full_load_hours`,
          'set',
          tri(r4(h * 0.85), r4(h), r4(h * 1.1)),
          {
            en: 'full-load hours -15% to +10% (wind years vary more than sun years)',
            zh: '满发小时数 −15% 至 +10%（风资源年际波动大于光照）',
          },
        );
    }
    if (m.kind === 'green_power')
      add(
        `${m.id}-premium`,
        `${m.name}: green-power premium`,
        `measures[${m.id}].params.premium_cny_per_mwh`,
        'scale',
        tri(0.5, 1, 2),
        {
          en: 'green-power premium x0.5 to x2',
          zh: '绿电溢价 ×0.5 至 ×2',
        },
      );
    if (m.start_year < plan.park.horizon_year)
      add(
        `${m.id}-delay`,
        `${m.name}: delay`,
        `measures[${m.id}].start_year`,
        'shift',
        { kind: 'triangular', min: 0, mode: 0, max: 3 },
        {
          en: 'start 0 to 3 years late (approvals, grid connection, financing)',
          zh: '推迟 0 至 3 年投运（审批、并网、融资）',
        },
      );
    if (m.capex_cny > 0)
      add(`${m.id}-capex`, `${m.name}: investment`, `measures[${m.id}].capex_cny`, 'scale', tri(0.85, 1, 1.3), {
        en: 'investment -15% to +30% (cost estimates at planning stage)',
        zh: '投资 −15% 至 +30%（规划阶段估算精度）',
      });
  }
  // Unit costs by technology, for the technologies the scenario's measures use. The range is
  // judgement around the library's value, whose own source the offer names.
  const techs = new Set<TechnologyId>();
  for (const rm of resolved.measures) {
    const tech = measureTechnology(rm.measure);
    if (tech !== null) techs.add(tech);
  }
  for (const tech of techs) {
    const entry = COST_LIBRARY[tech].capex_cny_per_unit;
    if (entry === undefined) continue;
    const range = COST_RANGES[tech];
    const affects = costReach(plan, tech, 'capex_cny_per_unit');
    const reach = reachCount(affects);
    const name = TECHNOLOGY_NAMES[tech];
    const pct = (f: number) => `${f < 1 ? '−' : '+'}${Math.round(Math.abs(f - 1) * 100)}%`;
    out.push({
      input: {
        id: `cost-${tech.replace(/_/g, '-')}`,
        name: `${name.en}: unit cost`,
        address: `costs[${tech}].capex_cny_per_unit`,
        mode: 'scale',
        distribution: tri(range.low, 1, range.high),
        group: null,
      },
      source: {
        en: `value: ${entry.source}; range ${pct(range.low)} to ${pct(range.high)}: ParkZero judgement of how far quotes spread`,
        zh: `取值：${range.source_zh}；区间 ${pct(range.low)} 至 ${pct(range.high)}：ParkZero 对报价离散程度的经验判断`,
      },
      reason: {
        en: `${name.en} unit cost ${pct(range.low)} to ${pct(range.high)}, moving the library path and every measure's own quote; affects: ${reach.en}`,
        zh: `${name.zh}单位造价 ${pct(range.low)} 至 ${pct(range.high)}，成本库路径与各措施自带单价同步变动；影响${reach.zh}`,
      },
      affects,
    });
  }
  return out;
}
