import type { Plan } from '../../../../core/model/plan.ts';
import {
  evaluatePoints,
  runMonteCarlo,
  tornadoFrom,
  tornadoPoints,
  uncertaintyIssues,
} from '../../../../core/uncertainty/index.ts';
import type { MonteCarloResult, OutputSpec, TornadoResult, UncertainInput } from '../../../../core/uncertainty/index.ts';

/**
 * The uncertainty analysis a report prints, computed when the report is made from the plan's
 * own uncertain inputs (`plan.uncertainty`), so it always matches the plan it sits in (a stored
 * result could be older than the plan). Seeded, so the same plan gives the same report. Runs
 * on the report's worker thread, one engine run at a time: about 20-40 ms a run on the sample.
 */

/** Monte Carlo runs in a report: enough for P5/P95 and probabilities to about ±3 points. */
export const REPORT_MC_RUNS = 200;
export const REPORT_MC_SEED = 1;

export interface ReportUncertainty {
  scenarioId: string;
  scenarioName: string;
  inputs: UncertainInput[];
  tornadoNpv: TornadoResult;
  tornadoEmissions: TornadoResult;
  mc: MonteCarloResult;
}

/**
 * `runs` 0 leaves the section out (`parkzero report --risk-runs 0`).
 *
 * The analysis for the last chosen scenario (the report's most ambitious one by convention:
 * children follow their parents in plan order), or null when the plan has no uncertain inputs.
 */
export function uncertaintyForReport(
  plan: Plan,
  scenarioIds: readonly string[],
  runs: number = REPORT_MC_RUNS,
): ReportUncertainty | null {
  const inputs = plan.uncertainty?.inputs ?? [];
  const scenarioId = scenarioIds[scenarioIds.length - 1];
  if (runs === 0 || inputs.length === 0 || scenarioId === undefined || uncertaintyIssues(plan).length > 0) return null;
  const tornado = (output: OutputSpec) => {
    const sp = tornadoPoints(plan);
    return tornadoFrom(plan, scenarioId, output, sp, evaluatePoints(plan, scenarioId, output, sp.points));
  };
  return {
    scenarioId,
    scenarioName: plan.scenarios.find((s) => s.id === scenarioId)!.name,
    inputs,
    tornadoNpv: tornado({ kind: 'npv_total_cost' }),
    tornadoEmissions: tornado({ kind: 'cumulative_net_emissions' }),
    mc: runMonteCarlo(plan, { scenarioId, runs, seed: REPORT_MC_SEED, sampling: 'lhs' }),
  };
}

/** Base year, every fifth year and the horizon: the years the tables print. */
export function milestones(years: readonly number[]): number[] {
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return years.filter((y) => y === first || y === last || y % 5 === 0);
}
