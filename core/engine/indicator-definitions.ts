import type { EnergyMethod, TargetIndicator } from '../model/targets.ts';

/**
 * What a target's indicator divides by what, and how energy is counted, in both languages: the
 * Targets screen and the reports print the same definition, so a reader of either can redo the
 * figure (issue 9: "each indicator states its numerator, denominator and energy method").
 * Shares and intensities that count electricity depend on the target's method; the others do
 * not (`method_dependent: false`). The engine's formulas are in indicators.ts and simulate.ts.
 */
export interface Bilingual {
  en: string;
  zh: string;
}

export interface IndicatorDefinitionText {
  numerator: Bilingual;
  /** null: an absolute quantity, not a ratio. */
  denominator: Bilingual | null;
  method_dependent: boolean;
}

const TOTAL_TCE: Bilingual = {
  en: 'total energy use, tce (all carriers by the GB/T 2589 coefficients, electricity by the method)',
  zh: '综合能源消费量，吨标准煤（各品种按 GB/T 2589 折标系数，电力按所选方法折算）',
};
const NON_FOSSIL: Bilingual = {
  en: 'non-fossil electricity in tce: on-site PV and wind used + green power + the rest of the grid purchase x the grid average non-fossil part',
  zh: '非化石能源电量折标准煤：园区自用光伏和风电 + 绿电 + 其余购入电量 × 电网平均非化石比例',
};

export const INDICATOR_DEFINITION_TEXT: Record<TargetIndicator, IndicatorDefinitionText> = {
  coal_t: {
    numerator: { en: 'raw coal consumed after measures, t', zh: '采取措施后的原煤消费量，吨' },
    denominator: null,
    method_dependent: false,
  },
  total_tce: { numerator: TOTAL_TCE, denominator: null, method_dependent: true },
  gross_emissions_tco2: {
    numerator: {
      en: 'scope 1 (fuel combustion + process) + scope 2 (grid electricity + purchased heat), tCO2',
      zh: '范围一（燃料燃烧 + 工业过程）+ 范围二（电网购电 + 外购热力），吨二氧化碳',
    },
    denominator: null,
    method_dependent: false,
  },
  net_emissions_tco2: {
    numerator: {
      en: 'gross emissions - CCUS - carbon sinks - offsets, tCO2',
      zh: '总排放 − 碳捕集利用与封存 − 碳汇 − 抵销量，吨二氧化碳',
    },
    denominator: null,
    method_dependent: false,
  },
  co2_per_tce: {
    numerator: {
      en: 'energy CO2: scope 1 fuel combustion + scope 2, before CCUS, tCO2',
      zh: '能源活动二氧化碳排放：范围一燃料燃烧 + 范围二（未扣除碳捕集），吨二氧化碳',
    },
    denominator: TOTAL_TCE,
    method_dependent: true,
  },
  tco2_per_10k_cny_va: {
    numerator: { en: 'gross emissions, tCO2', zh: '总排放，吨二氧化碳' },
    denominator: { en: 'value added, 10^4 CNY', zh: '增加值，万元' },
    method_dependent: false,
  },
  tce_per_10k_cny_va: {
    numerator: TOTAL_TCE,
    denominator: { en: 'value added, 10^4 CNY', zh: '增加值，万元' },
    method_dependent: true,
  },
  non_fossil_share: { numerator: NON_FOSSIL, denominator: TOTAL_TCE, method_dependent: true },
  clean_energy_share: {
    numerator: {
      en: `${NON_FOSSIL.en} + natural gas + purchased hydrogen (purchased heat not counted)`,
      zh: `${NON_FOSSIL.zh} + 天然气 + 外购氢（外购热力不计入）`,
    },
    denominator: TOTAL_TCE,
    method_dependent: true,
  },
  renewable_electricity_share: {
    numerator: {
      en: 'on-site PV and wind used + green power (certificates included), MWh',
      zh: '园区自用光伏和风电 + 绿电（含绿证），兆瓦时',
    },
    denominator: { en: 'electricity consumption, MWh', zh: '电力消费量，兆瓦时' },
    method_dependent: false,
  },
  electrification_rate: {
    numerator: { en: 'electricity consumption in tce (by the method)', zh: '电力消费量折标准煤（按所选方法）' },
    denominator: TOTAL_TCE,
    method_dependent: true,
  },
  waste_heat_utilisation: {
    numerator: { en: 'recovered residual heat used, GJ', zh: '回收利用的余热量，吉焦' },
    denominator: { en: 'residual heat available (grown with output), GJ', zh: '可回收余热量（随产值增长），吉焦' },
    method_dependent: false,
  },
};

export const ENERGY_METHOD_TEXT: Record<EnergyMethod | 'none', Bilingual> = {
  equivalent: {
    en: 'calorific-equivalent method: electricity at 0.1229 kgce/kWh (GB/T 2589)',
    zh: '当量值法：电力按 0.1229 千克标准煤/千瓦时折算（GB/T 2589）',
  },
  coal_method: {
    en: 'coal-consumption method: electricity at the year’s thermal-plant supply coal rate (300.7 gce/kWh in 2022), the statistical convention for non-fossil shares',
    zh: '发电煤耗法：电力按当年火电供电标准煤耗折算（2022 年 300.7 克标准煤/千瓦时），非化石能源占比的统计口径',
  },
  none: { en: 'does not depend on how electricity is counted', zh: '与电力折标方法无关' },
};

/** A target's definition in one language: numerator, denominator (or null) and method. */
export function indicatorDefinition(
  indicator: TargetIndicator,
  method: EnergyMethod,
  lang: 'en' | 'zh',
): { numerator: string; denominator: string | null; method: string } {
  const d = INDICATOR_DEFINITION_TEXT[indicator];
  return {
    numerator: d.numerator[lang],
    denominator: d.denominator === null ? null : d.denominator[lang],
    method: ENERGY_METHOD_TEXT[d.method_dependent ? method : 'none'][lang],
  };
}
