/**
 * The day x hour grid of one hourly series (8760 values, hour 0 = 1 January 00:00-01:00 of
 * the engine's reference year) for a heatmap: x = day of year (0..364), y = hour (0..23).
 */
export const HEATMAP_SERIES = ['load_mw', 'pv_mw', 'import_mw'] as const;
export type HeatmapSeries = (typeof HEATMAP_SERIES)[number];

export interface HeatGrid {
  days: number;
  /** [day, hour, value] triples, as echarts' heatmap takes them. */
  cells: [number, number, number][];
  min: number;
  max: number;
}

export function dayHourGrid(values: readonly number[]): HeatGrid {
  const days = Math.floor(values.length / 24);
  const cells: [number, number, number][] = [];
  let min = Infinity;
  let max = -Infinity;
  for (let d = 0; d < days; d++)
    for (let h = 0; h < 24; h++) {
      const v = values[d * 24 + h]!;
      cells.push([d, h, v]);
      if (v < min) min = v;
      if (v > max) max = v;
    }
  return { days, cells, min: days === 0 ? 0 : min, max: days === 0 ? 0 : max };
}

/** Index of the first day of each month in a 365-day year (the reference year has no 29 February). */
export const MONTH_START_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
