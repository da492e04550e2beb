import { clusterDays, reduceSeries, HOURS_PER_YEAR } from '../../../core/optimise/rep-days.ts';
import type { Period } from '../../../core/optimise/problem.ts';

/** An 8760-hour series repeating one 24-hour day. */
export function everyDay(day: readonly number[]): Float64Array {
  const out = new Float64Array(HOURS_PER_YEAR);
  for (let h = 0; h < HOURS_PER_YEAR; h++) out[h] = day[h % 24]!;
  return out;
}

/** The PV-like day of the known-optimum cases: five sunny hours at 0.2 .. 1.0 MWh per MW. */
export const SUN_DAY = Array.from({ length: 24 }, (_, h) => ({ 10: 0.2, 11: 0.4, 12: 1.0, 13: 0.6, 14: 0.8 })[h] ?? 0);

/**
 * One year of identical days as a period: clustered to 2 representatives (the peak day and one
 * for the other 364), which represent the year exactly.
 */
export function identicalDaysPeriod(
  year: number,
  load: readonly number[],
  price: readonly number[],
  shapes: Record<string, readonly number[]>,
  extra: Partial<Period> = {},
): Period {
  const loadY = everyDay(load);
  const days = clusterDays([{ values: loadY }], { days: 2, peak_series: loadY });
  const red = (d: readonly number[]) => reduceSeries(everyDay(d), days);
  return {
    years: [year],
    days,
    load_mw: red(load),
    import_price_cny_per_mwh: red(price),
    export_price_cny_per_mwh: 0,
    export_limit_mw: 0,
    shapes: Object.fromEntries(Object.entries(shapes).map(([k, v]) => [k, red(v)])),
    grid_tco2_per_mwh: 0.6,
    ...extra,
  };
}

export const flat = (v: number) => new Array<number>(24).fill(v);
