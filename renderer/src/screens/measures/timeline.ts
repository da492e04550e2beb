import type { Measure } from '../../../../core/model/measures.ts';

/**
 * Geometry of the measures timeline (base year to horizon). A measure acts from its start
 * year; during `ramp_years` it grows linearly (the engine's rampFactor: (year - start + 1) /
 * (ramp + 1)), then it is at full effect to the horizon (replaced like for like at the end of
 * its lifetime). Positions are fractions of the span, each year one equal slot.
 */

export interface TimelineBar {
  id: string;
  name: string;
  start: number;
  ramp: number;
  /** First year at full effect. */
  fullFrom: number;
  /** Left edge and widths as fractions (0..1) of the timeline. */
  left: number;
  rampWidth: number;
  fullWidth: number;
  /** Starts after the horizon (cannot happen in a valid plan) or before the base year. */
  clippedBefore: boolean;
}

/** `nameOf` names each bar (the screen passes useLocalName, so names follow its language). */
export function timelineBars(
  measures: readonly Measure[],
  base: number,
  horizon: number,
  nameOf: (m: Measure) => string = (m) => m.name,
): TimelineBar[] {
  const span = Math.max(1, horizon - base + 1);
  const pos = (year: number) => Math.min(1, Math.max(0, (year - base) / span));
  return measures.map((m) => {
    const fullFrom = m.start_year + m.ramp_years;
    const left = pos(m.start_year);
    const rampEnd = pos(fullFrom);
    return {
      id: m.id,
      name: nameOf(m),
      start: m.start_year,
      ramp: m.ramp_years,
      fullFrom,
      left,
      rampWidth: rampEnd - left,
      fullWidth: pos(horizon + 1) - rampEnd,
      clippedBefore: m.start_year < base,
    };
  });
}

/** Axis labels: the base year, every fifth year, and the horizon, without crowding. */
export function timelineTicks(base: number, horizon: number): { year: number; at: number }[] {
  const span = Math.max(1, horizon - base + 1);
  const step = span > 40 ? 10 : 5;
  const years = new Set<number>([base]);
  for (let y = Math.ceil(base / step) * step; y <= horizon; y += step) if (y - base >= step / 2 || y === base) years.add(y);
  if (horizon - Math.max(...years) >= step / 2) years.add(horizon);
  return [...years].sort((a, b) => a - b).map((year) => ({ year, at: (year - base + 0.5) / span }));
}
