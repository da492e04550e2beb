import { DAYS_PER_YEAR, HOURS_PER_YEAR, monthOfDay } from '../profiles/calendar.ts';

/**
 * Electricity prices per hour of the reference year, CNY/MWh, for pricing the dispatch's grid
 * imports and exports. A tariff is two 8760 arrays (plus an optional demand charge), so any
 * user tariff can be expressed; `touTariff` builds one from a peak/flat/valley definition.
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
   * TOU period of each hour, as an index into TOU_PERIODS, for import totals by period.
   * Absent: every hour counts as 'flat'.
   */
  period_of_hour?: Uint8Array;
}

/** TOU periods in a fixed order; `Tariff.period_of_hour` holds indices into it. */
export const TOU_PERIODS = ['critical', 'peak', 'flat', 'valley'] as const;
export type TouPeriod = (typeof TOU_PERIODS)[number];
export const FLAT_PERIOD_INDEX = 2;

export interface TouDefinition {
  name: string;
  /** The name in Chinese, for sentences in Chinese (the dispatch note). */
  name_zh: string;
  /** Period of each clock hour 0..23 (hour h = h:00-h+1:00). */
  hours: readonly TouPeriod[];
  /** Price of each period relative to the flat price. */
  ratios: Readonly<Record<TouPeriod, number>>;
  /** Months (0-11) in which `critical_hours` are critical peak instead of their usual period. */
  critical_months: readonly number[];
  critical_hours: readonly number[];
  source: string;
  /** The same source note in Chinese (the policy document's number is the citation). */
  source_zh: string;
}

const P = (n: number, p: TouPeriod): TouPeriod[] => Array.from({ length: n }, () => p);

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
 */
export const SICHUAN_LIKE_TOU: TouDefinition = {
  name: 'Sichuan-like TOU (approximate)',
  name_zh: '参照四川的分时电价（近似）',
  hours: [
    ...P(7, 'valley'),
    ...P(3, 'flat'),
    ...P(2, 'peak'),
    ...P(2, 'flat'),
    ...P(7, 'peak'),
    ...P(2, 'flat'),
    ...P(1, 'valley'),
  ],
  ratios: { critical: 1.92, peak: 1.6, flat: 1, valley: 0.4 },
  critical_months: [6, 7],
  critical_hours: [15, 16, 20],
  source:
    'approximate Sichuan TOU periods after NDRC 发改价格〔2021〕1093号 (secondary reports; verify against the current provincial notice)',
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

export function touPeriodAt(def: TouDefinition, hourOfYear: number): TouPeriod {
  const hr = hourOfYear % 24;
  const m = monthOfDay(Math.floor(hourOfYear / 24));
  if (def.critical_months.includes(m) && def.critical_hours.includes(hr)) return 'critical';
  return def.hours[hr]!;
}

/** Price ratio and period of every hour of a definition, memoised (definitions are constants). */
const SHAPES = new WeakMap<TouDefinition, { ratio: Float64Array; period: Uint8Array }>();

function touShape(def: TouDefinition): { ratio: Float64Array; period: Uint8Array } {
  let s = SHAPES.get(def);
  if (s) return s;
  const ratio = new Float64Array(HOURS_PER_YEAR);
  const period = new Uint8Array(HOURS_PER_YEAR);
  for (let d = 0; d < DAYS_PER_YEAR; d++)
    for (let hr = 0; hr < 24; hr++) {
      const h = d * 24 + hr;
      const p = touPeriodAt(def, h);
      ratio[h] = def.ratios[p];
      period[h] = TOU_PERIODS.indexOf(p);
    }
  s = { ratio, period };
  SHAPES.set(def, s);
  return s;
}

export function touTariff(def: TouDefinition, prices: TouPrices): Tariff {
  if (def.hours.length !== 24) throw new RangeError(`a TOU definition needs 24 hourly periods, got ${def.hours.length}`);
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
