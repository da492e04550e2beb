import type { Lang } from '../i18n.ts';

/**
 * The report strings of the carbon-market chapter and workbook sheet, kept with them. Chinese
 * strings carry no English words or codes (tCO2 is a unit, as elsewhere in the reports).
 */
const STRINGS = {
  chapter: { en: 'Carbon market', zh: '碳排放权交易' },
  sheet: { en: 'Carbon market', zh: '碳市场' },
  intro: {
    en: 'Enterprises covered by a carbon market must surrender allowances for their verified emissions in the market’s scope each year. Allowances come from their allocation rule; a deficit is covered by offsets up to the market’s cap and then by buying allowances, a surplus is sold. Costs are positive, revenues negative; they are shown beside the scenario’s costs, not added to them (the scenario’s carbon price already prices all net emissions).',
    zh: '纳入碳市场的企业每年须按其在市场覆盖范围内的核查排放量清缴配额。配额按分配规则确定；配额缺口先以抵销量在市场规定的比例上限内抵销，其余购买配额补足；配额盈余出售。成本为正、收益为负；该项单列，不计入情景总成本（情景的碳价已对全部净排放计价）。',
  },
  scenarioHeading: { en: 'Scenario: {name}', zh: '情景：{name}' },
  tableTitle: { en: '{market}: position by year and enterprise', zh: '{market}：各年度企业履约情况' },
  marketNote: {
    en: '{market}: allowance price: {price}; offsets at most {cap}% of verified emissions ({capSource}); offset price: {offsetPrice}.',
    zh: '{market}：配额价格依据：{price}；抵销比例上限为核查排放量的{cap}%（依据：{capSource}）；抵销价格依据：{offsetPrice}。',
  },
  source: {
    en: 'Source: ParkZero engine; allocation rules, prices and offset rules as entered in the plan, with the sources above.',
    zh: '资料来源：ParkZero 计算引擎；分配规则、价格与抵销规则按方案录入，依据见上文。',
  },
  year: { en: 'Year', zh: '年份' },
  enterprise: { en: 'Enterprise', zh: '企业' },
  market: { en: 'Market', zh: '碳市场' },
  scenario: { en: 'Scenario', zh: '情景' },
  verified: { en: 'Verified emissions', zh: '核查排放量' },
  allowances: { en: 'Allowances', zh: '配额' },
  balance: { en: 'Surplus (+) / deficit (-)', zh: '盈余（+）/缺口（-）' },
  offsets: { en: 'Offsets used', zh: '抵销量' },
  bought: { en: 'Allowances bought', zh: '购买配额' },
  sold: { en: 'Allowances sold', zh: '出售配额' },
  price: { en: 'Allowance price', zh: '配额价格' },
  offsetPrice: { en: 'Offset price', zh: '抵销价格' },
  cost: { en: 'Cost (+) / revenue (-)', zh: '成本（+）/收益（-）' },
  output: { en: 'Output', zh: '产量' },
  total: { en: 'Park total', zh: '园区合计' },
  inputsSheet: { en: 'Carbon market inputs', zh: '碳市场输入' },
  kind: { en: 'Kind', zh: '类型' },
  kind_national: { en: 'national', zh: '全国' },
  kind_regional: { en: 'regional', zh: '地方' },
  priceSource: { en: 'Price source', zh: '价格依据' },
  offsetCap: { en: 'Offset cap', zh: '抵销比例上限' },
  offsetCapSource: { en: 'Offset cap source', zh: '抵销比例依据' },
  offsetPriceSource: { en: 'Offset price source', zh: '抵销价格依据' },
  scope: { en: 'Emissions counted', zh: '计入的排放' },
  scope_direct: { en: 'direct', zh: '直接排放' },
  scope_direct_and_indirect: { en: 'direct and purchased electricity and heat', zh: '直接排放及外购电力、热力' },
  allocation: { en: 'Allocation rule', zh: '分配规则' },
  allocation_benchmark: { en: 'benchmark x output', zh: '基准值×产量' },
  allocation_fixed: { en: 'fixed allowance', zh: '固定配额' },
  rule: { en: 'Benchmark (tCO2 per unit) or allowance (tCO2) by year', zh: '各年基准值（吨CO2/单位产量）或配额（吨CO2）' },
  outputUnit: { en: 'Output unit', zh: '产量单位' },
  baseOutput: { en: 'Base-year output', zh: '基准年产量' },
  allocationSource: { en: 'Allocation source', zh: '分配依据' },
  fromYear: { en: 'Covered from', zh: '纳入起始年份' },
  whatRow: { en: 'Row', zh: '行' },
  rowMarket: { en: 'market', zh: '碳市场' },
  rowCoverage: { en: 'covered enterprise', zh: '纳入企业' },
} satisfies Record<string, { en: string; zh: string }>;

export type CarbonMarketStringKey = keyof typeof STRINGS;

export function ct(lang: Lang, key: CarbonMarketStringKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
