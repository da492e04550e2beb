import type { ReportModel } from '../report-model.ts';
import type { ScenarioResult, YearResult } from '../../../../core/engine/index.ts';
import {
  buildCostSet,
  costSchedule,
  fullScaleCapex,
  fullScaleFixedOpex,
  measureSize,
  measureUnitCosts,
} from '../../../../core/costs/index.ts';
import type { Measure } from '../../../../core/model/measures.ts';

/**
 * Figures the plan document states, computed once from the engine's results so the summary,
 * the chapters and the tests read the same numbers. Everything is in the engine's units.
 */

/** Years of the executive summary: the base year, then 2025, 2030, 2035 and 2060 when in the plan. */
export function summaryYears(r: ScenarioResult): number[] {
  const years = r.years.map((y) => y.year);
  const base = years[0]!;
  return [base, ...[2025, 2030, 2035, 2060].filter((y) => y > base && years.includes(y))];
}

/** Milestone years of the project list's abatement columns: 2025, 2030, 2035, 2060 within the plan. */
export function abatementYears(r: ScenarioResult): number[] {
  const years = r.years.map((y) => y.year);
  return [2025, 2030, 2035, 2060].filter((y) => y > years[0]! && years.includes(y));
}

export function yearOf(r: ScenarioResult, year: number): YearResult {
  const y = r.years.find((x) => x.year === year);
  if (!y) throw new Error(`no year ${year} in scenario ${r.scenario_id}`);
  return y;
}

/** A planning period: a Five-Year Plan (14th = 2021-2025) up to the 16th, then one span to the horizon. */
export interface PlanningPeriod {
  from: number;
  to: number;
  /** Ordinal of the Five-Year Plan, or null for the span after the 16th. */
  fyp: number | null;
}

export function planningPeriods(first: number, last: number): PlanningPeriod[] {
  const out: PlanningPeriod[] = [];
  let from = first;
  while (from <= last) {
    const fyp = 14 + Math.floor((from - 2021) / 5);
    if (fyp > 16) {
      out.push({ from, to: last, fyp: null });
      break;
    }
    const end = Math.min(last, 2021 + (fyp - 14) * 5 + 4);
    out.push({ from, to: end, fyp: from < 2021 ? 14 : fyp });
    from = end + 1;
  }
  return out;
}

export interface ProjectRow {
  measure: Measure;
  consumerNames: string[];
  size: ReturnType<typeof measureSize>;
  /** Full-scale capex at the start year's unit costs, CNY. */
  capex: number;
  /** Full-scale fixed O&M at the start year's unit costs, CNY per year. */
  fixedOpex: number;
  start: number;
  finish: number;
  /** Abatement by year of the scenario (removal), tCO2. */
  abatement: number[];
  /** Capex paid each year of the scenario (ramp and replacements), CNY. */
  capexByYear: Float64Array;
}

/** The recommended scenario's measures as the project list prints them. */
export function projectRows(m: ReportModel): ProjectRow[] {
  const r = m.recommended.result;
  const years = r.years.map((y) => y.year);
  const cs = buildCostSet(m.plan.cost_overrides);
  const consumers = new Map(m.plan.consumers.map((c) => [c.id, c]));
  return (m.measures.get(r.scenario_id) ?? []).map(({ measure }) => {
    const u = measureUnitCosts(measure, cs);
    return {
      measure,
      consumerNames: measure.consumer_ids.map((id) => consumers.get(id)?.name ?? id),
      size: measureSize(measure),
      capex: fullScaleCapex(measure, u, measure.start_year),
      fixedOpex: fullScaleFixedOpex(measure, u, measure.start_year),
      start: measure.start_year,
      finish: measure.start_year + measure.ramp_years,
      abatement: m.abatement.get(measure.id) ?? years.map(() => 0),
      capexByYear: costSchedule(measure, u, years).capex,
    };
  });
}

/** Sum of `values` over the years of `r` within [from, to]. */
export function sumYears(r: ScenarioResult, values: ArrayLike<number>, from: number, to: number): number {
  let s = 0;
  r.years.forEach((y, i) => {
    if (y.year >= from && y.year <= to) s += values[i]!;
  });
  return s;
}

export const cumulative = (r: ScenarioResult, f: (y: YearResult) => number) => r.years.reduce((s, y) => s + f(y), 0);
