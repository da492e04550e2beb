import type { MacEntry } from '../../../core/engine/result-schema.ts';

/**
 * Marginal abatement cost curve geometry: one bar per measure, width = average annual
 * abatement (tCO2/yr), height = MAC (CNY/tCO2), sorted cheapest first and laid side by side
 * from zero. Measures without a MAC (they abate nothing, or add emissions) cannot stand on the
 * curve; they are listed apart with the reason.
 */

export interface MacBar {
  measureId: string;
  name: string;
  kind: MacEntry['kind'];
  /** Left and right edge on the abatement axis, tCO2/yr. */
  x0: number;
  x1: number;
  mac: number;
  entry: MacEntry;
}

export interface MacCurve {
  bars: MacBar[];
  /** Measures left off the curve. */
  off: MacEntry[];
  totalAbatement: number;
}

export function shapeMacCurve(entries: readonly MacEntry[]): MacCurve {
  const on = entries.filter((e) => e.mac_cny_per_tco2 !== null && e.average_annual_abatement_tco2 > 0);
  const off = entries.filter((e) => !on.includes(e));
  const sorted = [...on].sort(
    (a, b) => a.mac_cny_per_tco2! - b.mac_cny_per_tco2! || a.measure_id.localeCompare(b.measure_id),
  );
  let x = 0;
  const bars = sorted.map((e): MacBar => {
    const x0 = x;
    x += e.average_annual_abatement_tco2;
    return { measureId: e.measure_id, name: e.name, kind: e.kind, x0, x1: x, mac: e.mac_cny_per_tco2!, entry: e };
  });
  return { bars, off, totalAbatement: x };
}
