import type { Plan } from '../../../../core/model/plan.ts';
import { MEASURE_KINDS } from '../../../../core/model/measures.ts';
import type { MeasureKind } from '../../../../core/model/measures.ts';
import { COST_PARAMETER_NAMES, costReach, centralOf, lowHighOf, offersFor } from '../../../../core/uncertainty/index.ts';
import type { CostInputParameter, UncertainInput } from '../../../../core/uncertainty/index.ts';
import { TECHNOLOGY_NAMES } from '../../../../core/costs/index.ts';
import type { TechnologyId } from '../../../../core/costs/index.ts';
import { kindName } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import { formatNumber } from '../format.ts';

/**
 * The words of the uncertainty section, in both languages. An input is named by what it
 * changes, in plain words with the plan's own names ("屋顶光伏单位造价", "所有企业的产值增速"),
 * never by its address: a Chinese report shows no paths, codes or English words.
 */

const S = {
  sec: ['Uncertainty analysis', '不确定性分析'],
  intro: [
    'Scenario "{scenario}": {n} uncertain inputs of the plan. Sensitivity moves one input at a time to its low and high, the others at their central values; the Monte Carlo draws {runs} Latin hypercube samples (seed {seed}). Every run is the full engine with hourly dispatch, and inputs of one group move together.',
    '情景"{scenario}"：规划中共有 {n} 项不确定输入。敏感性分析每次只将一项输入调至低值或高值，其余取中值；蒙特卡洛模拟按拉丁超立方抽样 {runs} 次（随机种子 {seed}）。每次计算均为完整引擎计算（逐时电力调度），同一组的输入同步变化。',
  ],
  inputs: ['Uncertain inputs', '不确定输入'],
  input: ['Input', '输入'],
  how: ['Change', '变化方式'],
  low: ['Low', '低值'],
  central: ['Central', '中值'],
  high: ['High', '高值'],
  source: ['Source', '来源'],
  set: ['value', '取值'],
  scale: ['factor ×', '倍数 ×'],
  shift: ['added +', '增减 +'],
  tornadoNpv: ['Sensitivity of the NPV of total cost', '总成本净现值的敏感性'],
  tornadoEm: ['Sensitivity of cumulative net emissions', '累计净排放的敏感性'],
  central_output: ['All inputs central: {value}', '全部输入取中值时：{value}'],
  atLow: ['Input low', '输入取低值'],
  atHigh: ['Input high', '输入取高值'],
  swing: ['Swing', '摆幅'],
  bands: ['Net emissions: P5, P50 and P95 of the runs', '净排放的概率区间（第5、50、95百分位数）'],
  p5: [' P5', '第5百分位'],
  p50: [' P50', '中位数'],
  p95: [' P95', '第95百分位'],
  band: ['P5–P95', '第5至第95百分位'],
  bandsIntro: [
    'The band runs from the 5th to the 95th percentile of the runs, the line is their median. Yearly percentiles are streaming estimates (P-square), accurate to about 0.01-0.2 standard deviations.',
    '阴影带为各次模拟的第5至第95百分位数，实线为中位数。逐年百分位数为流式估计值（分段抛物线估计法），误差约为 0.01 至 0.2 个标准差。',
  ],
  year: ['Year', '年份'],
  netEm: ['Net emissions', '净排放'],
  intensity: ['CO2 per tce (equivalent method)', '单位能耗碳排放（等价值法）'],
  dist: ['NPV and cumulative emissions across the runs', '净现值与累计排放的分布'],
  output: ['Output', '结果'],
  mean: ['Mean', '均值'],
  min: ['Min', '最小值'],
  max: ['Max', '最大值'],
  npv: ['NPV of total cost', '总成本净现值'],
  cumEm: ['Cumulative net emissions', '累计净排放'],
  targets: ['Probability of meeting each target', '各目标的达标概率'],
  targetsIntro: [
    'Share of runs in which the target is met in the year; "-" where the target is not checked that year.',
    '该年满足目标的模拟次数占比；"—"表示该年不考核此目标。',
  ],
  target: ['Target', '目标'],
  rank: ['Inputs that matter most', '影响最大的输入'],
  rankIntro: [
    'Spearman rank correlation of each input with each output over the runs, and the partial rank correlation with the other inputs taken out; ranked by the NPV correlation. 1 or -1: the output follows the input fully; near 0: it hardly matters.',
    '各输入与结果在全部模拟中的斯皮尔曼秩相关系数，以及剔除其他输入影响后的偏秩相关系数；按与净现值的相关程度排序。1 或 −1 表示结果完全随该输入变化，接近 0 表示影响很小。',
  ],
  withNpv: ['with NPV', '与净现值'],
  withEm: ['with cumulative emissions', '与累计排放'],
  partial: [' (partial)', '（偏秩）'],
  affects: ['moves: {list}', '影响措施：{list}'],
  own: ['{m} (own unit cost)', '{m}（自带单价）'],
  library: ['{m} (library path)', '{m}（成本库路径）'],
  notChecked: ['-', '—'],
  runsAxis: ['runs', '次数'],
  noSwing: [
    'None of the uncertain inputs moves this output: each at its low or high gives the central value.',
    '各项不确定输入均不影响该结果：任一输入取低值或高值时，结果均与中值相同。',
  ],
  bandTable: ['{name}: percentiles of the runs', '{name}的百分位数'],
  srcInputs: [
    'Source: uncertain inputs set in this plan; the Source column of each row.',
    '资料来源：本方案设定的不确定输入，各行依据见“来源”列。',
  ],
  srcTornado: [
    'Source: ParkZero engine, each input at its low and at its high, the others central.',
    '资料来源：ParkZero 计算引擎，逐项将输入调至低值和高值、其余取中值计算。',
  ],
  srcRuns: [
    'Source: ParkZero engine, {runs} Monte Carlo runs (Latin hypercube sampling, seed {seed}).',
    '资料来源：ParkZero 计算引擎，蒙特卡洛模拟 {runs} 次（拉丁超立方抽样，随机种子 {seed}）。',
  ],
  shInputs: ['Risk inputs', '不确定性-输入'],
  shTornadoNpv: ['Risk tornado NPV', '不确定性-净现值敏感性'],
  shTornadoEm: ['Risk tornado emissions', '不确定性-排放敏感性'],
  shBands: ['Risk bands P5-P95', '不确定性-概率区间'],
  shDist: ['Risk distributions', '不确定性-分布'],
  shTargets: ['Risk target probability', '不确定性-达标概率'],
  shRank: ['Risk rank correlation', '不确定性-关键输入'],
  wanYuan: ['10^4 CNY', '万元'],
  wanTco2: ['10^4 tCO2', '万吨CO2'],
  // What an input changes.
  carbonPrice: ['Carbon price path', '碳价路径'],
  gridDecline: ['Yearly decline of the grid emission factor', '电网排放因子年下降率'],
  demandCharge: ['Demand charge', '基本电费'],
  growthPath: ['Park output growth path', '园区产值增速路径'],
  energyPrice: ['Energy price: {carrier}', '能源价格：{carrier}'],
  setting: ['Scenario setting', '情景设置数值'],
  everyEnterprise: ['every enterprise', '所有企业'],
  consumerField: ['{field} of {who}', '{who}的{field}'],
  measureField: ['{field} of {measure}', '{measure}的{field}'],
  everyMeasure: ['every {kind} measure', '所有{kind}措施'],
  cost: ['{technology}: {parameter}', '{technology}{parameter}'],
} as const satisfies Record<string, readonly [string, string]>;

export type UncertaintyStringKey = keyof typeof S;

export function ut(lang: Lang, key: UncertaintyStringKey, vars: Record<string, string | number> = {}): string {
  const s = S[key][lang === 'en' ? 0 : 1];
  return s.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Every key in both languages (for the parity test). */
export function uncertaintyStringKeys(): UncertaintyStringKey[] {
  return Object.keys(S) as UncertaintyStringKey[];
}

const FIELDS: Record<string, readonly [string, string]> = {
  output_growth_rate: ['output growth', '产值增速'],
  efficiency_gain_rate: ['autonomous efficiency gain', '自主能效提升率'],
  start_year: ['start year', '投运年份'],
  capex_cny: ['investment', '投资'],
  fixed_opex_cny_per_year: ['fixed O&M', '固定运维费'],
  specific_yield_kwh_per_kw: ['PV specific yield', '光伏单位发电量'],
  full_load_hours: ['full-load hours', '满发小时数'],
  premium_cny_per_mwh: ['green-power premium', '绿电溢价'],
  capacity_kw: ['capacity', '装机容量'],
  capex_cny_per_unit: ['unit cost', '单位造价'],
  ramp_years: ['ramp-up years', '爬坡年数'],
  lifetime_years: ['lifetime', '寿命'],
};
const CARRIERS: Record<string, readonly [string, string]> = {
  coal_cny_per_t: ['coal', '煤炭'],
  natural_gas_cny_per_10k_nm3: ['natural gas', '天然气'],
  electricity_cny_per_mwh: ['electricity', '电力'],
  fuel_oil_cny_per_t: ['fuel oil', '燃料油'],
  diesel_cny_per_t: ['diesel', '柴油'],
};
const pick = (pair: readonly [string, string] | undefined, lang: Lang, fallback: readonly [string, string]) =>
  (pair ?? fallback)[lang === 'en' ? 0 : 1];

/** What an input changes, in plain words of the report's language. */
export function inputLabel(plan: Plan, address: string, lang: Lang): string {
  if (address === 'settings.carbon_price_cny_per_t') return ut(lang, 'carbonPrice');
  if (address === 'settings.grid_factor_decline_rate') return ut(lang, 'gridDecline');
  if (address === 'settings.demand_charge_cny_per_kw_month') return ut(lang, 'demandCharge');
  if (address === 'settings.output_growth_path') return ut(lang, 'growthPath');
  const price = /^settings\.energy_prices\.(.+)$/.exec(address);
  if (price) return ut(lang, 'energyPrice', { carrier: pick(CARRIERS[price[1]!], lang, ['other energy', '其他能源']) });
  if (address.startsWith('settings.')) return ut(lang, 'setting');
  const field = (f: string) => pick(FIELDS[f.replace(/^params\./, '')], lang, ['value', '数值']);
  const consumer = /^consumers\[([^\]]+)\]\.(.+)$/.exec(address);
  if (consumer) {
    const [, sel, f] = consumer as unknown as [string, string, string];
    const who = sel === '*' ? ut(lang, 'everyEnterprise') : (plan.consumers.find((c) => c.id === sel)?.name ?? sel);
    return ut(lang, 'consumerField', { field: field(f), who });
  }
  const measure = /^measures\[([^\]]+)\]\.(.+)$/.exec(address);
  if (measure) {
    const [, sel, f] = measure as unknown as [string, string, string];
    const kind = sel.startsWith('kind=') ? sel.slice(5) : null;
    const name =
      kind !== null && (MEASURE_KINDS as readonly string[]).includes(kind)
        ? ut(lang, 'everyMeasure', { kind: kindName(kind as MeasureKind, lang) })
        : (plan.scenarios.flatMap((s) => s.measures).find((m) => m.id === sel)?.name ?? sel);
    return ut(lang, 'measureField', { field: field(f), measure: name });
  }
  const cost = costOf(address);
  if (cost)
    return ut(lang, 'cost', {
      technology: TECHNOLOGY_NAMES[cost.technology][lang],
      parameter: COST_PARAMETER_NAMES[cost.parameter][lang],
    });
  return ut(lang, 'setting');
}

function costOf(address: string): { technology: TechnologyId; parameter: CostInputParameter } | null {
  const m = /^costs\[([a-z0-9_]+)\]\.([a-z_]+)$/.exec(address);
  if (!m || !(m[1]! in TECHNOLOGY_NAMES) || !(m[2]! in COST_PARAMETER_NAMES)) return null;
  return { technology: m[1] as TechnologyId, parameter: m[2] as CostInputParameter };
}

/** For a technology's unit cost, the measures it moves and how; null for other inputs. */
export function reachLabel(plan: Plan, address: string, lang: Lang): string | null {
  const cost = costOf(address);
  if (!cost) return null;
  const list = costReach(plan, cost.technology, cost.parameter)
    .map((r) => ut(lang, r.via === 'own' ? 'own' : 'library', { m: r.measure_name }))
    .join(lang === 'en' ? ', ' : '、');
  return ut(lang, 'affects', { list });
}

/** How an input moves and its low / central / high, as printed. */
export function inputRange(input: UncertainInput, lang: Lang): { how: string; low: string; central: string; high: string } {
  const [lo, hi] = lowHighOf(input.distribution);
  const f = (x: number) => formatNumber(x, Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 1 ? 2 : 3);
  return { how: ut(lang, input.mode), low: f(lo), central: f(centralOf(input.distribution)), high: f(hi) };
}

/**
 * An input's source in the report's language. A source is the planner's text, printed as
 * written, except the texts ParkZero itself wrote when the input was added from an offer in the
 * other language: those are given in the report's language (a Chinese report must not carry
 * "ParkZero default range (stated judgement ...)" in English).
 */
export function sourceTranslator(plan: Plan, scenarioId: string, lang: Lang): (source: string) => string {
  const known = new Map<string, string>();
  for (const o of offersFor(plan, scenarioId)) {
    known.set(o.source.en, o.source[lang]);
    known.set(o.source.zh, o.source[lang]);
  }
  return (source) => known.get(source) ?? source;
}
