import type { Plan } from '../../../core/model/plan.ts';
import type { Consumer } from '../../../core/model/park.ts';
import { ParkZeroError } from '../../../core/api/result.ts';
import { reason } from '../../../core/text/error-reasons.ts';
import { resolveScenario, runScenario, type ResolvedMeasure, type ScenarioResult } from '../../../core/engine/index.ts';
import type { Lang } from './i18n.ts';
import type { ReportUncertainty } from './uncertainty/analysis.ts';
import { cheapestOfMostTargetsMet } from '../../../core/engine/recommend.ts';

/**
 * What both report formats are made from: the plan, the engine's results for the chosen
 * scenarios (in plan order), and a few derived views. Building it is pure; the date and the
 * plan fingerprint come in from the caller so a report is reproducible.
 */
export interface ReportOptions {
  lang: Lang;
  /** Scenarios to include by id; empty means every scenario. */
  scenarioIds: readonly string[];
  /** ISO day printed on the cover ("2026-11-22"). */
  date: string;
  /** `planFingerprint(plan)`, printed in every footer. */
  fingerprint: string;
  appVersion: string;
}

export interface ReportModel extends ReportOptions {
  plan: Plan;
  results: ScenarioResult[];
  measures: Map<string, ResolvedMeasure[]>;
  baseline: BaselineInventory;
  /** The uncertainty analysis (uncertainty/), when the plan has uncertain inputs. */
  uncertainty?: ReportUncertainty | null;
  /** The root scenario's result: the baseline every increment is measured against. */
  root: ScenarioResult;
  /** The scenario the plan recommends (one of `results`) and why it was chosen. */
  recommended: { result: ScenarioResult; reason: 'user' | 'all_targets_cheapest' | 'most_targets_cheapest' };
  /** Per measure of the recommended scenario: abatement by year (tCO2, year order of the result), by removal. */
  abatement: Map<string, number[]>;
}

export interface BaselineRow {
  consumer: Consumer;
  tce_equivalent: number;
  gross_tco2: number;
}
export interface BaselineInventory {
  /** The root scenario whose grid factor and settings price the base year. */
  scenarioId: string;
  scenarioName: string;
  rows: BaselineRow[];
}

/** Scenario ids named by id or by name, in plan order; an unknown name is NOT_FOUND. */
export function selectScenarioIds(plan: Plan, wanted: readonly string[]): string[] {
  if (wanted.length === 0) return plan.scenarios.map((s) => s.id);
  const ids = new Set<string>();
  for (const w of wanted) {
    const found = plan.scenarios.find((s) => s.id === w || s.name === w);
    if (!found) {
      const known = plan.scenarios.map((s) => `${s.id} ("${s.name}")`).join(', ');
      throw new ParkZeroError(
        'NOT_FOUND',
        `no scenario "${w}"; the plan has ${known}`,
        undefined,
        reason('report_scenario_missing', {}),
      );
    }
    ids.add(found.id);
  }
  return plan.scenarios.filter((s) => ids.has(s.id)).map((s) => s.id);
}

/** Runs the engine (with MAC) for the chosen scenarios. */
export function runForReport(plan: Plan, scenarioIds: readonly string[]): ScenarioResult[] {
  return selectScenarioIds(plan, scenarioIds).map((id) => runScenario(plan, id, { mac: true }));
}

export function buildReportModel(plan: Plan, results: ScenarioResult[], options: ReportOptions): ReportModel {
  const ids = selectScenarioIds(plan, options.scenarioIds);
  const chosen = ids.map((id) => {
    const r = results.find((x) => x.scenario_id === id);
    if (!r) throw new ParkZeroError('NOT_FOUND', `no results for scenario "${id}"`);
    return r;
  });
  const measures = new Map(ids.map((id) => [id, resolveScenario(plan, id).measures]));
  const rootId = chosen[0]?.chain[0] ?? plan.scenarios.find((s) => s.parent_id === null)!.id;
  const root = chosen.find((r) => r.scenario_id === rootId) ?? runScenario(plan, rootId, { mac: false });
  const recommended = recommendScenario(plan, chosen);
  return {
    ...options,
    scenarioIds: ids,
    plan,
    results: chosen,
    measures,
    baseline: baselineInventory(plan, rootId),
    root,
    recommended,
    abatement: abatementByRemoval(plan, recommended.result, measures.get(recommended.result.scenario_id) ?? []),
  };
}

/**
 * The recommended scenario: the user's choice when it is in the report; otherwise the cheapest
 * (NPV of total cost) of those meeting every target, or, if none does, of those meeting the
 * most. The report states which rule chose it.
 */
export function recommendScenario(plan: Plan, results: readonly ScenarioResult[]): ReportModel['recommended'] {
  const wanted = plan.report?.recommended_scenario_id ?? null;
  const own = results.find((r) => r.scenario_id === wanted);
  if (own) return { result: own, reason: 'user' };
  const result = cheapestOfMostTargetsMet(results);
  const all = result.targets.every((x) => x.pass);
  return { result, reason: all ? 'all_targets_cheapest' : 'most_targets_cheapest' };
}

/**
 * Each measure's abatement year by year: the scenario run again without it (its own measures
 * left out, an inherited one switched off by an override), net emissions without minus with.
 * The same removal the engine's MAC uses, so these add up to the MAC's cumulative abatement.
 */
function abatementByRemoval(plan: Plan, full: ScenarioResult, measures: readonly ResolvedMeasure[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const id = full.scenario_id;
  for (const { measure, origin } of measures) {
    const scenarios = plan.scenarios.map((s) => {
      if (s.id !== id) return s;
      if (origin.scenario_id === id) return { ...s, measures: s.measures.filter((x) => x.id !== measure.id) };
      const others = s.measure_overrides.filter((o) => o.measure_id !== measure.id);
      const mine = s.measure_overrides.find((o) => o.measure_id === measure.id);
      return { ...s, measure_overrides: [...others, { measure_id: measure.id, set: mine?.set ?? {}, disabled: true }] };
    });
    const without = runScenario({ ...plan, scenarios }, id, { mac: false });
    out.set(
      measure.id,
      full.years.map((y, i) => without.years[i]!.emissions.net_tco2 - y.emissions.net_tco2),
    );
  }
  return out;
}

/**
 * Base-year energy and emissions per enterprise. Rather than repeat the engine's factor maths
 * here, each enterprise runs through the engine alone for the base year without measures: with
 * no measure acting, the engine is linear in consumption (fuels x factors, grid import x grid
 * factor), so these rows add up exactly to the park's base-year total.
 */
function baselineInventory(plan: Plan, rootId: string): BaselineInventory {
  const root = plan.scenarios.find((s) => s.id === rootId)!;
  const rows = plan.consumers.map((consumer) => {
    const single: Plan = {
      ...plan,
      park: { ...plan.park, horizon_year: plan.park.base_year },
      consumers: [consumer],
      scenarios: [{ ...root, parent_id: null, measures: [], measure_overrides: [] }],
      targets: [],
    };
    const year = runScenario(single, root.id, { mac: false }).years[0]!;
    return { consumer, tce_equivalent: year.energy.tce_equivalent, gross_tco2: year.emissions.gross_tco2 };
  });
  return { scenarioId: root.id, scenarioName: root.name, rows };
}

/** Years printed in summary tables: the base year, every fifth year, and the horizon. */
export function milestoneYears(result: ScenarioResult): number[] {
  const years = result.years.map((y) => y.year);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return years.filter((y) => y === first || y === last || y % 5 === 0);
}
