import type { TFunction } from 'i18next';
import type { PlanChange } from '../../../../core/diff/schema.ts';
import { isSeriesColumnChange } from '../../../../core/diff/index.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import type { MeasureKind } from '../../../../core/model/measures.ts';
import type { ScenarioSettings } from '../../../../core/model/scenario.ts';
import { factorName, factorUnit } from '../../../../core/text/factor-names.ts';
import { provinceText } from '../../../../core/text/places.ts';
import { COST_LIBRARY, parseCostKey } from '../../../../core/costs/index.ts';
import { FACTOR_LIBRARY } from '../../../../core/factors/library.ts';
import { localName, type Lang } from '../../../../core/text/names.ts';
import { fieldWords, type FieldContext, type FieldWords } from '../../i18n/field-labels.ts';
import { indicatorInfo } from '../targets/target-edits.ts';
import type { EnergyMethod, TargetIndicator } from '../../../../core/model/targets.ts';
import { formatDateTime, formatNumber, formatPercent, formatYear } from '../../format/numbers.ts';
import { hasMessage } from '../../i18n/lookup.ts';
import { nameLang } from '../../i18n/use-local-name.ts';
import { currentLocale } from '../../i18n/index.ts';

/**
 * One plan change of a version comparison as a sentence in the reader's language: who (the
 * entity's section and its name in that language), what (the field in the words of the form
 * that edits it, i18n/field-labels.ts) and old → new, formatted for the locale with units and
 * choices in words. Never a plan path or a raw field key: the diff's `path` is for the CLI.
 */

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** An entity's name in the reader's language, from the plan open here; `fallback` when it is not in it. */
/** What a scenario setting's blank (null) means, in its form's words. */
const BLANK_SETTING_WORDS = {
  export_limit_kw: 'scenarios.settings.exportNoLimitCheck',
  storage_grid_import_cap_kw: 'scenarios.settings.storageImportCapNone',
  storage_peak_target_kw: 'scenarios.settings.storagePeakTargetAuto',
  grid_factor_vintage_year: 'scenarios.settings.vintageLatest',
  output_growth_path: 'scenarios.settings.growthOwn',
  hydrogen_sale_cny_per_t: 'review.compare.value.noBuyer',
  tou_tariff: 'review.compare.value.provinceTou',
} as const satisfies Partial<Record<keyof ScenarioSettings, string>>;

export type DiffNames = (section: PlanChange['section'], id: string | null, fallback: string) => string;

export interface ChangeText {
  /** Who and what: "enterprise “Lithium carbonate plant”: coal use in the base year". */
  what: string;
  /** "90,000 t → 85,000 t" for a changed field; an added or removed entity's figure; null when there is none. */
  values: string | null;
}

export interface ChangeTextInput {
  t: TFunction;
  /** i18next language code (`en`, `zh-CN`). */
  language: string;
  /** The plan open here (version B): measures' kinds and the park's region for the words. */
  plan: Plan;
  names: DiffNames;
}

const MAX_TEXT = 60;

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The name of an entity as the diff carries it (a removed one is not in the plan here), in the reader's language. */
function recordNameIn(v: unknown, lang: Lang): string | null {
  if (!isRecord(v) || typeof v['name'] !== 'string') return null;
  const n = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  return localName({ name: v['name'], name_zh: n('name_zh'), name_en: n('name_en') }, lang).text;
}

function isPathPoint(v: unknown): v is { year: number; value: number } {
  return isRecord(v) && typeof v['year'] === 'number' && typeof v['value'] === 'number' && Object.keys(v).length === 2;
}

export function changeText(c: PlanChange, input: ChangeTextInput): ChangeText {
  const t = input.t as unknown as LooseT;
  const lang = nameLang(input.language);
  const locale = currentLocale(input.language);
  const { plan, names } = input;
  const list = (items: string[]) => items.join(lang === 'zh' ? '、' : ', ');
  const recordName = (v: unknown) => recordNameIn(v, lang);

  const measureOf = (id: string | null) => plan.scenarios.flatMap((s) => s.measures).find((m) => m.id === id);
  const measureName = (id: string) => names('measures', id, measureOf(id)?.name ?? id);
  const consumerName = (id: string) => names('consumers', id, id);

  const ctx: FieldContext = { measureName };
  if (c.section === 'measures') {
    const m = measureOf(c.id);
    if (m !== undefined) ctx.measure = { kind: m.kind as MeasureKind, params: m.params as Record<string, unknown> };
  }
  const override = c.field === null ? null : /^measure_overrides\.([^.]+)\.set\./.exec(c.field);
  if (override !== null) {
    const m = measureOf(override[1]!);
    if (m !== undefined) ctx.measure = { kind: m.kind as MeasureKind, params: m.params as Record<string, unknown> };
  }

  const entity = (): string => {
    const section = t(`review.compare.section.${c.section}`);
    if (c.section === 'park') return section;
    let name: string | null = null;
    if (c.section === 'factor_overrides' && c.id !== null) name = factorName(c.id, lang);
    else if (c.section === 'cost_overrides' && c.id !== null) {
      const k = parseCostKey(c.id);
      if (typeof k === 'string') name = c.id;
      else {
        const tech = t(`factors.costs.technology.${k.technology}`);
        const param = t(`factors.costs.parameter.${k.parameter}`);
        const year = k.year === null ? null : t('factors.costs.yearPoint', { year: formatYear(k.year, locale) });
        name =
          lang === 'zh'
            ? `${tech}${param}${year === null ? '' : `（${year}）`}`
            : `${tech}, ${param}${year === null ? '' : `, ${year}`}`;
      }
    } else if (c.section === 'hourly_series') name = c.name ?? c.id;
    else if (c.id !== null) name = names(c.section, c.id, recordName(c.change === 'removed' ? c.old : c.new) ?? c.name ?? c.id);
    const who = name === null ? section : t('review.compare.entity', { section, name });
    if (c.scenario_id === null) return who;
    return t('review.compare.inScenario', { what: who, scenario: names('scenarios', c.scenario_id, c.scenario_id) });
  };

  /** A choice's words (a carrier, a sector, a strategy), or null when `field` holds no choice. */
  const choice = (field: string, v: string): string | null => {
    const last = field.slice(field.lastIndexOf('.') + 1);
    const s = c.section;
    const key = (() => {
      if (last === 'grid_region') return `gridRegion.${v}`;
      if (last === 'sector') return `sector.${v}`;
      if (last === 'load_profile') return `loadProfile.${v}`;
      if (['from_carrier', 'to_carrier', 'carrier', 'displaced_carrier', 'fuel'].includes(last)) return `carrier.${v}`;
      if (['mode', 'drive', 'operating_mode', 'below_min_load'].includes(last)) return `measures.option.${v}`;
      if (last === 'technology') return `factors.costs.technology.${v}`;
      if (s === 'measures' && last === 'kind') return `measureKind.${v}`;
      if (last === 'grid_factor_scope') return `scenarios.settings.scope_${v}`;
      if (last === 'electricity_tariff') return `scenarios.settings.tariff_${v}`;
      if (last === 'storage_strategy') return `scenarios.settings.storageStrategy_${v}`;
      if (s === 'targets' && last === 'kind') return `targets.kind.${v}`;
      if (last === 'indicator') return `targets.indicator.${v}`;
      if (last === 'bound') return `targets.bound.${v}`;
      if (last === 'energy_method') return `targets.methodOption.${v}`;
      if (s === 'carbon_markets' && last === 'kind') return `carbonMarket.kind.${v}`;
      if (last === 'scope') return `carbonMarket.scope.${v}`;
      if (field.endsWith('allocation.kind')) return `carbonMarket.allocation.${v}`;
      if (s === 'hourly_series' && last === 'kind') return `park.hourly.kind.${v}`;
      return null;
    })();
    if (key === null || !hasMessage(key)) return null;
    return t(key, {
      region: t(`gridRegion.${plan.park.grid_region}`),
      province: provinceText(plan.park.province, lang),
    });
  };

  /** An id that names another entity: a parent scenario, an enterprise, a market. */
  const reference = (field: string, v: string): string | null => {
    const last = field.slice(field.lastIndexOf('.') + 1);
    if (last === 'parent_id') return names('scenarios', v, v);
    if (last === 'source_consumer_id' || last === 'consumer_ids') return consumerName(v);
    if (last === 'market_id') return names('carbon_markets', v, v);
    if (c.section === 'hourly_series' && last === 'target')
      return plan.consumers.some((x) => x.id === v) ? consumerName(v) : measureName(v);
    return null;
  };

  // A target's limits are in its indicator's unit (percent for a share), as the Targets screen shows them.
  const targetPathWords = (fw: FieldWords): FieldWords => {
    if (c.section !== 'targets' || c.field !== 'path') return fw;
    const target = plan.targets.find((x) => x.id === c.id);
    if (target === undefined) return fw;
    const method: EnergyMethod = target.kind === 'limit' ? target.energy_method : 'equivalent';
    const info = indicatorInfo(target.indicator as TargetIndicator, method);
    return info.unit === 'percent' ? { ...fw, style: 'percent' } : { ...fw, unit: t(`targets.unit.${info.unit}`) };
  };

  const number = (n: number, fw: FieldWords): string => {
    if (fw.style === 'percent') return formatPercent(n, locale, 2);
    if (fw.style === 'year') return formatYear(n, locale);
    return formatNumber(n, locale, 6);
  };
  const withUnit = (text: string, unit: string | null) => (unit === null ? text : `${text} ${unit}`);

  const value = (v: unknown, field: string, fw: FieldWords, absent = false): string => {
    const last = field.slice(field.lastIndexOf('.') + 1);
    // A scenario setting left out is inherited (or the default, for a root scenario); a blank
    // one means what its form says it means ("no limit", "the province's table"), not "not set".
    const setting = c.section === 'scenarios' && /^settings\.[a-z_]+$/.test(field) ? field.slice(9) : null;
    if (setting !== null && absent) {
      const parentId = plan.scenarios.find((s) => s.id === c.id)?.parent_id;
      const hasParent = parentId !== null && parentId !== undefined;
      return t(hasParent ? 'review.compare.value.inherited' : 'review.compare.value.defaultSetting');
    }
    if (setting !== null && v === null && setting in BLANK_SETTING_WORDS)
      return t(BLANK_SETTING_WORDS[setting as keyof typeof BLANK_SETTING_WORDS]);
    // Where a blank has a meaning of its own, say it as the measure form does.
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) {
      if (last === 'carrier') return t('measures.option.all_carriers');
      if (last === 'source_consumer_id') return t('measures.option.source_self');
      if (last === 'consumer_ids') return t('review.compare.value.wholePark');
    }
    if (v === null || v === undefined) return t('review.compare.value.none');
    if (typeof v === 'boolean') return t(v ? 'review.compare.value.yes' : 'review.compare.value.no');
    if (typeof v === 'number') return withUnit(number(v, fw), fw.style === 'plain' ? fw.unit : null);
    if (typeof v === 'string') {
      if (v.trim() === '') return t('review.compare.value.none');
      const words = choice(field, v) ?? reference(field, v);
      if (words !== null) return words;
      if (field.endsWith('imported_at')) return formatDateTime(v, locale);
      const text = v.length > MAX_TEXT ? `${v.slice(0, MAX_TEXT - 1)}…` : v;
      return t('review.compare.value.text', { text });
    }
    if (Array.isArray(v)) {
      if (v.length === 0) return t('review.compare.value.none');
      if (v.every(isPathPoint)) {
        const points = v.map((p) =>
          t('review.compare.value.point', { year: formatYear(p.year, locale), value: number(p.value, fw) }),
        );
        return withUnit(list(points), fw.style === 'plain' ? fw.unit : null);
      }
      if (v.every((x) => typeof x === 'string')) {
        const refs = v.map((x) => reference(field, x));
        if (refs.every((x) => x !== null)) return list(refs);
      }
      return t('review.compare.value.entries', { count: v.length });
    }
    return t('review.compare.value.set');
  };

  // An override's value is in the unit of the library value it replaces (the Factors screen's words).
  const overrideUnit = (): string | null => {
    if (c.id === null) return null;
    if (c.section === 'factor_overrides') {
      const unit = FACTOR_LIBRARY[c.id]?.unit;
      return unit === undefined ? null : factorUnit(unit, lang);
    }
    if (c.section !== 'cost_overrides') return null;
    const k = parseCostKey(c.id);
    const unit = typeof k === 'string' ? undefined : COST_LIBRARY[k.technology][k.parameter]?.unit;
    const key = unit === undefined ? null : `factors.costs.unit.${unit.replace(/[^a-zA-Z0-9]+/g, '_')}`;
    return key !== null && hasMessage(key) ? t(key) : null;
  };
  // What an added or removed factor or cost override is: its value, in that unit.
  const overrideValue = (e: unknown): string | null => {
    if (!isRecord(e) || typeof e['value'] !== 'number') return null;
    return withUnit(formatNumber(e['value'], locale, 6), overrideUnit());
  };
  // An added or removed hourly series: its kind and annual figure, never its 8760 values.
  const seriesValue = (e: unknown): string | null => {
    if (!isRecord(e) || typeof e['kind'] !== 'string') return null;
    const kind = choice('kind', e['kind']) ?? e['kind'];
    const figure =
      typeof e['annual_ghi_kwh_per_m2'] === 'number'
        ? t('park.hourly.annualGhi', { value: formatNumber(e['annual_ghi_kwh_per_m2'], locale, 0) })
        : typeof e['annual_sum'] === 'number'
          ? t('park.hourly.annualSum', { value: formatNumber(e['annual_sum'], locale, 0) })
          : null;
    return figure === null ? kind : list([kind, figure]);
  };

  switch (c.change) {
    case 'added':
    case 'removed': {
      const e = c.change === 'added' ? c.new : c.old;
      const values = c.section === 'hourly_series' ? seriesValue(e) : overrideValue(e);
      return { what: entity(), values };
    }
    case 'reordered': {
      const section = t(`review.compare.section.${c.section}`);
      const what =
        c.scenario_id === null
          ? t('review.compare.reordered', { section })
          : t('review.compare.reorderedIn', { section, scenario: names('scenarios', c.scenario_id, c.scenario_id) });
      const order = (v: unknown) =>
        Array.isArray(v)
          ? list(v.map((id) => (typeof id === 'string' ? orderName(c.section, id) : String(id))))
          : t('review.compare.value.none');
      return { what, values: `${order(c.old)} → ${order(c.new)}` };
    }
    case 'changed': {
      const field = c.field ?? '';
      const words = targetPathWords(fieldWords(input.t, c.section, field, ctx));
      const fw = field === 'value' && words.unit === null ? { ...words, unit: overrideUnit() } : words;
      const line = t('review.compare.line', { entity: entity(), field: fw.label });
      const values = `${value(c.old, field, fw, c.absent === 'old')} → ${value(c.new, field, fw, c.absent === 'new')}`;
      if (!isSeriesColumnChange(c)) return { what: line, values };
      // An hourly column's old / new are its annual sum (or mean), never its 8760 values.
      const figure = field === 'weather.temp_c' || field === 'weather.wind_m_per_s' ? 'mean' : 'sum';
      return {
        what: t('review.compare.seriesColumn', { what: line, figure: t(`review.compare.seriesFigure.${figure}`) }),
        values,
      };
    }
  }

  function orderName(section: PlanChange['section'], id: string): string {
    if (section === 'factor_overrides') return factorName(id, lang);
    if (section === 'measures') return measureName(id);
    if (section === 'hourly_series') return plan.hourly_series.find((s) => s.id === id)?.name ?? id;
    return names(section, id, id);
  }
}
