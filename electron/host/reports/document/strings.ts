import type { Lang } from '../i18n.ts';

/**
 * Strings of the plan document (chapters, captions, generated sentences) in both languages.
 * Kept beside the older report strings (../i18n.ts) so the plan document's wording reads as
 * one text. `{name}` placeholders are filled by `d`.
 */
const S = {
  title: { zh: '近零碳园区建设方案', en: 'Near-zero-carbon park plan' },
  subtitle: { zh: '碳达峰与近零碳建设实施方案', en: 'Carbon peaking and near-zero-carbon implementation plan' },
  draft: { zh: '征求意见稿', en: 'Draft for comment' },
  final: { zh: '正式稿', en: 'Final' },
  organisation: { zh: '编制单位', en: 'Prepared by' },
  client: { zh: '委托单位', en: 'Client' },
  version: { zh: '版本', en: 'Version' },
  status: { zh: '文本状态', en: 'Status' },
  date: { zh: '编制日期', en: 'Date' },
  notGiven: { zh: '（未填写）', en: '(not given)' },
  toc: { zh: '目  录', en: 'Contents' },
  summary: { zh: '摘  要', en: 'Executive summary' },
  chapter: { zh: '第{n}章 {title}', en: '{n} {title}' },
  annex: { zh: '附件{n} {title}', en: 'Annex {n} {title}' },
  tableLabel: { zh: '表{c}-{i}', en: 'Table {c}.{i}' },
  figureLabel: { zh: '图{c}-{i}', en: 'Figure {c}.{i}' },
  annexTableLabel: { zh: '附表{c}-{i}', en: 'Table A{c}.{i}' },
  annexFigureLabel: { zh: '附图{c}-{i}', en: 'Figure A{c}.{i}' },
  sourceEngine: {
    zh: '资料来源：本方案测算（ParkZero 计算引擎，方案指纹见页脚）。',
    en: 'Source: computed for this plan (ParkZero engine; plan fingerprint in the footer).',
  },
  sourcePlan: { zh: '资料来源：园区基础数据（本方案输入）。', en: 'Source: park data entered in this plan.' },
  sourceRows: { zh: '资料来源：见表内“来源”列。', en: 'Source: the Source column of each row.' },
  sourceUser: { zh: '资料来源：本方案设定。', en: 'Source: set in this plan.' },
  placeholder: {
    zh: '（本章说明文字尚未编写：请在“报告文字”中填写。）',
    en: '(The text of this chapter has not been written yet: write it under Report text.)',
  },

  chBasis: { zh: '编制依据', en: 'Basis of the plan' },
  chOverview: { zh: '园区概况', en: 'The park' },
  chBaseline: { zh: '现状与基准情景分析', en: 'Current state and baseline scenario' },
  chTargets: { zh: '目标与指标体系', en: 'Targets and indicators' },
  chTasks: { zh: '路径与重点任务', en: 'Pathway and key tasks' },
  chProjects: { zh: '重点项目清单', en: 'Key projects' },
  chInvestment: { zh: '投资估算与资金筹措', en: 'Investment and financing' },
  chBenefits: { zh: '效益分析', en: 'Benefits' },
  chSafeguards: { zh: '保障措施', en: 'Safeguards' },
  anAssumptions: { zh: '情景假设', en: 'Scenario assumptions' },
  anFactors: { zh: '排放因子、折标系数与单位成本及其来源', en: 'Factors and unit costs with their sources' },
  anWarnings: { zh: '计算提示', en: 'Notes from the calculation' },

  // Executive summary
  sumIntro: {
    zh: '本方案以{base}年为基准年，规划期至{horizon}年，共比选{count}个情景。推荐情景为“{name}”（{why}）。',
    en: 'The plan takes {base} as its base year and runs to {horizon}; it compares {count} scenarios. The recommended scenario is "{name}" ({why}).',
  },
  whyUser: { zh: '由编制单位选定', en: 'chosen by the authors' },
  whyAll: {
    zh: '在满足全部目标的情景中总成本净现值最低',
    en: 'the lowest net present cost of the scenarios that meet every target',
  },
  whyMost: {
    zh: '没有情景满足全部目标，取达标项最多者中总成本净现值最低的情景',
    en: 'no scenario meets every target; of those meeting the most, the lowest net present cost',
  },
  keyFigures: { zh: '推荐情景主要指标', en: 'Key figures of the recommended scenario' },
  indicatorCol: { zh: '指标', en: 'Indicator' },
  unitCol: { zh: '单位', en: 'Unit' },
  baseYearCol: { zh: '{year}年（基准年）', en: '{year} (base)' },
  yearCol: { zh: '{year}年', en: '{year}' },
  energyEq: { zh: '综合能耗（当量值）', en: 'Total energy (equivalent value)' },
  netEmissions: { zh: '二氧化碳净排放量', en: 'Net CO2 emissions' },
  energyIntensity: { zh: '单位增加值能耗（当量值）', en: 'Energy per value added (equivalent)' },
  carbonIntensity: { zh: '单位增加值二氧化碳排放', en: 'CO2 per value added' },
  declineVsBase: { zh: '　较基准年下降', en: '  decline from the base year' },
  nonFossil: { zh: '非化石能源消费占比（发电煤耗法）', en: 'Non-fossil share of energy (coal method)' },
  greenPower: { zh: '可再生电力消费占比', en: 'Renewable share of electricity' },
  targetsMet: { zh: '推荐情景目标达成情况', en: 'Targets in the recommended scenario' },
  scenarioComparison: { zh: '情景比选', en: 'Scenarios compared' },
  targetsMetCount: { zh: '达标目标', en: 'Targets met' },
  npvCost: { zh: '总成本净现值', en: 'Net present cost' },
  cumNet: { zh: '累计净排放', en: 'Cumulative net emissions' },
  peakYear: { zh: '净排放峰值年份', en: 'Peak year of net emissions' },
  recommendedMark: { zh: '（推荐）', en: ' (recommended)' },
  met: { zh: '达标', en: 'met' },
  missed: { zh: '未达标', en: 'missed' },
  firstMiss: { zh: '自{year}年起', en: 'from {year}' },
  allYears: { zh: '各核查年份均达标', en: 'met in every year checked' },
  noTargets: { zh: '本方案未设定目标。', en: 'The plan sets no targets.' },
  conclusions: { zh: '结论', en: 'Conclusions' },

  // Basis
  basisGenerated: {
    zh: '本方案的能源消费与碳排放核算采用下列标准、文件与数据来源（计算所用的全部因子及其来源见附件2）：',
    en: 'Energy and emissions are accounted with the following standards, documents and data (every factor used, with its source, is in Annex 2):',
  },
  basisMethod: {
    zh: '核算边界为园区内{count}家企业的能源消费与工业过程排放；范围一为化石燃料燃烧与工业过程排放，范围二为外购电力和热力的间接排放。规划期为{base}—{horizon}年，逐年计算。',
    en: "The boundary is the energy use and process emissions of the park's {count} enterprises; scope 1 is fuel combustion and processes, scope 2 purchased electricity and heat. The plan runs year by year from {base} to {horizon}.",
  },

  // Overview
  overviewGenerated: {
    zh: '{park}位于{city}（{province}），接入{grid}。基准年（{base}年）园区共有企业{count}家，工业总产值{output}，增加值{va}。',
    en: '{park} is in {city}, {province}, on the {grid}. In the base year ({base}) it has {count} enterprises with an output of {output} and value added of {va}.',
  },
  enterprisesTable: { zh: '园区企业基本情况（{year}年）', en: 'Enterprises of the park ({year})' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  sector: { zh: '行业', en: 'Sector' },
  output: { zh: '工业总产值', en: 'Output' },
  valueAdded: { zh: '增加值', en: 'Value added' },
  total: { zh: '合计', en: 'Total' },

  // Baseline
  baselineGenerated: {
    zh: '基准年园区综合能耗{energy}（当量值），二氧化碳排放{emissions}。在基准情景“{root}”下（不采取新增措施），{horizon}年综合能耗为{energyH}，净排放为{emissionsH}，净排放峰值出现在{peak}年。',
    en: 'In the base year the park uses {energy} (equivalent value) and emits {emissions}. In the baseline scenario "{root}" (no new measures) it uses {energyH} in {horizon} and emits {emissionsH} net; net emissions peak in {peak}.',
  },
  inventoryTable: {
    zh: '基准年分企业能源消费与碳排放（{year}年）',
    en: 'Base-year energy use and emissions by enterprise ({year})',
  },
  energyCol: { zh: '综合能耗', en: 'Energy' },
  emissionsCol: { zh: '碳排放', en: 'Emissions' },
  baselineEmissionsFig: { zh: '基准情景分范围碳排放', en: 'Baseline emissions by scope' },
  baselineEnergyFig: { zh: '基准情景分品种能源消费（当量值）', en: 'Baseline energy use by carrier (equivalent value)' },
  electricityTable: { zh: '电力平衡（{name}）', en: 'Electricity balance ({name})' },
  demand: { zh: '用电需求', en: 'Demand' },
  pv: { zh: '光伏发电', en: 'PV' },
  wind: { zh: '风电', en: 'Wind' },
  selfUse: { zh: '自发自用', en: 'Used on site' },
  gridImport: { zh: '电网购电', en: 'Grid purchase' },
  greenPurchase: { zh: '绿电交易', en: 'Green power purchased' },
  exported: { zh: '上网电量', en: 'Exported' },
  curtailed: { zh: '弃电量', en: 'Curtailed' },
  year: { zh: '年份', en: 'Year' },

  // Targets
  targetsGenerated: {
    zh: '本方案设定{count}项目标，逐年核查。各目标的计算口径见表{label}；各情景达标情况见表{label2}。',
    en: 'The plan sets {count} targets, checked every year. Table {label} defines each; Table {label2} shows whether each scenario meets them.',
  },
  definitions: { zh: '目标指标计算口径', en: 'How each target is computed' },
  target: { zh: '目标', en: 'Target' },
  indicator: { zh: '指标', en: 'Indicator' },
  numerator: { zh: '分子（或统计量）', en: 'Numerator (or quantity)' },
  denominator: { zh: '分母', en: 'Denominator' },
  method: { zh: '折标方法', en: 'Energy method' },
  notRatio: { zh: '（总量指标）', en: '(a quantity)' },
  scorecard: { zh: '各情景目标达成情况', en: 'Targets met by scenario' },
  scenario: { zh: '情景', en: 'Scenario' },
  result: { zh: '结果', en: 'Result' },
  worstMargin: { zh: '最小裕度', en: 'Worst margin' },
  targetFig: { zh: '{target}：各情景路径与目标值', en: '{target}: scenario pathways and the target' },
  limitSeries: { zh: '目标值', en: 'Target' },

  // Tasks
  tasksGenerated: {
    zh: '推荐情景“{name}”共安排{count}项措施，按类型为：{kinds}。各情景的排放路径见下。',
    en: 'The recommended scenario "{name}" has {count} measures: {kinds}. The pathway of each scenario follows.',
  },
  pathwayFig: { zh: '{name}：分范围碳排放路径', en: '{name}: emissions by scope' },
  milestoneTable: { zh: '{name}：关键年份指标', en: '{name}: milestone years' },
  totalCost: { zh: '年度总成本', en: 'Total cost of the year' },
  totalCostNote: {
    zh: '年度总成本 = 投资支出 + 固定运维 + 燃料 + 购电（含需量电费、绿电溢价，扣除上网收入）+ 碳成本 + 碳抵消费用 − 售氢收入；不含期末残值。',
    en: 'Total cost of a year = capex + fixed O&M + fuel + electricity (demand charge and green premium included, export revenue deducted) + carbon cost + offsets - hydrogen sales; residual value excluded.',
  },
  macFig: { zh: '{name}：边际减排成本曲线', en: '{name}: marginal abatement cost curve' },
  macTable: { zh: '{name}：各措施边际减排成本', en: '{name}: marginal abatement cost of each measure' },
  macIntro: {
    zh: '边际减排成本按逐项移除措施计算（不含碳价）；柱宽为年均减排量，柱高为单位减排成本。超出坐标范围的柱在末端标注其数值；无法定义成本的措施列于表中。',
    en: 'Each measure is removed from the full scenario in turn (carbon price excluded); bar width is its average annual abatement, height its cost per tonne. Bars beyond the axis carry their value at the end; measures without a defined cost are listed in the table.',
  },
  measure: { zh: '措施', en: 'Measure' },
  kind: { zh: '类型', en: 'Type' },
  mac: { zh: '单位减排成本', en: 'Cost per tonne' },
  avgAbatement: { zh: '年均减排量', en: 'Average abatement' },
  cumAbatement: { zh: '累计减排量', en: 'Cumulative abatement' },

  // Projects
  projectsGenerated: {
    zh: '推荐情景“{name}”的重点项目共{count}项，总投资{capex}（建设投资，按开始年份单位成本计），规划期内含设备更新的累计投资{capexAll}。',
    en: 'The recommended scenario "{name}" has {count} key projects with an investment of {capex} (construction, at start-year unit costs) and {capexAll} over the plan period including replacements.',
  },
  projectTable: { zh: '重点项目基本情况', en: 'Key projects' },
  no: { zh: '序号', en: 'No.' },
  projectName: { zh: '项目名称', en: 'Project' },
  carriedBy: { zh: '实施企业', en: 'Enterprise' },
  parkWide: { zh: '园区公共', en: 'Park-wide' },
  scale: { zh: '建设规模', en: 'Scale' },
  investment: { zh: '投资', en: 'Investment' },
  om: { zh: '年运维费', en: 'O&M' },
  period: { zh: '建设起止', en: 'Start-finish' },
  responsible: { zh: '责任单位', en: 'Responsible' },
  abatementTable: { zh: '重点项目减排量', en: 'Abatement of the key projects' },
  abatementIn: { zh: '{year}年减排', en: 'Abated {year}' },
  periodTable: { zh: '重点项目分期投资', en: 'Investment of the key projects by planning period' },
  periodNote: {
    zh: '分期投资按建设进度逐年支付，寿命期满后的设备更新按更新年份单位成本计入；合计与年度投资支出之和一致。',
    en: "Investment is paid as each project is built and renewed at the end of its lifetime at that year's unit cost; the totals equal the yearly capex.",
  },
  fyp: { zh: '“{name}”时期（{from}—{to}年）', en: '{ord} Five-Year Plan ({from}-{to})' },
  yearsRange: { zh: '{from}—{to}年', en: '{from}-{to}' },

  // Investment
  investmentGenerated: {
    zh: '推荐情景规划期内累计投资{capex}，其中{periods}。累计固定运维费{om}，规划期总成本净现值{npv}（折现率{rate}）。',
    en: 'The recommended scenario invests {capex} over the plan period: {periods}. Fixed O&M adds {om}; the net present cost of the plan is {npv} (discount rate {rate}).',
  },
  costTable: { zh: '推荐情景分期成本构成', en: 'Cost of the recommended scenario by period' },
  costItem: { zh: '项目', en: 'Item' },
  capex: { zh: '投资支出', en: 'Capex' },
  fixedOm: { zh: '固定运维', en: 'Fixed O&M' },
  energyCost: { zh: '能源费用', en: 'Energy' },
  carbonCost: { zh: '碳成本与抵消', en: 'Carbon and offsets' },
  otherIncome: { zh: '售氢收入', en: 'Hydrogen sales' },
  scenarioCapexTable: { zh: '各情景投资与成本比较', en: 'Investment and cost by scenario' },
  cumCapex: { zh: '累计投资', en: 'Total capex' },

  // Benefits
  benefitsGenerated: {
    zh: '与基准情景“{root}”相比，推荐情景“{name}”在规划期内累计减少二氧化碳排放{abated}，{horizon}年节约能源{saved}；总成本净现值增加{dnpv}（不计碳价为{dnpvx}），折合每吨减排{perTonne}。',
    en: 'Compared with the baseline "{root}", the recommended scenario "{name}" avoids {abated} of CO2 over the plan period and saves {saved} of energy in {horizon}; its net present cost changes by {dnpv} ({dnpvx} without the carbon price), {perTonne} per tonne avoided.',
  },
  benefitsSame: {
    zh: '推荐情景即为基准情景“{root}”，无增量效益可比。',
    en: 'The recommended scenario is the baseline "{root}"; there is no increment to compare.',
  },
  benefitTable: { zh: '推荐情景相对基准情景的增量成本与效益', en: 'Incremental cost and benefit against the baseline' },
  energySaved: { zh: '节能量', en: 'Energy saved' },
  abated: { zh: '减排量', en: 'Emissions avoided' },
  costIncrement: { zh: '年度成本增量', en: 'Extra cost of the year' },
  nonFossilGain: { zh: '非化石能源占比提高', en: 'Non-fossil share up by' },
  perTonneNone: { zh: '无法计算（减排量不为正）', en: 'not defined (no positive abatement)' },

  // Annexes
  assumptionsIntro: {
    zh: '各情景的主要假设如下；未列出的设置取默认值。',
    en: 'The main assumptions of each scenario; settings not listed keep their defaults.',
  },
  gridScope: { zh: '电网因子范围', en: 'Grid factor scope' },
  gridDecline: { zh: '电网因子年降幅', en: 'Grid factor decline' },
  carbonPrice: { zh: '碳价', en: 'Carbon price' },
  growth: { zh: '产值增速', en: 'Output growth' },
  ownGrowth: { zh: '各企业自身增速', en: "each enterprise's own rate" },
  factorsIntro: {
    zh: '计算所用因子及其来源。“二手”表示取自转载而非标准原文；“已覆盖”表示本项目替换了默认值。',
    en: 'Factors the engine used, with their sources. "Secondary": read in a reprint; "overridden": replaced in this project.',
  },
  factorTable: { zh: '计算所用因子及来源', en: 'Factors used and their sources' },
  costTableA: { zh: '技术单位成本及来源', en: 'Unit costs of technologies and their sources' },
  warningsIntro: {
    zh: '计算过程中的提示，按情景列出。',
    en: 'Notes the calculation raised, by scenario.',
  },
  warningsTable: { zh: '{name}：计算提示', en: '{name}: notes' },
  noWarnings: { zh: '无提示。', en: 'No notes.' },
  level: { zh: '级别', en: 'Level' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '信息', en: 'info' },
  where: { zh: '位置', en: 'Where' },
  message: { zh: '说明', en: 'Note' },
  years: { zh: '年份', en: 'Years' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type DocStringKey = keyof typeof S;

export function d(lang: Lang, key: DocStringKey, vars: Record<string, string | number> = {}): string {
  return S[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function docStringKeys(): DocStringKey[] {
  return Object.keys(S) as DocStringKey[];
}

const ZH_NUMERALS = [
  '零',
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
];
/** Chinese numeral for a chapter number up to 16 ("三"). */
export function zhNumeral(n: number): string {
  return ZH_NUMERALS[n] ?? String(n);
}
