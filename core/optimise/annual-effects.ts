import type { Measure } from '../model/measures.ts';
import type { Plan } from '../model/plan.ts';
import type { YearResult } from '../engine/result-schema.ts';
import { runScenarioYears } from '../engine/run.ts';
import type { ScenarioHours } from '../engine/run.ts';
import { measureSize } from '../costs/technologies.ts';
import { planWithProbe } from './probe-plan.ts';

/**
 * The engine's own coefficients of an annual measure (fuel switch, efficiency, waste heat,
 * electrolyser, CCUS, sink, fleet): a probe scenario with the measure at its planned size from
 * the first modelled year (no ramp), minus the base, year by year and hour by hour, divided by
 * the size. The LP then takes each effect as linear in the size. That holds for the engine's
 * efficiency shares (summed), amounts and capacities within what the consumers use; a fuel
 * switch by share acts on what is left of the fuel, which `scaleMeasure` corrects for when one
 * switch is built in steps. Interactions between candidates (two switches of the same coal) are
 * not linear: the engine check and its rounds catch them.
 */

/** Per unit of the measure's size, the change of one year against the base scenario. */
export interface UnitEffects {
  readonly year: number;
  readonly coal_t: number;
  readonly tce_equivalent: number;
  readonly tce_coal_method: number;
  /** Fuel combustion and purchased heat, tCO2 (the energy CO2 other than grid electricity). */
  readonly fuel_heat_tco2: number;
  /** Gross emissions other than grid electricity (fuels, process, heat), tCO2. */
  readonly gross_other_tco2: number;
  /** Net emissions other than grid electricity (less CCUS, sinks, offsets), tCO2. */
  readonly net_other_tco2: number;
  /** Natural gas and hydrogen, tce (equivalent value; the clean-energy share's fuels). */
  readonly clean_fuel_tce: number;
  /** Electricity use, MWh (the renewable share's and electrification rate's base). */
  readonly electricity_mwh: number;
  /** Residual heat recovered, GJ. */
  readonly waste_heat_gj: number;
  /** Cost of the year other than electricity and the measure's own capex and O&M: fuel, heat, hydrogen bought less sold, CNY. */
  readonly other_cost_cny: number;
}

export interface AnnualProbe {
  /** The measure's planned size, in its unit (what the probe built). */
  readonly size: number;
  readonly unit: string;
  readonly effects: ReadonlyMap<number, UnitEffects>;
  /** Electric load added per unit of size in the probe year, MW per unit (8760 values); null: none. */
  readonly load_per_unit: Float64Array | null;
}

const PROBE_SCENARIO = 'optimise-probe-annual';

function effectsOf(p: YearResult, b: YearResult, size: number): UnitEffects {
  const d = (f: (y: YearResult) => number) => (f(p) - f(b)) / size;
  return {
    year: p.year,
    coal_t: d((y) => y.indicators.coal_t),
    tce_equivalent: d((y) => y.energy.tce_equivalent),
    tce_coal_method: d((y) => y.energy.tce_coal_method),
    fuel_heat_tco2: d((y) => y.emissions.scope1_fuel_tco2 + y.emissions.scope2_heat_tco2),
    gross_other_tco2: d((y) => y.emissions.gross_tco2 - y.emissions.scope2_electricity_tco2),
    net_other_tco2: d((y) => y.emissions.net_tco2 - y.emissions.scope2_electricity_tco2),
    clean_fuel_tce: d(
      (y) => y.energy.tce_by_carrier_equivalent.natural_gas_10k_nm3 + y.energy.tce_by_carrier_equivalent.hydrogen_t,
    ),
    electricity_mwh: d((y) => y.energy.by_carrier.electricity_mwh),
    waste_heat_gj: d((y) => y.energy.waste_heat_recovered_gj),
    other_cost_cny: d((y) => y.costs.fuel_cny - y.costs.hydrogen_sales_cny),
  };
}

export function probeAnnual(
  plan: Plan,
  baseId: string,
  template: Measure,
  year: number,
  base: readonly YearResult[],
  baseHours: ScenarioHours,
): AnnualProbe | null {
  const { size, unit } = measureSize(template);
  if (!(size > 0)) return null;
  const probe = { ...template, start_year: year, ramp_years: 0 } as Measure;
  const probed = planWithProbe(plan, baseId, PROBE_SCENARIO, probe);
  const res = runScenarioYears(probed, PROBE_SCENARIO, [year]);
  const byYear = new Map(base.map((y) => [y.year, y] as const));
  const effects = new Map<number, UnitEffects>();
  for (const p of res.years) {
    const b = byYear.get(p.year);
    if (b !== undefined && p.year >= year) effects.set(p.year, effectsOf(p, b, size));
  }
  const h = res.hours.get(year)!;
  const net = (s: ScenarioHours['series'], i: number) => s.load_mw[i]! - s.other_generation_mw[i]!;
  const load = new Float64Array(h.series.load_mw.length);
  let any = false;
  for (let i = 0; i < load.length; i++) {
    const v = (net(h.series, i) - net(baseHours.series, i)) / size;
    if (Math.abs(v) > 1e-12) any = true;
    load[i] = v;
  }
  return { size, unit, effects, load_per_unit: any ? load : null };
}

/**
 * The template measure at `size` (its own unit), as one build of the answer. `before` is the size
 * built earlier of the same candidate: a fuel switch by share acts on the fuel left after the
 * earlier switch, so a later step switches (size / (1 - before)) of what is left.
 */
export function scaleMeasure(template: Measure, size: number, before = 0): Measure {
  const k = template.kind;
  const m = template;
  switch (m.kind) {
    case 'fuel_switch': {
      if (m.params.share !== null) {
        const left = Math.max(1e-9, 1 - before);
        return { ...m, params: { ...m.params, share: roundTo(Math.min(1, size / left), 1e-4) } };
      }
      return { ...m, params: { ...m.params, amount: roundTo(size, 1) } };
    }
    case 'efficiency':
      return { ...m, params: { ...m.params, saving_share: roundTo(size, 1e-4) } };
    case 'waste_heat': {
      const f = m.params.heat_recovered_gj > 0 ? size / m.params.heat_recovered_gj : 0;
      return {
        ...m,
        params: {
          ...m.params,
          heat_recovered_gj: roundTo(size, 1),
          pressure_power_mwh: roundTo(m.params.pressure_power_mwh * f, 1),
        },
      };
    }
    case 'green_hydrogen':
      return { ...m, params: { ...m.params, electrolyser_kw: roundTo(size, 1) } };
    case 'transport':
      return { ...m, params: { ...m.params, vehicles: roundTo(size, 1) } };
    case 'carbon_sink':
      return { ...m, params: { ...m.params, area_ha: roundTo(size, 0.1) } };
    case 'ccus':
      return { ...m, params: { ...m.params, captured_tco2: roundTo(size, 1) } };
    default:
      throw new Error(`${k} is not an annual measure`);
  }
}

/**
 * Up to the step a plan states: the measure then does at least what the LP found, so an answer
 * the LP put exactly at a target's limit does not miss it by the rounding (0.3 t of a coal cap).
 */
function roundTo(v: number, step: number): number {
  return Number((Math.ceil(v / step - 1e-6) * step).toFixed(6));
}

/** Measure kinds the LP sizes as annual candidates. */
export const ANNUAL_KINDS = [
  'fuel_switch',
  'efficiency',
  'waste_heat',
  'green_hydrogen',
  'transport',
  'carbon_sink',
  'ccus',
] as const;
