import type { ScenarioResult, YearResult } from '../../../core/engine/result-schema.ts';
import { FOSSIL_ENERGY_KEYS } from '../../../core/engine/result-schema.ts';

/**
 * Emissions shaping for the pathway and wedge charts. Everything is per year, in tCO2, in the
 * order of `result.years`. Nothing here is computed that the engine did not report: the chart
 * shows the engine's numbers, split the way the result splits them.
 */

export type EmissionTargetIndicator = 'net_emissions_tco2' | 'gross_emissions_tco2';
const EMISSION_INDICATORS = new Set<string>(['net_emissions_tco2', 'gross_emissions_tco2']);

export interface TargetLine {
  id: string;
  name: string;
  kind: 'limit' | 'peak';
  indicator: EmissionTargetIndicator;
  /** The limit in each year it is checked, else null (the line starts where the check starts). */
  limits: (number | null)[];
}

export interface TargetMark {
  year: number;
  /** The checked value (net or gross emissions) where the marker sits. */
  value: number;
  pass: boolean;
  /** Ids of the emission targets checked this year that failed (empty when passing). */
  failed: string[];
  /** Smallest margin among this year's emission checks, tCO2 (negative = missed by). */
  margin: number | null;
}

export interface Pathway {
  years: number[];
  net: number[];
  gross: number[];
  scope1: number[];
  scope2: number[];
  targets: TargetLine[];
  marks: TargetMark[];
}

/**
 * Net, gross, scope 1 and 2 by year, with the emission targets (caps, peaks) and their checks.
 * `targetKinds` comes from the plan (the result's target summary does not carry the kind), and
 * so may `targetNames`: the names in the screen's language (the result carries the primary name).
 */
export function shapePathway(
  result: ScenarioResult,
  targetKinds: ReadonlyMap<string, 'limit' | 'peak'>,
  targetNames?: ReadonlyMap<string, string>,
): Pathway {
  const years = result.years.map((y) => y.year);
  const emissionTargets = result.targets.filter((t) => EMISSION_INDICATORS.has(t.indicator));
  const targets: TargetLine[] = emissionTargets.map((t) => ({
    id: t.id,
    name: targetNames?.get(t.id) ?? t.name,
    // A peak check's limit is the indicator's own value in the peak year (core/engine/targets.ts).
    kind: targetKinds.get(t.id) ?? 'limit',
    indicator: t.indicator as EmissionTargetIndicator,
    limits: result.years.map((y) => y.targets.find((c) => c.id === t.id)?.limit ?? null),
  }));
  const marks: TargetMark[] = [];
  for (const y of result.years) {
    const checks = y.targets.filter((c) => emissionTargets.some((t) => t.id === c.id));
    if (checks.length === 0) continue;
    const failed = checks.filter((c) => !c.pass).map((c) => c.id);
    const margins = checks.map((c) => c.margin).filter((m): m is number => m !== null);
    const onGross = emissionTargets.every((t) => t.indicator === 'gross_emissions_tco2');
    marks.push({
      year: y.year,
      value: onGross ? y.emissions.gross_tco2 : y.emissions.net_tco2,
      pass: failed.length === 0,
      failed,
      margin: margins.length === 0 ? null : Math.min(...margins),
    });
  }
  return {
    years,
    net: result.years.map((y) => y.emissions.net_tco2),
    gross: result.years.map((y) => y.emissions.gross_tco2),
    scope1: result.years.map((y) => y.emissions.scope1_tco2),
    scope2: result.years.map((y) => y.emissions.scope2_tco2),
    targets,
    marks,
  };
}

export type FuelKey = (typeof FOSSIL_ENERGY_KEYS)[number];
export type SourceId = `fuel:${FuelKey}` | 'process' | 'scope2_electricity' | 'scope2_heat' | 'ccus' | 'sinks' | 'offsets';

export interface Wedge {
  id: SourceId;
  /** tCO2 per year; removals (CCUS, sinks, offsets) are negative. */
  values: number[];
}

export interface SourceWedges {
  years: number[];
  /** Emitting sources (>= 0), scope 1 by fuel first, then process, then scope 2. */
  sources: Wedge[];
  /** Removals (<= 0). */
  removals: Wedge[];
  net: number[];
}

const SOURCE_GETTERS: [SourceId, (y: YearResult) => number][] = [
  ...FOSSIL_ENERGY_KEYS.map((k): [SourceId, (y: YearResult) => number] => [`fuel:${k}`, (y) => y.emissions.scope1_by_fuel[k]]),
  ['process', (y) => y.emissions.process_tco2],
  ['scope2_electricity', (y) => y.emissions.scope2_electricity_tco2],
  ['scope2_heat', (y) => y.emissions.scope2_heat_tco2],
];
const REMOVAL_GETTERS: [SourceId, (y: YearResult) => number][] = [
  ['ccus', (y) => -y.emissions.ccus_tco2],
  ['sinks', (y) => -y.emissions.sinks_tco2],
  ['offsets', (y) => -y.emissions.offsets_tco2],
];

/**
 * Emissions by source as stacked wedges. Sources that are zero in every year are left out, so
 * the legend lists only what the park emits. Sum of sources + removals = net in every year.
 */
export function shapeSourceWedges(result: ScenarioResult): SourceWedges {
  const pick = (getters: [SourceId, (y: YearResult) => number][]): Wedge[] =>
    getters.map(([id, get]) => ({ id, values: result.years.map(get) })).filter((w) => w.values.some((v) => Math.abs(v) > 1e-9));
  return {
    years: result.years.map((y) => y.year),
    sources: pick(SOURCE_GETTERS),
    removals: pick(REMOVAL_GETTERS),
    net: result.years.map((y) => y.emissions.net_tco2),
  };
}

export interface MeasureWedge {
  measureId: string;
  name: string;
  /** Approximate abatement attributed to the measure, tCO2 per year (parent net - child net share). */
  values: number[];
}

export interface MeasureWedges {
  years: number[];
  /** parent net - child net per year: exact. */
  total: number[];
  measures: MeasureWedge[];
  /** What the pro-rata split could not attribute (years with no active measure in the MAC run). */
  unattributed: number[];
  parentNet: number[];
  childNet: number[];
}

/**
 * The abatement of a scenario against its parent, split by measure. APPROXIMATE, and labelled
 * so on screen: the yearly total (parent net - child net) is exact, but the engine reports
 * per-measure abatement only as an average over each measure's active years (the MAC run,
 * by removal), so each year's total is shared pro rata to those averages among the measures
 * active that year (start year reached). Interactions between measures are thereby spread
 * over them; the MAC averages themselves do not add up to the total.
 *
 * `measureIds` are the measures that differ from the parent (the child's own ones and those
 * it overrides); `startYears` gives each measure's start year.
 */
export function shapeMeasureWedges(
  child: ScenarioResult,
  parent: ScenarioResult,
  measureIds: readonly string[],
  startYears: ReadonlyMap<string, number>,
): MeasureWedges {
  const parentByYear = new Map(parent.years.map((y) => [y.year, y.emissions.net_tco2]));
  const years = child.years.map((y) => y.year);
  const childNet = child.years.map((y) => y.emissions.net_tco2);
  const parentNet = child.years.map((y) => parentByYear.get(y.year) ?? y.emissions.net_tco2);
  const total = childNet.map((c, i) => parentNet[i]! - c);
  const entries = child.mac.filter((m) => measureIds.includes(m.measure_id) && m.average_annual_abatement_tco2 > 0);
  const measures: MeasureWedge[] = entries.map((m) => ({ measureId: m.measure_id, name: m.name, values: years.map(() => 0) }));
  const unattributed = years.map(() => 0);
  years.forEach((year, i) => {
    const active = entries
      .map((m, j) => ({ j, w: (startYears.get(m.measure_id) ?? -Infinity) <= year ? m.average_annual_abatement_tco2 : 0 }))
      .filter((a) => a.w > 0);
    const weight = active.reduce((s, a) => s + a.w, 0);
    if (weight <= 0) {
      unattributed[i] = total[i]!;
      return;
    }
    for (const a of active) measures[a.j]!.values[i] = (total[i]! * a.w) / weight;
  });
  return { years, total, measures, unattributed, parentNet, childNet };
}

/**
 * The peak of net emissions. A pathway whose highest year is its last, with emissions still
 * rising into it, has not peaked: saying "peak year 2060" there would read as a peak reached.
 */
export function netEmissionsPeak(result: ScenarioResult): { year: number; peaked: boolean } {
  const year = result.summary.peak_year_net_emissions;
  const last = result.years.at(-1);
  const previous = result.years.at(-2);
  const rising = last !== undefined && previous !== undefined && last.emissions.net_tco2 > previous.emissions.net_tco2;
  return { year, peaked: !(last !== undefined && year === last.year && rising) };
}
