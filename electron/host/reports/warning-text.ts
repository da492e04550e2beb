import { formatNumber } from '../../../core/engine/index.ts';
import type { EngineWarning } from '../../../core/engine/index.ts';
import { midSentence, warningText, type WarningLocale, type WarningTemplates } from '../../../core/engine/warning-text.ts';
import type { WarningUnit } from '../../../core/engine/warning-params.ts';
import { CARRIER_IDS, type CarrierId } from '../../../core/model/carriers.ts';
import { GRID_REGIONS } from '../../../core/model/park.ts';
import { carrierUnit, unit } from './format.ts';
import { carrierName, regionName, type Lang } from './i18n.ts';

/**
 * The engine's warnings in the report's language: one template per code (or per variant of a
 * code), filled from the warning's params by core's warningText. This is part of the reports'
 * string table (i18n.ts), kept in its own file because it is as long as the rest of it.
 * `{name}` placeholders name params (core/engine/warning-params.ts); figures arrive formatted,
 * with their unit. English uses ASCII quotes, as in i18n.ts (the CJK font draws curly quotes
 * full-width).
 */
type Pair = { en: string; zh: string };
type Entry = Pair | { [variant: string]: Pair };

const WARNING_TEMPLATES: Record<EngineWarning['code'], Entry> = {
  switch_share_above_one: {
    en: 'A switch share of {share} exceeds all of the fuel; clamped to 100%',
    zh: '燃料替代比例 {share} 超过该燃料总量；已按 100% 计',
  },
  switch_exceeds_fuel: {
    en: 'Switches {requested} of {carrier} but the consumers use only {available} at this point; clamped',
    zh: '拟替代{carrier} {requested}，但此时目标企业仅消费 {available}；已按实际消费量封顶',
  },
  switch_efficiency_implausible: {
    en: 'An efficiency of {to_efficiency} after the switch (above 1) is only plausible for heat pumps (switching to electricity), not for {carrier}',
    zh: '替代后效率 {to_efficiency} 大于 1，仅对热泵（改用电力）合理，不适用于{carrier}',
  },
  efficiency_shares_above_one: {
    en: 'Efficiency measures on {consumer} save {saving_share} of its {carrier} together; scaled down to 100%',
    zh: '作用于“{consumer}”{carrier}的节能措施合计节能 {saving_share}；已按比例缩减至 100%',
  },
  waste_heat_exceeds_available: {
    en: 'Recovers {recovered_gj} but the consumers declare {available_gj} of residual heat; capped',
    zh: '回收余热 {recovered_gj}，但目标企业申报的可回收余热仅 {available_gj}；已按申报量封顶',
  },
  waste_heat_no_available_declared: {
    en: 'The targeted consumers declare no residual heat available: the utilisation indicator cannot count this recovery against a potential',
    zh: '目标企业未申报可回收余热量：余热利用率指标无法将本项回收量与回收潜力对比',
  },
  displaced_fuel_missing: {
    en: 'Recovered heat would displace {needed} of {carrier} but the consumers use only {available}; capped',
    zh: '回收的余热可替代{carrier} {needed}，但目标企业仅消费 {available}；已按实际消费量封顶',
  },
  hydrogen_flared: {
    en: 'The electrolyser makes {flared_t} of hydrogen more than the park uses (of {produced_t} produced) and no sale price is set: the excess is flared. Set a hydrogen sale price, add hydrogen uses or reduce the electrolyser',
    zh: '电解槽制氢比园区用氢多 {flared_t}（产氢 {produced_t}），且未设氢气售价：多余氢气放空燃烧。请设置氢气售价、增加用氢或减小电解槽规模',
  },
  electrolysis_raises_emissions: {
    en: 'The electrolyser draws about {grid_mwh} from the grid ({grid_tco2} at the year’s grid factor) while its hydrogen displaces {displaced_tco2} of fuel: electrolysis raises the park’s emissions (hydrogen replacing purchased hydrogen displaces nothing, since purchased hydrogen counts at zero)',
    zh: '电解槽约从电网取电 {grid_mwh}（按当年电网因子折合 {grid_tco2}），而其氢气仅替代燃料排放 {displaced_tco2}：电解制氢使园区排放上升（替代外购氢气不减少排放，因外购氢气按零排放计）',
  },
  hydrogen_exceeds_use: {
    en: 'Hydrogen would displace {needed} of {carrier} but the consumers use {available}; production scaled to {scale}',
    zh: '绿氢可替代{carrier} {needed}，但目标企业仅消费 {available}；制氢量按 {scale} 计',
  },
  transport_exceeds_fuel: {
    en: "The fleet would use {needed} of {carrier} but the consumers report {available}; the fleet's fuel must be in the inventory. Scaled to {scale}",
    zh: '车队需消耗{carrier} {needed}，但目标企业仅申报 {available}；车队燃料须计入能源消费清单。已按 {scale} 计',
  },
  ccus_exceeds_emissions: {
    en: 'Captures {captured_tco2} but the targeted consumers emit {emitted_tco2} (scope 1); capped',
    zh: '捕集量 {captured_tco2}，但目标企业范围一排放仅 {emitted_tco2}；已按排放量封顶',
  },
  green_power_exceeds_import: {
    en: 'Green-power purchases ({green_mwh}) exceed the grid purchase ({import_mwh}); capped',
    zh: '绿电交易量（{green_mwh}）超过电网购电量（{import_mwh}）；已按购电量封顶',
  },
  green_power_raises_factor: {
    en: 'The green-power rule raises scope 2: the remaining purchase at the factor excluding market-traded non-fossil power outweighs the green MWh',
    zh: '绿电核算规则使范围二排放上升：其余购电按扣除市场化交易非化石能源电量的电网因子计算，增加的排放超过绿电带来的减少',
  },
  pv_exceeds_roof: {
    park_consumers: {
      en: "PV needs about {area_m2} but the park's consumers declare {roof_m2} of roof (no consumers named: ground-mounted PV is not checked against roofs)",
      zh: '光伏约需 {area_m2}，但园区企业申报的屋顶面积仅 {roof_m2}（未指定企业：地面光伏不与屋顶面积核对）',
    },
    named_consumers: {
      en: 'PV needs about {area_m2} but the named consumers declare {roof_m2} of roof',
      zh: '光伏约需 {area_m2}，但所选企业申报的屋顶面积仅 {roof_m2}',
    },
  },
  negative_energy_clamped: {
    en: 'Measures would take the {carrier} use of {consumer} below zero ({amount}); clamped at 0',
    zh: '措施使“{consumer}”的{carrier}消费量低于零（{amount}）；已按 0 计',
  },
  lifetime_before_horizon: {
    en: 'Lifetime ends in {end_year}, before the horizon {horizon_year}: the engine assumes like-for-like replacement at the same capex',
    zh: '寿命期于 {end_year} 年结束，早于规划期末 {horizon_year} 年：按相同投资原样更新计算',
  },
  measure_starts_before_base_year: {
    en: 'Starts before the base year {base_year}: capex before the base year is not counted',
    zh: '开始年份早于基准年 {base_year} 年：基准年之前的投资不计入',
  },
  measure_never_active: {
    en: 'Starts in {start_year}, after the horizon {horizon_year}: the measure has no effect',
    zh: '开始年份 {start_year} 年晚于规划期末 {horizon_year} 年：该措施不产生任何效果',
  },
  grid_factor_projected: {
    en: 'Grid factors from {from_year} on are projected from the last published value at {decline_rate} a year',
    zh: '{from_year} 年起的电网排放因子由最新发布值按每年下降 {decline_rate} 推算',
  },
  grid_factor_estimated: {
    regional: {
      en: 'The {region} factor excluding market-traded non-fossil power is not published: estimated as the regional average x the national (excluding / average) ratio',
      zh: '{region}“扣除市场化交易非化石能源电量”的排放因子未发布：按区域平均因子 × 全国（扣除 / 平均）比值估算',
    },
    provincial: {
      en: 'The {province} factor excluding market-traded non-fossil power is not published: estimated as the provincial average x the national (excluding / average) ratio',
      zh: '{province}“扣除市场化交易非化石能源电量”的排放因子未发布：按省级平均因子 × 全国（扣除 / 平均）比值估算',
    },
  },
  grid_factor_fallback: {
    en: 'No provincial grid factors for "{province}": the {region} series is used',
    zh: '“{province}”无省级电网排放因子：改用{region}的因子',
  },
  default_yield_used: {
    pv_model: {
      en: "PV yield not given: {yield_kwh_per_kwp} a year from the PV model for tilt {tilt_deg}, azimuth {azimuth_deg} at {climate} (approximate climate; the factor library's default is {library_kwh_per_kwp})",
      zh: '未填写光伏单位容量年发电量：按{climate}的近似气候、倾角 {tilt_deg}、方位角 {azimuth_deg}，由光伏模型算得每年 {yield_kwh_per_kwp}（因子库默认值为 {library_kwh_per_kwp}）',
    },
    pv_library: {
      en: 'PV yield not given: {yield_kwh_per_kwp} a year used (the factor library’s default; source in Appendix A)',
      zh: '未填写光伏单位容量年发电量：采用因子库默认值每年 {yield_kwh_per_kwp}（来源见附录 A）',
    },
    wind_library: {
      en: 'Wind full-load hours not given: {full_load_hours} used (the factor library’s default; source in Appendix A)',
      zh: '未填写风电年等效满负荷小时数：采用因子库默认值 {full_load_hours}（来源见附录 A）',
    },
  },
  storage_annual_losses_only: {
    en: 'The annual balance counts only storage losses ({cycles} equivalent cycles a year); its value needs the hourly dispatch',
    zh: '年度平衡仅计储能损耗（每年 {cycles} 次等效循环）；储能的价值需用逐时调度评估',
  },
  surplus_exported_annual: {
    en: 'On-site generation exceeds the annual demand; {exported_mwh} counted as exported (annual netting, no export limit)',
    zh: '园区自发电量超过全年用电量；{exported_mwh} 计为上网电量（年度净额平衡，无上网限制）',
  },
  surplus_curtailed: {
    limited: {
      en: 'On-site generation beyond load, storage and the export limit is curtailed ({curtailed_mwh} in the year; export limit {export_limit_kw})',
      zh: '超出负荷、储能和上网限额的自发电量被弃用（当年 {curtailed_mwh}；上网限额 {export_limit_kw}）',
    },
    unlimited: {
      en: 'On-site generation beyond load and storage is curtailed ({curtailed_mwh} in the year; no export limit)',
      zh: '超出负荷和储能的自发电量被弃用（当年 {curtailed_mwh}；无上网限额）',
    },
  },
  climate_unknown: {
    en: 'No climate for the city "{city}" or the province "{province}", so electricity is balanced over the year (annual netting: optimistic self-consumption, no export limit)',
    zh: '无城市“{city}”及省份“{province}”的气候数据，电力改按全年平衡计算（年度净额：自发自用偏乐观，无上网限制）',
  },
  climate_note: {
    weather_file: { en: 'Hourly weather from {source}.', zh: '逐时气象数据来自 {source}。' },
    imported_weather: {
      en: 'Hourly weather from the imported series "{series}" ({file}, imported {imported_on}).',
      zh: '逐时气象数据来自导入的序列“{series}”（{file}，{imported_on} 导入）。',
    },
    capital_fallback: {
      en: 'No climate data for "{city}"; using {capital}, the capital of {province}. Import an EPW file or an hourly series for a site-specific profile.',
      zh: '无“{city}”的气候数据，改用{province}省会{capital}的数据。如需场址专用曲线，请导入 EPW 文件或逐时序列。',
    },
    climate_source: { en: 'Climate of {climate}: {source}.', zh: '{climate}气候数据：{source}。' },
  },
  storage_idle: {
    en: 'Storage never charges: on-site generation never exceeds the load in any hour and load following does not charge from the grid; it only releases the energy it started with. Time-of-use arbitrage or peak shaving (scenario settings) charge from the grid',
    zh: '储能从未充电：任何时刻园区自发电量均未超过负荷，且负荷跟随调度不从电网充电；储能只释放期初存量。可在情景设置中改用峰谷套利或削峰策略（从电网充电）',
  },
  tou_tariff_fallback: {
    en: 'No time-of-use table for the province "{province}"; the Sichuan-like periods are used. Enter the province\'s periods in the scenario\'s tariff table',
    zh: '暂无“{province}”的分时电价表，暂按参照四川的时段计算。请在情景的分时电价表中录入该省时段',
  },
  grid_factor_vintage_unavailable: {
    en: 'No grid factor of this series is published in or before {vintage_year}: its first published year, {used_year}, is used',
    zh: '该电网排放因子系列在 {vintage_year} 年及以前没有发布值：采用其最早发布年份 {used_year} 年的值',
  },
  coal_method_rate_held: {
    en: 'The coal-consumption rate for electricity is held at {rate_gce_per_kwh} ({last_year}, the last published year) from {from_year} on: add year points under Factors to set its path',
    zh: '发电煤耗法折标系数自 {from_year} 年起保持为 {rate_gce_per_kwh}（{last_year} 年，最新发布年份）不变：可在“排放因子”中添加年份值设定其路径',
  },
  output_growth_rates_ignored: {
    en: "The park-wide output growth path replaces the enterprises' own growth rates in this scenario; ignored: {count} non-zero rates (e.g. {consumer}, {rate} a year)",
    zh: '本情景采用园区统一的产值增速路径，各企业自身的产值增速不再使用：{count} 家企业的增速不为零（如“{consumer}”，每年 {rate}）',
  },
};

const isPair = (e: Entry): e is Pair => typeof e.en === 'string' && typeof e.zh === 'string';

/** The templates of one language, in the shape core's warningText reads. */
export function warningTemplates(lang: Lang): WarningTemplates {
  const out: Record<string, string | Record<string, string>> = {};
  for (const [code, entry] of Object.entries(WARNING_TEMPLATES)) {
    if (isPair(entry)) out[code] = entry[lang];
    else out[code] = Object.fromEntries(Object.entries(entry).map(([v, p]) => [v, p[lang]]));
  }
  return out;
}

const TEMPLATES = { en: warningTemplates('en'), zh: warningTemplates('zh') };

const OTHER_UNITS: Record<'kw' | 'kwh_per_kwp' | 'hours_per_year' | 'cny_per_mwh' | 'gce_per_kwh' | 't_h2', [string, string]> = {
  kw: ['kW', 'kW'],
  gce_per_kwh: ['gce/kWh', '克标准煤/千瓦时'],
  t_h2: ['t', '吨'],
  cny_per_mwh: ['CNY/MWh', '元/MWh'],
  kwh_per_kwp: ['kWh/kWp', 'kWh/kWp'],
  hours_per_year: ['h a year', '小时/年'],
};

/** Digits as the CLI prints them (core formatNumber), with trailing decimal zeros dropped. */
const trimmed = (v: number, digits: number) =>
  formatNumber(v, digits).replace(/\.(\d*?)0+$/, (_, d: string) => (d === '' ? '' : `.${d}`));

const isCarrier = (id: string): id is CarrierId => (CARRIER_IDS as readonly string[]).includes(id);
const isRegion = (id: string): id is (typeof GRID_REGIONS)[number] => (GRID_REGIONS as readonly string[]).includes(id);

function reportLocale(lang: Lang): WarningLocale {
  const unitText = (u: Exclude<WarningUnit, 'carrier'>): string => {
    switch (u) {
      case 'deg':
        return '°';
      case 'kw':
      case 'kwh_per_kwp':
      case 'hours_per_year':
      case 'cny_per_mwh':
      case 'gce_per_kwh':
      case 't_h2':
        return ` ${OTHER_UNITS[u][lang === 'en' ? 0 : 1]}`;
      default:
        return ` ${unit(u, lang)}`;
    }
  };
  return {
    chinese: lang === 'zh',
    number: trimmed,
    percent: (v, digits) => `${trimmed(v * 100, digits)}%`,
    year: (v) => String(v),
    unit: unitText,
    carrierUnit: (id) => (isCarrier(id) ? ` ${carrierUnit(id, lang)}` : null),
    carrier: (id) => (isCarrier(id) ? (lang === 'en' ? midSentence(carrierName(id, lang)) : carrierName(id, lang)) : null),
    region: (id) => (isRegion(id) ? regionName(id, lang) : null),
  };
}

/** The warning's sentence in `lang`; `translated` is false when it is the engine's English message. */
export function reportWarningText(
  w: Pick<EngineWarning, 'code' | 'message' | 'params'>,
  lang: Lang,
): { text: string; translated: boolean } {
  return warningText(w, TEMPLATES[lang], reportLocale(lang));
}
