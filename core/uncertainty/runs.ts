import type { Plan } from '../model/plan.ts';
import { ParkZeroError } from '../api/result.ts';
import { runScenario } from '../engine/run.ts';
import { applyValues, compileInputs } from './apply.ts';
import type { CompiledInput } from './apply.ts';
import { createDesign, sampleValues } from './sampling.ts';
import type { Design, SamplingMethod } from './sampling.ts';
import { outputValue, recordOf } from './outputs.ts';
import type { OutputSpec, RunRecord } from './outputs.ts';
import { MonteCarloReducer } from './reduce.ts';
import type { MonteCarloResult } from './result-schema.ts';

/**
 * Engine runs of sampled plans. Pure and deterministic: the host's workers call `runChunk` on
 * slices of run indices, tests and the single-threaded path call `runMonteCarlo`. Each run is
 * the full engine (hourly dispatch, every year) on an ordinary plan, without MAC.
 */

export interface MonteCarloSpec {
  scenarioId: string;
  runs: number;
  seed: number;
  sampling: SamplingMethod;
  /**
   * Also keep the NPV against the parent scenario (default false). It needs the parent's
   * pathway in every run, which doubles the work for a child scenario, so it is asked for.
   */
  compareParent?: boolean;
}

export const MAX_RUNS = 100_000;

export interface Prepared {
  compiled: CompiledInput[];
  design: Design;
}

/** Check the plan's inputs and build the sample design; refuses with every problem's path. */
export function prepareMonteCarlo(plan: Plan, spec: MonteCarloSpec): Prepared {
  const compiled = compiledOrThrow(plan, spec.scenarioId);
  if (!Number.isInteger(spec.runs) || spec.runs < 1 || spec.runs > MAX_RUNS)
    throw new ParkZeroError('INVALID_REQUEST', `runs must be a whole number from 1 to ${MAX_RUNS}`);
  const design = createDesign(
    compiled.map((c) => c.input),
    spec.seed,
    spec.runs,
    spec.sampling,
  );
  return { compiled, design };
}

export function compiledOrThrow(plan: Plan, scenarioId: string): CompiledInput[] {
  if (!plan.scenarios.some((s) => s.id === scenarioId))
    throw new ParkZeroError('NOT_FOUND', `no scenario "${scenarioId}" in the plan`);
  const { compiled, issues } = compileInputs(plan);
  if (issues.length > 0)
    throw new ParkZeroError('PLAN_INVALID', `uncertain inputs: ${issues[0]!.path}: ${issues[0]!.message}`, issues.slice(0, 100));
  if (compiled.length === 0)
    throw new ParkZeroError(
      'INVALID_REQUEST',
      'the plan has no uncertain inputs: add some on the Risk screen or in plan.uncertainty',
    );
  return compiled;
}

/** Runs [from, to) of a Monte Carlo. */
export function runChunk(
  plan: Plan,
  spec: MonteCarloSpec,
  from: number,
  to: number,
  prepared = prepareMonteCarlo(plan, spec),
): RunRecord[] {
  const inputs = prepared.compiled.map((c) => c.input);
  const targetIds = plan.targets.map((t) => t.id);
  const out: RunRecord[] = [];
  for (let i = from; i < Math.min(to, spec.runs); i++) {
    const values = sampleValues(prepared.design, inputs, i);
    const result = runScenario(applyValues(plan, prepared.compiled, values), spec.scenarioId, {
      mac: false,
      compareParent: spec.compareParent ?? false,
    });
    out.push(recordOf(i, values, result, targetIds));
  }
  return out;
}

export function monteCarloReducer(plan: Plan, spec: MonteCarloSpec, prepared: Prepared): MonteCarloReducer {
  const years: number[] = [];
  for (let y = plan.park.base_year; y <= plan.park.horizon_year; y++) years.push(y);
  return new MonteCarloReducer({
    scenarioId: spec.scenarioId,
    runs: spec.runs,
    seed: prepared.design.seed,
    sampling: spec.sampling,
    years,
    inputs: prepared.compiled.map((c) => c.input),
    targets: plan.targets.map((t) => ({ id: t.id, name: t.name })),
  });
}

/** A whole Monte Carlo on this thread (tests, small runs). */
export function runMonteCarlo(plan: Plan, spec: MonteCarloSpec): MonteCarloResult {
  const prepared = prepareMonteCarlo(plan, spec);
  const reducer = monteCarloReducer(plan, spec, prepared);
  reducer.add(runChunk(plan, spec, 0, spec.runs, prepared));
  return reducer.result();
}

/**
 * The output for each given vector of input values (one engine run each); the building block
 * of tornado and sweep charts, which the host spreads over its workers.
 */
export function evaluatePoints(
  plan: Plan,
  scenarioId: string,
  output: OutputSpec,
  points: readonly (readonly number[])[],
): (number | null)[] {
  const compiled = compiledOrThrow(plan, scenarioId);
  return points.map((values) => {
    if (values.length !== compiled.length)
      throw new ParkZeroError('INVALID_REQUEST', `a point needs ${compiled.length} input values`);
    const compareParent = output.kind === 'npv_vs_parent';
    return outputValue(runScenario(applyValues(plan, compiled, values), scenarioId, { mac: false, compareParent }), output);
  });
}
