import { DAYS_PER_YEAR, HOURS_PER_YEAR, MONTH_START_DAY, monthOfDay } from './calendar.ts';
import { MAX_IMPORT_CHARS, fieldText, importError, parseNumber, show, splitLines } from './import-common.ts';
import { contentReason as why, type EpwField } from '../text/error-reasons.ts';
import type { ImportResult } from './import-common.ts';
import type { HourlyWeather } from './weather.ts';

/**
 * EnergyPlus weather files (EPW; format in the EnergyPlus "Auxiliary Programs" manual, ch. 2.9):
 * 8 header lines (LOCATION first), then one comma-separated row per hour. Fields used
 * (1-based as in the manual): 2 month, 3 day, 4 hour (1-24, the hour ENDING at that time),
 * 7 dry-bulb temperature (C), 14 global horizontal, 15 direct normal, 16 diffuse horizontal
 * radiation (Wh/m2 over the preceding hour), 22 wind speed (m/s). LOCATION gives latitude
 * (field 7, north positive), longitude (8, east positive), time zone (9, hours from UTC) and
 * elevation (10). Missing-value codes (99.9 temperature, 9999 radiation, 999 wind) are refused:
 * a typical-year file (CSWD, IWEC, TMY) has none, and guessing fill values would silently
 * change yields. Leap-year files (8784 rows) are refused with a hint.
 */

export interface EpwWeather extends HourlyWeather {
  city: string;
  country: string;
  elevation_m: number;
  time_zone_h: number;
}

const FIELDS = { month: 1, day: 2, hour: 3, temp: 6, ghi: 13, dni: 14, dhi: 15, wind: 21 } as const;

interface Check {
  field: number;
  name: EpwField;
  missing: number;
  min: number;
  max: number;
}

const CHECKS: Check[] = [
  { field: FIELDS.temp, name: 'dry-bulb temperature', missing: 99.9, min: -70, max: 70 },
  { field: FIELDS.ghi, name: 'global horizontal radiation', missing: 9999, min: 0, max: 1500 },
  { field: FIELDS.dni, name: 'direct normal radiation', missing: 9999, min: 0, max: 1500 },
  { field: FIELDS.dhi, name: 'diffuse horizontal radiation', missing: 9999, min: 0, max: 1000 },
  { field: FIELDS.wind, name: 'wind speed', missing: 999, min: 0, max: 40 },
];

export function parseEpw(text: string): ImportResult<EpwWeather> {
  if (text.length > MAX_IMPORT_CHARS)
    return importError(null, `file too large (${text.length} characters) for an EPW file`, why('series_too_large', {}));
  const lines = splitLines(text);
  if (lines.length < 8)
    return importError(
      null,
      `an EPW file has 8 header lines, this file has only ${lines.length} lines`,
      why('epw_too_few_lines', { got: lines.length }),
    );
  const loc = lines[0]!.split(',');
  if (loc[0]!.trim().toUpperCase() !== 'LOCATION')
    return importError(1, `the first line must start with LOCATION, got ${show(loc[0] ?? '')}`, why('epw_not_epw', {}));
  if (loc.length < 10)
    return importError(1, `LOCATION needs 10 fields, got ${loc.length}`, why('epw_location_fields', { got: loc.length }));
  const num = (i: number, name: EpwField, min: number, max: number): number | { text: string; name: EpwField; field: string } => {
    const v = parseNumber(loc[i]!);
    if (v === null) return { text: `LOCATION ${name} ${show(loc[i]!)} is not a number`, name, field: loc[i]! };
    if (v < min || v > max) return { text: `LOCATION ${name} ${v} is outside ${min}..${max}`, name, field: loc[i]! };
    return v;
  };
  const lat = num(6, 'latitude', -90, 90);
  const lon = num(7, 'longitude', -180, 180);
  const tz = num(8, 'time zone', -12, 14);
  const elev = num(9, 'elevation', -500, 9000);
  for (const v of [lat, lon, tz, elev])
    if (typeof v !== 'number')
      return importError(1, v.text, why('epw_location_value', { field: v.name, value: fieldText(v.field) }));

  const dataRows = lines.length - 8;
  if (dataRows !== HOURS_PER_YEAR)
    return importError(
      null,
      `expected ${HOURS_PER_YEAR} data rows after the 8 header lines, got ${dataRows}${dataRows === 8784 ? ' (a leap year? remove 29 February)' : ''}`,
      dataRows === 8784
        ? why('series_leap_year', { got: dataRows })
        : why('epw_row_count', { expected: HOURS_PER_YEAR, got: dataRows }),
    );

  const ghi = new Float64Array(HOURS_PER_YEAR);
  const dni = new Float64Array(HOURS_PER_YEAR);
  const dhi = new Float64Array(HOURS_PER_YEAR);
  const temp = new Float64Array(HOURS_PER_YEAR);
  const wind = new Float64Array(HOURS_PER_YEAR);
  const targets = [temp, ghi, dni, dhi, wind];
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const row = h + 9;
    const f = lines[h + 8]!.split(',');
    if (f.length < 22)
      return importError(row, `expected at least 22 fields, got ${f.length}`, why('epw_fields', { row, got: f.length }));
    const day = Math.floor(h / 24);
    const m = monthOfDay(day);
    const want = [m + 1, day - MONTH_START_DAY[m]! + 1, (h % 24) + 1];
    const got = [FIELDS.month, FIELDS.day, FIELDS.hour].map((i) => parseNumber(f[i]!));
    if (got[0] !== want[0] || got[1] !== want[1] || got[2] !== want[2])
      return importError(
        row,
        `expected month ${want[0]} day ${want[1]} hour ${want[2]}, got month ${f[1]!.trim()} day ${f[2]!.trim()} hour ${f[3]!.trim()}`,
        why('epw_date', { row, month: want[0]!, day: want[1]!, hour: want[2]! }),
      );
    for (let c = 0; c < CHECKS.length; c++) {
      const check = CHECKS[c]!;
      const v = parseNumber(f[check.field]!);
      if (v === null)
        return importError(
          row,
          `${check.name} ${show(f[check.field]!)} is not a number`,
          why('epw_value_not_number', { row, field: check.name, value: fieldText(f[check.field]!) }),
        );
      if (v >= check.missing)
        return importError(
          row,
          `${check.name} is missing (${f[check.field]!.trim()})`,
          why('epw_value_missing', { row, field: check.name }),
        );
      if (v < check.min || v > check.max)
        return importError(
          row,
          `${check.name} ${v} is outside ${check.min}..${check.max}`,
          why('epw_value_range', { row, field: check.name, value: String(v), min: String(check.min), max: String(check.max) }),
        );
      targets[c]![h] = v;
    }
  }
  const warnings: string[] = [];
  let ghiSum = 0;
  for (let h = 0; h < HOURS_PER_YEAR; h++) ghiSum += ghi[h]!;
  if (ghiSum / 1000 / DAYS_PER_YEAR < 0.5)
    warnings.push(`annual GHI is only ${(ghiSum / 1000).toFixed(0)} kWh/m2: check the file`);
  return {
    ok: true,
    value: {
      lat_deg: lat as number,
      lon_deg: lon as number,
      meridian_deg: (tz as number) * 15,
      time_zone_h: tz as number,
      elevation_m: elev as number,
      city: (loc[1] ?? '').trim(),
      country: (loc[3] ?? '').trim(),
      ghi_w_per_m2: ghi,
      dni_w_per_m2: dni,
      dhi_w_per_m2: dhi,
      temp_c: temp,
      wind_m_per_s: wind,
      source: `EPW file: ${(loc[1] ?? '').trim()}, ${(loc[3] ?? '').trim()} (${(loc[4] ?? '').trim()})`,
    },
    warnings,
  };
}
