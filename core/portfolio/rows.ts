import type { ScenarioResult } from '../engine/result-schema.ts';
import { cheapestOfMostTargetsMet } from '../engine/recommend.ts';
import type { Plan } from '../model/plan.ts';
import { MILESTONE_INDICATORS, MILESTONE_YEARS } from './types.ts';
import type { MilestoneIndicator, PlanChoice, PortfolioRow, SignatureState } from './types.ts';

/** What the host knows about one park file besides its plan and the engine's results. */
export interface ParkFileFacts {
  file: string;
  path: string;
  fingerprint: string;
  signature: SignatureState;
  signers: string[];
}

/**
 * The scenario a park is shown with, before any engine run when possible: the flagged one, else
 * the one the planner chose for the report. Null: the report's rule decides (`recommendPlan`),
 * which needs every scenario's results.
 */
export function submittedScenario(plan: Plan): { id: string; choice: PlanChoice } | null {
  const flagged = plan.scenarios.find((s) => s.submitted_plan === true);
  if (flagged) return { id: flagged.id, choice: 'flagged' };
  const chosen = plan.report?.recommended_scenario_id ?? null;
  if (chosen !== null && plan.scenarios.some((s) => s.id === chosen)) return { id: chosen, choice: 'report_choice' };
  return null;
}

/** The report's rule when nothing is marked (core/engine/recommend.ts). */
export const recommendPlan = cheapestOfMostTargetsMet;

const names = (e: { name: string; name_zh?: string | undefined; name_en?: string | undefined }) => ({
  name: e.name,
  ...(e.name_zh === undefined ? {} : { name_zh: e.name_zh }),
  ...(e.name_en === undefined ? {} : { name_en: e.name_en }),
});

/** One park's row: its plan, the engine's result for the shown scenario, and the file facts. */
export function portfolioRow(plan: Plan, result: ScenarioResult, choice: PlanChoice, facts: ParkFileFacts): PortfolioRow {
  const scenario = plan.scenarios.find((s) => s.id === result.scenario_id);
  const first = result.years[0];
  const byYear = new Map(result.years.map((y) => [y.year, y]));
  const milestones = MILESTONE_YEARS.map((year) => {
    const y = byYear.get(year);
    const values = Object.fromEntries(MILESTONE_INDICATORS.map((k) => [k, y === undefined ? null : y.indicators[k]])) as Record<
      MilestoneIndicator,
      number | null
    >;
    return { year, values };
  });
  const targetNames = new Map(plan.targets.map((t) => [t.id, t]));
  const missed = result.targets
    .filter((t) => !t.pass)
    .map((t) => ({ id: t.id, name: targetNames.get(t.id)?.name ?? t.name, first_failing_year: t.first_failing_year }));
  const total = result.targets.length;
  return {
    file: facts.file,
    path: facts.path,
    park: names(plan.park),
    province: plan.park.province,
    city: plan.park.city,
    base_year: plan.park.base_year,
    horizon_year: plan.park.horizon_year,
    base_energy_tce: first?.energy.tce_equivalent ?? 0,
    base_emissions_tco2: first?.emissions.net_tco2 ?? 0,
    scenario: { id: result.scenario_id, ...(scenario ? names(scenario) : { name: result.scenario_name }) },
    choice,
    milestones,
    targets: { met: total - missed.length, total, missed },
    verdict: total === 0 ? 'no_targets' : missed.length === 0 ? 'all_met' : 'some_missed',
    fingerprint: facts.fingerprint,
    signature: facts.signature,
    signers: facts.signers,
    pathway: result.years.map((y) => ({
      year: y.year,
      net_tco2: y.emissions.net_tco2,
      gross_tco2: y.emissions.gross_tco2,
      tce_equivalent: y.energy.tce_equivalent,
      coal_t: y.indicators.coal_t,
    })),
  };
}
