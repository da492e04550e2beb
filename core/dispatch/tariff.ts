import { DAYS_PER_YEAR, HOURS_PER_YEAR, monthOfDay } from '../profiles/calendar.ts';
import type { TouTariffTable } from '../model/tou-tariff.ts';

/**
 * Electricity prices per hour of the reference year, CNY/MWh, for pricing the dispatch's grid
 * imports and exports. A tariff is two 8760 arrays (plus an optional demand charge), so any
 * user tariff can be expressed; `touTariff` builds one from a time-of-use table (periods by
 * month and clock hour, price ratios): the provincial tables are in tariffs-cn.ts.
 */
export interface Tariff {
  import_cny_per_mwh: Float64Array;
  export_cny_per_mwh: Float64Array;
  /**
   * Capacity (demand) charge on each month's peak import, CNY per MW-month; 0 for none.
   * Large industrial users in China pay a two-part tariff (basic charge by maximum demand,
   * typically a few tens of CNY per kW-month); the figure is the user's.
   */
  demand_charge_cny_per_mw_month: number;
  description: string;
  /**
   * TOU period of each hour, as an index into TOU_PERIODS, for import totals by period and
   * for the storage strategies (which charge in the valley and discharge in the peak).
   * Absent: every hour counts as 'flat'.
   */
  period_of_hour?: Uint8Array;
}

/**
 * TOU periods in a fixed order; `Tariff.period_of_hour` holds indices into it. A deep valley
 * (深谷) counts as 'valley' here (it is priced at its own ratio; results and strategies treat
 * it as valley).
 */
export const TOU_PERIODS = ['critical', 'peak', 'flat', 'valley'] as const;
export type TouPeriod = (typeof TOU_PERIODS)[number];
export const CRITICAL_PERIOD_INDEX = 0;
export const PEAK_PERIOD_INDEX = 1;
export const FLAT_PERIOD_INDEX = 2;
export const VALLEY_PERIOD_INDEX = 3;

/**
 * A TOU table (core/model/tou-tariff.ts: periods by month and clock hour, ratios to the flat
 * price, source) with its name and source in Chinese for sentences in Chinese.
 */
export interface TouDefinition extends TouTariffTable {
  /** Province key (core/factors/provinces.ts), 'sichuan_like' or 'custom'. */
  key: string;
  name_zh: string;
  source_zh: string;
}

const CODE_PERIOD: Readonly<Record<string, TouPeriod>> = { c: 'critical', p: 'peak', f: 'flat', v: 'valley', d: 'valley' };
const CODE_RATIO: Readonly<Record<string, keyof TouTariffTable['ratios']>> = {
  c: 'critical',
  p: 'peak',
  f: 'flat',
  v: 'valley',
  d: 'deep_valley',
};

/**
 * A day's 24 period codes from hour ranges: `tou_day('f', {p: [[10, 12], [14, 21]], v: [[0, 7], [23, 24]]})`
 * (ranges are [from, to) clock hours; hours not listed get `rest`).
 */
export function touDay(rest: string, ranges: Readonly<Record<string, readonly (readonly [number, number])[]>>): string {
  const h = Array.from({ length: 24 }, () => rest);
  for (const [code, list] of Object.entries(ranges)) for (const [a, b] of list) for (let i = a; i < b; i++) h[i] = code;
  return h.join('');
}

/**
 * Sichuan-like time-of-use periods (APPROXIMATE, verify before use). Our reading of the
 * Sichuan TOU scheme in force from 2022 under the NDRC notice on improving TOU pricing
 * (发改价格〔2021〕1093号), from secondary reports, not the provincial notice itself:
 *   valley 23:00-07:00, flat 07:00-10:00, 12:00-14:00 and 21:00-23:00,
 *   peak 10:00-12:00 and 14:00-21:00;
 *   peak = flat x 1.6, valley = flat x 0.4 (a 4:1 peak/valley ratio, which the NDRC notice
 *   asks of provinces whose peak/valley load gap exceeds 40%);
 *   critical peak = peak x 1.2 (NDRC: at least 20% above peak) in July and August at
 *   15:00-17:00 and 20:00-21:00 (summer evening peak; the exact hours are an assumption).
 * Sichuan also differentiates wet and dry seasons for hydropower; that is not modelled.
 * The fallback for provinces without a table of their own.
 */
const SICHUAN_DAY = touDay('f', {
  v: [
    [0, 7],
    [23, 24],
  ],
  p: [
    [10, 12],
    [14, 21],
  ],
});
const SICHUAN_SUMMER = touDay('f', {
  v: [
    [0, 7],
    [23, 24],
  ],
  p: [
    [10, 12],
    [14, 15],
    [17, 20],
  ],
  c: [
    [15, 17],
    [20, 21],
  ],
});
export const SICHUAN_LIKE_TOU: TouDefinition = {
  key: 'sichuan_like',
  name: 'Sichuan-like TOU (approximate)',
  name_zh: '参照四川的分时电价（近似）',
  year: 2022,
  secondary: true,
  months: Array.from({ length: 12 }, (_, m) => (m === 6 || m === 7 ? SICHUAN_SUMMER : SICHUAN_DAY)),
  ratios: { critical: 1.92, peak: 1.6, flat: 1, valley: 0.4, deep_valley: 0.4 },
  source:
    'approximate Sichuan TOU periods after the NDRC notice Fagai Jiage [2021] No. 1093 (secondary reports; verify against the current provincial notice)',
  source_zh: '参照国家发展改革委发改价格〔2021〕1093号整理的四川分时时段（近似，来自二手资料；请以四川省现行通知为准）',
};

export interface TouPrices {
  /** Price of the flat period, CNY/MWh (the plan's electricity price is a sensible value). */
  flat_import_cny_per_mwh: number;
  /** Export price, CNY/MWh; flat unless `export_follows_tou`. */
  export_cny_per_mwh: number;
  export_follows_tou?: boolean;
  demand_charge_cny_per_mw_month?: number;
}

function codeAt(def: TouTariffTable, hourOfYear: number): string {
  const m = monthOfDay(Math.floor(hourOfYear / 24));
  return def.months[m]![hourOfYear % 24]!;
}

export function touPeriodAt(def: TouTariffTable, hourOfYear: number): TouPeriod {
  return CODE_PERIOD[codeAt(def, hourOfYear)] ?? 'flat';
}

/** Throws a clear error for a table the dispatch cannot use (the plan schema checks the same). */
export function checkTouTable(def: TouTariffTable): void {
  if (def.months.length !== 12) throw new RangeError(`a TOU table needs 12 months, got ${def.months.length}`);
  def.months.forEach((d, m) => {
    if (!/^[cpfvd]{24}$/.test(d))
      throw new RangeError(`month ${m + 1} of the TOU table needs 24 period letters (c, p, f, v, d), got "${d}"`);
  });
}

/** Price ratio and period of every hour of a table. */
/**
 * Shapes by table object: a memo of a pure function (the arrays are read, never written), so
 * the many runs of a Monte Carlo, which share the plan's tables, build each shape once.
 */
const SHAPES = new WeakMap<TouTariffTable, { ratio: Float64Array; period: Uint8Array }>();

export function touShape(def: TouTariffTable): { ratio: Float64Array; period: Uint8Array } {
  let shape = SHAPES.get(def);
  if (shape === undefined) SHAPES.set(def, (shape = buildTouShape(def)));
  return shape;
}

function buildTouShape(def: TouTariffTable): { ratio: Float64Array; period: Uint8Array } {
  checkTouTable(def);
  const ratio = new Float64Array(HOURS_PER_YEAR);
  const period = new Uint8Array(HOURS_PER_YEAR);
  for (let d = 0; d < DAYS_PER_YEAR; d++)
    for (let hr = 0; hr < 24; hr++) {
      const h = d * 24 + hr;
      const code = codeAt(def, h);
      ratio[h] = def.ratios[CODE_RATIO[code]!];
      period[h] = TOU_PERIODS.indexOf(CODE_PERIOD[code]!);
    }
  return { ratio, period };
}

export function touTariff(def: TouDefinition, prices: TouPrices): Tariff {
  const { ratio, period: per } = touShape(def);
  const imp = new Float64Array(HOURS_PER_YEAR);
  const exp = new Float64Array(HOURS_PER_YEAR);
  for (let h = 0; h < imp.length; h++) {
    imp[h] = prices.flat_import_cny_per_mwh * ratio[h]!;
    exp[h] = prices.export_cny_per_mwh * (prices.export_follows_tou ? ratio[h]! : 1);
  }
  return {
    import_cny_per_mwh: imp,
    export_cny_per_mwh: exp,
    demand_charge_cny_per_mw_month: prices.demand_charge_cny_per_mw_month ?? 0,
    description: `${def.name}; flat ${prices.flat_import_cny_per_mwh} CNY/MWh; ${def.source}`,
    period_of_hour: per,
  };
}

export function flatTariff(importCnyPerMwh: number, exportCnyPerMwh: number, demandChargeCnyPerMwMonth = 0): Tariff {
  return {
    import_cny_per_mwh: new Float64Array(HOURS_PER_YEAR).fill(importCnyPerMwh),
    export_cny_per_mwh: new Float64Array(HOURS_PER_YEAR).fill(exportCnyPerMwh),
    demand_charge_cny_per_mw_month: demandChargeCnyPerMwMonth,
    description: `flat ${importCnyPerMwh} CNY/MWh import, ${exportCnyPerMwh} CNY/MWh export`,
    period_of_hour: new Uint8Array(HOURS_PER_YEAR).fill(FLAT_PERIOD_INDEX),
  };
}
