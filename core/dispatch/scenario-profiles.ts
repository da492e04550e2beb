import type { Measure } from '../model/measures.ts';
import { PROVINCES } from '../factors/provinces.ts';
import { HOURS_PER_YEAR, MONTH_START_HOUR } from '../profiles/calendar.ts';
import { lookupClimate } from '../profiles/climate.ts';
import type { ClimateLookup } from '../profiles/climate.ts';
import type { CityClimate } from '../profiles/climate-cities.ts';
import { CONSUMER_LOAD_SHAPES, electrolyserShape, loadShape } from '../profiles/load-shapes.ts';
import type { LoadShapeName } from '../profiles/load-shapes.ts';
import { pvFromWeather } from '../profiles/pv.ts';
import type { PvProfile } from '../profiles/pv.ts';
import { synthesizeWeather } from '../profiles/weather.ts';
import type { HourlyWeather } from '../profiles/weather.ts';
import { windProfile } from '../profiles/wind.ts';
import type { WindProfile } from '../profiles/wind.ts';
import { toShape } from '../profiles/import-csv.ts';
import type { PathwayProfiles } from './pathway.ts';

/**
 * From a plan to hourly shapes. A `ProfileCache` belongs to one plan (one site): it builds the
 * weather once and memoises every PV orientation, wind hub height and load shape, so the
 * scenarios of a plan share them. `scenarioProfiles` then lists the classes of one scenario.
 *
 * Load classes, in this order:
 *   the five consumer shapes (continuous, two_shift, office, logistics, cold_storage):
 *     each consumer's electricity goes to its load_profile's class; electricity added by a
 *     fuel switch to electricity (heat pumps, electric boilers) or removed by efficiency stays
 *     with the targeted consumer, so it follows that consumer's process shape;
 *   consumer:<id>: one class per consumer with its own imported load series (`consumer_series`);
 *   flat:      CCUS capture and compression (runs with the plant it serves, around the clock);
 *   ev_night:  electric vehicles of transport measures (depot charging at night);
 *   measure:<id>: one class per green_hydrogen measure, its electrolyser schedule ('solar' by
 *     default: full power in the sunniest hours; see electrolyserShape); a surplus-following
 *     electrolyser (mode renewable_surplus) gets a zero array the engine fills every year from
 *     its surplus pre-pass (electrolyser-surplus.ts).
 * Generators: measure:<id> per PV measure (its tilt and azimuth) and per wind measure (its hub
 * height, calibrated to its full-load hours), then other_flat for on-site generation without a
 * weather profile (residual pressure power such as TRT runs with the process: flat).
 * User-imported shapes replace a class's shape (`overrides`), keyed like the classes.
 */

export interface ProfileCacheOptions {
  /** Weather from an EPW file (parseEpw); replaces the synthetic weather of the city. */
  weather?: HourlyWeather | null;
  /** Day-to-day cloud variability in synthetic weather (default true). */
  variability?: boolean;
}

export interface ProfileCache {
  climate: CityClimate;
  /** How the climate was found; null when the weather came from a file. */
  lookup: ClimateLookup | null;
  weather: HourlyWeather;
  notes: readonly string[];
  /**
   * The same notes as the figures and names they are made of (numbers raw, names as strings),
   * parallel to `notes`, so that a warning built from a note can be said in another language.
   */
  noteParams: readonly Readonly<Record<string, string | number>>[];
  pv(tilt_deg: number, azimuth_deg: number): PvProfile;
  wind(hub_height_m: number, full_load_hours: number | null): WindProfile;
  load(shape: LoadShapeName): Float64Array;
}

export type ProfileCacheResult = { ok: true; value: ProfileCache } | { ok: false; message: string };

/** Monthly means of hourly weather, as a climate row (for load temperatures and wind). */
export function climateFromWeather(w: HourlyWeather, name: string): CityClimate {
  const mean = (a: Float64Array, m: number, k: number) => {
    let s = 0;
    for (let h = MONTH_START_HOUR[m]!; h < MONTH_START_HOUR[m + 1]!; h++) s += a[h]!;
    return (s / (MONTH_START_HOUR[m + 1]! - MONTH_START_HOUR[m]!)) * k;
  };
  const months = Array.from({ length: 12 }, (_, m) => m);
  return {
    key: name.toLowerCase().replace(/[^a-z0-9]+/g, '_') || 'weather_file',
    en: name,
    zh: name,
    province: '',
    capital: false,
    lat_deg: w.lat_deg,
    lon_deg: w.lon_deg,
    elevation_m: 0,
    ghi_kwh_per_m2_day: months.map((m) => mean(w.ghi_w_per_m2, m, 24 / 1000)),
    temp_c: months.map((m) => mean(w.temp_c, m, 1)),
    wind_10m_m_per_s: months.map((m) => mean(w.wind_m_per_s, m, 1)),
    source: w.source,
    source_zh: w.source, // a weather file's own description, printed as it is
    quality: 'verified',
  };
}

/** Wind profiles kept per site (distinct hub heights and full-load hours of a plan's measures). */
const WIND_MEMO_LIMIT = 32;

export function createProfileCache(city: string, province: string, options: ProfileCacheOptions = {}): ProfileCacheResult {
  let climate: CityClimate;
  let lookup: ClimateLookup | null = null;
  let weather: HourlyWeather;
  const notes: string[] = [];
  const noteParams: Record<string, string | number>[] = [];
  if (options.weather) {
    weather = options.weather;
    climate = climateFromWeather(weather, city);
    notes.push(`Hourly weather from ${weather.source}.`);
    noteParams.push(
      weather.imported
        ? { variant: 'imported_weather', ...weather.imported }
        : { variant: 'weather_file', source: weather.source },
    );
  } else {
    const found = lookupClimate(city, province);
    if (!found.ok) return { ok: false, message: found.message };
    lookup = found.value;
    climate = lookup.climate;
    if (lookup.note) {
      notes.push(lookup.note);
      const prov = PROVINCES.find((p) => p.key === climate.province);
      noteParams.push({
        variant: 'capital_fallback',
        city,
        capital: climate.en,
        capital_zh: climate.zh,
        province: prov?.en ?? province,
        province_zh: prov?.zh ?? province,
      });
    }
    notes.push(`Climate of ${climate.en}: ${climate.source}.`);
    noteParams.push({
      variant: 'climate_source',
      climate: climate.en,
      climate_zh: climate.zh,
      source: climate.source,
      source_zh: climate.source_zh,
    });
    weather = synthesizeWeather(climate, { variability: options.variability ?? true });
  }
  const pvMemo = new Map<string, PvProfile>();
  const windMemo = new Map<string, WindProfile>();
  const loadMemo = new Map<LoadShapeName, Float64Array>();
  const cache: ProfileCache = {
    climate,
    lookup,
    weather,
    notes,
    noteParams,
    pv(tilt, azimuth) {
      const key = `${tilt}|${azimuth}`;
      let p = pvMemo.get(key);
      if (!p) pvMemo.set(key, (p = pvFromWeather(weather, { tilt_deg: tilt, azimuth_deg: azimuth })));
      return p;
    },
    wind(hub, flh) {
      const key = `${hub}|${flh}`;
      let p = windMemo.get(key);
      if (!p) {
        windMemo.set(key, (p = windProfile(climate, { hub_height_m: hub, full_load_hours: flh })));
        // Bounded: a Monte Carlo samples full-load hours, so every run asks for a new key and an
        // unbounded memo would keep 70 kB per run for as long as the site's cache lives.
        if (windMemo.size > WIND_MEMO_LIMIT) windMemo.delete(windMemo.keys().next().value!);
      }
      return p;
    },
    load(shape) {
      let s = loadMemo.get(shape);
      if (!s) loadMemo.set(shape, (s = loadShape(shape, { monthly_temp_c: climate.temp_c })));
      return s;
    },
  };
  return { ok: true, value: cache };
}

/**
 * Profile caches of the last few sites, synthetic weather only. Building one costs tens of
 * milliseconds (weather, PV per orientation, wind calibration); an edit of a plan re-runs its
 * scenarios on the same site, so keeping the caches makes a recompute cost only the dispatch.
 * A memo of a pure function: it changes timings, never results (the cached arrays are read,
 * never written). Bounded, oldest dropped first. One per thread (each engine worker has its own).
 */
const SHARED_CACHES = new Map<string, ProfileCacheResult>();
const SHARED_CACHE_LIMIT = 8;

export function sharedProfileCache(city: string, province: string): ProfileCacheResult {
  const key = `${city}\u0000${province}`;
  let hit = SHARED_CACHES.get(key);
  if (hit) {
    // Move to the back: most recently used.
    SHARED_CACHES.delete(key);
    SHARED_CACHES.set(key, hit);
    return hit;
  }
  hit = createProfileCache(city, province);
  SHARED_CACHES.set(key, hit);
  while (SHARED_CACHES.size > SHARED_CACHE_LIMIT) SHARED_CACHES.delete(SHARED_CACHES.keys().next().value!);
  return hit;
}

/** Forget the shared caches (benchmarks measure cold starts with it). */
export function clearSharedProfileCaches(): void {
  SHARED_CACHES.clear();
}

const ELECTROLYSER_MEMO = new WeakMap<ProfileCache, Map<string, Float64Array>>();

/**
 * Shapes every run of a site asks for again, memoised (pure functions of read-only arrays):
 * each PV orientation's normalised capacity factors, by the cache's array, and the flat shape.
 */
const PV_SHAPES = new WeakMap<Float64Array, Float64Array>();
let flatShape: Float64Array | null = null;

function pvShape(cf: Float64Array): Float64Array {
  let s = PV_SHAPES.get(cf);
  if (s === undefined) PV_SHAPES.set(cf, (s = toShape(cf)));
  return s;
}

function uniformShape(): Float64Array {
  return (flatShape ??= new Float64Array(HOURS_PER_YEAR).fill(1 / HOURS_PER_YEAR));
}

export interface ScenarioProfileOptions {
  /** Full-load hours for wind measures that leave theirs null (the factor library's default). */
  default_wind_full_load_hours?: number | null;
  electrolyser_mode?: 'solar' | 'flat';
  /** Imported shapes (any scale; normalised here) replacing a class, by class key. */
  overrides?: ReadonlyMap<string, Float64Array>;
  /**
   * Consumers with their own imported load series (any scale; normalised here), by consumer id:
   * each gets its own load class `consumer:<id>` instead of its load_profile's shape.
   */
  consumer_series?: ReadonlyMap<string, Float64Array>;
}

export interface ScenarioProfiles extends PathwayProfiles {
  /** Index of each consumer shape among the load classes. */
  consumer_class: Readonly<Record<(typeof CONSUMER_LOAD_SHAPES)[number], number>>;
  flat_load_class: number;
  ev_load_class: number;
  /** consumer id -> load class, for consumers with their own imported series. */
  consumer_series_class: ReadonlyMap<string, number>;
  /** measure id -> load class (green hydrogen). */
  measure_load_class: ReadonlyMap<string, number>;
  /** measure id -> generator (PV, wind). */
  measure_generator: ReadonlyMap<string, number>;
  other_generator: number;
  /** Modelled annual yield of each PV measure's orientation, kWh/kWp (for comparison with the annual engine's). */
  pv_modelled_yield_kwh_per_kwp: ReadonlyMap<string, number>;
  /** Wind speed scale used to meet each wind measure's full-load hours (1 = city climate as is). */
  wind_speed_scale: ReadonlyMap<string, number>;
}

export function scenarioProfiles(
  cache: ProfileCache,
  measures: readonly Measure[],
  options: ScenarioProfileOptions = {},
): ScenarioProfiles {
  const loadKeys: string[] = [];
  const loadShapes: Float64Array[] = [];
  const genKeys: string[] = [];
  const genShapes: Float64Array[] = [];
  const overrides = options.overrides ?? new Map<string, Float64Array>();
  const addLoad = (key: string, shape: Float64Array) => {
    const o = overrides.get(key);
    loadKeys.push(key);
    loadShapes.push(o ? toShape(o) : shape);
    return loadKeys.length - 1;
  };
  const addGen = (key: string, shape: Float64Array) => {
    const o = overrides.get(key);
    const s = o ? toShape(o) : shape;
    genKeys.push(key);
    // A generator whose climate gives no output at all (no sun or wind in the data) still
    // receives its annual energy from the engine: spread it flat rather than lose it.
    genShapes.push(s.some((x) => x > 0) ? s : uniformShape());
    return genKeys.length - 1;
  };
  const consumerClass = Object.fromEntries(CONSUMER_LOAD_SHAPES.map((s) => [s, addLoad(s, cache.load(s))])) as Record<
    (typeof CONSUMER_LOAD_SHAPES)[number],
    number
  >;
  const consumerSeries = new Map<string, number>();
  for (const [id, values] of options.consumer_series ?? []) consumerSeries.set(id, addLoad(`consumer:${id}`, toShape(values)));
  const flat = addLoad('flat', cache.load('flat'));
  const ev = addLoad('ev_night', cache.load('ev_night'));
  const firstPv = measures.find((m) => m.kind === 'pv');
  const solarCf =
    firstPv && firstPv.kind === 'pv' ? cache.pv(firstPv.params.tilt_deg, firstPv.params.azimuth_deg).cf : cache.pv(25, 0).cf;
  const measureLoad = new Map<string, number>();
  const measureGen = new Map<string, number>();
  const pvYield = new Map<string, number>();
  const windScale = new Map<string, number>();
  // The 'solar' schedule sorts 8760 hours: memoise it per site, mode, hours and PV shape.
  let electrolyserMemo = ELECTROLYSER_MEMO.get(cache);
  if (!electrolyserMemo) ELECTROLYSER_MEMO.set(cache, (electrolyserMemo = new Map()));
  const electrolyser = (mode: 'solar' | 'flat', hours: number): Float64Array => {
    const key = `${mode}|${hours}|${firstPv && firstPv.kind === 'pv' ? `${firstPv.params.tilt_deg}|${firstPv.params.azimuth_deg}` : '25|0'}`;
    let s = electrolyserMemo.get(key);
    if (!s) electrolyserMemo.set(key, (s = electrolyserShape(mode, hours, solarCf)));
    return s;
  };
  for (const m of measures) {
    if (m.kind === 'green_hydrogen' && m.params.operating_mode === 'renewable_surplus') {
      // Its own array, rewritten every year by the engine's surplus pre-pass (followSurplus):
      // the shape follows that year's surplus, so it is neither memoised nor overridable.
      loadKeys.push(`measure:${m.id}`);
      loadShapes.push(new Float64Array(HOURS_PER_YEAR));
      measureLoad.set(m.id, loadKeys.length - 1);
    } else if (m.kind === 'green_hydrogen')
      measureLoad.set(
        m.id,
        addLoad(`measure:${m.id}`, electrolyser(options.electrolyser_mode ?? 'solar', m.params.operating_hours)),
      );
    if (m.kind === 'pv') {
      const p = cache.pv(m.params.tilt_deg, m.params.azimuth_deg);
      pvYield.set(m.id, p.specific_yield_kwh_per_kwp);
      measureGen.set(m.id, addGen(`measure:${m.id}`, pvShape(p.cf)));
    }
    if (m.kind === 'wind') {
      const w = cache.wind(m.params.hub_height_m, m.params.full_load_hours ?? options.default_wind_full_load_hours ?? null);
      windScale.set(m.id, w.speed_scale);
      measureGen.set(m.id, addGen(`measure:${m.id}`, toShape(w.cf)));
    }
  }
  const other = addGen('other_flat', uniformShape());
  return {
    load_keys: loadKeys,
    load_shapes: loadShapes,
    gen_keys: genKeys,
    gen_shapes: genShapes,
    consumer_class: consumerClass,
    consumer_series_class: consumerSeries,
    flat_load_class: flat,
    ev_load_class: ev,
    measure_load_class: measureLoad,
    measure_generator: measureGen,
    other_generator: other,
    pv_modelled_yield_kwh_per_kwp: pvYield,
    wind_speed_scale: windScale,
  };
}
