import { hasCjk, type Lang } from './names.ts';

/**
 * The documents the factor and cost libraries cite, as a Chinese report names them in its basis
 * chapter and Annex 2, and as the Factors screen cites them to a Chinese reader.
 * The library (core/factors/library.ts) states each factor's source in English with the value's
 * detail (the fuel, its calorific value, the factor year); the basis chapter lists the
 * documents, so a Chinese reader gets the standard's code with its Chinese title, or the
 * issuing body's publication in Chinese, and finds each value's detail in Annex 2.
 * A source the library does not write (typed by the user) is printed as written.
 */
const ZH_DOCUMENTS: { prefix: string; zh: (source: string) => string }[] = [
  { prefix: 'GB/T 2589-2020', zh: () => 'GB/T 2589-2020《综合能耗计算通则》' },
  { prefix: 'GB/T 32150-2015', zh: () => 'GB/T 32150-2015《工业企业温室气体排放核算和报告通则》' },
  {
    prefix: 'Guidelines for GHG accounting and reporting, industrial enterprises',
    zh: () => '国家发展改革委各行业企业温室气体排放核算方法与报告指南（试行）（2013、2015年），化石燃料缺省参数',
  },
  {
    prefix: 'MEE with NBS, announcement of electricity CO2 emission factors',
    zh: (s) => {
      const year = /\((\d{4}) factors\)/.exec(s)?.[1];
      return `生态环境部、国家统计局电力二氧化碳排放因子公告${year === undefined ? '' : `（${year}年因子）`}`;
    },
  },
  { prefix: 'China Electricity Council', zh: () => '中国电力企业联合会电力工业统计资料（2020年，转引）' },
  {
    prefix: 'National average supply coal consumption of thermal power plants',
    zh: () => '全国火电厂平均供电标准煤耗（2022年）',
  },
  { prefix: 'ParkZero default table', zh: () => 'ParkZero 默认表，量级参照国家能源局各省发电利用小时数（示例值）' },
  { prefix: 'derived: NCV x carbon content', zh: () => '按低位发热量×单位热值含碳量×碳氧化率×44/12 推算' },
  { prefix: 'derived: LHV', zh: () => '按氢的低位发热量折算标准煤' },
  // The cost library's sources (core/costs/library.ts), for Annex 2's cost table.
  {
    prefix: 'CPIA (China Photovoltaic Industry Association)',
    zh: () => '中国光伏行业协会《中国光伏产业发展路线图（2023年版）》，光伏系统初始投资',
  },
  { prefix: 'CNESA (China Energy Storage Alliance)', zh: () => '中关村储能产业技术联盟储能系统价格跟踪（2024年招标价格）' },
  {
    prefix: 'IRENA, Renewable Power Generation Costs in 2023',
    zh: (s) => `国际可再生能源署《2023年可再生能源发电成本》，中国陆上风电总装机成本与运维费用区间${converted(s)}`,
  },
  {
    prefix: 'IEA, Global Hydrogen Review 2024',
    zh: (s) => `国际能源署《全球氢能评论2024》，中国制造碱性电解槽装机成本${converted(s)}`,
  },
  {
    prefix: 'ACCA21, Tsinghua University et al., China CCUS Annual Report 2021',
    zh: () => '中国21世纪议程管理中心、清华大学等《中国二氧化碳捕集利用与封存（CCUS）年度报告（2021）》，捕集成本区间',
  },
  { prefix: 'ParkZero estimate (no public reference value)', zh: () => 'ParkZero 估算（无公开参考值），应以项目报价替换' },
  { prefix: 'lower heating value of hydrogen', zh: () => '氢的低位发热量 120 MJ/kg（物理常数）' },
  { prefix: 'hydrogen contains no carbon', zh: () => '氢不含碳；外购氢的上游排放属范围三，不计入' },
];

/** The exchange rate a source was converted at, as a Chinese note. */
function converted(source: string): string {
  const rate = /converted at ([\d.]+) CNY\/USD/.exec(source)?.[1];
  return rate === undefined ? '' : `（按${rate}元/美元折算）`;
}

export function citedSource(source: string, lang: Lang): string {
  if (lang === 'en' || hasCjk(source)) return source;
  return ZH_DOCUMENTS.find((d) => source.startsWith(d.prefix))?.zh(source) ?? source;
}
