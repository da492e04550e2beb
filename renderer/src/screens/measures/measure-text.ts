import { useTranslation } from 'react-i18next';
import type { Measure, MeasureKind } from '../../../../core/model/measures.ts';
import { en } from '../../i18n/en.ts';
import { currentLocale } from '../../i18n/index.ts';
import { formatNumber, formatPercent } from '../../format/numbers.ts';
import { toDisplay } from '../../forms/number-field.ts';
import { fieldName, unitOf, type ChoiceSpec, type FieldSpec, type UnitId } from './measure-catalog.ts';
import type { FieldProblem } from './measure-draft.ts';

/**
 * Words for the measure forms: field labels with their unit, help texts, option names and
 * problem messages. Field keys are data (`params.capacity_kw`), so the i18n keys are built;
 * a unit test checks every one of them exists in both languages.
 */

type LooseT = (key: string, options?: Record<string, unknown>) => string;

const HELP = en.measures.help as Record<string, string>;

export function useMeasureText() {
  const { t, i18n } = useTranslation();
  const tt = t as unknown as LooseT;
  const locale = currentLocale(i18n.language);
  const list = (items: string[]) => items.join(i18n.language === 'zh-CN' ? '、' : ', ');

  const unit = (id: UnitId) => tt(`measures.unit.${id}`);
  const label = (spec: FieldSpec | { path: string }, params: Record<string, unknown> = {}) => {
    const name = tt(`measures.field.${fieldName(spec.path)}`);
    const u = 'type' in spec && spec.type === 'number' ? unitOf(spec, params) : null;
    return u === null ? name : t('measures.withUnit', { label: name, unit: unit(u) });
  };
  const help = (path: string): string | null => {
    const name = fieldName(path);
    return name in HELP ? tt(`measures.help.${name}`) : null;
  };
  const option = (spec: ChoiceSpec, value: string | null): string => {
    if (value === null) return t('measures.option.all_carriers');
    return spec.labels === 'carrier' ? tt(`carrier.${value}`) : tt(`measures.option.${value}`);
  };
  const kind = (k: MeasureKind) => t(`measureKind.${k}`);
  const num = (v: number, digits = 4) => formatNumber(v, locale, digits);

  const problem = (p: FieldProblem): string => {
    switch (p.code) {
      case 'required':
        return t('forms.required');
      case 'not_a_number':
        return t('forms.notANumber');
      case 'not_integer':
        return t('measures.errors.notInteger');
      case 'range':
        return t('measures.errors.range', {
          min: num(Number(toDisplay(p.min, p.scale)), 6),
          max: num(Number(toDisplay(p.max, p.scale)), 6),
        });
      case 'share_or_amount':
        return t('measures.errors.shareOrAmount');
      case 'same_carrier':
        return t('measures.errors.sameCarrier');
      case 'after_horizon':
        return t('measures.errors.afterHorizon', { year: String(p.horizon) });
      case 'schema':
        return t('forms.notAllowed', { detail: p.message });
    }
  };

  /** The one quantity that says how big a measure is, for lists. */
  const size = (m: Measure): string => {
    switch (m.kind) {
      case 'pv':
      case 'wind':
        return `${num(m.params.capacity_kw, 0)} ${unit('kw')}`;
      case 'storage':
        return `${num(m.params.power_kw, 0)} ${unit('kw')} / ${num(m.params.energy_kwh, 0)} ${unit('kwh')}`;
      case 'green_power':
        return m.params.mode === 'share'
          ? t('measures.size.shareOfGrid', { share: formatPercent(m.params.share_of_grid, locale) })
          : `${num(m.params.amount_mwh, 0)} ${unit('mwh_per_year')}`;
      case 'fuel_switch':
        return `${tt(`carrier.${m.params.from_carrier}`)} → ${tt(`carrier.${m.params.to_carrier}`)}`;
      case 'efficiency':
        return t('measures.size.saving', { share: formatPercent(m.params.saving_share, locale) });
      case 'waste_heat':
        return `${num(m.params.heat_recovered_gj, 0)} ${unit('gj_per_year')}`;
      case 'green_hydrogen':
        return `${num(m.params.electrolyser_kw, 0)} ${unit('kw')}`;
      case 'transport':
        return `${num(m.params.vehicles, 0)} ${unit('vehicles')}`;
      case 'carbon_sink':
        return `${num(m.params.area_ha, 1)} ${unit('ha')}`;
      case 'ccus':
        return `${num(m.params.captured_tco2, 0)} ${unit('tco2_per_year')}`;
      case 'offset':
        return `${num(m.params.tco2, 0)} ${unit('tco2_per_year')}`;
    }
  };

  return { t, tt, locale, list, unit, label, help, option, kind, num, problem, size };
}

export type MeasureText = ReturnType<typeof useMeasureText>;
