import {
  combineStorage,
  createPathwayInputs,
  customTou,
  flatTariff,
  provinceTou,
  followSurplus,
  hourlySum,
  runPathwayYear,
  scenarioProfiles,
  STORAGE_RULES,
  touTariff,
} from '../dispatch/index.ts';
import type {
  DispatchTotals,
  HourlyDispatch,
  PathwayInputs,
  PathwayWorkspace,
  ProfileCache,
  ScenarioProfiles,
  StorageOptions,
  SurplusElectrolyser,
  Tariff,
  TouDefinition,
} from '../dispatch/index.ts';
import { HOURS_PER_YEAR } from '../profiles/calendar.ts';
import type { ScenarioSettings } from '../model/scenario.ts';
import type { Plan } from '../model/plan.ts';
import { defaultWindHours } from '../factors/yields.ts';
import { K, ELEC } from './context.ts';
import type { PlanContext } from './context.ts';
import type { CompiledMeasure } from './compile-measures.ts';
import type { YearState } from './apply-measures.ts';
import { surplusElectrolysers } from './electricity.ts';
import type { ElectricityModel, YearElectricity } from './electricity.ts';
import { DEFAULT_MIN_LOAD_SHARE } from './hydrogen.ts';
import type { SeriesInputs } from './imported-series.ts';

/**
 * The hourly dispatch (DOMAIN.md reference rule or the scenario's storage strategy,
 * core/dispatch) as the engine's electricity model. Per year the engine's annual energies are split into dispatch classes:
 *   consumers (after every demand measure, heat pumps and electric boilers included, clamped
 *   at 0) by their load_profile; electrolysers (one class per green_hydrogen measure); electric
 *   vehicles (ev_night); CCUS (flat); PV and wind per measure (their orientation / hub height);
 *   residual pressure power (flat).
 * Shapes sum to 1, so every class keeps the annual engine's energy; the dispatch decides when
 * it flows and returns import, self-consumption, export, curtailment and storage flows.
 */

/** Everything a scenario's hourly runs share (its MAC variants included). */
export interface HourlySetup {
  sp: ScenarioProfiles;
  tariff: Tariff;
  /** MW; Infinity = no limit. */
  export_limit_mw: number;
  ws: PathwayWorkspace;
  first_year: number;
  n_years: number;
  /** Load class of each consumer. */
  consumer_class: Int32Array;
  /** Load class of each measure index (electrolyser, vehicles, CCUS), -1 for none. */
  measure_load_class: Int32Array;
  /** Generator of each measure index (PV, wind), -1 for none. */
  measure_generator: Int32Array;
  /** What each generator is, for hourly series by source. */
  generator_kind: readonly ('pv' | 'wind' | 'other')[];
  /** The scenario's storage strategy, import cap and peak target (MW). */
  storage: StorageOptions;
  /** Stored energy at the start of the first year, share of usable energy. */
  storage_initial_soc: number;
  /** The TOU table priced with (under a flat tariff too: it is what `tou` would use) and its scale. */
  tou: TouDefinition;
  tou_ratio: number;
  /** Surplus-following electrolysers in measure order: measure index and load class. */
  surplus: readonly { index: number; load_class: number }[];
}

/**
 * The TOU table a scenario prices with: its own `tou_tariff`, else the park province's
 * (core/dispatch/tariffs-cn.ts). `found` is false when the province has no table and the
 * Sichuan-like one stands in (the engine warns).
 */
export function scenarioTou(plan: Plan, s: ScenarioSettings): { def: TouDefinition; found: boolean } {
  if (s.tou_tariff !== null) return { def: customTou(s.tou_tariff), found: true };
  return provinceTou(plan.park.province);
}

/**
 * The scenario's tariff from its settings. `electricity_cny_per_mwh` is the park's average
 * purchase price today, so under `tou` the flat-period price is set to it divided by
 * `touRatio` (baseYearTouRatio, tou-ratio.ts): the base-year park load, all bought from the grid, pays that
 * average, and the TOU shape only moves value between hours (daytime PV saves peak-price
 * energy). Demand charge: CNY/kW-month in settings, CNY/MW-month in the dispatch.
 */
export function scenarioTariff(s: ScenarioSettings, touRatio: number, def: TouDefinition): Tariff {
  const demand = s.demand_charge_cny_per_kw_month * 1000;
  const imp = s.energy_prices.electricity_cny_per_mwh;
  const exp = s.energy_prices.electricity_export_cny_per_mwh;
  if (s.electricity_tariff === 'flat') return flatTariff(imp, exp, demand);
  // The result's sentence about this tariff is dispatch-notes.ts's tariffSentence.
  return touTariff(def, {
    flat_import_cny_per_mwh: imp / touRatio,
    export_cny_per_mwh: exp,
    demand_charge_cny_per_mw_month: demand,
  });
}

export function hourlySetup(
  ctx: PlanContext,
  pc: ProfileCache,
  ms: readonly CompiledMeasure[],
  settings: ScenarioSettings,
  ws: PathwayWorkspace,
  touRatio: number,
  tou: TouDefinition,
  series: SeriesInputs | null = null,
): HourlySetup {
  const { plan } = ctx;
  const sp = scenarioProfiles(
    pc,
    ms.map((cm) => cm.measure),
    {
      default_wind_full_load_hours: defaultWindHours(ctx.fs, plan.park.province).value,
      ...(series ? { overrides: series.measure, consumer_series: series.consumer } : {}),
    },
  );
  const slots = ms.reduce((max, cm) => Math.max(max, cm.index + 1), 1);
  const loadClass = new Int32Array(slots).fill(-1);
  const gen = new Int32Array(slots).fill(-1);
  for (const cm of ms) {
    const m = cm.measure;
    if (m.kind === 'green_hydrogen') loadClass[cm.index] = sp.measure_load_class.get(m.id)!;
    if (m.kind === 'transport') loadClass[cm.index] = sp.ev_load_class;
    if (m.kind === 'ccus') loadClass[cm.index] = sp.flat_load_class;
    if (m.kind === 'pv' || m.kind === 'wind') gen[cm.index] = sp.measure_generator.get(m.id)!;
  }
  const kinds: ('pv' | 'wind' | 'other')[] = sp.gen_keys.map(() => 'other');
  for (const cm of ms) {
    const g = gen[cm.index]!;
    if (g >= 0) kinds[g] = cm.measure.kind === 'pv' ? 'pv' : 'wind';
  }
  return {
    sp,
    tariff: scenarioTariff(settings, touRatio, tou),
    export_limit_mw: settings.export_limit_kw === null ? Infinity : settings.export_limit_kw / 1000,
    ws,
    first_year: ctx.years[0]!,
    n_years: ctx.years.length,
    consumer_class: Int32Array.from(
      plan.consumers,
      (c) => sp.consumer_series_class.get(c.id) ?? sp.consumer_class[c.load_profile],
    ),
    measure_load_class: loadClass,
    measure_generator: gen,
    generator_kind: kinds,
    storage: {
      strategy: settings.storage_strategy,
      grid_import_cap_mw: settings.storage_grid_import_cap_kw === null ? Infinity : settings.storage_grid_import_cap_kw / 1000,
      peak_target_mw: settings.storage_peak_target_kw === null ? null : settings.storage_peak_target_kw / 1000,
    },
    storage_initial_soc: settings.storage_initial_soc,
    tou,
    tou_ratio: touRatio,
    surplus: surplusElectrolysers(ms).map((cm) => ({ index: cm.index, load_class: loadClass[cm.index]! })),
  };
}

/** Sees the hourly arrays of each year right after its dispatch (they are overwritten next year). */
export type HourlyObserver = (
  yi: number,
  hourly: HourlyDispatch,
  inputs: PathwayInputs,
  totals: DispatchTotals,
  setup: HourlySetup,
) => void;

/** One year of a scenario, hour by hour (MW = MWh per hour; hour 0 = 1 January 00:00-01:00 local time). */
export interface HourlySeries {
  load_mw: Float64Array;
  pv_mw: Float64Array;
  wind_mw: Float64Array;
  /** On-site generation without weather (residual pressure power). */
  other_generation_mw: Float64Array;
  /** Generation used on site in the hour: directly by load or charged into storage. */
  self_consumed_mw: Float64Array;
  charge_mw: Float64Array;
  discharge_mw: Float64Array;
  /** Stored energy at the end of the hour. */
  soc_mwh: Float64Array;
  export_mw: Float64Array;
  curtailed_mw: Float64Array;
  import_mw: Float64Array;
  import_price_cny_per_mwh: Float64Array;
  export_price_cny_per_mwh: Float64Array;
}

export const HOURLY_SERIES_KEYS = [
  'load_mw',
  'pv_mw',
  'wind_mw',
  'other_generation_mw',
  'self_consumed_mw',
  'charge_mw',
  'discharge_mw',
  'soc_mwh',
  'export_mw',
  'curtailed_mw',
  'import_mw',
  'import_price_cny_per_mwh',
  'export_price_cny_per_mwh',
] as const satisfies readonly (keyof HourlySeries)[];

/** Copies one year's hourly arrays out of the workspace, with generation split by source. */
export function captureHours(yi: number, hourly: HourlyDispatch, inputs: PathwayInputs, setup: HourlySetup): HourlySeries {
  const n = hourly.load_mw.length;
  const pv = new Float64Array(n);
  const wind = new Float64Array(n);
  const other = new Float64Array(n);
  const { sp } = setup;
  for (let g = 0; g < inputs.n_gen; g++) {
    const a = inputs.gen_mwh[yi * inputs.n_gen + g]!;
    if (a === 0) continue;
    const kind = setup.generator_kind[g]!;
    const target = kind === 'pv' ? pv : kind === 'wind' ? wind : other;
    const shape = sp.gen_shapes[g]!;
    for (let h = 0; h < n; h++) target[h]! += a * shape[h]!;
  }
  const self = new Float64Array(n);
  // Storage charged from the grid is not on-site generation.
  for (let h = 0; h < n; h++) self[h] = hourly.direct_mw[h]! + hourly.charge_mw[h]! - hourly.grid_charge_mw[h]!;
  return {
    load_mw: Float64Array.from(hourly.load_mw),
    pv_mw: pv,
    wind_mw: wind,
    other_generation_mw: other,
    self_consumed_mw: self,
    charge_mw: Float64Array.from(hourly.charge_mw),
    discharge_mw: Float64Array.from(hourly.discharge_mw),
    soc_mwh: Float64Array.from(hourly.soc_mwh),
    export_mw: Float64Array.from(hourly.export_mw),
    curtailed_mw: Float64Array.from(hourly.curtail_mw),
    import_mw: Float64Array.from(hourly.import_mw),
    import_price_cny_per_mwh: Float64Array.from(setup.tariff.import_cny_per_mwh),
    export_price_cny_per_mwh: Float64Array.from(setup.tariff.export_cny_per_mwh),
  };
}

function rowsEqual(a: Float64Array, b: Float64Array, from: number, n: number): boolean {
  for (let i = from; i < from + n; i++) if (a[i] !== b[i]) return false;
  return true;
}

function toYear(t: DispatchTotals, hourly: HourlyDispatch): YearElectricity {
  const pi = hourly.period_import_mwh;
  const pc = hourly.period_import_cost_cny;
  return {
    method: 'hourly',
    self_consumed_mwh: t.self_consumed_mwh,
    exported_mwh: t.exported_mwh,
    curtailed_mwh: t.curtailed_mwh,
    grid_import_mwh: t.imported_mwh,
    storage_losses_mwh: t.storage_losses_mwh,
    storage_throughput_mwh: t.storage_throughput_mwh,
    peak_import_kw: t.peak_import_mw * 1000,
    direct_use_mwh: t.direct_use_mwh,
    storage_charge_mwh: t.charge_mwh,
    storage_discharge_mwh: t.discharge_mwh,
    storage_soc_change_mwh: t.storage_soc_change_mwh,
    storage_net_charge_mwh: t.storage_net_charge_mwh,
    storage_equivalent_cycles: t.equivalent_full_cycles,
    storage_start_mwh: t.storage_start_mwh,
    storage_end_mwh: t.storage_end_mwh,
    storage_grid_charge_mwh: t.grid_charge_mwh,
    storage_rule: STORAGE_RULES[t.storage_rule] ?? null,
    peak_import_hour: t.peak_import_hour >= 0 ? t.peak_import_hour : null,
    import_cost_cny: t.import_cost_cny,
    import_by_period_mwh: { critical: pi[0]!, peak: pi[1]!, flat: pi[2]!, valley: pi[3]! },
    import_cost_by_period_cny: { critical: pc[0]!, peak: pc[1]!, flat: pc[2]!, valley: pc[3]! },
    export_revenue_cny: t.export_revenue_cny,
    demand_charge_cny: t.demand_charge_cny,
  };
}

/**
 * The hourly model of one scenario run. A MAC variant (`variant()`) runs the same scenario
 * without one measure: in every year whose dispatch inputs equal the full run's (years before
 * the measure starts, measures that do not touch electricity) it reuses the full run's year,
 * which is exactly what a rerun would compute. A live run takes the scenario's previous run as
 * its reference in the same way (recent-dispatch.ts). Allocation: inputs once per run; nothing per hour.
 */
export class HourlyElectricity implements ElectricityModel {
  readonly method = 'hourly' as const;
  readonly setup: HourlySetup;
  readonly inputs: PathwayInputs;
  private readonly years: (YearElectricity | null)[];
  /** A model whose years stand in for this one's where their inputs are equal (see `balance`). */
  private reference: HourlyElectricity | null;
  private readonly observer: HourlyObserver | null;
  /** Years taken from the reference rather than dispatched. */
  yearsTaken = 0;

  constructor(setup: HourlySetup, reference: HourlyElectricity | null = null, observer: HourlyObserver | null = null) {
    this.setup = setup;
    this.reference = reference;
    this.observer = observer;
    this.inputs = createPathwayInputs(setup.sp, setup.first_year, setup.n_years);
    this.inputs.export_limit_mw.fill(setup.export_limit_mw);
    this.years = Array.from({ length: setup.n_years }, () => null);
  }

  variant(): ElectricityModel {
    return new HourlyElectricity(this.setup, this);
  }

  /**
   * Let go of the reference once every year is balanced, so that a model kept for a later run
   * (recent-dispatch.ts) does not hold a chain of every earlier run.
   */
  dropReference(): void {
    this.reference = null;
  }

  /**
   * The surplus pre-pass (core/dispatch/electrolyser-surplus.ts): the year's hourly load
   * without the surplus-following electrolysers and its generation, then each electrolyser's
   * hourly power, which becomes its load class's shape for this year (so the dispatch sees it
   * as an ordinary load and storage and export see only what it left).
   */
  followSurplus(ctx: PlanContext, st: YearState, ms: readonly CompiledMeasure[]): void {
    const { setup, inputs } = this;
    const units = setup.surplus;
    if (units.length === 0) return;
    // Their own classes are still empty here (their electricity is booked after this pass).
    this.fillRows(ctx, st, ms);
    const s = (this.scratch ??= {
      load: new Float64Array(HOURS_PER_YEAR),
      gen: new Float64Array(HOURS_PER_YEAR),
      specs: units.map(() => ({ capacity_mw: 0, min_load_share: 0, grid_below_min: false })),
      totals: new Float64Array(2 * units.length),
    });
    const yi = st.yi;
    hourlySum(s.load, setup.sp.load_shapes, inputs.load_mwh, yi * inputs.n_load, inputs.n_load);
    hourlySum(s.gen, setup.sp.gen_shapes, inputs.gen_mwh, yi * inputs.n_gen, inputs.n_gen);
    const byIndex = new Map(ms.map((cm) => [cm.index, cm]));
    const power: Float64Array[] = [];
    units.forEach((u, i) => {
      // A MAC variant runs without one measure: its electrolyser, if it is the one, stays off.
      const cm = byIndex.get(u.index);
      const spec = s.specs[i]!;
      spec.capacity_mw = 0;
      if (cm !== undefined && cm.measure.kind === 'green_hydrogen') {
        const p = cm.measure.params;
        spec.capacity_mw = (p.electrolyser_kw * cm.ramp[yi]!) / 1000;
        spec.min_load_share = p.min_load_share ?? DEFAULT_MIN_LOAD_SHARE;
        spec.grid_below_min = p.below_min_load === 'grid';
      }
      power.push(setup.sp.load_shapes[u.load_class]!);
    });
    followSurplus(s.load, s.gen, s.specs, power, s.totals);
    units.forEach((u, i) => {
      const mwh = s.totals[2 * i]!;
      st.h2.surplus_mwh[u.index] = mwh;
      st.h2.surplus_grid_mwh[u.index] = s.totals[2 * i + 1]!;
      // MW per hour -> the class's shape (sums to 1) for this year.
      const shape = power[i]!;
      if (mwh > 0) for (let h = 0; h < shape.length; h++) shape[h]! /= mwh;
    });
  }

  private scratch: { load: Float64Array; gen: Float64Array; specs: SurplusElectrolyser[]; totals: Float64Array } | null = null;

  /** The year's annual energies into the dispatch inputs, by load class and generator. */
  private fillRows(ctx: PlanContext, st: YearState, ms: readonly CompiledMeasure[]): void {
    const { setup, inputs } = this;
    const yi = st.yi;
    const nL = inputs.n_load;
    const nG = inputs.n_gen;
    const L = yi * nL;
    const G = yi * nG;
    const load = inputs.load_mwh;
    const gen = inputs.gen_mwh;
    load.fill(0, L, L + nL);
    gen.fill(0, G, G + nG);
    // Locals: under tsx an imported constant is a getter call per read.
    const k = K;
    const elec = ELEC;
    const cur = st.cur;
    const cls = setup.consumer_class;
    for (let c = 0; c < ctx.nC; c++) {
      const v = cur[c * k + elec]!;
      if (v > 0) load[L + cls[c]!]! += v;
    }
    for (const cm of ms) {
      const lc = setup.measure_load_class[cm.index]!;
      const e = st.park_elec[cm.index]!;
      if (lc >= 0 && e > 0) load[L + lc]! += e;
      const g = setup.measure_generator[cm.index]!;
      const mwh = st.measure_mwh[cm.index]!;
      if (g >= 0 && mwh > 0) gen[G + g]! += mwh;
    }
    gen[G + setup.sp.other_generator] = st.pressure_mwh;
  }

  balance(ctx: PlanContext, st: YearState, ms: readonly CompiledMeasure[], demandMwh: number): YearElectricity {
    const { setup, inputs } = this;
    const yi = st.yi;
    const nL = inputs.n_load;
    const nG = inputs.n_gen;
    const L = yi * nL;
    const G = yi * nG;
    const load = inputs.load_mwh;
    const gen = inputs.gen_mwh;
    this.fillRows(ctx, st, ms);
    let total = 0;
    for (let i = L; i < L + nL; i++) total += load[i]!;
    if (Math.abs(total - demandMwh) > 1e-9 * Math.max(1, demandMwh))
      throw new Error(`hourly load classes (${total} MWh) do not add up to the demand (${demandMwh} MWh) in ${st.year}`);
    const s = combineStorage(st.storage);
    inputs.storage_power_mw[yi] = s.power_mw;
    inputs.storage_usable_mwh[yi] = s.usable_mwh;
    inputs.storage_round_trip_efficiency[yi] = s.round_trip_efficiency;
    // Stored energy carries over: the first year starts at the set share, every later year
    // where this run's previous year ended (the dispatch clamps it to this year's usable energy).
    const prev = yi > 0 ? this.years[yi - 1] : null;
    if (yi > 0 && !prev) throw new Error(`hourly dispatch of ${st.year} ran before the year before it`);
    const start = prev ? prev.storage_end_mwh : setup.storage_initial_soc * s.usable_mwh;
    inputs.storage_start_mwh[yi] = start;

    const ref = this.reference;
    if (ref !== null && this.observer === null) {
      const done = ref.years[yi];
      const ri = ref.inputs;
      if (
        done &&
        ri.storage_power_mw[yi] === s.power_mw &&
        ri.storage_usable_mwh[yi] === s.usable_mwh &&
        ri.storage_round_trip_efficiency[yi] === s.round_trip_efficiency &&
        ri.storage_start_mwh[yi] === start &&
        rowsEqual(ri.load_mwh, load, L, nL) &&
        rowsEqual(ri.gen_mwh, gen, G, nG)
      ) {
        this.years[yi] = done;
        this.yearsTaken++;
        return done;
      }
    }
    const t = runPathwayYear(setup.sp, inputs, yi, setup.tariff, setup.ws, setup.storage);
    const year = toYear(t, setup.ws.hourly);
    this.years[yi] = year;
    this.observer?.(yi, setup.ws.hourly, inputs, t, setup);
    return year;
  }
}
