import type { TFunction } from 'i18next';
import type { Draft } from 'immer';
import type { z } from 'zod';
import { CARRIERS, type EnergyKey } from '../../../../core/model/carriers.ts';
import { Consumer, LOAD_PROFILES, SECTORS } from '../../../../core/model/park.ts';
import { boundsOf } from '../../forms/bounds.ts';
import { fromDisplay, toDisplay } from '../../forms/number-field.ts';
import { formatNumber, formatYear } from '../../format/numbers.ts';
import { carrierUnitKey } from '../../format/units.ts';
import { en } from '../../i18n/en.ts';
import { zhCN } from '../../i18n/zh-CN.ts';
import { matchChoice, readNumber, type EnumChoice } from '../../grid/cell-values.ts';
import type { CellParse, CellValue, GridColumn } from '../../grid/grid-model.ts';
import { applyNameChanges, localName, renameChanges, type Lang } from '../../../../core/text/names.ts';
import { nameLang } from '../../i18n/use-local-name.ts';
import { enterpriseFieldKeys } from '../../i18n/field-labels.ts';

/**
 * The inventory grid's columns: which enterprise fields are cells, how each is shown, copied,
 * parsed (bounds from the model schema, so the grid refuses what the plan would refuse) and
 * written. Fields not here (roof area, residual heat, notes) stay in the details panel.
 */

type Carrier = (typeof CARRIERS)[number];

type NumberKey =
  | 'output_value_10k_cny'
  | 'value_added_10k_cny'
  | 'process_emissions_tco2'
  | 'output_growth_rate'
  | 'efficiency_gain_rate'
  | 'process_heat_share';

/** A write key: a top-level field, or `energy.<key>`. */
export type InventoryKey = 'name' | 'name_zh' | 'name_en' | 'sector' | 'load_profile' | NumberKey | `energy.${EnergyKey}`;

const NUMBER_KEYS: readonly NumberKey[] = [
  'output_value_10k_cny',
  'value_added_10k_cny',
  'process_emissions_tco2',
  'output_growth_rate',
  'efficiency_gain_rate',
  'process_heat_share',
];
const ENERGY_KEYS = new Set<string>(CARRIERS.map((c) => c.energyKey));

function isSector(v: string): v is Consumer['sector'] {
  return (SECTORS as readonly string[]).includes(v);
}
function isLoadProfile(v: string): v is Consumer['load_profile'] {
  return (LOAD_PROFILES as readonly string[]).includes(v);
}

/**
 * Write one grid value into an enterprise. Values come from the columns' parsers, so a wrong
 * type here is a programming error, and the plan schema would refuse the commit anyway.
 */
export function writeInventoryCell(c: Draft<Consumer>, key: string, value: CellValue, nameLang?: Lang): void {
  if ((key === 'name' || key === 'name_zh' || key === 'name_en') && typeof value === 'string') {
    // Through renameChanges, so a name given once follows wherever it is edited (core/text/names.ts).
    // The first column is the name in the screen's language (`nameLang`); without one, the primary name.
    const lang = key === 'name' ? (nameLang ?? 'primary') : key === 'name_zh' ? 'zh' : 'en';
    const changes = renameChanges(c, lang, value);
    if (changes !== null) applyNameChanges(c, changes);
    else delete c[key as 'name_zh' | 'name_en']; // its only name: the primary keeps it
  } else if (key === 'sector' && typeof value === 'string' && isSector(value)) c.sector = value;
  else if (key === 'load_profile' && typeof value === 'string' && isLoadProfile(value)) c.load_profile = value;
  else if ((NUMBER_KEYS as readonly string[]).includes(key) && typeof value === 'number') c[key as NumberKey] = value;
  else if (key.startsWith('energy.') && ENERGY_KEYS.has(key.slice(7)) && typeof value === 'number')
    c.energy[key.slice(7) as EnergyKey] = value;
  else throw new Error(`inventory grid: cannot write ${JSON.stringify(value)} to ${key}`);
}

/**
 * Short names planners type in spreadsheets for load profiles ("连续" for 连续生产): pasted
 * or typed, they name the profile too. Each names one profile only.
 */
const LOAD_PROFILE_SHORT_NAMES: Record<Consumer['load_profile'], readonly string[]> = {
  continuous: ['连续', '连续性生产', '三班', '三班制', '24h'],
  two_shift: ['两班', '二班', '二班制', '双班', 'two-shift', '2 shifts'],
  office: ['办公', '白班', 'office'],
  logistics: [],
  cold_storage: ['冷链', '冷库', '冷藏'],
  data_centre: ['数据中心', '机房', 'IDC'],
};

/** Sector and load-profile choices, named in the current language first, then the other. */
export function inventoryChoices(lang: string): { sector: EnumChoice[]; loadProfile: EnumChoice[] } {
  const [first, second] = lang === 'zh-CN' ? [zhCN, en] : [en, zhCN];
  return {
    sector: SECTORS.map((s) => ({ value: s, names: [first.sector[s], second.sector[s]] })),
    loadProfile: LOAD_PROFILES.map((p) => ({
      value: p,
      names: [first.loadProfile[p], second.loadProfile[p], ...LOAD_PROFILE_SHORT_NAMES[p]],
    })),
  };
}

/** Percent columns that are rates per year: their header says "%/yr", the others "%". */
const RATE_COLUMNS = new Set(['output_growth_rate', 'efficiency_gain_rate']);

/**
 * The i18n keys of each column's label and unit, for headers named in either language: the
 * enterprise form's words (field-labels.ts), with a column's own unit for percentages.
 */
function headerKeys(key: string): { label: string; unit?: string } | null {
  // The first column names the enterprise itself ("Enterprise"), not a field called "Name".
  if (key === 'name') return { label: 'park.consumers.name' };
  const field = enterpriseFieldKeys(key);
  if (field !== null)
    return field.style === 'percent'
      ? { label: field.label, unit: RATE_COLUMNS.has(key) ? 'units.percentPerYear' : 'units.percent' }
      : { label: field.label, ...(field.unit === undefined ? {} : { unit: field.unit }) };
  const carrier = CARRIERS.find((c) => `energy.${c.energyKey}` === key);
  return carrier ? { label: `carrier.${carrier.id}`, unit: `units.${carrierUnitKey(carrier.id)}` } : null;
}

/** A message by its dotted key in one language's resources ('' when absent). */
function message(resources: unknown, key: string): string {
  const found = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], resources);
  return typeof found === 'string' ? found : '';
}

/** Every name a pasted header may give the column: its label, alone or with its unit, in both languages. */
function headerNames(key: string): string[] {
  const keys = headerKeys(key);
  if (keys === null) return [];
  const labels = [en, zhCN].map((resources) => message(resources, keys.label));
  const units = keys.unit === undefined ? [] : [en, zhCN].map((resources) => message(resources, keys.unit!));
  // Units are written either way in both languages ("原煤 t", "原煤 吨").
  return labels.flatMap((label) => [label, ...units.map((unit) => `${label} ${unit}`)]);
}

function sum(consumers: readonly Consumer[], pick: (c: Consumer) => number): number {
  return consumers.reduce((acc, c) => acc + pick(c), 0);
}

export interface InventoryColumnOptions {
  t: TFunction;
  lang: string;
  consumers: readonly Consumer[];
  baseYear: number;
  /** Carrier columns shown (the ones in use, or all). */
  carriers: readonly Carrier[];
  readOnly: boolean;
  details?: { label: (c: Consumer) => string; pressed: (c: Consumer) => boolean; run: (rowIndex: number) => void };
}

export function inventoryColumns(o: InventoryColumnOptions): GridColumn<Consumer>[] {
  const { t, consumers } = o;
  const lang = nameLang(o.lang);
  const locale = o.lang === 'zh-CN' ? 'zh-CN' : 'en-US';
  const choices = inventoryChoices(o.lang);
  const range = (min: string, max: string) => t('park.editor.numberRange', { min, max });
  const economy = t('park.consumers.economyGroup');
  const energy = `${t('park.consumers.energyGroup')} (${formatYear(o.baseYear, locale)})`;
  const trends = t('park.editor.trends');

  const numberColumn = (
    key: NumberKey | `energy.${EnergyKey}`,
    label: string,
    unit: string,
    schema: z.ZodType,
    get: (c: Consumer) => number,
    options: { scale?: number; group?: string; total?: boolean; digits?: number } = {},
  ): GridColumn<Consumer> => {
    const scale = options.scale ?? 1;
    const percent = scale === 100;
    const bounds = boundsOf(schema);
    const parse = (raw: string): CellParse => {
      const read = readNumber(raw, percent);
      // An empty cell pasted from a spreadsheet means nothing there: zero, as Delete does.
      if (!read.ok && read.reason === 'empty') return { ok: true, value: 0 };
      if (!read.ok)
        return { ok: false, message: t(read.reason === 'percent_not_allowed' ? 'grid.noPercent' : 'forms.notANumber') };
      const value = fromDisplay(read.value, scale);
      if (value < bounds.min || value > bounds.max)
        return { ok: false, message: range(toDisplay(bounds.min, scale), toDisplay(bounds.max, scale)) };
      return { ok: true, value };
    };
    return {
      key,
      label,
      unit,
      group: options.group,
      kind: 'number',
      numeric: true,
      readOnly: o.readOnly,
      display: (c) => formatNumber(Number(toDisplay(get(c), scale)), locale, options.digits ?? 1),
      dim: (c) => get(c) === 0,
      editText: (c) => formatNumber(Number(toDisplay(get(c), scale)), locale, 10),
      copyText: (c) => `${toDisplay(get(c), scale)}${percent ? '%' : ''}`,
      parse,
      cleared: 0,
      footer: options.total === false ? '' : formatNumber(sum(consumers, get), locale, 1),
    };
  };

  const enumColumn = (
    key: 'sector' | 'load_profile',
    label: string,
    list: EnumChoice[],
    get: (c: Consumer) => string,
  ): GridColumn<Consumer> => {
    const name = (v: string) => list.find((c) => c.value === v)?.names[0] ?? v;
    return {
      key,
      label,
      kind: 'enum',
      readOnly: o.readOnly,
      choices: list,
      value: get,
      display: (c) => name(get(c)),
      copyText: (c) => name(get(c)),
      editText: () => '',
      parse: (raw) => {
        const v = matchChoice(raw, list);
        return v === null
          ? { ok: false, message: t('grid.unknownChoice', { text: raw.trim(), column: label }) }
          : { ok: true, value: v };
      },
      footer: '',
    };
  };

  const columns: GridColumn<Consumer>[] = [];
  if (o.details !== undefined) {
    columns.push({
      key: 'details',
      label: t('grid.detailsColumn'),
      kind: 'action',
      display: () => '',
      action: o.details,
      footer: '',
    });
  }
  columns.push(
    {
      // The name in the screen's language (the other language's, until it has one); edits write
      // that language's name (writeInventoryCell with the screen's language). Both language
      // names also have a column of their own, at the end.
      key: 'name',
      label: t('park.consumers.name'),
      kind: 'text',
      rowHeader: true,
      testId: 'consumer-name',
      readOnly: o.readOnly,
      display: (c) => localName(c, lang).text,
      editText: (c) => localName(c, lang).text,
      copyText: (c) => localName(c, lang).text,
      parse: (raw) => {
        const v = raw.trim();
        if (v === '') return { ok: false, message: t('forms.required') };
        if (v.length > 200) return { ok: false, message: t('forms.tooLong', { max: 200 }) };
        return { ok: true, value: v };
      },
      footer: t('park.consumers.total'),
    },
    enumColumn('sector', t('park.consumers.sector'), choices.sector, (c) => c.sector),
    enumColumn('load_profile', t('park.consumers.loadProfile'), choices.loadProfile, (c) => c.load_profile),
    numberColumn(
      'output_value_10k_cny',
      t('park.consumers.outputValue'),
      t('units.cny_10k'),
      Consumer.shape.output_value_10k_cny,
      (c) => c.output_value_10k_cny,
      { group: economy },
    ),
    numberColumn(
      'value_added_10k_cny',
      t('park.consumers.valueAdded'),
      t('units.cny_10k'),
      Consumer.shape.value_added_10k_cny,
      (c) => c.value_added_10k_cny,
      { group: economy },
    ),
    ...o.carriers.map((k) =>
      numberColumn(
        `energy.${k.energyKey}`,
        t(`carrier.${k.id}`),
        t(`units.${carrierUnitKey(k.id)}`),
        Consumer.shape.energy.shape[k.energyKey],
        (c) => c.energy[k.energyKey],
        { group: energy },
      ),
    ),
    numberColumn(
      'process_emissions_tco2',
      t('park.consumers.processEmissions'),
      t('units.tco2'),
      Consumer.shape.process_emissions_tco2,
      (c) => c.process_emissions_tco2,
    ),
    numberColumn(
      'output_growth_rate',
      t('park.editor.outputGrowth'),
      t('units.percentPerYear'),
      Consumer.shape.output_growth_rate,
      (c) => c.output_growth_rate,
      { scale: 100, group: trends, total: false, digits: 2 },
    ),
    numberColumn(
      'efficiency_gain_rate',
      t('park.editor.efficiencyGain'),
      t('units.percentPerYear'),
      Consumer.shape.efficiency_gain_rate,
      (c) => c.efficiency_gain_rate,
      { scale: 100, group: trends, total: false, digits: 2 },
    ),
    numberColumn(
      'process_heat_share',
      t('park.editor.processHeatShare'),
      t('units.percent'),
      Consumer.shape.process_heat_share,
      (c) => c.process_heat_share,
      { scale: 100, group: trends, total: false, digits: 1 },
    ),
    // Last, so blocks pasted by position from sheets made before these columns still line up.
    ...(['zh', 'en'] as const).map((l): GridColumn<Consumer> => ({
      key: `name_${l}`,
      label: t(`names.${l}`),
      kind: 'text',
      testId: `consumer-name-${l}`,
      readOnly: o.readOnly,
      display: (c) => (l === 'zh' ? c.name_zh : c.name_en) ?? '',
      editText: (c) => (l === 'zh' ? c.name_zh : c.name_en) ?? '',
      copyText: (c) => (l === 'zh' ? c.name_zh : c.name_en) ?? '',
      // Empty is allowed: reports in that language then show the other name, marked.
      parse: (raw) =>
        raw.trim().length > 200 ? { ok: false, message: t('forms.tooLong', { max: 200 }) } : { ok: true, value: raw.trim() },
      footer: '',
    })),
  );
  for (const c of columns) if (c.kind !== 'action') c.headers = headerNames(c.key);
  return columns;
}
