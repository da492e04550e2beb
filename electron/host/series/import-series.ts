import { ParkZeroError, type ErrorReason } from '../../../core/api/result.ts';
import { aboutFile, contentReason } from '../../../core/text/error-reasons.ts';
import { MAX_SERIES_TEXT_CHARS } from '../../../core/api/contract.ts';
import type { EditPatch } from '../../../core/api/contract.ts';
import type { Plan } from '../../../core/model/plan.ts';
import type { HourlySeriesKind, ImportedSeries } from '../../../core/model/hourly-series.ts';
import { seriesTargetLabel } from '../../../core/model/hourly-series.ts';
import { parseEpw, parseHourlyCsv } from '../../../core/profiles/index.ts';

/**
 * A user's hourly file (CSV for load / PV / wind, EPW for weather) turned into a plan series,
 * on the host: the renderer sends the text, never a parsed series. Shared by the API
 * (`series.import`) and the CLI (`parkzero series`). Every problem becomes one line naming the
 * file, and the row and reason when the file is at fault:
 *   `load.csv: row 4521: value "abc" is not a number`
 *   `load.csv: consumer "c9" does not exist`
 * The parsers stop at the first bad row, so a file gives at most one row problem per import.
 */

/** Larger texts are refused before parsing (the API's schema has the same bound). */
export { MAX_SERIES_TEXT_CHARS };

export type SeriesTarget = { consumer_id: string } | { measure_id: string } | null;

export interface SeriesImportRequest {
  kind: HourlySeriesKind;
  target: SeriesTarget;
  /** The file's name without its folder (shown in results as the series' source). */
  file_name: string;
  text: string;
  /** Defaults to the file name without its extension. */
  name?: string | undefined;
}

/** One problem: its English line (CLI, logs) and, for problems of the file's content, why for a person. */
export interface SeriesProblem {
  message: string;
  reason?: ErrorReason;
}

export type SeriesImport = { ok: true; series: ImportedSeries; warnings: string[] } | { ok: false; problems: SeriesProblem[] };

export function buildSeries(plan: Plan, req: SeriesImportRequest, now: Date): SeriesImport {
  const file = req.file_name;
  const problems: string[] = [];
  const targetId = checkTarget(plan, req, problems);
  if (req.text.length > MAX_SERIES_TEXT_CHARS)
    problems.push(`file too large (${req.text.length} characters; at most ${MAX_SERIES_TEXT_CHARS})`);
  if (problems.length > 0) return { ok: false, problems: problems.map((p) => ({ message: `${file}: ${p}` })) };

  const common = {
    id: newId(plan, req.kind === 'weather' ? 'weather' : `${req.kind}-${targetId}`),
    name: (req.name ?? file.replace(/\.[A-Za-z0-9]{1,5}$/, '')).trim().slice(0, 200) || file.slice(0, 200),
    source: { file_name: file, imported_at: now.toISOString() },
  };
  if (req.kind === 'weather') {
    const r = parseEpw(req.text);
    if (!r.ok) return { ok: false, problems: [{ message: `${file}: ${r.error.message}`, reason: aboutFile(r.error.why, file) }] };
    const w = r.value;
    return {
      ok: true,
      warnings: r.warnings.map((x) => `${file}: ${x}`),
      series: {
        ...common,
        kind: 'weather',
        target: null,
        weather: {
          lat_deg: w.lat_deg,
          lon_deg: w.lon_deg,
          time_zone_h: w.time_zone_h,
          elevation_m: w.elevation_m,
          ghi_w_per_m2: Array.from(w.ghi_w_per_m2),
          dni_w_per_m2: Array.from(w.dni_w_per_m2 ?? []),
          dhi_w_per_m2: Array.from(w.dhi_w_per_m2 ?? []),
          temp_c: Array.from(w.temp_c),
          wind_m_per_s: Array.from(w.wind_m_per_s),
        },
      },
    };
  }
  const r = parseHourlyCsv(req.text, req.kind);
  if (!r.ok) return { ok: false, problems: [{ message: `${file}: ${r.error.message}`, reason: aboutFile(r.error.why, file) }] };
  if (r.value.sum === 0)
    return {
      ok: false,
      problems: [
        {
          message: `${file}: every value is zero, so the series gives no shape`,
          reason: aboutFile(contentReason('series_all_zero', {}), file),
        },
      ],
    };
  const values = Array.from(r.value.values);
  const warnings = r.warnings.map((x) => `${file}: ${x}`);
  const series: ImportedSeries =
    req.kind === 'load'
      ? { ...common, kind: 'load', target: { consumer_id: targetId! }, values }
      : { ...common, kind: req.kind, target: { measure_id: targetId! }, values };
  return { ok: true, series, warnings };
}

/** The target's id, or null with the problems added. */
function checkTarget(plan: Plan, req: SeriesImportRequest, problems: string[]): string | null {
  const t = req.target;
  if (req.kind === 'weather') {
    if (t !== null) problems.push('a weather file belongs to the park, not to a consumer or measure');
    const existing = plan.hourly_series.find((s) => s.kind === 'weather');
    if (existing) problems.push(`the plan already has a weather file ("${existing.name}", id ${existing.id}); remove it first`);
    return null;
  }
  if (req.kind === 'load') {
    if (t === null || !('consumer_id' in t)) {
      problems.push('a load series needs a consumer');
      return null;
    }
    if (!plan.consumers.some((c) => c.id === t.consumer_id)) problems.push(`consumer "${t.consumer_id}" does not exist`);
    duplicate(plan, req.kind, `consumer ${t.consumer_id}`, problems);
    return t.consumer_id;
  }
  if (t === null || !('measure_id' in t)) {
    problems.push(`a ${req.kind} series needs a ${req.kind} measure`);
    return null;
  }
  const m = plan.scenarios.flatMap((s) => s.measures).find((x) => x.id === t.measure_id);
  if (!m) problems.push(`measure "${t.measure_id}" does not exist`);
  else if (m.kind !== req.kind) problems.push(`measure "${t.measure_id}" is a ${m.kind} measure, not ${req.kind}`);
  duplicate(plan, req.kind, `measure ${t.measure_id}`, problems);
  return t.measure_id;
}

function duplicate(plan: Plan, kind: HourlySeriesKind, label: string, problems: string[]): void {
  const existing = plan.hourly_series.find((s) => s.kind === kind && seriesTargetLabel(s) === label);
  if (existing) problems.push(`${label} already has a ${kind} series ("${existing.name}", id ${existing.id}); remove it first`);
}

function newId(plan: Plan, base: string): string {
  const clean = base.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 56);
  const taken = new Set(plan.hourly_series.map((s) => s.id));
  if (!taken.has(clean)) return clean;
  for (let i = 2; ; i++) if (!taken.has(`${clean}-${i}`)) return `${clean}-${i}`;
}

/** The edit that appends a series to the plan. */
export function addSeriesPatch(plan: Plan, series: ImportedSeries): EditPatch {
  return { op: 'add', path: ['hourly_series', plan.hourly_series.length], value: series };
}

/** The edit that removes a series by id; NOT_FOUND lists the plan's series. */
export function removeSeriesPatch(plan: Plan, id: string): EditPatch {
  const index = plan.hourly_series.findIndex((s) => s.id === id);
  if (index < 0) {
    const known = plan.hourly_series.map((s) => s.id).join(', ') || 'none';
    throw new ParkZeroError('NOT_FOUND', `no hourly series "${id}"; the plan has: ${known}`);
  }
  return { op: 'remove', path: ['hourly_series', index] };
}

/**
 * The refusal for a bad file: one line per problem, each with its reason when it has one (and the
 * error's own reason when there is only one problem); nothing was changed.
 */
export function seriesImportError(problems: readonly SeriesProblem[]): ParkZeroError {
  const only = problems.length === 1 ? problems[0]!.reason : undefined;
  return new ParkZeroError(
    'INVALID_REQUEST',
    problems.map((p) => p.message).join('\n'),
    problems.map((p) =>
      p.reason === undefined ? { path: 'text', message: p.message } : { path: 'text', message: p.message, reason: p.reason },
    ),
    only,
  );
}

/** One line per series for `parkzero series FILE list`. */
export function describeSeries(s: ImportedSeries): string {
  let stats: string;
  if (s.kind === 'weather') {
    const ghi = s.weather.ghi_w_per_m2.reduce((a, b) => a + b, 0) / 1000;
    stats = `lat ${s.weather.lat_deg}, lon ${s.weather.lon_deg}, GHI ${Math.round(ghi)} kWh/m2/a`;
  } else {
    const sum = s.values.reduce((a, b) => a + b, 0);
    const max = s.values.reduce((a, b) => Math.max(a, b), 0);
    stats = `sum ${Number(sum.toPrecision(6))}, max ${Number(max.toPrecision(6))}`;
  }
  return `${s.id}\t${s.kind}\t${seriesTargetLabel(s)}\t"${s.name}"\t${s.source.file_name}\t${s.source.imported_at}\t${stats}`;
}
