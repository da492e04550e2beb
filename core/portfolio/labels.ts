import type { ErrorCode } from '../api/result.ts';
import { errorReasonText, intlErrorTextLocale } from '../text/error-text.ts';
import { PROVINCES, provinceKey } from '../factors/provinces.ts';
import { findCityClimate } from '../profiles/climate.ts';
import { localName } from '../text/names.ts';
import type { Lang } from '../text/names.ts';
import type { MilestoneIndicator, PlanChoice, PortfolioRow, RefusedFile, SignatureState, Verdict } from './types.ts';

/**
 * The portfolio's words in Chinese and English, for the CLI table, the workbook and the PDF (the
 * screen has its own copies in renderer messages). A Chinese output carries no English: names
 * only known in English get the "untranslated" mark, a refused file's English store message is
 * replaced by the Chinese sentence for its error code.
 */

export const PORTFOLIO_TEXT = {
  zh: {
    title: '园区总览',
    file: '文件',
    park: '园区',
    province: '省份',
    city: '城市',
    baseYear: '基准年',
    baseEnergy: '基准年能耗（吨标准煤）',
    baseEmissions: '基准年净排放（吨二氧化碳）',
    baseEnergyShort: '基准年能耗',
    baseEmissionsShort: '基准年净排放',
    compactUnits:
      '单位：能耗为吨标准煤（电力按当量值），排放为吨二氧化碳，碳能比为吨二氧化碳每吨标准煤，煤炭为吨；非化石能源占比按当量值计。',
    scenario: '展示情景',
    choice: '情景来源',
    targets: '目标达成',
    targetsShort: '达标',
    verdict: '结论',
    fingerprint: '指纹',
    signature: '签名',
    refused: '未能读取的文件',
    refusedCode: '原因',
    aggregate: '各园区提交方案合计路径',
    year: '年份',
    parks: '园区数',
    aggNet: '净排放（吨二氧化碳）',
    aggGross: '总排放（吨二氧化碳）',
    aggEnergy: '能耗（吨标准煤）',
    aggCoal: '煤炭（吨）',
    summary: (parks: number, refused: number) => `共读取 ${parks} 个园区，${refused} 个文件未能读取。`,
    emptyFolders: '无项目文件的文件夹',
    folder: '文件夹',
    note: '说明',
    emptyFolder: (folder: string) =>
      `文件夹“${folder}”中没有项目文件，未从中读取任何园区。请确认选对了文件夹：项目文件须直接放在其中，子文件夹不会读取。`,
    untranslated: (text: string) => `${text}（未译）`,
    missed: '未达标目标',
    choiceFootnote:
      '展示情景：未加标注者为园区标记的提交方案；* 未标记提交方案，采用报告中选定的推荐情景；† 未标记提交方案，按报告规则选取（达成目标最多者中净现值成本最低）。',
    none: '无',
  },
  en: {
    title: 'Park portfolio',
    file: 'File',
    park: 'Park',
    province: 'Province',
    city: 'City',
    baseYear: 'Base year',
    baseEnergy: 'Base-year energy [tce]',
    baseEmissions: 'Base-year net emissions [tCO2]',
    baseEnergyShort: 'Base-year energy',
    baseEmissionsShort: 'Base-year net emissions',
    compactUnits:
      'Units: energy in tce (electricity at its equivalent value), emissions in tCO2, CO2 per energy in tCO2/tce, coal in t; non-fossil share by the equivalent value.',
    scenario: 'Scenario shown',
    choice: 'Why this scenario',
    targets: 'Targets met',
    targetsShort: 'Met',
    verdict: 'Verdict',
    fingerprint: 'Fingerprint',
    signature: 'Signature',
    refused: 'Files not read',
    refusedCode: 'Reason',
    aggregate: 'Submitted plans of all parks, summed',
    year: 'Year',
    parks: 'Parks',
    aggNet: 'Net emissions [tCO2]',
    aggGross: 'Gross emissions [tCO2]',
    aggEnergy: 'Energy [tce]',
    aggCoal: 'Coal [t]',
    summary: (parks: number, refused: number) => `${parks} park(s) read, ${refused} file(s) not read.`,
    emptyFolders: 'Folders without project files',
    folder: 'Folder',
    note: 'Note',
    emptyFolder: (folder: string) =>
      `The folder “${folder}” holds no project file, so no park was read from it. Check that it is the right folder: project files must be directly inside it; subfolders are not read.`,
    untranslated: (text: string) => `${text} (untranslated)`,
    missed: 'Targets missed',
    choiceFootnote:
      'Scenario shown: unmarked = the park’s submitted plan; * none marked, the scenario the report recommends; † none marked, chosen by the report’s rule (cheapest by NPV of those meeting the most targets).',
    none: 'none',
  },
} as const;

export const INDICATOR_TEXT: Record<MilestoneIndicator, Record<Lang, string>> = {
  net_emissions_tco2: { zh: '净排放（吨二氧化碳）', en: 'Net emissions [tCO2]' },
  co2_per_tce_equivalent: { zh: '单位能耗碳排放（吨二氧化碳每吨标准煤）', en: 'CO2 per energy [tCO2/tce]' },
  non_fossil_share_equivalent: { zh: '非化石能源占比', en: 'Non-fossil share' },
  coal_t: { zh: '煤炭消费（吨）', en: 'Coal [t]' },
  tco2_per_10k_cny_va: { zh: '碳排放强度（吨二氧化碳每万元增加值）', en: 'Carbon intensity [tCO2 per 10^4 CNY value added]' },
  tce_per_10k_cny_va_equivalent: {
    zh: '能耗强度（吨标准煤每万元增加值）',
    en: 'Energy intensity [tce per 10^4 CNY value added]',
  },
};

/** Short headers for the compact table (units in one note under it). */
export const INDICATOR_SHORT: Record<MilestoneIndicator, Record<Lang, string>> = {
  net_emissions_tco2: { zh: '净排放', en: 'Net emissions' },
  co2_per_tce_equivalent: { zh: '碳能比', en: 'CO2 per energy' },
  non_fossil_share_equivalent: { zh: '非化石占比', en: 'Non-fossil share' },
  coal_t: { zh: '煤炭', en: 'Coal' },
  tco2_per_10k_cny_va: { zh: '碳排放强度', en: 'Carbon intensity' },
  tce_per_10k_cny_va_equivalent: { zh: '能耗强度', en: 'Energy intensity' },
};

export const CHOICE_TEXT: Record<PlanChoice, Record<Lang, string>> = {
  flagged: { zh: '标记的提交方案', en: 'marked as the submitted plan' },
  report_choice: { zh: '未标记提交方案；采用报告中选定的推荐情景', en: 'none marked; the scenario the report recommends' },
  recommended: {
    zh: '未标记提交方案；按报告规则选取（达成目标最多者中净现值成本最低）',
    en: 'none marked; chosen by the report’s rule (cheapest by NPV of those meeting the most targets)',
  },
};

export const SIGNATURE_TEXT: Record<SignatureState, Record<Lang, string>> = {
  unsigned: { zh: '未签名', en: 'unsigned' },
  signed: { zh: '已签名，与当前内容一致（未用公钥验证）', en: 'signed, matches the plan (not checked with a key)' },
  changed: { zh: '已签名，但签名后内容已改动', en: 'signed, but the plan changed since' },
  broken: { zh: '签名文件损坏', en: 'signature file damaged' },
};

export const VERDICT_TEXT: Record<Verdict, Record<Lang, string>> = {
  all_met: { zh: '全部达标', en: 'all targets met' },
  some_missed: { zh: '部分未达标', en: 'some targets missed' },
  no_targets: { zh: '未设目标', en: 'no targets' },
};

/** Why a file was not read, and what would fix it, per error code, in Chinese. */
const REFUSAL_ZH: Partial<Record<ErrorCode, string>> = {
  NOT_FOUND: '文件不存在，或不是普通文件（文件夹、设备、管道）；请选择项目文件本身。',
  FILE_EMPTY: '文件为空；请向发送方索取完整文件。',
  FILE_NOT_SQLITE: '这不是 ParkZero 项目文件；请确认选择的是 .parkzero 文件。',
  FILE_TRUNCATED: '文件不完整（复制或下载未完成）；请重新获取文件。',
  FILE_WRONG_APPLICATION: '这是其他程序的数据库，不是 ParkZero 项目。',
  FILE_FROM_NEWER_VERSION: '文件由更新版本的 ParkZero 写入；请升级 ParkZero 后再读取。文件未被改动。',
  FILE_SCHEMA_MISMATCH: '文件结构与 ParkZero 的预期不符；请向发送方索取由 ParkZero 保存的文件。',
  FILE_UNEXPECTED_OBJECT: '文件包含 ParkZero 项目不会有的数据库对象（视图、触发器等），出于安全未予读取。',
  FILE_CORRUPT: '文件已损坏；请向发送方索取完好的副本。',
  PLAN_INVALID: '文件中的规划内容不符合规则；请发送方在 ParkZero 中打开并修正后重新保存。',
  IO_ERROR: '操作系统拒绝读取该文件，或文件过大；请检查权限和文件大小。',
  PATH_NOT_ALLOWED: '该文件位于不允许的位置，或是指向所选文件夹之外的链接；ParkZero 只读取所选文件夹内的文件。',
  CANCELLED: '已取消。',
};

/**
 * The refusal in the reader's language: in Chinese the refusal's reason (which file, why, what
 * to do), else a sentence by code (never the English message); English as the store said it.
 */
export function refusalText(r: Pick<RefusedFile, 'code' | 'message' | 'reason'>, lang: Lang): string {
  if (lang === 'en') return r.message;
  return (
    errorReasonText(r.reason, intlErrorTextLocale('zh')) ??
    REFUSAL_ZH[r.code] ??
    '读取该文件时出现内部错误；请将文件发送给 ParkZero 开发者。'
  );
}

/** The mark after the scenario's name saying why it is shown (see choiceFootnote). */
export const CHOICE_MARK: Record<PlanChoice, string> = { flagged: '', report_choice: ' *', recommended: ' †' };

/** A name for `lang`, marked when only the other language has one. */
export function rowName(e: { name: string; name_zh?: string; name_en?: string }, lang: Lang): string {
  const n = localName(e, lang);
  return n.fallback ? PORTFOLIO_TEXT[lang].untranslated(n.text) : n.text;
}

export function provinceText(province: string, lang: Lang): string {
  const key = provinceKey(province);
  const p = PROVINCES.find((x) => x.key === key);
  if (p) return p[lang];
  return rowName({ name: province }, lang);
}

export function cityText(city: string, lang: Lang): string {
  const c = findCityClimate(city);
  if (c) return c[lang];
  return rowName({ name: city }, lang);
}

/** Targets as "2 / 3" with the verdict. */
export function targetsText(row: PortfolioRow, lang: Lang): string {
  if (row.targets.total === 0) return VERDICT_TEXT.no_targets[lang];
  return `${row.targets.met} / ${row.targets.total}`;
}
