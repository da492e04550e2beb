import type { Plan } from '../../../core/model/plan.ts';
import { buildCostSet, TECHNOLOGY_NAMES } from '../../../core/costs/index.ts';
import type { CostParameter, TechnologyId } from '../../../core/costs/index.ts';
import type { MacEntry } from '../../../core/engine/index.ts';
import type { Lang } from './i18n.ts';
import { t } from './i18n.ts';
import { formatNumber } from './format.ts';

/** Parameter names of the cost library, as the reports print them (technology names: core/costs). */
const PARAMETER_NAMES: Record<CostParameter, Record<Lang, string>> = {
  capex_cny_per_unit: { en: 'Capex per unit', zh: '单位投资' },
  capex_cny_per_kw: { en: 'Capex per kW (power part)', zh: '单位功率投资' },
  fixed_opex_cny_per_unit_year: { en: 'Fixed O&M per unit and year', zh: '单位年固定运维费' },
  lifetime_years: { en: 'Lifetime', zh: '寿命' },
};

/** Units as printed: the library's ASCII units, in Chinese words for a Chinese report. */
function unitText(u: string, lang: Lang): string {
  if (lang === 'en') return u;
  return u
    .replace('CNY', '元')
    .replace('/vehicle', '/辆')
    .replace(/\/a$/, '/年')
    .replace('(GJ/a)', '(GJ/年)')
    .replace('(t/a)', '(吨/年)')
    .replace(/^a$/, '年');
}

/** A technology's name in the report's language. */
export function technologyName(id: TechnologyId, lang: Lang): string {
  return TECHNOLOGY_NAMES[id][lang];
}

export interface CostLibraryRow {
  technology: string;
  parameter: string;
  path: string;
  unit: string;
  source: string;
  year: number;
  currency_year: number | null;
  secondary: boolean;
  illustrative: boolean;
  overridden: boolean;
}

/** The plan's cost library (shipped values with its overrides), one row per technology parameter. */
export function costLibraryRows(plan: Plan, lang: Lang): CostLibraryRow[] {
  const cs = buildCostSet(plan.cost_overrides);
  return [...cs.entries.values()].map((e) => ({
    technology: TECHNOLOGY_NAMES[e.technology][lang],
    parameter: PARAMETER_NAMES[e.parameter][lang],
    path: e.points.map((p) => `${p.year}: ${formatNumber(p.value, 0)}`).join('; '),
    unit: unitText(e.unit, lang),
    source: e.overridden ? e.overrides.map((o) => o.source).join('; ') : e.source,
    year: e.year,
    currency_year: e.currency_year,
    secondary: !e.overridden && e.secondary,
    illustrative: !e.overridden && e.illustrative,
    overridden: e.overridden,
  }));
}

/** What a MAC table says where there is no MAC: raising, the mixed case, or exactly zero. */
export function macText(x: MacEntry, lang: Lang): string | null {
  if (x.mac_cny_per_tco2 !== null) return null;
  const tpy = formatNumber(Math.abs(x.average_annual_abatement_tco2), 0);
  if (x.status === 'raises' || (x.status === 'abates' && x.average_annual_abatement_tco2 < 0))
    return t(lang, 'macRaises', { t: tpy });
  if (x.status === 'mixed') return t(lang, 'macMixed', { t: tpy });
  return t(lang, 'macNone');
}
