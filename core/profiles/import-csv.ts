import { HOURS_PER_YEAR } from './calendar.ts';
import { MAX_IMPORT_CHARS, fieldText, importError, parseNumber, show, splitLines } from './import-common.ts';
import { contentReason as why } from '../text/error-reasons.ts';
import type { ImportResult } from './import-common.ts';

/**
 * A user's own hourly series (metered load, a PV or wind simulation from another tool) as CSV:
 *  - 8760 data rows, hour 0 = 1 January 00:00-01:00 (ParkZero's reference year);
 *  - one value column, or two columns `hour,value` where hour counts 0..8759 or 1..8760 in
 *    order, or `time label,value` where the first column is not a number (a timestamp, kept
 *    unchecked; a warning says so);
 *  - an optional header line (the first line, when any of its fields is not a number);
 *  - separator comma, semicolon or tab (taken from the first line); values use a decimal point;
 *  - values must be finite and >= 0. Units are the user's: the series is used as a shape
 *    (normalised to its sum) unless the caller decides otherwise.
 * Leap-year files (8784 rows) are refused with a hint instead of silently dropping a day.
 */

export type HourlySeriesKind = 'load' | 'pv' | 'wind';

export interface HourlySeries {
  kind: HourlySeriesKind;
  values: Float64Array;
  sum: number;
  max: number;
  header: string[] | null;
  /** For PV and wind: values all <= 1 look like capacity factors; otherwise energy or power. */
  looks_like: 'capacity_factor' | 'energy';
}

function separatorOf(line: string): string {
  if (line.includes('\t')) return '\t';
  if (line.includes(';')) return ';';
  return ',';
}

export function parseHourlyCsv(text: string, kind: HourlySeriesKind): ImportResult<HourlySeries> {
  if (text.length > MAX_IMPORT_CHARS)
    return importError(
      null,
      `file too large (${text.length} characters); an hourly year is under 1 MB`,
      why('series_too_large', {}),
    );
  const lines = splitLines(text);
  if (lines.length === 0) return importError(null, 'the file is empty', why('series_empty', {}));
  const sep = separatorOf(lines[0]!);
  const first = lines[0]!.split(sep);
  if (first.length > 2)
    return importError(
      1,
      `expected 1 or 2 columns (value, or hour and value), got ${first.length}`,
      why('series_columns', { row: 1, got: first.length }),
    );
  // A header is a first line whose value (last) field is not a number.
  const hasHeader = parseNumber(first[first.length - 1]!) === null;
  const start = hasHeader ? 1 : 0;
  const dataRows = lines.length - start;
  if (dataRows !== HOURS_PER_YEAR)
    return importError(
      null,
      `expected ${HOURS_PER_YEAR} rows, got ${dataRows}${dataRows === 8784 ? ' (a leap year? remove 29 February)' : ''}`,
      dataRows === 8784
        ? why('series_leap_year', { got: dataRows })
        : why('series_row_count', { expected: HOURS_PER_YEAR, got: dataRows }),
    );

  const columns = lines[start]!.split(sep).length;
  if (columns > 2)
    return importError(
      start + 1,
      `expected 1 or 2 columns (value, or hour and value), got ${columns}`,
      why('series_columns', { row: start + 1, got: columns }),
    );
  const warnings: string[] = [];
  let hourBase: number | null = null;
  let labelled = false;
  const values = new Float64Array(HOURS_PER_YEAR);
  let sum = 0;
  let max = 0;
  for (let i = 0; i < HOURS_PER_YEAR; i++) {
    const row = start + i + 1;
    const line = lines[start + i]!;
    if (line.trim() === '') return importError(row, 'empty line', why('series_empty_line', { row }));
    const fields = line.split(sep);
    if (fields.length !== columns)
      return importError(
        row,
        `expected ${columns} columns, got ${fields.length}`,
        why('series_column_count', { row, expected: columns, got: fields.length }),
      );
    const valueField = fields[columns - 1]!;
    const v = parseNumber(valueField);
    if (v === null)
      return importError(
        row,
        `value ${show(valueField)} is not a number`,
        why('series_not_a_number', { row, value: fieldText(valueField) }),
      );
    if (v < 0)
      return importError(
        row,
        `value ${v} is negative; ${kind} series must be >= 0`,
        why('series_negative', { row, value: String(v) }),
      );
    if (columns === 2) {
      const hourField = fields[0]!;
      const hour = parseNumber(hourField);
      if (i === 0) {
        if (hour === null) labelled = true;
        else if (hour === 0 || hour === 1) hourBase = hour;
        else
          return importError(
            row,
            `the hour column must start at 0 or 1, got ${show(hourField)}`,
            why('series_hour_start', { row, value: fieldText(hourField) }),
          );
      } else if (!labelled) {
        if (hour === null)
          return importError(
            row,
            `hour ${show(hourField)} is not a number`,
            why('series_hour_not_number', { row, value: fieldText(hourField) }),
          );
        if (hour !== hourBase! + i)
          return importError(
            row,
            `hour ${hour} is out of sequence (expected ${hourBase! + i})`,
            why('series_hour_sequence', { row, hour: String(hour), expected: hourBase! + i }),
          );
      }
    }
    values[i] = v;
    sum += v;
    if (v > max) max = v;
  }
  if (labelled)
    warnings.push('the first column was read as a time label and not checked; rows are taken in file order from 1 January 00:00');
  if (sum === 0) warnings.push('every value is zero');
  return {
    ok: true,
    value: {
      kind,
      values,
      sum,
      max,
      header: hasHeader ? first.map((f) => f.trim()) : null,
      looks_like: kind !== 'load' && max <= 1 ? 'capacity_factor' : 'energy',
    },
    warnings,
  };
}

/** A series scaled to sum to 1 (a shape); an all-zero series stays zero. */
export function toShape(values: Float64Array): Float64Array {
  let sum = 0;
  for (let h = 0; h < values.length; h++) sum += values[h]!;
  const out = new Float64Array(values.length);
  if (sum > 0) for (let h = 0; h < values.length; h++) out[h] = values[h]! / sum;
  return out;
}
