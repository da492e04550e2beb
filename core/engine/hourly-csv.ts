import { referenceTimestamp } from '../profiles/calendar.ts';
import { HOURLY_SERIES_KEYS } from './hourly.ts';
import type { ScenarioHours } from './run.ts';

/** Columns of the hourly CSV after `hour` and `timestamp_cst`; units in the names. */
export const HOURLY_CSV_COLUMNS = ['hour', 'timestamp_cst', ...HOURLY_SERIES_KEYS] as const;

/** Six decimals (1 kWh in MWh units), trailing zeros dropped; never exponent notation. */
function num(x: number): string {
  const s = x.toFixed(6);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/**
 * One year's hourly series as CSV (RFC 4180, comma, LF): a header row and 8760 rows. `hour` is
 * 0..8759 of the reference year; `timestamp_cst` is the start of the hour in China Standard
 * Time on the non-leap reference calendar labelled with the planning year (no 29 February).
 */
export function hourlySeriesCsv(h: ScenarioHours): string {
  const rows: string[] = [HOURLY_CSV_COLUMNS.join(',')];
  const cols = HOURLY_SERIES_KEYS.map((k) => h.series[k]);
  const n = h.series.load_mw.length;
  for (let t = 0; t < n; t++) {
    let line = `${t},${referenceTimestamp(h.year, t)}`;
    for (const c of cols) line += `,${num(c[t]!)}`;
    rows.push(line);
  }
  return `${rows.join('\n')}\n`;
}
