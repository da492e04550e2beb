import type { Indicators, ScenarioResult } from '../../../core/engine/result-schema.ts';
import type { EnergyMethod } from '../../../core/model/targets.ts';

/** Target checks as a targets x years grid, and the key indicators for chosen years. */

export interface ScoreCell {
  year: number;
  pass: boolean;
  value: number | null;
  limit: number;
  margin: number | null;
}

export interface ScoreRow {
  id: string;
  name: string;
  source: string;
  /** The Indicators key the target reads (tells the unit). */
  indicator: string;
  pass: boolean;
  firstFailingYear: number | null;
  /** One entry per year of the grid; null where the target is not checked that year. */
  cells: (ScoreCell | null)[];
}

export interface Scorecard {
  years: number[];
  rows: ScoreRow[];
  /** Cells checked / passed over the whole grid. */
  checked: number;
  passed: number;
}

/** `targetNames`: the plan's target names in the screen's language (the result carries the primary name). */
export function shapeScorecard(result: ScenarioResult, targetNames?: ReadonlyMap<string, string>): Scorecard {
  const years = result.years.map((y) => y.year);
  let checked = 0;
  let passed = 0;
  const rows = result.targets.map((t): ScoreRow => {
    const cells = result.years.map((y): ScoreCell | null => {
      const c = y.targets.find((x) => x.id === t.id);
      if (c === undefined) return null;
      checked++;
      if (c.pass) passed++;
      return { year: y.year, pass: c.pass, value: c.value, limit: c.limit, margin: c.margin };
    });
    return {
      id: t.id,
      name: targetNames?.get(t.id) ?? t.name,
      source: t.source,
      indicator: t.indicator,
      pass: t.pass,
      firstFailingYear: t.first_failing_year,
      cells,
    };
  });
  return { years, rows, checked, passed };
}

/** Key indicators, each with its unit kind; method-dependent ones follow the chosen method. */
export const KEY_INDICATORS = [
  'co2_per_tce',
  'non_fossil_share',
  'clean_energy_share',
  'renewable_electricity_share',
  'electrification_rate',
  'waste_heat_utilisation',
  'coal_t',
] as const;
export type KeyIndicator = (typeof KEY_INDICATORS)[number];
export type IndicatorUnit = 'share' | 'tco2_per_tce' | 't' | 'tce' | 'tco2' | 'tco2_per_10k_cny' | 'tce_per_10k_cny';

export function keyIndicatorField(id: KeyIndicator, method: EnergyMethod): keyof Indicators {
  switch (id) {
    case 'co2_per_tce':
    case 'non_fossil_share':
    case 'clean_energy_share':
    case 'electrification_rate':
      return `${id}_${method}`;
    default:
      return id;
  }
}

/** The unit of an Indicators key (also what a target on it is measured in). */
export function indicatorUnit(key: string): IndicatorUnit {
  if (key.startsWith('co2_per_tce')) return 'tco2_per_tce';
  if (key.startsWith('tce_per_10k_cny_va')) return 'tce_per_10k_cny';
  if (key === 'tco2_per_10k_cny_va') return 'tco2_per_10k_cny';
  if (key === 'coal_t') return 't';
  if (key.startsWith('total_tce')) return 'tce';
  if (key.endsWith('_tco2')) return 'tco2';
  return 'share';
}

export interface KeyIndicatorRow {
  id: KeyIndicator;
  field: keyof Indicators;
  unit: IndicatorUnit;
  values: (number | null)[];
}

/** The default years of the indicator table: base year, every fifth year from 2025, horizon. */
export function milestoneYears(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const picked = years.filter((y) => y === first || y === last || y % 5 === 0);
  return picked;
}

export function shapeKeyIndicators(result: ScenarioResult, years: readonly number[], method: EnergyMethod): KeyIndicatorRow[] {
  const byYear = new Map(result.years.map((y) => [y.year, y]));
  return KEY_INDICATORS.map((id) => {
    const field = keyIndicatorField(id, method);
    return {
      id,
      field,
      unit: indicatorUnit(field),
      values: years.map((year) => byYear.get(year)?.indicators[field] ?? null),
    };
  });
}
