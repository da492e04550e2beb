import type { Lang } from '../i18n.ts';
import { hasCjk } from '../../../../core/text/names.ts';

/**
 * The documents the factor library cites, as a Chinese report names them in its basis chapter.
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
  { prefix: 'lower heating value of hydrogen', zh: () => '氢的低位发热量 120 MJ/kg（物理常数）' },
  { prefix: 'hydrogen contains no carbon', zh: () => '氢不含碳；外购氢的上游排放属范围三，不计入' },
];

export function citedSource(source: string, lang: Lang): string {
  if (lang === 'en' || hasCjk(source)) return source;
  return ZH_DOCUMENTS.find((d) => source.startsWith(d.prefix))?.zh(source) ?? source;
}
