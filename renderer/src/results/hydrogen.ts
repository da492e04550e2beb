import type { ScenarioResult, YearResult } from '../../../core/engine/result-schema.ts';

/**
 * The hydrogen balance table of the Results screen: one row per year in which the park makes
 * or uses hydrogen, the engine's figures as they are (t; electrolysis MWh). Columns in the
 * order of the balance: produced + bought = used (three uses) + sold + flared + losses.
 */

export const HYDROGEN_COLUMNS = [
  'produced_t',
  'bought_t',
  'used_substitution_t',
  'used_vehicles_t',
  'used_enterprises_t',
  'sold_t',
  'flared_t',
  'losses_t',
  'electrolysis_mwh',
] as const satisfies readonly (keyof YearResult['energy']['hydrogen'])[];
export type HydrogenColumn = (typeof HYDROGEN_COLUMNS)[number];

export interface HydrogenRow {
  year: number;
  values: Record<HydrogenColumn, number>;
}

export function shapeHydrogen(result: ScenarioResult): HydrogenRow[] {
  return result.years
    .filter((y) => {
      const h = y.energy.hydrogen;
      return h.produced_t > 0 || h.bought_t > 0;
    })
    .map((y) => ({
      year: y.year,
      values: Object.fromEntries(HYDROGEN_COLUMNS.map((c) => [c, y.energy.hydrogen[c]])) as Record<HydrogenColumn, number>,
    }));
}
