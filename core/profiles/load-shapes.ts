import { DAYS_PER_YEAR, HOURS_PER_YEAR, dayTypeOfDay, isSpringFestival, monthOfDay } from './calendar.ts';
import type { DayType } from './calendar.ts';

/**
 * Hourly load shapes, each normalised so its 8760 values sum to 1: hourly MWh = shape x annual
 * MWh. The weights are ParkZero assumptions (illustrative, not measured), written to be
 * recognisable to a Chinese park planner: two 8-hour shifts from 08:00 to 24:00, an office day
 * of 08:30-17:30 with lunch, night sorting at logistics hubs, compressors that follow the
 * afternoon heat in cold stores. Users with metered data import it instead (import-csv.ts).
 *
 * Each shape = hourly weight by day type x monthly factor x Spring Festival factor. Monthly
 * factors of the temperature-driven shapes (office, cold storage, and a little of every
 * shape) follow the city's monthly mean temperature when it is given, else a Sichuan-basin
 * default; the coefficients are round assumptions:
 *   office       1 + 0.03/K above 22 C (cooling) + 0.01/K below 10 C (electric heating share)
 *   cold_storage 1 + 0.025/K x (T - annual mean T) (compressor work rises with ambient)
 *   data_centre  1 + 0.008/K x (T - annual mean T) (cooling, see DATA_CENTRE_DAY)
 *   others       1 + 0.006/K above 22 C (process cooling, ventilation)
 */

export const CONSUMER_LOAD_SHAPES = ['continuous', 'two_shift', 'office', 'logistics', 'cold_storage', 'data_centre'] as const;
export type ConsumerLoadShape = (typeof CONSUMER_LOAD_SHAPES)[number];

/** Shapes for new electric loads brought by measures. */
export const EXTRA_LOAD_SHAPES = ['flat', 'ev_night'] as const;
export type LoadShapeName = ConsumerLoadShape | (typeof EXTRA_LOAD_SHAPES)[number];

type DayWeights = Record<DayType, readonly number[]>;

const ONES = Array.from({ length: 24 }, () => 1);
const scale = (w: readonly number[], f: number) => w.map((x) => x * f);

/** Continuous process: small ripple (night 0.97, afternoon 1.02); weekends barely lower. */
const CONTINUOUS_DAY = [
  0.97, 0.97, 0.97, 0.97, 0.97, 0.97, 0.98, 0.99, 1, 1, 1.01, 1.01, 1, 1.01, 1.02, 1.02, 1.02, 1.01, 1, 1, 0.99, 0.98, 0.98, 0.97,
];
/** Two shifts 08:00-24:00, base load 25% at night (compressors, HVAC, standby), lunch dip. */
const TWO_SHIFT_DAY = [
  0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.45, 0.7, 1, 1, 1, 1, 0.85, 1, 1, 1, 1, 1, 0.9, 0.95, 0.95, 0.95, 0.95, 0.6,
];
const TWO_SHIFT_SAT = TWO_SHIFT_DAY.map((x) => (x > 0.25 ? 0.25 + (x - 0.25) * 0.55 : x));
const OFFICE_DAY = [0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.4, 0.6, 0.9, 1, 1, 1, 0.9, 1, 1, 1, 1, 0.9, 0.7, 0.55, 0.45, 0.4, 0.33, 0.3];
const OFFICE_SAT = OFFICE_DAY.map((x) => 0.3 + (x - 0.3) * 0.25);
/** Logistics: evening and night sorting peaks, daytime loading, seven days a week. */
const LOGISTICS_DAY = [
  0.9, 0.9, 0.9, 0.9, 0.7, 0.7, 0.6, 0.6, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75, 0.8, 0.8, 1, 1, 1, 1,
];
/** Cold store: compressors follow the afternoon heat; doors open during the working day. */
const COLD_DAY = Array.from(
  { length: 24 },
  (_, hr) => 1 + 0.12 * Math.cos((2 * Math.PI * (hr + 0.5 - 15)) / 24) + (hr >= 7 && hr < 18 ? 0.05 : 0),
);
/**
 * Data centre: IT equipment runs around the clock at a nearly constant load (servers are
 * rarely switched off; traffic moves a few per cent between day and night), so the facility
 * load is IT x PUE, flat apart from cooling. With a PUE of about 1.35 (GB 40879-2021 grades
 * data centres by PUE; national guidance asks large new ones for 1.3 or better), cooling and
 * power losses are about a quarter of the facility's electricity; cooling work rises about 3%
 * per K of outdoor temperature. So: a daily wave of +/-3% peaking at 15:00 (afternoon heat
 * and daytime traffic) and a monthly factor of 1 + 0.26 x 0.03 ~ 0.008 per K around the annual
 * mean temperature. Load factor about 0.9 in the Sichuan basin. ParkZero assumptions from these round figures,
 * not measurements: import metered data when available.
 */
const DATA_CENTRE_DAY = Array.from({ length: 24 }, (_, hr) => 1 + 0.03 * Math.cos((2 * Math.PI * (hr + 0.5 - 15)) / 24));
/** Vehicle depot charging: 80% spread over 22:00-06:00, 20% midday top-up 11:00-14:00. */
const EV_DAY = Array.from({ length: 24 }, (_, hr) => (hr >= 22 || hr < 6 ? 0.8 / 8 : hr >= 11 && hr < 14 ? 0.2 / 3 : 0));

const DAY_WEIGHTS: Record<LoadShapeName, DayWeights> = {
  continuous: {
    weekday: CONTINUOUS_DAY,
    saturday: scale(CONTINUOUS_DAY, 0.99),
    sunday: scale(CONTINUOUS_DAY, 0.98),
    holiday: scale(CONTINUOUS_DAY, 0.96),
  },
  two_shift: { weekday: TWO_SHIFT_DAY, saturday: TWO_SHIFT_SAT, sunday: scale(ONES, 0.25), holiday: scale(ONES, 0.2) },
  office: { weekday: OFFICE_DAY, saturday: OFFICE_SAT, sunday: scale(ONES, 0.28), holiday: scale(ONES, 0.26) },
  logistics: {
    weekday: LOGISTICS_DAY,
    saturday: LOGISTICS_DAY,
    sunday: scale(LOGISTICS_DAY, 0.9),
    holiday: scale(LOGISTICS_DAY, 0.7),
  },
  cold_storage: { weekday: COLD_DAY, saturday: COLD_DAY, sunday: scale(COLD_DAY, 0.97), holiday: scale(COLD_DAY, 0.95) },
  data_centre: {
    weekday: DATA_CENTRE_DAY,
    saturday: scale(DATA_CENTRE_DAY, 0.99),
    sunday: scale(DATA_CENTRE_DAY, 0.99),
    holiday: scale(DATA_CENTRE_DAY, 0.99),
  },
  flat: { weekday: ONES, saturday: ONES, sunday: ONES, holiday: ONES },
  ev_night: { weekday: EV_DAY, saturday: EV_DAY, sunday: EV_DAY, holiday: scale(EV_DAY, 0.6) },
};

/** Spring Festival week, on top of the holiday day type: most factories stop. */
const SPRING_FESTIVAL: Record<LoadShapeName, number> = {
  continuous: 0.9,
  two_shift: 0.7,
  office: 0.9,
  logistics: 0.55,
  cold_storage: 1,
  data_centre: 1,
  flat: 1,
  ev_night: 0.6,
};

/** Default monthly mean temperature (Suining, Sichuan basin) when the city is unknown. */
export const DEFAULT_MONTHLY_TEMP_C: readonly number[] = [6.5, 8.8, 13.0, 18.2, 22.3, 25.0, 27.3, 27.0, 22.7, 18.0, 12.9, 7.9];

/** Monthly factor of a shape from the month's mean temperature (see the header). */
export function monthlyFactor(shape: LoadShapeName, tempC: number, annualMeanC: number): number {
  switch (shape) {
    case 'office':
      return 1 + 0.03 * Math.max(0, tempC - 22) + 0.01 * Math.max(0, 10 - tempC);
    case 'cold_storage':
      return Math.max(0.5, 1 + 0.025 * (tempC - annualMeanC));
    case 'data_centre':
      return Math.max(0.8, 1 + 0.008 * (tempC - annualMeanC));
    case 'flat':
    case 'ev_night':
      return 1;
    case 'logistics':
    case 'continuous':
    case 'two_shift':
      return 1 + 0.006 * Math.max(0, tempC - 22);
  }
}

export interface LoadShapeOptions {
  /** Twelve monthly mean temperatures, deg C (the park's climate row). */
  monthly_temp_c?: readonly number[];
}

/** 8760 hourly fractions of the annual energy of one shape; they sum to 1. */
export function loadShape(shape: LoadShapeName, options: LoadShapeOptions = {}): Float64Array {
  const temps = options.monthly_temp_c ?? DEFAULT_MONTHLY_TEMP_C;
  if (temps.length !== 12) throw new RangeError(`monthly_temp_c needs 12 values, got ${temps.length}`);
  const annualMean = temps.reduce((a, b) => a + b, 0) / 12;
  const weights = DAY_WEIGHTS[shape];
  const out = new Float64Array(HOURS_PER_YEAR);
  let sum = 0;
  for (let d = 0; d < DAYS_PER_YEAR; d++) {
    const f = monthlyFactor(shape, temps[monthOfDay(d)]!, annualMean) * (isSpringFestival(d) ? SPRING_FESTIVAL[shape] : 1);
    const w = weights[dayTypeOfDay(d)];
    for (let hr = 0; hr < 24; hr++) {
      const x = w[hr]! * f;
      out[d * 24 + hr] = x;
      sum += x;
    }
  }
  for (let h = 0; h < HOURS_PER_YEAR; h++) out[h]! /= sum;
  return out;
}

/**
 * Electrolyser load shape for `operating_hours` full-load hours a year.
 *  - 'flat': the same power every hour (a grid-connected electrolyser run as base load);
 *  - 'solar': full power in the `operating_hours` hours with the highest PV output (ties by
 *    hour order), so hydrogen is made when the park's solar is most likely in surplus. It is a
 *    fixed schedule computed once per plan from the PV profile, not a reaction to each year's
 *    actual surplus: the dispatch stays a simple single pass, and the electrolyser's annual
 *    energy stays exactly what the annual engine counts.
 * Beyond the number of sunlit hours, the 'solar' schedule continues in the remaining hours in
 * time order (round the clock), which is how an electrolyser with a high utilisation runs.
 */
export function electrolyserShape(mode: 'flat' | 'solar', operatingHours: number, pvCf: Float64Array | null): Float64Array {
  const out = new Float64Array(HOURS_PER_YEAR);
  const n = Math.round(Math.min(HOURS_PER_YEAR, Math.max(0, operatingHours)));
  if (n === 0) return out;
  if (mode === 'flat' || pvCf === null) {
    out.fill(1 / HOURS_PER_YEAR);
    return out;
  }
  const order = Array.from({ length: HOURS_PER_YEAR }, (_, h) => h);
  order.sort((a, b) => pvCf[b]! - pvCf[a]! || a - b);
  for (let i = 0; i < n; i++) out[order[i]!] = 1 / n;
  return out;
}
