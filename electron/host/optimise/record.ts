import type { Plan } from '../../../core/model/plan.ts';
import type { Measure } from '../../../core/model/measures.ts';
import type { ScenarioResult } from '../../../core/engine/result-schema.ts';
import type { OptimiserBuild, OptimiserCandidate, OptimiserRecord } from '../../../core/model/optimiser-record.ts';
import type { PlanOptimiseResult } from './optimise-plan.ts';
import type { PlanCandidate } from '../../../core/optimise/plan-candidates.ts';
import { offerUnit, recordCandidates } from '../../../core/optimise/candidate-offers.ts';
import { measureSize } from '../../../core/costs/index.ts';
import { DEFAULT_DAYS, DEFAULT_PERIOD_YEARS } from '../../../core/optimise/from-plan.ts';
import { runScenario } from '../../../core/engine/run.ts';

/**
 * The planner's run as the record a scenario keeps (core/model/optimiser-record.ts) and the
 * Plan-to-targets screen shows: builds by year read back from the answer's measures, the LP's
 * estimate beside the engine's figures and the base scenario's, targets and net emissions per
 * milestone year, and the infeasibility report. Every engine figure comes from full engine runs
 * of the base and of the new scenario (the engine is the judge).
 */

export interface RecordInput {
  readonly plan: Plan;
  readonly base_scenario_id: string;
  readonly settings: OptimiserRecord['settings'];
  readonly candidates: readonly OptimiserCandidate[];
  readonly result: PlanOptimiseResult & { status: OptimiserRecord['status'] };
  readonly base: ScenarioResult;
  readonly answer: ScenarioResult;
  readonly created_on: string;
}

/** Base year, every fifth year and the horizon: the years summary tables print. */
export function milestoneYears(years: readonly number[]): number[] {
  const first = years[0];
  const last = years[years.length - 1];
  return years.filter((y) => y === first || y === last || y % 5 === 0);
}

export function buildRecord(x: RecordInput): OptimiserRecord {
  const years = milestoneYears(x.answer.years.map((y) => y.year));
  const yearOf = (r: ScenarioResult, y: number) => r.years.find((v) => v.year === y);
  const targetIds = x.settings.target_ids.length > 0 ? x.settings.target_ids : x.plan.targets.map((t) => t.id);
  const lpTarget = new Map(x.result.comparisons.map((c) => [`${c.target_id}@${c.year}`, c.lp_value]));
  const lpNet = new Map(x.result.emissions.map((e) => [e.year, e.lp_net_tco2]));
  return {
    created_on: x.created_on,
    base_scenario_id: x.base_scenario_id,
    status: x.result.status,
    settings: x.settings,
    candidates: [...x.candidates],
    builds: buildsOf(
      x.result.scenario?.measures ?? [],
      x.candidates.map((c) => c.id),
    ),
    cost: {
      lp_delta_cny: x.result.lp.delta_cost_cny,
      engine_delta_cny: x.answer.summary.npv_cost_vs_parent_excl_carbon_cny,
      base_npv_cny: x.base.summary.npv_cost_excl_carbon_cny,
      engine_npv_cny: x.answer.summary.npv_cost_excl_carbon_cny,
    },
    emissions: years.map((y) => ({
      year: y,
      base_net_tco2: yearOf(x.base, y)?.emissions.net_tco2 ?? 0,
      lp_net_tco2: lpNet.get(y) ?? null,
      engine_net_tco2: yearOf(x.answer, y)?.emissions.net_tco2 ?? 0,
    })),
    targets: targetIds.flatMap((id) =>
      years.flatMap((y) => {
        const e = yearOf(x.answer, y)?.targets.find((t) => t.id === id);
        if (e === undefined) return [];
        const b = yearOf(x.base, y)?.targets.find((t) => t.id === id);
        return [
          {
            target_id: id,
            year: y,
            lp_value: lpTarget.get(`${id}@${y}`) ?? null,
            engine_value: e.value,
            base_value: b?.value ?? null,
            limit: e.limit,
            pass: e.pass,
          },
        ];
      }),
    ),
    shortfalls: x.result.shortfalls.map((s) => ({ ...s, limited_by: s.limited_by.map((l) => ({ ...l })) })),
    rounds: x.result.rounds,
  };
}

/**
 * Each answer measure back to its candidate (the answer names them `<candidate>-<year>`; the
 * longest candidate id that prefixes the measure id wins) with its size in the unit a planner reads.
 */
export function buildsOf(measures: readonly Measure[], candidateIds: readonly string[]): OptimiserBuild[] {
  const ids = [...candidateIds].sort((a, b) => b.length - a.length);
  const out: OptimiserBuild[] = [];
  for (const m of measures) {
    const candidate_id = ids.find((id) => m.id.startsWith(`${id}-`));
    if (candidate_id === undefined) continue;
    const year = m.start_year;
    const add = (part: OptimiserBuild['part'], amount: number, unit: OptimiserBuild['unit']) =>
      out.push({ candidate_id, part, year, amount, unit });
    if (m.kind === 'pv' || m.kind === 'wind') add('capacity', m.params.capacity_kw, 'kW');
    else if (m.kind === 'storage') {
      add('power', m.params.power_kw, 'kW');
      add('energy', m.params.energy_kwh, 'kWh');
    } else if (m.kind === 'green_power' && m.params.mode === 'mwh') add('green_power', m.params.amount_mwh, 'MWh/a');
    else if (m.kind === 'offset') add('offset', m.params.tco2, 'tCO2/a');
    else if (m.kind !== 'green_power') {
      // An annual measure (fuel switch, CCUS, fleet, ...) in its own unit, as the measure states it.
      const size = measureSize(m);
      add('size', size.size, offerUnit(size.unit));
    }
  }
  return out;
}

/**
 * The record of a run made without the app (`parkzero optimise`): the engine runs the base and
 * the answer here, on the calling thread. Null when the run produced no scenario.
 */
export function recordOfRun(
  plan: Plan,
  baseId: string,
  settings: { days?: number; period_years?: number; target_ids?: readonly string[]; include_carbon_price?: boolean },
  used: readonly PlanCandidate[],
  result: PlanOptimiseResult,
  createdOn: string,
): OptimiserRecord | null {
  const status = result.status;
  if (result.scenario === null || (status !== 'meets_all' && status !== 'misses' && status !== 'infeasible')) return null;
  const withChild: Plan = { ...plan, scenarios: [...plan.scenarios, result.scenario] };
  return buildRecord({
    plan,
    base_scenario_id: baseId,
    settings: {
      days: settings.days ?? DEFAULT_DAYS,
      period_years: settings.period_years ?? DEFAULT_PERIOD_YEARS,
      target_ids: [...(settings.target_ids ?? plan.targets.map((t) => t.id))],
      include_carbon_price: settings.include_carbon_price ?? false,
    },
    candidates: recordCandidates(plan, baseId, used, []),
    result: { ...result, status },
    base: runScenario(withChild, baseId, { mac: false }),
    answer: runScenario(withChild, result.scenario.id, { mac: false }),
    created_on: createdOn,
  });
}
