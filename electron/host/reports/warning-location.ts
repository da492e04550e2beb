import type { Plan } from '../../../core/model/plan.ts';
import type { Lang } from './i18n.ts';

/**
 * Where a warning points, in words: the engine gives the JSON path of the input concerned
 * (`scenarios[2].measures[9].params.capacity_kw`), which a report reader should never have to
 * decode. It becomes "情景「近零碳园区」的措施「屋顶光伏」的装机容量" / "scenario “Near-zero”,
 * measure “Rooftop PV”: capacity". Names come from the plan the report was made from (already in
 * the report's language, local-names.ts). A field without a label here is called "a parameter"
 * rather than shown as a code.
 */

const FIELDS: Record<string, [string, string]> = {
  capacity_kw: ['capacity', '装机容量'],
  specific_yield_kwh_per_kw: ['specific yield', '单位容量年发电量'],
  full_load_hours: ['full-load hours', '满负荷小时数'],
  tilt_deg: ['tilt', '倾角'],
  azimuth_deg: ['azimuth', '方位角'],
  lifetime_years: ['lifetime', '寿命期'],
  start_year: ['start year', '开始年份'],
  ramp_years: ['ramp-up years', '达产年数'],
  capex_cny: ['investment', '投资'],
  capex_cny_per_unit: ['unit investment', '单位投资'],
  fixed_opex_cny_per_year: ['fixed O&M', '固定运维费'],
  fixed_opex_cny_per_unit_year: ['unit fixed O&M', '单位固定运维费'],
  energy_kwh: ['energy capacity', '储能容量'],
  power_kw: ['power', '功率'],
  electrolyser_kw: ['electrolyser capacity', '电解槽容量'],
  operating_mode: ['operating mode', '运行方式'],
  source_consumer_id: ['heat source enterprise', '余热来源企业'],
  carrier: ['energy carrier', '能源品种'],
  to_carrier: ['new energy carrier', '替代能源品种'],
  to_efficiency: ['efficiency of the new equipment', '新设备效率'],
  share: ['share', '比例'],
  share_of_grid: ['share of grid purchase', '占购电量比例'],
  amount_mwh: ['amount', '交易电量'],
  consumer_ids: ['enterprises', '适用企业'],
  grid_factor_decline_rate: ['grid factor decline after the last published year', '最后公布年份后电网因子年降幅'],
  grid_factor_scope: ['grid factor scope', '电网因子范围'],
  grid_factor_vintage_year: ['grid factor vintage', '电网因子发布年份截至'],
  carbon_price_cny_per_t: ['carbon price', '碳价'],
  output_growth_path: ['output growth path', '产值增速路径'],
  parent_id: ['parent scenario', '上级情景'],
  city: ['city', '所在城市'],
  roof_area_m2: ['roof area', '屋顶面积'],
};

const WORDS = {
  scenario: ['scenario “{name}”', '情景「{name}」'],
  measure: ['measure “{name}”', '措施「{name}」'],
  consumer: ['enterprise “{name}”', '企业「{name}」'],
  target: ['target “{name}”', '目标「{name}」'],
  park: ['the park', '园区'],
  plan: ['the whole plan', '整个方案'],
  factorOverrides: ['the project’s factor overrides', '项目因子取值'],
  costOverrides: ['the project’s cost overrides', '项目成本取值'],
  settings: ['settings', '情景设置'],
  parameter: ['a parameter', '一项参数'],
  overrideOf: ['its change to an inherited measure', '对继承措施的修改'],
} as const;

const word = (key: keyof typeof WORDS, lang: Lang, name = '') => WORDS[key][lang === 'en' ? 0 : 1].replace('{name}', name);

/** The path's parts: names and indices (`scenarios[2].set["x"]` -> scenarios, 2, set, x). */
function parts(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\["([^"]*)"\]/g)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(...m[3].split('.'));
  }
  return out;
}

export function warningLocation(path: string, plan: Plan, lang: Lang): string {
  const p = parts(path);
  const steps: string[] = [];
  let field: string | null = null;
  let i = 0;
  const next = () => p[i++];
  if (path === '(root)' || p.length === 0) return word('plan', lang);
  const head = next();
  if (head === 'scenarios' && typeof p[i] === 'number') {
    const s = plan.scenarios[next() as number];
    steps.push(word('scenario', lang, s?.name ?? '?'));
    if (p[i] === 'measures' && typeof p[i + 1] === 'number') {
      i++;
      const m = s?.measures[next() as number];
      steps.push(word('measure', lang, m?.name ?? '?'));
    } else if (p[i] === 'measure_overrides') {
      i += 2;
      steps.push(word('overrideOf', lang));
    } else if (p[i] === 'settings') {
      i++;
      if (i >= p.length) steps.push(word('settings', lang));
    }
  } else if (head === 'consumers' && typeof p[i] === 'number') {
    steps.push(word('consumer', lang, plan.consumers[next() as number]?.name ?? '?'));
  } else if (head === 'targets' && typeof p[i] === 'number') {
    steps.push(word('target', lang, plan.targets[next() as number]?.name ?? '?'));
  } else if (head === 'park') steps.push(word('park', lang));
  else if (head === 'factor_overrides') return word('factorOverrides', lang);
  else if (head === 'cost_overrides') return word('costOverrides', lang);
  // The last named part is the field (params.capacity_kw -> capacity_kw).
  for (; i < p.length; i++) if (typeof p[i] === 'string' && p[i] !== 'params' && p[i] !== 'set') field = p[i] as string;
  if (field !== null) {
    const label = FIELDS[field];
    steps.push(label === undefined ? word('parameter', lang) : label[lang === 'en' ? 0 : 1]);
  }
  if (steps.length === 0) return word('plan', lang);
  return lang === 'zh' ? steps.join('的') : steps.join(', ');
}
