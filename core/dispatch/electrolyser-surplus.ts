/**
 * Surplus-following electrolysers, a pre-pass before the hourly dispatch (README,
 * "Electrolysers on the surplus"). For each hour, the on-site surplus is generation minus the
 * inflexible load (every load class except these electrolysers); the electrolysers, in
 * measure order, take min(capacity, what is left of the surplus). Below its minimum load an
 * electrolyser is off, or (grid top-up) holds its minimum load with the missing part from the
 * grid. Their hourly power then enters the dispatch as an ordinary load class, so storage and
 * export see only the surplus the electrolysers left: electrolysers come before storage and
 * export. Pure; writes into the caller's arrays, allocates nothing.
 */

export interface SurplusElectrolyser {
  /** Capacity this year (ramp applied), MW. */
  capacity_mw: number;
  /** Minimum stable load, share of capacity, 0..1. */
  min_load_share: number;
  /** Below the minimum load: hold it on grid power (true) or switch off (false). */
  grid_below_min: boolean;
}

/** target[h] = sum over classes c (skipping `skip[c]`) of amounts[offset + c] x shapes[c][h]. */
export function hourlySum(
  target: Float64Array,
  shapes: readonly Float64Array[],
  amounts: Float64Array,
  offset: number,
  n: number,
  skip: Uint8Array | null = null,
): void {
  target.fill(0);
  const len = target.length;
  for (let c = 0; c < n; c++) {
    const a = amounts[offset + c]!;
    if (a === 0 || (skip !== null && skip[c] === 1)) continue;
    const s = shapes[c]!;
    for (let h = 0; h < len; h++) target[h]! += a * s[h]!;
  }
}

/**
 * Splits each hour's surplus (generation_mw - load_mw) among `units`. Writes each unit's
 * hourly power (MW) into `power[u]` and returns nothing; `totals[2u]` = its energy over the
 * year (MWh), `totals[2u + 1]` = the part of it drawn from the grid (minimum-load top-up).
 */
export function followSurplus(
  load_mw: Float64Array,
  generation_mw: Float64Array,
  units: readonly SurplusElectrolyser[],
  power: readonly Float64Array[],
  totals: Float64Array,
): void {
  const n = load_mw.length;
  totals.fill(0, 0, 2 * units.length);
  for (let u = 0; u < units.length; u++) power[u]!.fill(0);
  for (let h = 0; h < n; h++) {
    let surplus = generation_mw[h]! - load_mw[h]!;
    if (surplus < 0) surplus = 0;
    for (let u = 0; u < units.length; u++) {
      const unit = units[u]!;
      if (!(unit.capacity_mw > 0)) continue;
      const min = unit.capacity_mw * unit.min_load_share;
      let p = surplus < unit.capacity_mw ? surplus : unit.capacity_mw;
      let grid = 0;
      if (p < min || p === 0) {
        if (unit.grid_below_min && min > 0) {
          grid = min - p;
          p = min;
        } else p = 0;
      }
      surplus -= p - grid;
      power[u]![h] = p;
      totals[2 * u]! += p;
      totals[2 * u + 1]! += grid;
    }
  }
}
