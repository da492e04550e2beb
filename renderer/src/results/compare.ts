import type { Indicators, ScenarioResult } from '../../../core/engine/result-schema.ts';

/** Side-by-side figures for 2-4 scenarios, each with its difference from the first one. */

export const KEY_FIGURES = ['net_2030', 'net_2035', 'net_horizon', 'cumulative', 'npv', 'targets_passed'] as const;
export type KeyFigure = (typeof KEY_FIGURES)[number];

export interface FigureCell {
  value: number | null;
  /** value - the first scenario's value; null for the first scenario or when either is missing. */
  delta: number | null;
}

export interface FigureRow {
  id: KeyFigure;
  /** The year a per-year figure refers to (the horizon row names the horizon year). */
  year: number | null;
  /** For targets_passed: how many targets there are. */
  of: number | null;
  cells: FigureCell[];
}

function netIn(result: ScenarioResult, year: number): number | null {
  return result.years.find((y) => y.year === year)?.emissions.net_tco2 ?? null;
}

function withDeltas(values: (number | null)[]): FigureCell[] {
  const first = values[0] ?? null;
  return values.map((value, i) => ({
    value,
    delta: i === 0 || value === null || first === null ? null : value - first,
  }));
}

export function keyFigures(results: readonly ScenarioResult[]): FigureRow[] {
  const horizon = results[0]?.years.at(-1)?.year ?? null;
  const row = (id: KeyFigure, year: number | null, of: number | null, get: (r: ScenarioResult) => number | null): FigureRow => ({
    id,
    year,
    of,
    cells: withDeltas(results.map(get)),
  });
  return [
    row('net_2030', 2030, null, (r) => netIn(r, 2030)),
    row('net_2035', 2035, null, (r) => netIn(r, 2035)),
    row('net_horizon', horizon, null, (r) => (horizon === null ? null : netIn(r, horizon))),
    row('cumulative', null, null, (r) => r.summary.cumulative_net_emissions_tco2),
    row('npv', null, null, (r) => r.summary.npv_total_cost_cny),
    row('targets_passed', null, results[0]?.targets.length ?? null, (r) => r.targets.filter((t) => t.pass).length),
  ];
}

export interface IndicatorComparison {
  years: number[];
  /** rows[yearIndex][scenarioIndex] */
  rows: FigureCell[][];
}

export function compareIndicator(
  results: readonly ScenarioResult[],
  field: keyof Indicators,
  years: readonly number[],
): IndicatorComparison {
  return {
    years: [...years],
    rows: years.map((year) => withDeltas(results.map((r) => r.years.find((y) => y.year === year)?.indicators[field] ?? null))),
  };
}
