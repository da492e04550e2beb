import type { TouDefinition } from '../dispatch/tariff.ts';
import type { ScenarioSettings } from '../model/scenario.ts';
import type { DispatchSentence } from './result-schema.ts';
import { WARNING_PARAMS, type WarningParamSpec, type WarningUnit } from './warning-params.ts';

/**
 * The sentences of a scenario's dispatch note (`result.dispatch`: description, tariff, notes)
 * as what they say: a code, the figures and names they are made of (`params`, declared here
 * as warnings declare theirs in warning-params.ts) and the English sentence. The UI fills a
 * template per code in the reader's language with core's warningText (passing
 * `dispatchNoteSpec`); the English sentences stay for the CLI and JSON consumers.
 *
 * Citations (`source`) and user names (series, files, consumers, measures) are printed as
 * they are; everything around them is the template's.
 */

export const DISPATCH_NOTE_CODES = [
  'method',
  'tariff',
  'climate_note',
  'load_series',
  'generation_series',
  'weather_series',
] as const;
export type DispatchNoteCode = (typeof DISPATCH_NOTE_CODES)[number];

const text = { kind: 'text' } as const;
const bilingual = { kind: 'bilingual' } as const;
const num = (digits: number, unit?: WarningUnit): { kind: 'number'; digits: number; unit?: WarningUnit } =>
  unit === undefined ? { kind: 'number', digits } : { kind: 'number', digits, unit };
const variant = <const V extends readonly string[]>(...values: V): { kind: 'variant'; values: V } => ({
  kind: 'variant',
  values,
});
/** An imported series: its name, file and import date (YYYY-MM-DD). */
const importedSeries = { series: text, file: text, imported_on: text } as const;

export const DISPATCH_NOTE_PARAMS = {
  /** The balancing rule: hourly dispatch, or annual netting (no climate, or chosen). */
  method: { variant: variant('hourly', 'annual_no_climate', 'annual_chosen') },
  tariff: {
    variant: variant('tou', 'flat', 'annual'),
    /** `tou`: the TOU definition's name (name_zh in Chinese), its flat-period price and ratios. */
    tariff: bilingual,
    tariff_zh: text,
    flat_price: num(1, 'cny_per_mwh'),
    peak_ratio: num(2),
    valley_ratio: num(2),
    critical_ratio: num(2),
    /** What the base-year park load pays on average (the plan's electricity price). */
    average_price: num(1, 'cny_per_mwh'),
    /** `flat`, `annual`: the plan's electricity price. */
    import_price: num(1, 'cny_per_mwh'),
    export_price: num(1, 'cny_per_mwh'),
    source: bilingual,
    source_zh: text,
  },
  /** The same sentences as the climate_note warning (the profile cache's notes). */
  climate_note: WARNING_PARAMS.climate_note,
  load_series: { consumer: text, consumer_id: text, load_profile: { kind: 'load_shape' }, ...importedSeries },
  generation_series: { variant: variant('pv', 'wind'), measure: text, measure_id: text, ...importedSeries },
  weather_series: importedSeries,
} as const satisfies Record<DispatchNoteCode, Record<string, WarningParamSpec>>;

/** The declared spec of one param of a dispatch sentence, or null; for warningText. */
export function dispatchNoteSpec(code: string, name: string): WarningParamSpec | null {
  if (!Object.hasOwn(DISPATCH_NOTE_PARAMS, code)) return null;
  const specs: Record<string, WarningParamSpec> = DISPATCH_NOTE_PARAMS[code as DispatchNoteCode];
  return Object.hasOwn(specs, name) ? specs[name]! : null;
}

/** The sentence variants a code has (empty: one sentence). */
export function dispatchNoteVariants(code: DispatchNoteCode): readonly string[] {
  const specs: Record<string, WarningParamSpec> = DISPATCH_NOTE_PARAMS[code];
  const v = specs['variant'];
  return v !== undefined && v.kind === 'variant' ? v.values : [];
}

const METHOD_MESSAGES = {
  hourly:
    'Hourly load-following dispatch in every year (8760 h): on-site generation serves load, surplus charges storage, then is exported up to the export limit, then curtailed; deficits are met by storage, then the grid; storage runs by the scenario’s storage strategy (load following by default) and carries its stored energy from each year into the next.',
  annual_no_climate:
    'Annual netting (no climate for the park, see warnings): on-site generation serves the annual demand, surplus exported without limit; storage adds only losses.',
  annual_chosen:
    'Annual netting (chosen for comparison): on-site generation serves the annual demand, surplus exported without limit; storage adds only losses.',
} as const;

/** How the scenario's electricity was balanced. */
export function methodSentence(method: keyof typeof METHOD_MESSAGES): DispatchSentence {
  return { code: 'method', message: METHOD_MESSAGES[method], params: { variant: method } };
}

/**
 * The tariff the scenario's grid exchange was priced at. Hourly: the scenario's setting, the
 * TOU flat-period price being the plan's price over `touRatio` (see scenarioTariff); annual
 * netting prices every MWh at the flat price.
 */
export function tariffSentence(s: ScenarioSettings, tou: { def: TouDefinition; ratio: number } | null): DispatchSentence {
  const hourly = tou !== null;
  const imp = s.energy_prices.electricity_cny_per_mwh;
  const exp = s.energy_prices.electricity_export_cny_per_mwh;
  if (!hourly)
    return {
      code: 'tariff',
      message: `flat ${imp} CNY/MWh import, ${exp} CNY/MWh export (annual netting)`,
      params: { variant: 'annual', import_price: imp, export_price: exp },
    };
  if (s.electricity_tariff === 'flat')
    return {
      code: 'tariff',
      message: `flat ${imp} CNY/MWh import, ${exp} CNY/MWh export`,
      params: { variant: 'flat', import_price: imp, export_price: exp },
    };
  const def = tou.def;
  const flat = imp / tou.ratio;
  const r = def.ratios;
  return {
    code: 'tariff',
    message: `${def.name}: flat period ${flat.toFixed(1)} CNY/MWh, peak x${r.peak}, valley x${r.valley}, critical peak x${r.critical} (so that the base-year park load pays ${imp} CNY/MWh on average); export ${exp} CNY/MWh; ${def.source}`,
    params: {
      variant: 'tou',
      tariff: def.name,
      tariff_zh: def.name_zh,
      flat_price: flat,
      peak_ratio: r.peak,
      valley_ratio: r.valley,
      critical_ratio: r.critical,
      average_price: imp,
      export_price: exp,
      source: def.source,
      source_zh: def.source_zh,
    },
  };
}
