import type { ImportedSeries, WeatherData } from '../model/hourly-series.ts';
import { canonicalJson } from '../fingerprint/canonical-json.ts';
import type { PlanChange } from './schema.ts';

/**
 * The user's hourly series (plan.hourly_series) compared by id. A series is 8760 numbers (five
 * columns of them for weather), so a diff never carries the arrays: an added or removed series
 * is its summary (`seriesSummary`), and a changed column is ONE change whose old / new are the
 * column's annual figure (sum, or mean for temperature and wind), with `field` naming the
 * column (`values`, `weather.ghi_w_per_m2`). Text reads "values changed (annual sum X → Y)".
 *
 * Units: load / PV / wind values are in the user's own units (the engine uses them as a shape),
 * so their sums carry no unit; weather columns are EPW units (W/m² hour means summed to kWh/m²).
 */

type Json = PlanChange['old'];

/** Fields whose old / new are an annual summary of an hourly column, not the column itself. */
export const SERIES_COLUMN_FIELDS = [
  'values',
  'weather.ghi_w_per_m2',
  'weather.dni_w_per_m2',
  'weather.dhi_w_per_m2',
  'weather.temp_c',
  'weather.wind_m_per_s',
] as const;

type WeatherColumn = 'ghi_w_per_m2' | 'dni_w_per_m2' | 'dhi_w_per_m2' | 'temp_c' | 'wind_m_per_s';
const WEATHER_COLUMNS: readonly { key: WeatherColumn; how: 'sum' | 'mean'; unit: string }[] = [
  // W/m² hour means: the year's sum / 1000 is kWh/m².
  { key: 'ghi_w_per_m2', how: 'sum', unit: 'kWh/m²' },
  { key: 'dni_w_per_m2', how: 'sum', unit: 'kWh/m²' },
  { key: 'dhi_w_per_m2', how: 'sum', unit: 'kWh/m²' },
  { key: 'temp_c', how: 'mean', unit: '°C' },
  { key: 'wind_m_per_s', how: 'mean', unit: 'm/s' },
];
const WEATHER_SCALARS = ['lat_deg', 'lon_deg', 'time_zone_h', 'elevation_m'] as const;
const SCALAR_UNITS: Record<(typeof WEATHER_SCALARS)[number], string> = {
  lat_deg: '°',
  lon_deg: '°',
  time_zone_h: 'h',
  elevation_m: 'm',
};

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
/** Rounded so a summary reads well and is stable across machines (sums of 8760 floats). */
const round = (x: number) => Number(x.toPrecision(6));

function columnFigure(w: WeatherData, c: (typeof WEATHER_COLUMNS)[number]): number {
  const xs = w[c.key];
  return round(c.how === 'sum' ? sum(xs) / 1000 : xs.length === 0 ? 0 : sum(xs) / xs.length);
}

/** The annual sum of a load / PV / wind series, in its own units. */
export function annualSum(s: ImportedSeries): number | null {
  return s.kind === 'weather' ? null : round(sum(s.values));
}

/** The annual global horizontal irradiation of a weather series, kWh/m². */
export function annualGhiKwhPerM2(s: ImportedSeries): number | null {
  return s.kind === 'weather' ? round(sum(s.weather.ghi_w_per_m2) / 1000) : null;
}

function targetText(s: ImportedSeries): string | null {
  if (s.kind === 'weather') return null;
  return s.kind === 'load' ? s.target.consumer_id : s.target.measure_id;
}

/** What an added or removed series shows instead of its arrays. */
export function seriesSummary(s: ImportedSeries): Json {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    target: targetText(s),
    file_name: s.source.file_name,
    imported_at: s.source.imported_at,
    ...(s.kind === 'weather'
      ? { annual_ghi_kwh_per_m2: annualGhiKwhPerM2(s) ?? 0, lat_deg: s.weather.lat_deg, lon_deg: s.weather.lon_deg }
      : { annual_sum: annualSum(s) ?? 0 }),
  };
}

function change(s: ImportedSeries, field: string, old: Json, next: Json, unit: string | null): PlanChange {
  return {
    change: 'changed',
    section: 'hourly_series',
    id: s.id,
    name: s.name,
    scenario_id: null,
    field,
    path: `hourly_series[${s.id}].${field}`,
    old,
    new: next,
    unit,
  };
}

const differ = (a: unknown, b: unknown) => a !== b && canonicalJson(a) !== canonicalJson(b);

/** Changes inside two series with the same id; `b` names the change. */
function diffOne(a: ImportedSeries, b: ImportedSeries, out: PlanChange[]): void {
  const named = b;
  if (a.kind !== b.kind) out.push(change(named, 'kind', a.kind, b.kind, null));
  if (a.name !== b.name) out.push(change(named, 'name', a.name, b.name, null));
  if (differ(targetText(a), targetText(b))) out.push(change(named, 'target', targetText(a), targetText(b), null));
  if (a.source.file_name !== b.source.file_name)
    out.push(change(named, 'source.file_name', a.source.file_name, b.source.file_name, null));
  if (a.source.imported_at !== b.source.imported_at)
    out.push(change(named, 'source.imported_at', a.source.imported_at, b.source.imported_at, null));
  if (a.kind === 'weather' && b.kind === 'weather') {
    for (const k of WEATHER_SCALARS)
      if (a.weather[k] !== b.weather[k]) out.push(change(named, `weather.${k}`, a.weather[k], b.weather[k], SCALAR_UNITS[k]));
    for (const c of WEATHER_COLUMNS)
      if (differ(a.weather[c.key], b.weather[c.key]))
        out.push(change(named, `weather.${c.key}`, columnFigure(a.weather, c), columnFigure(b.weather, c), c.unit));
    return;
  }
  if (a.kind !== 'weather' && b.kind !== 'weather' && differ(a.values, b.values))
    out.push(change(named, 'values', annualSum(a), annualSum(b), null));
}

/** Added, removed and changed series, matched by id (A's order, then B's new ones). */
export function diffSeries(a: readonly ImportedSeries[], b: readonly ImportedSeries[], out: PlanChange[]): void {
  const inA = new Map(a.map((s) => [s.id, s]));
  const inB = new Map(b.map((s) => [s.id, s]));
  const entity = (kind: 'added' | 'removed', s: ImportedSeries): PlanChange => ({
    change: kind,
    section: 'hourly_series',
    id: s.id,
    name: s.name,
    scenario_id: null,
    field: null,
    path: `hourly_series[${s.id}]`,
    old: kind === 'removed' ? seriesSummary(s) : null,
    new: kind === 'added' ? seriesSummary(s) : null,
    unit: null,
  });
  for (const s of a) {
    const other = inB.get(s.id);
    if (other === undefined) out.push(entity('removed', s));
    else diffOne(s, other, out);
  }
  for (const s of b) if (!inA.has(s.id)) out.push(entity('added', s));
}

/** "values changed (annual sum 1,234 → 1,300)" for a column change; null for any other change. */
export function isSeriesColumnChange(c: PlanChange): boolean {
  return (
    c.section === 'hourly_series' &&
    c.change === 'changed' &&
    (SERIES_COLUMN_FIELDS as readonly (string | null)[]).includes(c.field)
  );
}

/** "annual sum" or "annual GHI" etc.: what the old / new of a column change are. */
export function seriesColumnFigure(field: string): string {
  if (field === 'values') return 'annual sum';
  const col = field.replace(/^weather\./, '');
  const c = WEATHER_COLUMNS.find((x) => x.key === col);
  const name = col.replace(/_(w_per_m2|c|m_per_s)$/, '').toUpperCase();
  return c?.how === 'mean' ? `annual mean ${col === 'temp_c' ? 'temperature' : 'wind speed'}` : `annual ${name}`;
}
