import type { Lang } from '../i18n.ts';

/**
 * The report strings of the least-cost planner's annex, kept with the annex (not in the
 * document's shared table) so the planner's report part lives in one folder.
 * Chinese strings carry no English words or codes.
 */
const STRINGS = {
  annex: { en: 'Least-cost planning', zh: '最低成本规划' },
  sourceRun: {
    en: 'Source: least-cost planner run of {date} (linear program, checked by the ParkZero engine).',
    zh: '资料来源：{date}最低成本优化运行记录（线性规划求解，ParkZero 计算引擎校核）。',
  },
  sourceCandidates: {
    en: 'Source: least-cost planner run of {date}; each unit cost’s source in the last column.',
    zh: '资料来源：{date}最低成本优化运行记录；单位成本依据见表内“单位成本来源”列。',
  },
  heading: { en: 'Least-cost plan: {name}', zh: '最低成本优化方案：{name}' },
  headingPlain: { en: 'Least-cost plan', zh: '最低成本优化方案' },
  baseUnnamed: { en: 'its base scenario', zh: '其基准情景' },
  intro: {
    en: 'ParkZero’s least-cost planner made this scenario on {date} as a child of {base}: the cheapest sizes and build years of the candidates below that meet the targets, found by a linear program ({days} representative days per period, {period}-year periods, {rounds} round(s)) and then checked by the engine in every year and hour. The figures below are those of that run; the other sections show the engine’s results for the scenario as it is now.',
    zh: '本情景由最低成本优化功能于{date}生成，作为{base}的子情景：在满足目标的前提下，求出下列候选措施成本最低的规模和建设年份。先由线性规划求解（每个时段{days}个典型日，每个时段{period}年，共{rounds}轮），再由计算引擎逐年逐时校核。以下数据为该次运行的结果；其他章节给出本情景当前的引擎计算结果。',
  },
  meets_all: { en: 'Verdict: the engine finds every target met in every year.', zh: '结论：经引擎校核，每一年全部目标均达到。' },
  misses: {
    en: 'Verdict: the cheapest plan found still misses some targets in the engine’s check (see the table of targets).',
    zh: '结论：找到的最低成本方案经引擎校核后仍有部分目标未达到（见目标表）。',
  },
  infeasible: {
    en: 'Verdict: no plan of these candidates within their bounds meets every target. This scenario is the plan that misses them least; why:',
    zh: '结论：在现有上限内，任何候选措施组合都无法满足全部目标。本情景是与目标差距最小的方案，原因如下：',
  },
  parkLimits: { en: 'The park’s limits for this run: ', zh: '本次优化的园区约束：' },
  limitImport: { en: 'grid connection {v} MW', zh: '电网接入容量{v}兆瓦' },
  limitExport: { en: 'export limit {v} MW', zh: '上网功率上限{v}兆瓦' },
  limitGreen: { en: 'green power at most {v}% of the grid purchase', zh: '绿电不超过购电量的{v}%' },
  limitOffset: { en: 'offsets at most {v} tCO2 a year', zh: '碳抵消每年不超过{v}吨二氧化碳' },
  limitBudget: { en: 'investment at most {v} 10^4 CNY a year', zh: '每年投资不超过{v}万元' },
  fromTo: { en: '{min} to {max}', zh: '{min}至{max}' },
  candidates: { en: 'Candidates', zh: '候选措施' },
  candidate: { en: 'Candidate', zh: '候选措施' },
  kind: { en: 'Kind', zh: '类型' },
  maximum: { en: 'Maximum', zh: '上限' },
  unitCost: { en: 'Unit cost (first build year)', zh: '单位成本（首个建设年份）' },
  costSource: { en: 'Source of the unit cost', zh: '单位成本来源' },
  originMeasure: { en: 'the measure’s own value', zh: '措施自身数值' },
  originLibrary: { en: 'cost library: {source}', zh: '技术成本库（来源见附件2）' },
  originOverride: { en: 'project override: {source}', zh: '项目自定义数值（来源见附件2）' },
  originEdited: { en: 'typed for this run', zh: '本次优化时输入' },
  originNone: { en: 'no cost', zh: '无成本' },
  builds: { en: 'What to build', zh: '建设内容' },
  year: { en: 'Year', zh: '年份' },
  size: { en: 'Size', zh: '规模' },
  nothing: { en: 'Nothing: building none of the candidates is cheapest.', zh: '不建设：不建任何候选措施成本最低。' },
  capacityByYear: { en: 'Installed capacity by year [MW]', zh: '逐年累计装机（兆瓦）' },
  compare: { en: 'LP estimate and engine against the base scenario', zh: '线性规划估算、引擎结果与基准情景对比' },
  figure: { en: 'Figure', zh: '指标' },
  base: { en: 'Base scenario', zh: '基准情景' },
  lp: { en: 'LP estimate', zh: '线性规划估算' },
  engine: { en: 'Engine', zh: '引擎结果' },
  costVsBase: {
    en: 'Present cost against the base, excl. carbon price [10^4 CNY]',
    zh: '相对基准情景的现值成本，不含碳价（万元）',
  },
  npv: { en: 'Total present cost, excl. carbon price [10^4 CNY]', zh: '总现值成本，不含碳价（万元）' },
  netEmissions: { en: 'Net emissions {year} [tCO2]', zh: '{year}年净排放（吨二氧化碳）' },
  targets: { en: 'Targets by milestone year', zh: '各节点年份的目标' },
  target: { en: 'Target', zh: '目标' },
  peakBy: { en: '{name} (peak by {year})', zh: '{name}（{year}年达峰）' },
  limit: { en: 'Limit', zh: '限值' },
  met: { en: 'met', zh: '达到' },
  missed: { en: 'missed', zh: '未达到' },
  verdict: { en: 'Engine verdict', zh: '引擎结论' },
  part_capacity: { en: 'capacity', zh: '装机容量' },
  part_power: { en: 'power', zh: '功率' },
  part_energy: { en: 'energy', zh: '容量' },
  part_green_power: { en: 'share of grid purchase', zh: '占购电量比例' },
  part_offset: { en: 'offsets a year', zh: '每年碳抵消量' },
  part_size: { en: 'size', zh: '规模' },
  unit_kW: { en: 'MW', zh: '兆瓦' },
  unit_kWh: { en: 'MWh', zh: '兆瓦时' },
  unit_share: { en: '%', zh: '%' },
  'unit_MWh/a': { en: 'MWh/a', zh: '兆瓦时/年' },
  'unit_tCO2/a': { en: 'tCO2/a', zh: '吨二氧化碳/年' },
  'unit_t/a': { en: 't/a', zh: '吨/年' },
  'unit_GJ/a': { en: 'GJ/a', zh: '吉焦/年' },
  unit_vehicles: { en: 'vehicles', zh: '辆' },
  unit_ha: { en: 'ha', zh: '公顷' },
  'unit_carrier/a': { en: 'units of the fuel a year', zh: '燃料计量单位/年' },
  'cost_CNY/kW': { en: 'CNY/kW', zh: '元/千瓦' },
  'cost_CNY/kWh': { en: 'CNY/kWh', zh: '元/千瓦时' },
  'cost_CNY/MWh': { en: 'CNY/MWh', zh: '元/兆瓦时' },
  'cost_CNY/tCO2': { en: 'CNY/tCO2', zh: '元/吨二氧化碳' },
} satisfies Record<string, { en: string; zh: string }>;

export type OptimiserStringKey = keyof typeof STRINGS;

export function ot(lang: Lang, key: OptimiserStringKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
