import type { Plan } from '../model/plan.ts';
import type { Measure } from '../model/measures.ts';
import { COST_LIBRARY, buildCostSet, measureTechnology, TECHNOLOGY_IDS } from '../costs/index.ts';
import type { CostPoint, TechnologyId } from '../costs/index.ts';
import type { FieldBounds } from './addresses.ts';

/**
 * Unit costs by technology as uncertain inputs: `costs[<technology>].<parameter>`.
 *
 * A technology's unit cost reaches a measure in one of two ways (core/costs/measure-costs.ts):
 * the measure carries its own unit cost (every measure migrated from plan format 1 does: its
 * old lump sum became its own unit cost), or it has none and takes the library's path, with
 * the project's overrides. An uncertainty on "the unit cost of rooftop PV" is about the
 * technology, so it moves BOTH: every point of the library path (overrides included) and the
 * own unit cost of every measure of that technology, in every scenario, child overrides of it
 * included. Only `scale` and `shift` make sense (the value is a path by year and measures'
 * own quotes differ); `set` is refused like on any year path. `costReach` lists the measures
 * an input moves and how, so screens and reports can say it.
 */

/** The library parameters a cost input may name (lifetimes are informative in the library). */
export const COST_INPUT_PARAMETERS = ['capex_cny_per_unit', 'capex_cny_per_kw', 'fixed_opex_cny_per_unit_year'] as const;
export type CostInputParameter = (typeof COST_INPUT_PARAMETERS)[number];

export const COST_BOUNDS: FieldBounds = { min: 0, max: 1e9, integer: false };

/** What a cost input changes, parsed from its address. */
export interface CostTarget {
  kind: 'cost';
  technology: TechnologyId;
  parameter: CostInputParameter;
  bounds: FieldBounds;
}

export interface CostReach {
  measure_id: string;
  measure_name: string;
  /** Scenario where the measure is defined. */
  scenario_id: string;
  /** `own`: the measure's own unit cost is moved; `library`: it follows the (moved) library path. */
  via: 'own' | 'library';
}

/** `costs[<technology>].<parameter>` against the plan, or a problem in words. */
export function parseCostAddress(plan: Plan, technology: string, parameter: string): CostTarget | string {
  if (!(TECHNOLOGY_IDS as readonly string[]).includes(technology))
    return `"${technology}" is not a technology of the cost library (${TECHNOLOGY_IDS.join(', ')})`;
  const tech = technology as TechnologyId;
  if (!(COST_INPUT_PARAMETERS as readonly string[]).includes(parameter))
    return `"${parameter}" is not a cost parameter (${COST_INPUT_PARAMETERS.join(', ')})`;
  const param = parameter as CostInputParameter;
  if (COST_LIBRARY[tech][param] === undefined) return `the cost library has no ${param} for ${tech}`;
  if (costReach(plan, tech, param).length === 0) return `no measure of the plan uses ${tech}`;
  return { kind: 'cost', technology: tech, parameter: param, bounds: COST_BOUNDS };
}

function ownValue(m: Measure, parameter: CostInputParameter): number | undefined {
  return m[parameter];
}

/** Every measure (by where it is defined) whose cost the input moves, and how. */
export function costReach(plan: Plan, technology: TechnologyId, parameter: CostInputParameter): CostReach[] {
  const out: CostReach[] = [];
  for (const s of plan.scenarios)
    for (const m of s.measures) {
      if (measureTechnology(m) !== technology) continue;
      if (parameter === 'capex_cny_per_kw' && m.kind !== 'storage') continue;
      out.push({
        measure_id: m.id,
        measure_name: m.name,
        scenario_id: s.id,
        via: ownValue(m, parameter) !== undefined ? 'own' : 'library',
      });
    }
  return out;
}

/** The technology's path as the plan sees it now (library with project overrides). */
export function resolvedCostPath(plan: Plan, target: CostTarget): CostPoint[] {
  const e = buildCostSet(plan.cost_overrides).entries.get(`cost.${target.technology}.${target.parameter}`);
  return e === undefined ? [] : e.points.map((p) => ({ ...p }));
}

/**
 * Write op(value) into `out` (a copy whose scenarios are already cloned): the library path
 * becomes one project override per point, and every own unit cost of the technology moves.
 */
export function applyCost(out: Plan, target: CostTarget, path: readonly CostPoint[], op: (base: number) => number): void {
  const key = `cost.${target.technology}.${target.parameter}`;
  const kept = out.cost_overrides.filter((o) => o.key !== key && !o.key.startsWith(`${key}.`));
  // Year points replace the library's one by one (cost-set.ts), so the whole path is moved.
  const moved = path.map((p) => ({ key: `${key}.${p.year}`, value: op(p.value), source: 'Monte Carlo sample', note: '' }));
  out.cost_overrides = [...kept, ...moved];
  const ids = new Set<string>();
  for (const s of out.scenarios)
    for (const m of s.measures) {
      if (measureTechnology(m) !== target.technology) continue;
      ids.add(m.id);
      const own = ownValue(m, target.parameter);
      if (own !== undefined) (m as unknown as Record<string, number>)[target.parameter] = op(own);
    }
  for (const s of out.scenarios)
    for (const o of s.measure_overrides) {
      if (!ids.has(o.measure_id)) continue;
      const v = o.set[target.parameter];
      if (typeof v === 'number') o.set[target.parameter] = op(v);
    }
}

/**
 * Default ranges offered for a technology's unit cost, as factors on today's value: the
 * library gives one value per year, not a range, so the range is ParkZero's stated judgement
 * of how far quotes spread around it (wider for younger, faster-moving technologies); the
 * value itself keeps the library's source, which the offer names.
 */
export const COST_RANGES: Record<TechnologyId, { low: number; high: number; source_zh: string }> = {
  pv_rooftop: {
    low: 0.85,
    high: 1.15,
    source_zh: '中国光伏行业协会《中国光伏产业发展路线图（2023年版）》分布式光伏初始投资（转引）',
  },
  pv_ground: {
    low: 0.85,
    high: 1.15,
    source_zh: '中国光伏行业协会《中国光伏产业发展路线图（2023年版）》地面电站初始投资（转引）',
  },
  wind_onshore: {
    low: 0.85,
    high: 1.2,
    source_zh: '国际可再生能源署《2023年可再生能源发电成本》中国陆上风电造价（转引，按 7.1 元/美元折算）',
  },
  storage_li_ion: { low: 0.7, high: 1.3, source_zh: '中关村储能产业技术联盟 2024 年储能系统中标价格跟踪（转引）' },
  electrolyser_alkaline: {
    low: 0.7,
    high: 1.4,
    source_zh: '国际能源署《全球氢能评论 2024》国产碱性电解槽造价（转引，按 7.1 元/美元折算）',
  },
  waste_heat_recovery: { low: 0.8, high: 1.3, source_zh: 'ParkZero 估计值（无公开参考值），请以项目报价替换' },
  ccus_capture: { low: 0.7, high: 1.5, source_zh: '《中国二氧化碳捕集利用与封存年度报告（2021）》捕集成本区间（转引）' },
  ev_truck: { low: 0.8, high: 1.2, source_zh: 'ParkZero 估计值（无公开参考值），请以项目报价替换' },
  h2_truck: { low: 0.7, high: 1.3, source_zh: 'ParkZero 估计值（无公开参考值），请以项目报价替换' },
  green_space: { low: 0.8, high: 1.3, source_zh: 'ParkZero 估计值（无公开参考值），请以项目报价替换' },
};

export const COST_PARAMETER_NAMES: Record<CostInputParameter, { en: string; zh: string }> = {
  capex_cny_per_unit: { en: 'unit cost', zh: '单位造价' },
  capex_cny_per_kw: { en: 'power-part unit cost', zh: '功率部分单位造价' },
  fixed_opex_cny_per_unit_year: { en: 'unit fixed O&M', zh: '单位年固定运维费' },
};

/**
 * How many measures an input moves and how, in both languages, without their names (a plan's
 * names may be in any language; screens list them from `costReach`).
 */
export function reachCount(reach: readonly CostReach[]): { en: string; zh: string } {
  const own = reach.filter((r) => r.via === 'own').length;
  const lib = reach.length - own;
  return {
    en: `${reach.length} measure(s): ${own} with their own unit cost, ${lib} on the library path`,
    zh: `${reach.length} 项措施（自带单价 ${own} 项，采用成本库路径 ${lib} 项）`,
  };
}
