/**
 * Hourly profiles for the dispatch: climate, PV, wind, load shapes and user imports.
 * Everything is deterministic and pure (no I/O, no clock, no Math.random). Series are 8760
 * hours of ParkZero's reference year (calendar.ts: non-leap, 1 January a Monday, China
 * Standard Time, hour h = h:00-h+1:00).
 *
 * Public API
 *   lookupClimate(city, province)        -> {ok, value: {climate, match, note}} | {ok:false, message}
 *   findCityClimate(name)                -> CityClimate | null   (English or Chinese name)
 *   CITY_CLIMATES                        the table (41 cities, each with its source; approximate)
 *   synthesizeWeather(climate, opts?)    -> HourlyWeather (hourly GHI, temperature, wind)
 *   pvFromWeather(weather, {tilt_deg, azimuth_deg, ...}) -> PvProfile {cf (kWh/kWp per hour), specific_yield_kwh_per_kwp, ...}
 *   windProfile(climate, {hub_height_m, full_load_hours?}) -> WindProfile {cf, full_load_hours, speed_scale, ...}
 *   loadShape(name, {monthly_temp_c?})   -> Float64Array summing to 1
 *   electrolyserShape(mode, operating_hours, pvCf) -> Float64Array summing to 1 (0 hours: all zero)
 *   parseHourlyCsv(text, kind)           -> ImportResult<HourlySeries>   (row-numbered errors)
 *   parseEpw(text)                       -> ImportResult<EpwWeather>     (usable as HourlyWeather)
 *   toShape(values)                      -> Float64Array summing to 1
 * Model documentation and the yields table: core/profiles/README.md.
 */
export { HOURS_PER_YEAR, MONTH_DAYS, MONTH_START_HOUR, dayTypeOfDay, monthOfDay, referenceTimestamp } from './calendar.ts';
export type { DayType } from './calendar.ts';
export { CITY_CLIMATES, APPROXIMATE_SOURCE } from './climate-cities.ts';
export type { CityClimate } from './climate-cities.ts';
export { lookupClimate, findCityClimate, annualGhi } from './climate.ts';
export type { ClimateLookup, ClimateLookupResult } from './climate.ts';
export { synthesizeWeather, haurwitzGhi, CHINA_STANDARD_MERIDIAN_DEG } from './weather.ts';
export type { HourlyWeather, SynthesisOptions } from './weather.ts';
export { pvFromWeather, erbsDiffuseFraction, PV_DEFAULTS } from './pv.ts';
export type { PvProfile, PvSystemParams } from './pv.ts';
export { windProfile, powerCurve, WIND_DEFAULTS } from './wind.ts';
export type { WindParams, WindProfile } from './wind.ts';
export { loadShape, electrolyserShape, CONSUMER_LOAD_SHAPES, EXTRA_LOAD_SHAPES, DEFAULT_MONTHLY_TEMP_C } from './load-shapes.ts';
export type { ConsumerLoadShape, LoadShapeName, LoadShapeOptions } from './load-shapes.ts';
export { parseHourlyCsv, toShape } from './import-csv.ts';
export type { HourlySeries, HourlySeriesKind } from './import-csv.ts';
export { parseEpw } from './import-epw.ts';
export type { EpwWeather } from './import-epw.ts';
export type { ImportResult, ImportError } from './import-common.ts';
export { mulberry32, hashString } from './prng.ts';
