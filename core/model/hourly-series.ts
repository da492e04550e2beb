import { z } from 'zod';
import { Id, Name, NO_CONTROL_NAME_CHECK } from './primitives.ts';
import { isCleanName } from '../text/control-chars.ts';

/**
 * A user's own hourly data attached to the plan (Issue 4 "Imports"): a metered or simulated
 * series for a consumer's load or a PV / wind measure's output, or a weather year (EPW) for PV
 * at the park. It is plan content: the fingerprint covers it and the engine uses it.
 *
 * Every series has 8760 values in ParkZero's reference year (core/profiles/calendar.ts:
 * non-leap, China Standard Time, hour h = h:00-h+1:00). Units of `values` are the user's: the
 * engine uses a load, PV or wind series as a SHAPE (normalised to its sum) and takes the annual
 * energy from the plan, so kWh, MWh, kW or capacity factors all work. Weather keeps the EPW
 * columns the PV model needs, in their EPW units.
 *
 * Stored compactly: one array per column, numbers as parsed (no per-hour objects), so a plan
 * JSON stays readable with `planJson` (core/model/plan-json.ts), which prints each numeric
 * array on one line.
 */

export const HOURS_PER_SERIES = 8760;

export const HOURLY_SERIES_KINDS = ['load', 'pv', 'wind', 'weather'] as const;
export type HourlySeriesKind = (typeof HOURLY_SERIES_KINDS)[number];

/** Where the data came from: the file's name (no folder) and when it was imported. */
export const SeriesSource = z.strictObject({
  file_name: z.string().trim().min(1).max(260).refine(isCleanName, NO_CONTROL_NAME_CHECK),
  imported_at: z.iso.datetime(),
});

/** 8760 values >= 0 (load, generation or capacity factor; the generous maximum only catches garbage). */
const Values = z.array(z.number().min(0).max(1e9)).length(HOURS_PER_SERIES);
const hours = (min: number, max: number) => z.array(z.number().min(min).max(max)).length(HOURS_PER_SERIES);

const common = { id: Id, name: Name, source: SeriesSource };

export const LoadSeries = z.strictObject({
  ...common,
  kind: z.literal('load'),
  target: z.strictObject({ consumer_id: Id }),
  values: Values,
});

export const GenerationSeries = z.strictObject({
  ...common,
  kind: z.enum(['pv', 'wind']),
  target: z.strictObject({ measure_id: Id }),
  values: Values,
});

/** Ranges as parseEpw checks them (core/profiles/import-epw.ts). */
export const WeatherData = z.strictObject({
  lat_deg: z.number().min(-90).max(90),
  lon_deg: z.number().min(-180).max(180),
  /** Hours from UTC of the file's clock (8 for China Standard Time). */
  time_zone_h: z.number().min(-12).max(14),
  elevation_m: z.number().min(-500).max(9000),
  /** Hour means, W/m2 (= Wh/m2 in the hour). */
  ghi_w_per_m2: hours(0, 1500),
  dni_w_per_m2: hours(0, 1500),
  dhi_w_per_m2: hours(0, 1000),
  temp_c: hours(-70, 70),
  wind_m_per_s: hours(0, 40),
});
export type WeatherData = z.infer<typeof WeatherData>;

export const WeatherSeries = z.strictObject({
  ...common,
  kind: z.literal('weather'),
  /** Weather belongs to the park (one per plan), not to a consumer or measure. */
  target: z.null(),
  weather: WeatherData,
});

export const ImportedSeries = z.discriminatedUnion('kind', [LoadSeries, GenerationSeries, WeatherSeries]);
export type ImportedSeries = z.infer<typeof ImportedSeries>;
export type LoadSeries = z.infer<typeof LoadSeries>;
export type GenerationSeries = z.infer<typeof GenerationSeries>;
export type WeatherSeries = z.infer<typeof WeatherSeries>;

/** The consumer or measure a series belongs to, for messages: `consumer c1`, `measure pv1`, `the park`. */
export function seriesTargetLabel(s: ImportedSeries): string {
  if (s.kind === 'load') return `consumer ${s.target.consumer_id}`;
  if (s.kind === 'weather') return 'the park';
  return `measure ${s.target.measure_id}`;
}
