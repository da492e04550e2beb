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
  const sorted = [...on].sort((a, b) => a.mac_cny_per_tco2! - b.mac_cny_per_tco2! || a.measure_id.localeCompare(b.measure_id));
  let x = 0;
  const bars = sorted.map((e): MacBar => {
    const x0 = x;
    x += e.average_annual_abatement_tco2;
    return { measureId: e.measure_id, name: e.name, kind: e.kind, x0, x1: x, mac: e.mac_cny_per_tco2!, entry: e };
  });
  return { bars, off, totalAbatement: x };
}

export interface MacRange {
  min: number;
  max: number;
  /** Measure ids whose bar runs past the range (drawn cut at the edge, with the value written on it). */
  clipped: Set<string>;
}

/** Bars more than OUTLIER_RATIO times taller than the next one on the same side get cut. */
const OUTLIER_RATIO = 4;

/**
 * The MAC axis range. One measure that abates almost nothing can have a MAC a thousand times
 * the others' and flatten the whole curve; such outliers (OUTLIER_RATIO) are cut at 1.5 x the
 * tallest remaining bar on their side, so the rest stay readable. The table lists true values.
 */
export function macAxisRange(bars: readonly MacBar[]): MacRange {
  const clipped = new Set<string>();
  const side = (sign: 1 | -1): number => {
    const sorted = bars.filter((b) => sign * b.mac > 0).sort((a, b) => sign * (b.mac - a.mac));
    let i = 0;
    while (i + 1 < sorted.length && Math.abs(sorted[i]!.mac) > OUTLIER_RATIO * Math.abs(sorted[i + 1]!.mac)) {
      clipped.add(sorted[i]!.measureId);
      i++;
    }
    const top = sorted[i];
    if (top === undefined) return 0;
    return i > 0 ? 1.5 * top.mac : top.mac;
  };
  const max = side(1);
  const min = side(-1);
  return { min: Math.min(0, min), max: Math.max(0, max, min === 0 && max === 0 ? 1 : 0), clipped };
}

/** The next "nice" number (1, 2 or 5 x 10^k) at or beyond |v|, with v's sign: axis ends that read well. */
export function niceBound(v: number): number {
  if (v === 0) return 0;
  const abs = Math.abs(v);
  const pow = 10 ** Math.floor(Math.log10(abs));
  const step = [1, 2, 5, 10].find((m) => m * pow >= abs) ?? 10;
  return Math.sign(v) * step * pow;
}
