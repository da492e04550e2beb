import type { Plan } from '../model/plan.ts';
import { ParkZeroError } from '../api/result.ts';
import { centralOf, lowHighOf } from './distributions.ts';
import type { OutputSpec } from './outputs.ts';
import type { SweepResult, TornadoResult } from './result-schema.ts';
import type { UncertainInput } from './schema.ts';

/**
 * One-at-a-time sensitivity. Every input sits at its central value (distributions.ts) except
 * the one being moved; a tornado moves each input to its low and its high, a sweep walks one
 * input across [low, high] in equal steps. Planning the points is separate from running them,
 * so the host can run them on its workers and tests can run them inline.
 *
 * Inputs of one group are moved together (they are one uncertainty), so a group is one bar,
 * named after its first input.
 */

export interface SensitivityPlan {
  /** Point 0: everything central; then low, high for each bar. */
  points: number[][];
  bars: { input_ids: string[]; name: string; low: number; high: number }[];
}

function inputsOf(plan: Plan): UncertainInput[] {
  const inputs = plan.uncertainty?.inputs ?? [];
  if (inputs.length === 0) throw new ParkZeroError('INVALID_REQUEST', 'the plan has no uncertain inputs');
  return inputs;
}

export function tornadoPoints(plan: Plan): SensitivityPlan {
  const inputs = inputsOf(plan);
  const central = inputs.map((i) => centralOf(i.distribution));
  const points: number[][] = [central];
  const bars: SensitivityPlan['bars'] = [];
  const groups = new Map<string, number[]>();
  inputs.forEach((input, k) => {
    const key = input.group ?? `\u0000${input.id}`;
    const list = groups.get(key);
    if (list) list.push(k);
    else groups.set(key, [k]);
  });
  for (const members of groups.values()) {
    const low = [...central];
    const high = [...central];
    for (const k of members) [low[k], high[k]] = lowHighOf(inputs[k]!.distribution);
    points.push(low, high);
    const first = inputs[members[0]!]!;
    bars.push({
      input_ids: members.map((k) => inputs[k]!.id),
      name: first.name,
      low: low[members[0]!]!,
      high: high[members[0]!]!,
    });
  }
  return { points, bars };
}

export function tornadoFrom(
  plan: Plan,
  scenarioId: string,
  output: OutputSpec,
  sp: SensitivityPlan,
  outputs: readonly (number | null)[],
): TornadoResult {
  const bars = sp.bars.map((b, i) => {
    const lo = outputs[1 + 2 * i] ?? null;
    const hi = outputs[2 + 2 * i] ?? null;
    return {
      input_id: b.input_ids[0]!,
      name: b.name,
      low_input: b.low,
      high_input: b.high,
      low_output: lo,
      high_output: hi,
      swing: lo === null || hi === null ? 0 : Math.abs(hi - lo),
    };
  });
  bars.sort((a, b) => b.swing - a.swing);
  return { scenario_id: scenarioId, output, central_output: outputs[0] ?? null, bars };
}

export const MAX_SWEEP_STEPS = 101;

export function sweepPoints(plan: Plan, inputId: string, steps: number): { points: number[][]; xs: number[] } {
  const inputs = inputsOf(plan);
  const k = inputs.findIndex((i) => i.id === inputId);
  if (k < 0) throw new ParkZeroError('NOT_FOUND', `no uncertain input "${inputId}"`);
  if (!Number.isInteger(steps) || steps < 2 || steps > MAX_SWEEP_STEPS)
    throw new ParkZeroError('INVALID_REQUEST', `steps must be a whole number from 2 to ${MAX_SWEEP_STEPS}`);
  const central = inputs.map((i) => centralOf(i.distribution));
  const [lo, hi] = lowHighOf(inputs[k]!.distribution);
  const group = inputs[k]!.group;
  const xs: number[] = [];
  const points = Array.from({ length: steps }, (_, s) => {
    const f = s / (steps - 1);
    const p = [...central];
    // Group members move through their own ranges at the same fraction.
    inputs.forEach((input, j) => {
      if (j !== k && (group === null || input.group !== group)) return;
      const [a, b] = lowHighOf(input.distribution);
      p[j] = a + f * (b - a);
    });
    xs.push(lo + f * (hi - lo));
    return p;
  });
  return { points, xs };
}

export function sweepFrom(
  scenarioId: string,
  inputId: string,
  output: OutputSpec,
  xs: readonly number[],
  outputs: readonly (number | null)[],
): SweepResult {
  return {
    scenario_id: scenarioId,
    input_id: inputId,
    output,
    points: xs.map((x, i) => ({ input: x, output: outputs[i] ?? null })),
  };
}
