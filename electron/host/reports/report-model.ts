import type { Plan } from '../../../core/model/plan.ts';
import type { Consumer } from '../../../core/model/park.ts';
import { ParkZeroError } from '../../../core/api/result.ts';
import { resolveScenario, runScenario, type ResolvedMeasure, type ScenarioResult } from '../../../core/engine/index.ts';
import type { Lang } from './i18n.ts';
import type { ReportUncertainty } from './uncertainty/analysis.ts';

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
      throw new ParkZeroError('NOT_FOUND', `no scenario "${w}"; the plan has ${known}`);
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
  return { ...options, scenarioIds: ids, plan, results: chosen, measures, baseline: baselineInventory(plan, rootId) };
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
