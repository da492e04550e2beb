import type { TFunction } from 'i18next';
import type { DiffSection } from '../../../core/diff/schema.ts';
import { CARRIERS } from '../../../core/model/carriers.ts';
import type { MeasureKind } from '../../../core/model/measures.ts';
import { COMMON_FIELDS, PARAM_FIELDS, fieldName, unitOf, type FieldSpec } from '../screens/measures/measure-catalog.ts';
import { en } from './en.ts';

/**
 * A plan field in words, for every screen that names one: a dotted field of a park, enterprise,
 * scenario, measure, target, override, carbon market or hourly series (`energy.coal_t`,
 * `settings.energy_prices.coal_cny_per_t`, `params.capacity_kw`) maps to the words the forms
 * that edit it already use (park.*, measures.field.*, scenarios.settings.*, targets.field.*,
 * carbonMarket.fields.*, park.hourly.*), so the Compare-versions view and the forms say the same
 * thing in both languages and the words exist once. Fields no form edits (a language name, the
 * currency, an hourly column) have their words under review.compare.field.*.
 *
 * A field this table does not know still reads as words: the nearest known parent's label with
 * "another setting", or the section's noun (`known: false` says so; a unit test requires every
 * field the sample plans can produce to be known).
 */

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** How a field's values read: fractions as percentages, years ungrouped, everything else as numbers. */
export type ValueStyle = 'percent' | 'year' | 'plain';

export interface FieldWords {
  label: string;
  /** The unit in the reader's language; null when the value carries none or the label says it. */
  unit: string | null;
  style: ValueStyle;
  known: boolean;
}

/** What the lookup needs to know about the entity a field belongs to. */
export interface FieldContext {
  /** For a measure field, and for a scenario's override of one: the measure's kind and params (units follow them). */
  measure?: { kind: MeasureKind; params: Record<string, unknown> } | undefined;
  /** For `measure_overrides.<id>…`: the overridden measure's name in the reader's language. */
  measureName?: (id: string) => string;
}

interface Entry {
  /** i18n key of the label, or words built from the field. */
  label: string | ((t: LooseT, field: string) => string);
  /** i18n key of the unit. */
  unit?: string;
  style?: ValueStyle;
}

const has = (o: object, k: string) => Object.hasOwn(o, k);

const NAMES: Record<string, Entry> = {
  name: { label: 'park.fields.name' },
  name_zh: { label: 'names.zh' },
  name_en: { label: 'names.en' },
};

const PARK: Record<string, Entry> = {
  ...NAMES,
  province: { label: 'park.fields.province' },
  city: { label: 'park.fields.city' },
  grid_region: { label: 'park.fields.gridRegion' },
  base_year: { label: 'park.fields.baseYear', style: 'year' },
  horizon_year: { label: 'park.fields.horizonYear', style: 'year' },
  currency: { label: 'review.compare.field.currency' },
  discount_rate: { label: 'park.fields.discountRate', style: 'percent' },
  illustrative: { label: 'park.illustrative' },
  description: { label: 'park.fields.description' },
  description_zh: { label: 'review.compare.field.descriptionZh' },
  description_en: { label: 'review.compare.field.descriptionEn' },
};

const carrierOfEnergyKey = new Map<string, string>(CARRIERS.map((c) => [c.energyKey, c.id]));
const ENERGY_UNIT: Record<string, string> = { t: 'units.t', '10^4 Nm3': 'units.nm3_10k', MWh: 'units.mwh', GJ: 'units.gj' };
const unitOfEnergyKey = new Map<string, string>(CARRIERS.map((c) => [c.energyKey, ENERGY_UNIT[c.unit]!]));

const COVERAGE: Record<string, Entry> = {
  carbon_market: { label: 'carbonMarket.coverage.legend' },
  'carbon_market.market_id': { label: 'carbonMarket.fields.marketId' },
  'carbon_market.from_year': { label: 'review.compare.field.coveredFrom', style: 'year' },
  'carbon_market.scope': { label: 'carbonMarket.fields.scope' },
  'carbon_market.allocation': { label: 'carbonMarket.fields.allocation' },
  'carbon_market.allocation.kind': { label: 'carbonMarket.fields.allocation' },
  'carbon_market.allocation.benchmark_tco2_per_unit': { label: 'carbonMarket.fields.benchmark' },
  'carbon_market.allocation.output_unit': { label: 'carbonMarket.fields.outputUnit' },
  'carbon_market.allocation.output_base_year': { label: 'carbonMarket.fields.output' },
  'carbon_market.allocation.allowance_tco2': { label: 'carbonMarket.fields.allowance' },
  'carbon_market.allocation.source': { label: 'carbonMarket.fields.source' },
  'carbon_market.offsets_available_tco2': { label: 'carbonMarket.fields.offsetsAvailable' },
};

const CONSUMER: Record<string, Entry> = {
  ...NAMES,
  sector: { label: 'park.consumers.sector' },
  load_profile: { label: 'park.consumers.loadProfile' },
  output_value_10k_cny: { label: 'park.consumers.outputValue', unit: 'units.cny_10k' },
  value_added_10k_cny: { label: 'park.consumers.valueAdded', unit: 'units.cny_10k' },
  process_emissions_tco2: { label: 'park.consumers.processEmissions', unit: 'units.tco2' },
  output_growth_rate: { label: 'park.editor.outputGrowth', style: 'percent' },
  efficiency_gain_rate: { label: 'park.editor.efficiencyGain', style: 'percent' },
  roof_area_m2: { label: 'park.editor.roofArea', unit: 'units.m2' },
  waste_heat_available_gj: { label: 'park.editor.wasteHeat', unit: 'units.gj' },
  process_heat_share: { label: 'park.editor.processHeatShare', style: 'percent' },
  notes: { label: 'park.editor.notes' },
  ...COVERAGE,
};

/**
 * The i18n keys of an enterprise field's label and of its value's unit, and how its values read:
 * the words the enterprise form uses. The inventory grid names its columns with them too.
 */
export function enterpriseFieldKeys(field: string): { label: string; unit?: string; style: ValueStyle } | null {
  const e = CONSUMER[field];
  if (e === undefined || typeof e.label !== 'string') return null;
  return { label: e.label, ...(e.unit === undefined ? {} : { unit: e.unit }), style: e.style ?? 'plain' };
}

const PERIODS: Record<string, string> = { critical: 'c', peak: 'p', flat: 'f', valley: 'v', deep_valley: 'd' };

const SCENARIO: Record<string, Entry> = {
  ...NAMES,
  name: { label: 'scenarios.name' },
  parent_id: { label: 'review.compare.field.parent' },
  description: { label: 'scenarios.description' },
  description_zh: { label: 'review.compare.field.descriptionZh' },
  description_en: { label: 'review.compare.field.descriptionEn' },
  submitted_plan: { label: 'scenarios.submitted' },
  optimiser: { label: 'review.compare.field.optimiser' },
  settings: { label: 'scenarios.settings.title' },
  'settings.grid_factor_scope': { label: 'scenarios.settings.gridScope' },
  'settings.grid_factor_decline_rate': { label: 'scenarios.settings.decline', style: 'percent' },
  'settings.grid_factor_vintage_year': { label: 'scenarios.settings.vintage', style: 'year' },
  'settings.carbon_price_cny_per_t': { label: 'scenarios.settings.carbonPrice', unit: 'units.cnyPerTco2' },
  'settings.energy_prices': { label: 'scenarios.settings.energyPrices' },
  'settings.energy_prices.electricity_export_cny_per_mwh': { label: 'scenarios.settings.exportPrice', unit: 'units.cnyPerMwh' },
  'settings.export_limit_kw': { label: 'scenarios.settings.exportLimit', unit: 'units.kw' },
  'settings.electricity_tariff': { label: 'scenarios.settings.tariff' },
  'settings.demand_charge_cny_per_kw_month': { label: 'scenarios.settings.demandCharge', unit: 'units.cnyPerKwMonth' },
  'settings.tou_tariff': { label: 'scenarios.settings.touTable' },
  'settings.tou_tariff.name': { label: 'scenarios.settings.touName' },
  'settings.tou_tariff.source': { label: 'scenarios.settings.touSource' },
  'settings.tou_tariff.year': { label: 'scenarios.settings.touYear', style: 'year' },
  'settings.tou_tariff.secondary': { label: 'scenarios.settings.touSecondary' },
  'settings.tou_tariff.months': { label: 'review.compare.field.touMonths' },
  'settings.tou_tariff.ratios': { label: 'review.compare.field.touRatios' },
  'settings.storage_strategy': { label: 'scenarios.settings.storageStrategy' },
  'settings.storage_grid_import_cap_kw': { label: 'scenarios.settings.storageImportCap', unit: 'units.kw' },
  'settings.storage_peak_target_kw': { label: 'scenarios.settings.storagePeakTarget', unit: 'units.kw' },
  'settings.storage_initial_soc': { label: 'scenarios.settings.storageInitialSoc', style: 'percent' },
  'settings.output_growth_path': { label: 'scenarios.settings.growth', style: 'percent' },
  'settings.hydrogen_sale_cny_per_t': { label: 'scenarios.settings.hydrogenSale', unit: 'units.cnyPerT' },
};
for (const [ratio, code] of Object.entries(PERIODS))
  SCENARIO[`settings.tou_tariff.ratios.${ratio}`] = {
    label: (t) => t('review.compare.field.touRatio', { period: t(`scenarios.settings.touPeriod_${code}`) }),
  };
const PRICE_UNIT: Record<string, string> = {
  t: 'units.cnyPerT',
  mwh: 'units.cnyPerMwh',
  gj: 'units.cnyPerGj',
  '10k_nm3': 'units.cnyPer10kNm3',
};
// Energy prices are keyed like the energy use they price: `coal_t` is bought at `coal_cny_per_t`.
for (const c of CARRIERS) {
  const per = c.energyKey.slice(c.id.length + 1);
  SCENARIO[`settings.energy_prices.${c.id}_cny_per_${per}`] = {
    label: (t) => t('review.compare.field.energyPrice', { carrier: t(`carrier.${c.id}`) }),
    unit: PRICE_UNIT[per]!,
  };
}

const TARGET: Record<string, Entry> = {
  ...NAMES,
  source: { label: 'review.compare.field.source' },
  source_zh: { label: 'review.compare.field.sourceZh' },
  source_en: { label: 'review.compare.field.sourceEn' },
  template: { label: 'review.compare.field.template' },
  kind: { label: 'review.compare.field.targetKind' },
  indicator: { label: 'targets.field.indicator' },
  bound: { label: 'targets.field.bound' },
  path: { label: 'review.compare.field.limitPath' },
  energy_method: { label: 'targets.field.method' },
  peak_by_year: { label: 'targets.field.peakYear', style: 'year' },
};

const OVERRIDE: Record<string, Entry> = {
  key: { label: 'review.compare.field.key' },
  value: { label: 'review.compare.field.value' },
  source: { label: 'review.compare.field.source' },
  note: { label: 'park.editor.notes' },
};

const MARKET: Record<string, Entry> = {
  ...NAMES,
  kind: { label: 'carbonMarket.fields.kind' },
  price_cny_per_t: { label: 'carbonMarket.columns.price' },
  price_source: { label: 'carbonMarket.fields.priceSource' },
  offset_cap_share: { label: 'carbonMarket.columns.cap', style: 'percent' },
  offset_cap_source: { label: 'carbonMarket.fields.capSource' },
  offset_price_cny_per_t: { label: 'carbonMarket.columns.offsetPrice' },
  offset_price_source: { label: 'carbonMarket.fields.offsetPriceSource' },
  notes: { label: 'park.editor.notes' },
};

const SERIES: Record<string, Entry> = {
  kind: { label: 'park.hourly.columns.kind' },
  name: { label: 'park.hourly.columns.name' },
  target: { label: 'park.hourly.columns.target' },
  'source.file_name': { label: 'park.hourly.columns.source' },
  'source.imported_at': { label: 'review.compare.field.importedAt' },
  values: { label: 'review.compare.field.hourlyValues' },
  'weather.lat_deg': { label: 'review.compare.field.latitude', unit: 'measures.unit.deg' },
  'weather.lon_deg': { label: 'review.compare.field.longitude', unit: 'measures.unit.deg' },
  'weather.time_zone_h': { label: 'review.compare.field.timeZone', unit: 'review.compare.unit.hours' },
  'weather.elevation_m': { label: 'review.compare.field.elevation', unit: 'measures.unit.m' },
  'weather.ghi_w_per_m2': { label: 'review.compare.field.ghi', unit: 'review.compare.unit.kwhPerM2' },
  'weather.dni_w_per_m2': { label: 'review.compare.field.dni', unit: 'review.compare.unit.kwhPerM2' },
  'weather.dhi_w_per_m2': { label: 'review.compare.field.dhi', unit: 'review.compare.unit.kwhPerM2' },
  'weather.temp_c': { label: 'review.compare.field.temperature', unit: 'review.compare.unit.celsius' },
  'weather.wind_m_per_s': { label: 'review.compare.field.windSpeed', unit: 'review.compare.unit.metresPerSecond' },
};

const TABLES: Record<Exclude<DiffSection, 'measures'>, Record<string, Entry>> = {
  park: PARK,
  consumers: CONSUMER,
  scenarios: SCENARIO,
  targets: TARGET,
  factor_overrides: OVERRIDE,
  cost_overrides: OVERRIDE,
  carbon_markets: MARKET,
  hourly_series: SERIES,
};

const MEASURE_EXTRA: Record<string, Entry> = {
  ...NAMES,
  name: { label: 'measures.field.name' },
  kind: { label: 'measures.add.kind' },
  notes: { label: 'measures.field.notes' },
  responsible_party: { label: 'measures.field.responsibleParty' },
  technology: { label: 'measures.field.technology' },
  consumer_ids: { label: 'measures.consumers.legend' },
  'params.source_consumer_id': { label: 'measures.field.source_consumer_id' },
  params: { label: 'measures.editor.parameters' },
};

/** A measure field (`params.capacity_kw`, `start_year`) as the measure form labels it, with the form's unit. */
function measureField(t: LooseT, field: string, ctx: FieldContext): FieldWords | null {
  const extra = MEASURE_EXTRA[field];
  if (extra !== undefined) return words(t, field, extra);
  const specs: readonly FieldSpec[] = [
    ...COMMON_FIELDS,
    // The measure's own kind first (a field's unit depends on it), then any kind's field of that name.
    ...((ctx.measure === undefined ? undefined : PARAM_FIELDS[ctx.measure.kind]) ?? []),
    ...Object.values(PARAM_FIELDS).flat(),
  ];
  const spec = specs.find((s) => s.path === field);
  const name = fieldName(field);
  if (spec === undefined || !has(en.measures.field, name)) return null;
  const label = t(`measures.field.${name}`);
  if (spec.type === 'choice') return { label, unit: null, style: 'plain', known: true };
  const unit = unitOf(spec, ctx.measure?.params ?? {});
  if (field === 'start_year') return { label, unit: null, style: 'year', known: true };
  if (unit === 'percent' || unit === 'percent_per_year') return { label, unit: null, style: 'percent', known: true };
  // A ratio (an efficiency, a COP) reads as a bare number: "2.5 ratio" says nothing more.
  return { label, unit: unit === null || unit === 'ratio' ? null : t(`measures.unit.${unit}`), style: 'plain', known: true };
}

function words(t: LooseT, field: string, e: Entry): FieldWords {
  return {
    label: typeof e.label === 'string' ? t(e.label) : e.label(t, field),
    unit: e.unit === undefined ? null : t(e.unit),
    style: e.style ?? 'plain',
    known: true,
  };
}

/** `measure_overrides.<measure id>[.disabled | .set.<measure field>]`: a scenario's change to an inherited measure. */
function overrideField(t: LooseT, field: string, ctx: FieldContext): FieldWords | null {
  const m = /^measure_overrides\.([^.]+)(?:\.(.+))?$/.exec(field);
  if (m === null) return null;
  const [, id, rest] = m;
  const measure = ctx.measureName?.(id!) ?? id!;
  const whole = t('review.compare.field.override', { measure });
  if (rest === undefined || rest === 'measure_id' || rest === 'set')
    return { label: whole, unit: null, style: 'plain', known: true };
  if (rest === 'disabled')
    return { label: t('review.compare.field.overrideOff', { measure }), unit: null, style: 'plain', known: true };
  const inner = rest.startsWith('set.') ? measureField(t, rest.slice('set.'.length), ctx) : null;
  if (inner === null) return null;
  return { ...inner, label: t('review.compare.field.overrideField', { measure, field: inner.label }) };
}

/** The words for `field` of an entity of `section`. */
export function fieldWords(t: TFunction, section: DiffSection, field: string, ctx: FieldContext = {}): FieldWords {
  const tt = t as unknown as LooseT;
  const found = knownField(tt, section, field, ctx);
  if (found !== null) return found;
  // Not in the table: say which part of the entity it belongs to, never the raw path.
  const parts = field.split('.');
  for (let n = parts.length - 1; n > 0; n--) {
    const parent = knownField(tt, section, parts.slice(0, n).join('.'), ctx);
    if (parent !== null)
      return { label: tt('review.compare.field.otherOf', { parent: parent.label }), unit: null, style: 'plain', known: false };
  }
  return {
    label: tt('review.compare.field.otherOf', { parent: tt(`review.compare.section.${section}`) }),
    unit: null,
    style: 'plain',
    known: false,
  };
}

function knownField(t: LooseT, section: DiffSection, field: string, ctx: FieldContext): FieldWords | null {
  if (section === 'measures') return measureField(t, field, ctx);
  if (section === 'scenarios') {
    if (field.startsWith('optimiser.')) return words(t, field, SCENARIO['optimiser']!);
    const o = overrideField(t, field, ctx);
    if (o !== null || field.startsWith('measure_overrides')) return o;
  }
  if (section === 'consumers' && field.startsWith('energy.')) {
    const key = field.slice('energy.'.length);
    const carrier = carrierOfEnergyKey.get(key);
    if (carrier === undefined) return null;
    return {
      label: t('review.compare.field.baseYearUse', { carrier: t(`carrier.${carrier}`) }),
      unit: t(unitOfEnergyKey.get(key)!),
      style: 'plain',
      known: true,
    };
  }
  const entry = TABLES[section][field];
  return entry === undefined ? null : words(t, field, entry);
}
