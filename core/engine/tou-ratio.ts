import { touShape } from '../dispatch/index.ts';
import type { ProfileCache, TouDefinition } from '../dispatch/index.ts';
import type { Plan } from '../model/plan.ts';
import type { ConsumerLoadShape } from '../profiles/index.ts';

/**
 * Mean TOU price ratio (relative to the flat period) that the park's base-year load pays when
 * bought entirely from the grid: consumers' base-year electricity by their load shapes. A flat
 * load pays 1.025 under the Sichuan-like periods; a day-shift park more.
 */
export function baseYearTouRatio(
  plan: Plan,
  pc: ProfileCache,
  def: TouDefinition,
  consumerSeries?: ReadonlyMap<string, Float64Array>,
): number {
  // The flat-period price 1 times each hour's ratio: the ratios themselves.
  const { ratio } = touShape(def);
  const byShape = new Map<ConsumerLoadShape, number>();
  let energy = 0;
  let weighted = 0;
  const add = (sh: Float64Array, mwh: number, scale: number) => {
    energy += mwh;
    weighted += (mwh * weightedSum(sh, ratio)) / scale;
  };
  for (const c of plan.consumers) {
    const own = consumerSeries?.get(c.id);
    if (own) {
      // An imported series weighs by its own hours (any scale: divide by its sum).
      let sum = 0;
      for (let h = 0; h < own.length; h++) sum += own[h]!;
      if (c.energy.electricity_mwh > 0 && sum > 0) add(own, c.energy.electricity_mwh, sum);
    } else byShape.set(c.load_profile, (byShape.get(c.load_profile) ?? 0) + c.energy.electricity_mwh);
  }
  for (const [shape, mwh] of byShape) if (mwh > 0) add(pc.load(shape), mwh, 1);
  return energy > 0 ? weighted / energy : 1;
}

/**
 * Sum over hours of shape x ratio, memoised by the two arrays: a memo of a pure function (the
 * site's load shapes and a table's ratios are shared and never written). A Monte Carlo samples
 * consumers' electricity, so every run asks for this ratio again with the same shapes: the
 * 8760-hour sums are then done once per site and table instead of once per run.
 */
const SUMS = new WeakMap<Float64Array, WeakMap<Float64Array, number>>();

function weightedSum(shape: Float64Array, ratio: Float64Array): number {
  let byRatio = SUMS.get(shape);
  if (byRatio === undefined) SUMS.set(shape, (byRatio = new WeakMap()));
  let w = byRatio.get(ratio);
  if (w === undefined) {
    w = 0;
    for (let h = 0; h < shape.length; h++) w += shape[h]! * ratio[h]!;
    byRatio.set(ratio, w);
  }
  return w;
}
