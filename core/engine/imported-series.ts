import type { Plan } from '../model/plan.ts';
import type { ImportedSeries, WeatherSeries } from '../model/hourly-series.ts';
import type { HourlyWeather } from '../profiles/weather.ts';
import type { CompiledMeasure } from './compile-measures.ts';
import type { DispatchSentence } from './result-schema.ts';
import { createProfileCache } from '../dispatch/index.ts';
import type { ProfileCacheResult } from '../dispatch/index.ts';

/**
 * The plan's imported hourly data (core/model/hourly-series.ts) as the dispatch wants it:
 *  - a consumer's load series replaces its load_profile's shape (its own class `consumer:<id>`),
 *    normalised to a shape: the annual energy still comes from the engine (growth, measures);
 *  - a PV or wind measure's series replaces the modelled profile as a shape (override of class
 *    `measure:<id>`), scaled to the engine's annual MWh for the measure (capacity, yield or
 *    full-load hours, degradation, ramp): the series says WHEN it generates, not how much;
 *  - a weather series replaces the synthetic weather of the park's city for every PV measure
 *    (and the PV model's yields), and its monthly temperatures drive the load shapes.
 * Built once per plan run; arrays are read, never written.
 */
export interface SeriesInputs {
  /** consumer id -> values (any scale). */
  consumer: ReadonlyMap<string, Float64Array>;
  /** `measure:<id>` -> values (any scale), for ScenarioProfileOptions.overrides. */
  measure: ReadonlyMap<string, Float64Array>;
  weather: HourlyWeather | null;
  /** The weather series itself (for its note), null without one. */
  weather_series: WeatherSeries | null;
  byTarget: ReadonlyMap<string, ImportedSeries>;
}

export function seriesInputs(plan: Plan): SeriesInputs {
  const consumer = new Map<string, Float64Array>();
  const measure = new Map<string, Float64Array>();
  const byTarget = new Map<string, ImportedSeries>();
  let weather: HourlyWeather | null = null;
  let weatherSeries: WeatherSeries | null = null;
  for (const s of plan.hourly_series) {
    if (s.kind === 'load') {
      consumer.set(s.target.consumer_id, Float64Array.from(s.values));
      byTarget.set(`consumer:${s.target.consumer_id}`, s);
    } else if (s.kind === 'weather') {
      weatherSeries = s;
      weather = weatherFromSeries(s);
    } else {
      measure.set(`measure:${s.target.measure_id}`, Float64Array.from(s.values));
      byTarget.set(`measure:${s.target.measure_id}`, s);
    }
  }
  return { consumer, measure, weather, weather_series: weatherSeries, byTarget };
}

export function weatherFromSeries(s: WeatherSeries): HourlyWeather {
  const w = s.weather;
  return {
    lat_deg: w.lat_deg,
    lon_deg: w.lon_deg,
    meridian_deg: w.time_zone_h * 15,
    ghi_w_per_m2: Float64Array.from(w.ghi_w_per_m2),
    dni_w_per_m2: Float64Array.from(w.dni_w_per_m2),
    dhi_w_per_m2: Float64Array.from(w.dhi_w_per_m2),
    temp_c: Float64Array.from(w.temp_c),
    wind_m_per_s: Float64Array.from(w.wind_m_per_s),
    source: `imported weather "${s.name}" (${describeSource(s)})`,
    imported: importedParams(s),
  };
}

function describeSource(s: ImportedSeries): string {
  return `${s.source.file_name}, imported ${s.source.imported_at.slice(0, 10)}`;
}

/** The series' name, file and import date (YYYY-MM-DD), as sentence params. */
function importedParams(s: ImportedSeries): { series: string; file: string; imported_on: string } {
  return { series: s.name, file: s.source.file_name, imported_on: s.source.imported_at.slice(0, 10) };
}

/** One sentence per series a scenario's dispatch used, for `result.dispatch.notes` (and `sentences`). */
export function seriesNotes(plan: Plan, inputs: SeriesInputs, ms: readonly CompiledMeasure[]): DispatchSentence[] {
  const notes: DispatchSentence[] = [];
  for (const c of plan.consumers) {
    const s = inputs.byTarget.get(`consumer:${c.id}`);
    if (s)
      notes.push({
        code: 'load_series',
        message: `Load of ${c.name} [${c.id}] follows the imported hourly series "${s.name}" (${describeSource(s)}) instead of the ${c.load_profile} shape, scaled to the engine's annual electricity.`,
        params: { consumer: c.name, consumer_id: c.id, load_profile: c.load_profile, ...importedParams(s) },
      });
  }
  for (const cm of ms) {
    const s = inputs.byTarget.get(`measure:${cm.measure.id}`);
    const kind = cm.measure.kind;
    if (s && (kind === 'pv' || kind === 'wind'))
      notes.push({
        code: 'generation_series',
        message: `${kind === 'pv' ? 'PV' : 'Wind'} measure ${cm.measure.name} [${cm.measure.id}] generates along the imported hourly series "${s.name}" (${describeSource(s)}) instead of the modelled profile, scaled to the engine's annual energy.`,
        params: { variant: kind, measure: cm.measure.name, measure_id: cm.measure.id, ...importedParams(s) },
      });
  }
  if (inputs.weather_series)
    notes.push({
      code: 'weather_series',
      message: `PV profiles and yields use the imported weather "${inputs.weather_series.name}" (${describeSource(inputs.weather_series)}) instead of the synthetic weather of the city.`,
      params: importedParams(inputs.weather_series),
    });
  return notes;
}

/**
 * Profile caches for imported weather, memoised like `sharedProfileCache` (a recompute after an
 * edit reuses the PV profiles); keyed by the site and every weather number, so a changed file
 * can never hit an old entry. Bounded; a memo of a pure function, it changes timings only.
 */
const WEATHER_CACHES = new Map<string, ProfileCacheResult>();
const WEATHER_CACHE_LIMIT = 2;

export function weatherProfileCache(city: string, province: string, weather: HourlyWeather): ProfileCacheResult {
  const key = [
    city,
    province,
    weather.source,
    weather.lat_deg,
    weather.lon_deg,
    weather.meridian_deg,
    ...[weather.ghi_w_per_m2, weather.dni_w_per_m2, weather.dhi_w_per_m2, weather.temp_c, weather.wind_m_per_s].map((a) =>
      a === null ? '' : a.join(','),
    ),
  ].join('\u0000');
  let hit = WEATHER_CACHES.get(key);
  if (!hit) {
    hit = createProfileCache(city, province, { weather });
    WEATHER_CACHES.set(key, hit);
    while (WEATHER_CACHES.size > WEATHER_CACHE_LIMIT) WEATHER_CACHES.delete(WEATHER_CACHES.keys().next().value!);
  }
  return hit;
}
