import type { Plan } from '../model/plan.ts';
import type { Measure } from '../model/measures.ts';
import { runScenario, runScenarioHourly, runScenarioYears } from '../engine/run.ts';
import type { ScenarioHours } from '../engine/run.ts';
import type { YearResult } from '../engine/result-schema.ts';
import { ParkZeroError } from '../api/result.ts';
import { clusterDays, reduceSeries } from './rep-days.ts';
import type { DayFeature } from './rep-days.ts';
import { candidatesFromPlan } from './plan-candidates.ts';
import type { PlanCandidate } from './plan-candidates.ts';
import { linearTargets } from './plan-targets.ts';
import type { YearBasis } from './plan-targets.ts';
import type { AnnualCandidate, Period, PlanningProblem, ProblemBounds, YearValues } from './problem.ts';
import { probeAnnual } from './annual-effects.ts';
import type { UnitEffects } from './annual-effects.ts';
import { yearValue } from './discount.ts';
import { planWithProbe } from './probe-plan.ts';

/**
 * From a plan and a base scenario to a PlanningProblem. The base scenario's engine run is the
 * baseline the candidates change: its hourly load, prices, existing generation and storage on
 * each period's first year (clustered into representative days), and its yearly results for
 * everything the candidates leave as it is. Candidate output shapes come from the engine
 * itself: a probe scenario with the candidate at 1 MW, minus the base, hour by hour, so yields,
 * imported series and weather files are exactly the engine's.
 */

export interface PlanOptimiseOptions {
  readonly scenario_id: string;
  /** Representative days per period, the peak day included (default 8). */
  readonly days?: number;
  /** Years per period (default 5): capacity and operation are the same within a period. */
  readonly period_years?: number;
  /** First year a build may start (default the year after the base year). */
  readonly first_year?: number;
  /** Targets to meet, by id (default all of the plan's). */
  readonly target_ids?: readonly string[];
  /** Candidates (default: the plan's own measures the base scenario lacks, `candidatesFromPlan`). */
  readonly candidates?: readonly PlanCandidate[];
  /** Price the emissions the LP changes at the scenario's carbon price (default false). */
  readonly include_carbon_price?: boolean;
  /** The park's own limits (grid connection, export, green share, offsets, budget, per candidate). */
  readonly bounds?: PlanBounds;
}

/**
 * Bounds as a user states them: like the LP's, and per candidate also the area it may take
 * (`area_m2`: a roof or a plot; PV's maximum is the area over its m2 per kW).
 */
export interface PlanBounds extends Omit<ProblemBounds, 'candidates'> {
  readonly candidates?: Readonly<Record<string, { readonly min?: number; readonly max?: number; readonly area_m2?: number }>>;
}

export interface PlanProblem {
  readonly problem: PlanningProblem;
  readonly candidates: readonly PlanCandidate[];
  readonly baseline: readonly YearResult[];
  /** The years of each period, in order (the first is where builds happen). */
  readonly period_years: readonly (readonly number[])[];
  /** What each year's target rows were built from (the base scenario's results and factors). */
  readonly basis: ReadonlyMap<number, YearBasis>;
}

export const DEFAULT_DAYS = 8;
export const DEFAULT_PERIOD_YEARS = 5;
const PROBE_SCENARIO = 'optimise-probe';

export function planProblem(plan: Plan, opts: PlanOptimiseOptions): PlanProblem {
  const { base_year, horizon_year, discount_rate } = plan.park;
  const first = opts.first_year ?? Math.min(base_year + 1, horizon_year);
  const step = opts.period_years ?? DEFAULT_PERIOD_YEARS;
  const days = opts.days ?? DEFAULT_DAYS;
  if (!Number.isInteger(step) || step < 1 || step > 40)
    throw new ParkZeroError('INVALID_REQUEST', `period length ${step} years: must be a whole number from 1 to 40`);
  if (first < base_year || first > horizon_year)
    throw new ParkZeroError('INVALID_REQUEST', `first build year ${first} is outside the pathway ${base_year}-${horizon_year}`);
  const offered = opts.candidates ?? candidatesFromPlan(plan, opts.scenario_id);
  checkBounds(opts.bounds, offered);

  const base = runScenario(plan, opts.scenario_id, { mac: false });
  const byYear = new Map(base.years.map((y) => [y.year, y] as const));
  const groups: number[][] = [];
  for (let y = first; y <= horizon_year; y += step)
    groups.push(Array.from({ length: Math.min(step, horizon_year - y + 1) }, (_, i) => y + i));
  // A short last period joins the one before: a build a year or two before the horizon would
  // be almost all residual credit (the engine's book-keeping), an artefact, not a plan.
  if (groups.length > 1 && groups[groups.length - 1]!.length < step) {
    const last = groups.pop()!;
    groups[groups.length - 1]!.push(...last);
  }

  // Candidate shapes (MW per MW) from the engine: probe minus base in the first modelled year.
  // Every period's first year from one simulation of the base pathway.
  const baseHoursByYear = runScenarioYears(
    plan,
    opts.scenario_id,
    groups.map((g) => g[0]!),
  ).hours;
  const baseHours = baseHoursByYear.get(first)!;
  const shapes = new Map<string, Float64Array>();
  for (const pc of offered) {
    const c = pc.candidate;
    if (c.kind !== 'pv' && c.kind !== 'wind') continue;
    shapes.set(c.shape, probeShape(plan, opts.scenario_id, pc.template, first, baseHours));
  }
  // Annual measures: the engine's per-unit effects every year and the load they add hour by
  // hour (a probe with the measure at its planned size, minus the base). A measure the engine
  // finds without effect (nothing to switch) is dropped.
  const carbon = base.settings.carbon_price_cny_per_t;
  const loadShapes = new Map<string, { hourly: Float64Array; probe_mwh: number }>();
  const candidates: PlanCandidate[] = [];
  for (const pc of offered) {
    const c = pc.candidate;
    if (c.kind !== 'annual') {
      candidates.push(pc);
      continue;
    }
    const probe = probeAnnual(plan, opts.scenario_id, pc.template, first, base.years, baseHours);
    if (probe === null || !hasEffect(probe.effects)) continue;
    const yearly: { year: number; value: number }[] = [];
    for (const [y, e] of probe.effects)
      yearly.push({
        year: y,
        value: e.other_cost_cny + (opts.include_carbon_price ? yearValue(carbon, y) * e.net_other_tco2 : 0),
      });
    let load_shape: string | undefined;
    if (probe.load_per_unit !== null) {
      load_shape = `${c.id}:load`;
      loadShapes.set(load_shape, { hourly: probe.load_per_unit, probe_mwh: probe.effects.get(first)?.electricity_mwh ?? 0 });
    }
    const annual: AnnualCandidate = {
      ...c,
      yearly_cost_cny_per_unit: yearly.sort((a, b) => a.year - b.year) as YearValues,
      ...(load_shape === undefined ? {} : { load_shape }),
    };
    candidates.push({ ...pc, candidate: annual, probe });
  }
  const effectsByYear = (y: number) => {
    const m = new Map<string, UnitEffects>();
    for (const pc of candidates) {
      const e = pc.probe?.effects.get(y);
      if (e !== undefined) m.set(pc.candidate.id, e);
    }
    return m;
  };

  const greenOffered = candidates.some((pc) => pc.candidate.kind === 'green_power');
  const basis = new Map<number, YearBasis>();
  const periods: Period[] = groups.map((years) => {
    const y0 = years[0]!;
    const hours = baseHoursByYear.get(y0)!;
    const s = hours.series;
    const load = s.load_mw.map((v, h) => v - s.other_generation_mw[h]!);
    const existing = s.pv_mw.map((v, h) => v + s.wind_mw[h]!);
    const net = load.map((v, h) => v - existing[h]!);
    const features: DayFeature[] = [{ values: load }, { values: s.import_price_cny_per_mwh, weight: 0.5 }];
    for (const shape of shapes.values()) features.push({ values: shape });
    const rep = clusterDays(features, { days, peak_series: net });
    const red = (v: ArrayLike<number>) => reduceSeries(v, rep, { preserve_sum: true });
    const factors: { year: number; value: number }[] = [];
    const demand0 = byYear.get(y0)!.energy.electricity.demand_mwh;
    for (const y of years) {
      const yr = byYear.get(y)!;
      const f = gridFactor(yr, greenOffered);
      factors.push({ year: y, value: f.factor });
      basis.set(y, {
        year: yr,
        grid_factor: f.factor,
        grid_non_fossil: f.non_fossil,
        extra_demand_mwh: yr.energy.electricity.demand_mwh - demand0,
        annual: effectsByYear(y),
      });
    }
    // An annual measure's load follows its probe-year shape, scaled to its electricity in the
    // period's first year (a growing consumer electrified uses more each year).
    const periodShapes: [string, Float64Array][] = [...shapes].map(([k, v]) => [k, red(v)]);
    for (const [key, ls] of loadShapes) {
      const id = key.slice(0, -':load'.length);
      const now = effectsByYear(y0).get(id)?.electricity_mwh ?? ls.probe_mwh;
      const k = Math.abs(ls.probe_mwh) > 1e-9 ? now / ls.probe_mwh : 1;
      periodShapes.push([key, red(ls.hourly.map((v) => v * k))]);
    }
    return {
      years,
      days: rep,
      load_mw: red(load),
      existing_generation_mw: red(existing),
      ...(hours.storage.power_kw > 0 && hours.storage.usable_kwh > 0
        ? {
            existing_storage: {
              power_mw: hours.storage.power_kw / 1000,
              usable_mwh: hours.storage.usable_kwh / 1000,
              round_trip_efficiency: hours.storage.round_trip_efficiency,
            },
          }
        : {}),
      // Prices are not rescaled: a representative hour keeps its tariff.
      import_price_cny_per_mwh: reduceSeries(s.import_price_cny_per_mwh, rep),
      export_price_cny_per_mwh: s.export_price_cny_per_mwh[0] ?? 0,
      export_limit_mw: hours.export_limit_kw === null ? Infinity : hours.export_limit_kw / 1000,
      shapes: Object.fromEntries(periodShapes),
      grid_tco2_per_mwh: factors,
    };
  });
  // Years before the first modelled one (a peak year, the base year) keep the base's values.
  for (const yr of base.years)
    if (!basis.has(yr.year)) {
      const f = gridFactor(yr, greenOffered);
      basis.set(yr.year, { year: yr, grid_factor: f.factor, grid_non_fossil: f.non_fossil, extra_demand_mwh: 0 });
    }

  const modelled = groups.flat();
  const wanted = opts.target_ids === undefined ? plan.targets : plan.targets.filter((t) => opts.target_ids!.includes(t.id));
  if (opts.target_ids !== undefined)
    for (const id of opts.target_ids)
      if (!plan.targets.some((t) => t.id === id)) throw new ParkZeroError('NOT_FOUND', `no target with id "${id}" in the plan`);
  const targets = wanted.flatMap((t) => linearTargets(t, basis, modelled));

  const problem: PlanningProblem = {
    name: `${opts.scenario_id}-least-cost`,
    base_year,
    horizon_year,
    discount_rate,
    periods,
    candidates: candidates.map((pc) => pc.candidate),
    targets,
    ...(opts.include_carbon_price ? { carbon_price_cny_per_t: base.settings.carbon_price_cny_per_t } : {}),
    ...(opts.bounds === undefined ? {} : { bounds: problemBounds(opts.bounds, candidates) }),
  };
  return { problem, candidates, baseline: base.years, period_years: groups, basis };
}

/**
 * The factor the LP applies to purchases not covered by green power. The engine switches from
 * the average factor to the one excluding market-traded non-fossil power as soon as any green
 * power is bought (DOMAIN.md); a linear model cannot switch, so when green power is on offer
 * (or already bought) the LP uses the higher 'excluding' factor: safe for emission targets.
 */
function gridFactor(yr: YearResult, greenOffered: boolean): { factor: number; non_fossil: number } {
  const f = yr.factors;
  const factor =
    greenOffered || yr.energy.electricity.green_power_mwh > 0 ? f.grid_excl_market_tco2_per_mwh : f.grid_average_tco2_per_mwh;
  const fossil = f.grid_non_fossil_fraction < 1 ? f.grid_applied_tco2_per_mwh / (1 - f.grid_non_fossil_fraction) : Infinity;
  return { factor, non_fossil: Math.min(1, Math.max(0, 1 - factor / fossil)) };
}

/** Hourly output of 1 MW of a generator measure, as the engine computes it (probe - base). */
function probeShape(plan: Plan, baseId: string, template: Measure, year: number, baseHours: ScenarioHours): Float64Array {
  const probe = { ...template, start_year: year, ramp_years: 0, params: { ...template.params, capacity_kw: 1000 } } as Measure;
  const probed = planWithProbe(plan, baseId, PROBE_SCENARIO, probe);
  const h = runScenarioHourly(probed, PROBE_SCENARIO, year);
  const key = template.kind === 'wind' ? 'wind_mw' : 'pv_mw';
  return h.series[key].map((v, i) => Math.max(0, v - baseHours.series[key][i]!));
}

/** Whether a probe changed anything a target or the cost can see. */
function hasEffect(effects: ReadonlyMap<number, UnitEffects>): boolean {
  for (const e of effects.values()) for (const [k, v] of Object.entries(e)) if (k !== 'year' && Math.abs(v) > 1e-12) return true;
  return false;
}

/** The user's bounds in the LP's terms: a PV candidate's area becomes its maximum in MW. */
export function problemBounds(b: PlanBounds, candidates: readonly PlanCandidate[]): ProblemBounds {
  const per: Record<string, { min?: number; max?: number }> = {};
  for (const [id, v] of Object.entries(b.candidates ?? {})) {
    let max = v.max;
    if (v.area_m2 !== undefined) {
      const t = candidates.find((pc) => pc.candidate.id === id)?.template;
      if (t !== undefined && t.kind === 'pv') max = Math.min(max ?? Infinity, v.area_m2 / t.params.area_m2_per_kw / 1000);
    }
    per[id] = { ...(v.min === undefined ? {} : { min: v.min }), ...(max === undefined ? {} : { max }) };
  }
  const { candidates: _drop, ...rest } = b;
  void _drop;
  return { ...rest, candidates: per };
}

/** Bounds that name no candidate, or contradict themselves, are refused in plain words. */
function checkBounds(b: PlanBounds | undefined, candidates: readonly PlanCandidate[]): void {
  if (b === undefined) return;
  const ids = new Set<string>();
  for (const pc of candidates) {
    ids.add(pc.candidate.id);
    if (pc.candidate.kind === 'storage') ids.add(`${pc.candidate.id}:power`).add(`${pc.candidate.id}:energy`);
  }
  for (const [id, v] of Object.entries(b.candidates ?? {})) {
    if (!ids.has(id))
      throw new ParkZeroError(
        'INVALID_REQUEST',
        `the bounds name candidate "${id}", which is not among the candidates (${[...ids].join(', ') || 'none'})`,
      );
    for (const [k, x] of Object.entries(v))
      if (typeof x !== 'number' || !(x >= 0))
        throw new ParkZeroError(
          'INVALID_REQUEST',
          `bound ${k} of candidate "${id}" must be a number of at least 0, got ${String(x)}`,
        );
    if (v.min !== undefined && v.max !== undefined && v.min > v.max)
      throw new ParkZeroError('INVALID_REQUEST', `candidate "${id}": the minimum ${v.min} is above the maximum ${v.max}`);
    if (v.area_m2 !== undefined) {
      const t = candidates.find((pc) => pc.candidate.id === id)?.template;
      if (t?.kind !== 'pv') throw new ParkZeroError('INVALID_REQUEST', `candidate "${id}": an area bound applies to PV only`);
    }
  }
  const nonNeg = (name: string, v: number | undefined) => {
    if (v !== undefined && !(v >= 0)) throw new ParkZeroError('INVALID_REQUEST', `${name} must be at least 0, got ${v}`);
  };
  nonNeg('the grid connection (import_limit_mw)', b.import_limit_mw);
  nonNeg('the export limit (export_limit_mw)', b.export_limit_mw);
  nonNeg('the offset cap (max_offset_tco2_per_year)', b.max_offset_tco2_per_year);
  if (b.max_green_share !== undefined && !(b.max_green_share >= 0 && b.max_green_share <= 1))
    throw new ParkZeroError('INVALID_REQUEST', `the green-power share cap must be between 0 and 1, got ${b.max_green_share}`);
}
