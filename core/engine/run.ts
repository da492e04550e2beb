import type { Plan } from '../model/plan.ts';
import { ParkZeroError } from '../api/result.ts';
import type { HourlySeries } from './hourly.ts';
import type { DispatchInfo, PlanResults, ScenarioResult, YearResult } from './result-schema.ts';
import { RESULTS_FORMAT_VERSION } from './result-schema.ts';
import { checkPlanOrThrow } from './validate.ts';
import { PlanRunner } from './plan-runner.ts';
import type { RunOptions } from './plan-runner.ts';
import type { ParentLine } from './pathway-cache.ts';

export { macStatus } from './plan-runner.ts';
export type { RunOptions } from './plan-runner.ts';

/** Run one scenario of a validated plan (pure; deterministic). */
export function runScenario(plan: Plan, scenarioId: string, options: RunOptions = {}): ScenarioResult {
  const runner = new PlanRunner(plan, options);
  try {
    return runner.run(scenarioId);
  } finally {
    runner.release();
  }
}

/**
 * The line of one scenario's pathway (its yearly net cost, carbon cost and net emissions: what
 * its children's results compare against), through the process's cache. Bit for bit the line
 * a run of a child would compute itself.
 */
export function scenarioLine(plan: Plan, scenarioId: string, options: Pick<RunOptions, 'electricity'> = {}): ParentLine {
  if (!plan.scenarios.some((s) => s.id === scenarioId))
    throw new ParkZeroError('NOT_FOUND', `no scenario "${scenarioId}" in the plan`);
  const runner = new PlanRunner(plan, { ...options, mac: false, reuseParent: true, reuseDispatch: true });
  try {
    return runner.line(scenarioId);
  } finally {
    runner.release();
  }
}

/** A scenario's run after its own pathway (startScenario). */
export interface StartedScenario {
  /**
   * The parent whose line the result will read from the process's cache (pathway-cache.ts), and
   * whether the cache holds it; null when the result reads none (no parent, `compareParent:
   * false`, or no `reuseParent`). An engine worker that misses it gets it from another worker.
   */
  readonly parent: { id: string; cached: boolean } | null;
  /**
   * The result `runScenario` would give. `parentLine`, the parent's line computed elsewhere
   * (scenarioLine), is kept in the cache and read from there. Call once.
   */
  finish(parentLine?: ParentLine): ScenarioResult;
}

/**
 * One scenario's run in two steps: this simulates the scenario's own pathway (most of the
 * work); `finish` adds the rest (the comparison with the parent, MAC, targets).
 */
export function startScenario(plan: Plan, scenarioId: string, options: RunOptions = {}): StartedScenario {
  const runner = new PlanRunner(plan, options);
  let parent: StartedScenario['parent'];
  try {
    runner.prepare(scenarioId);
    parent = runner.parentFromCache(scenarioId);
  } catch (error) {
    runner.release();
    throw error;
  }
  return {
    parent,
    finish(parentLine) {
      try {
        if (parentLine !== undefined && parent !== null) runner.keepLine(parent.id, parentLine);
        return runner.run(scenarioId);
      } finally {
        runner.release();
      }
    },
  };
}

/**
 * Run the scenarios of a validated plan, in plan order: every one, or only those in
 * `scenarioIds`. A scenario's results need its own pathway and its parent's (for the cost and
 * abatement against the parent), so asking for one scenario of fifty computes at most two
 * pathways, and MAC (one extra run per measure) only for the scenarios asked for.
 */
export function runPlan(plan: Plan, options: RunOptions = {}, scenarioIds?: readonly string[]): PlanResults {
  const runner = new PlanRunner(plan, options);
  let scenarios = plan.scenarios;
  if (scenarioIds !== undefined) {
    const wanted = new Set(scenarioIds);
    for (const id of wanted)
      if (!plan.scenarios.some((s) => s.id === id)) throw new ParkZeroError('NOT_FOUND', `no scenario "${id}" in the plan`);
    scenarios = plan.scenarios.filter((s) => wanted.has(s.id));
  }
  return {
    format: 'parkzero-results',
    format_version: RESULTS_FORMAT_VERSION,
    park_name: plan.park.name,
    base_year: plan.park.base_year,
    horizon_year: plan.park.horizon_year,
    scenarios: scenarios.map((s) => runner.run(s.id)),
  };
}

/** Validate unknown input (for example a JSON file) fully; PLAN_INVALID details name each path. */
export function parsePlanOrThrow(input: unknown): Plan {
  return checkPlanOrThrow(input);
}

export function runPlanInput(input: unknown, options: RunOptions = {}): PlanResults {
  return runPlan(parsePlanOrThrow(input), options);
}

/** One year of one scenario, hour by hour, with the year's annual electricity results. */
export interface ScenarioHours {
  scenario_id: string;
  scenario_name: string;
  year: number;
  /** Hour 0 = 1 January 00:00-01:00, China Standard Time, of the non-leap reference year. */
  series: HourlySeries;
  /** The year's storage (all storage measures combined, at their ramp). */
  storage: { power_kw: number; usable_kwh: number; round_trip_efficiency: number };
  /** Export limit of the year, kW; null = none. */
  export_limit_kw: number | null;
  electricity: YearResult['energy']['electricity'];
  dispatch: DispatchInfo;
}

/**
 * The hourly series of one year of a scenario (pure; deterministic; the whole pathway is run
 * so the year is exactly the one in `runScenario`'s results). Errors: NOT_FOUND (scenario),
 * INVALID_REQUEST (year outside base year..horizon), PLAN_INVALID (no climate for the park,
 * so no hours exist).
 */
export function runScenarioHourly(
  plan: Plan,
  scenarioId: string,
  year: number,
  options: Omit<RunOptions, 'mac'> = {},
): ScenarioHours {
  if (!Number.isInteger(year) || year < plan.park.base_year || year > plan.park.horizon_year)
    throw new ParkZeroError(
      'INVALID_REQUEST',
      `year ${year} is outside the plan's pathway ${plan.park.base_year}-${plan.park.horizon_year}`,
    );
  if (options.electricity === 'annual' || options.balancer)
    throw new ParkZeroError('INVALID_REQUEST', 'hourly series need the hourly dispatch, not the annual balance');
  const runner = new PlanRunner(plan, { ...options, mac: false });
  const { prepared, hours } = runner.hourlyYear(scenarioId, year);
  if (hours === null)
    throw new ParkZeroError(
      'PLAN_INVALID',
      `no hourly series: ${prepared.warnings.list().find((w) => w.code === 'climate_unknown')?.message ?? 'the park has no climate'}`,
      [{ path: 'park.city', message: 'no climate data for this city or its province' }],
    );
  const y = prepared.years[year - plan.park.base_year]!;
  return {
    scenario_id: scenarioId,
    scenario_name: prepared.resolved.scenario.name,
    year,
    series: hours.series,
    storage: hours.storage,
    export_limit_kw: hours.export_limit_kw,
    electricity: y.energy.electricity,
    dispatch: runner.dispatchInfo(prepared),
  };
}

/**
 * The yearly results (targets not checked) and the hourly series of several years of one
 * scenario, from a single simulation of the pathway: what the optimiser's probes need, at the
 * cost of one run instead of one per year. Errors as `runScenarioHourly`.
 */
export function runScenarioYears(
  plan: Plan,
  scenarioId: string,
  years: readonly number[],
): { years: YearResult[]; hours: Map<number, ScenarioHours> } {
  for (const year of years)
    if (!Number.isInteger(year) || year < plan.park.base_year || year > plan.park.horizon_year)
      throw new ParkZeroError(
        'INVALID_REQUEST',
        `year ${year} is outside the plan's pathway ${plan.park.base_year}-${plan.park.horizon_year}`,
      );
  const runner = new PlanRunner(plan, { mac: false });
  const { prepared, hours } = runner.hourlyYears(scenarioId, years);
  const out = new Map<number, ScenarioHours>();
  for (const year of years) {
    const h = hours.get(year);
    if (h === undefined)
      throw new ParkZeroError(
        'PLAN_INVALID',
        `no hourly series: ${prepared.warnings.list().find((w) => w.code === 'climate_unknown')?.message ?? 'the park has no climate'}`,
        [{ path: 'park.city', message: 'no climate data for this city or its province' }],
      );
    const y = prepared.years[year - plan.park.base_year]!;
    out.set(year, {
      scenario_id: scenarioId,
      scenario_name: prepared.resolved.scenario.name,
      year,
      series: h.series,
      storage: h.storage,
      export_limit_kw: h.export_limit_kw,
      electricity: y.energy.electricity,
      dispatch: runner.dispatchInfo(prepared),
    });
  }
  return { years: prepared.years, hours: out };
}
