import type { Plan } from '../model/plan.ts';
import type { Measure } from '../model/measures.ts';
import type { OptimiserCandidate, OptimiserUnit } from '../model/optimiser-record.ts';
import { ParkZeroError } from '../api/result.ts';
import { reason } from '../text/error-reasons.ts';
import { buildCostSet, measureTechnology, measureUnitCosts } from '../costs/index.ts';
import type { CostSet, UnitCost } from '../costs/index.ts';
import { candidatesFromPlan } from './plan-candidates.ts';
import type { PlanCandidate } from './plan-candidates.ts';
import type { Candidate, CandidateCost } from './problem.ts';
import type { PlanBounds } from './from-plan.ts';

/**
 * The candidates of the Plan-to-targets screen and the `optimise.start` call: what the planner
 * may build for a base scenario (`candidatesFromPlan`), described for a person (name, where,
 * each bound in the unit a planner types, each unit cost with where it came from), and the
 * user's edits applied back onto the LP candidates. Units a user sees: kW and kWh (not the LP's
 * MW), a green-power share as a fraction, offsets in tCO2 a year; costs per kW, kWh, MWh, tCO2.
 */

export type OfferPart = OptimiserCandidate['bounds'][number]['part'];
export type OfferCostUnit = OptimiserCandidate['costs'][number]['unit'];

export interface OfferBound {
  readonly part: OfferPart;
  /** The planned size (the default maximum), in `unit`. */
  readonly max: number;
  readonly unit: OptimiserUnit;
}

export interface OfferCost {
  readonly part: OfferPart;
  /** In the first year a build may start. */
  readonly value: number;
  readonly unit: OfferCostUnit;
  readonly origin: 'measure' | 'library' | 'project_override' | 'none';
  /** The library's or the override's source; empty for the measure's own value. */
  readonly source: string;
}

export interface CandidateOffer {
  /** The template measure's id (the candidate's id). */
  readonly id: string;
  readonly kind: Measure['kind'];
  readonly name: string;
  /** The scenario whose measure it copies. */
  readonly scenario_id: string;
  /** Enterprises it serves (rooftop PV on their roofs); empty: the park. */
  readonly consumer_ids: readonly string[];
  readonly bounds: readonly OfferBound[];
  readonly costs: readonly OfferCost[];
}

/** What the user changed for one candidate; a candidate not listed is taken as offered. */
export interface CandidateEdit {
  readonly id: string;
  readonly include: boolean;
  /** Per part the most and (optionally) the least to install, in the offer's unit. */
  readonly bounds?: readonly { readonly part: OfferPart; readonly max: number; readonly min?: number }[];
  readonly costs?: readonly { readonly part: OfferPart; readonly value: number }[];
}

/** First year a build may start (the planner's default): the unit costs shown are that year's. */
export function firstBuildYear(plan: Plan): number {
  return Math.min(plan.park.base_year + 1, plan.park.horizon_year);
}

/**
 * `candidatesFromPlan`, less the measures of scenarios the planner made: those are sized copies
 * of candidates (`ground-pv-2035`), not new things to build, and offering them again would
 * offer the same roof or land twice.
 */
export function plannerCandidates(plan: Plan, baseScenarioId: string): PlanCandidate[] {
  const answers = new Set(plan.scenarios.filter((s) => s.optimiser !== undefined).flatMap((s) => s.measures.map((m) => m.id)));
  // Left out before the single-kind merge, so an answer's green power does not widen the offer.
  return candidatesFromPlan(plan, baseScenarioId, answers);
}

export function offerCandidates(plan: Plan, baseScenarioId: string): CandidateOffer[] {
  const cs = buildCostSet(plan.cost_overrides);
  const year = firstBuildYear(plan);
  const owner = new Map(plan.scenarios.flatMap((s) => s.measures.map((m) => [m.id, s.id] as const)));
  return plannerCandidates(plan, baseScenarioId).map((pc) => offerOf(pc, cs, year, owner.get(pc.template.id) ?? ''));
}

function costOf(m: Measure, cs: CostSet, u: UnitCost, parameter: string, year: number, part: OfferPart, unit: OfferCostUnit) {
  const tech = measureTechnology(m);
  const entry = tech === null ? undefined : cs.entries.get(`cost.${tech}.${parameter}`);
  const source =
    u.origin === 'library'
      ? (entry?.source ?? '')
      : u.origin === 'project_override'
        ? (entry?.overrides.map((o) => o.source).join('; ') ?? '')
        : '';
  return { part, value: u.at(year), unit, origin: u.origin, source } satisfies OfferCost;
}

function offerOf(pc: PlanCandidate, cs: CostSet, year: number, scenarioId: string): CandidateOffer {
  const m = pc.template;
  const c = pc.candidate;
  const u = measureUnitCosts(m, cs);
  const base = { id: m.id, kind: m.kind, name: m.name, scenario_id: scenarioId, consumer_ids: m.consumer_ids };
  switch (c.kind) {
    case 'pv':
    case 'wind':
      return {
        ...base,
        bounds: [{ part: 'capacity', max: c.max_mw * 1000, unit: 'kW' }],
        costs: [costOf(m, cs, u.capex_per_unit, 'capex_cny_per_unit', year, 'capacity', 'CNY/kW')],
      };
    case 'storage':
      return {
        ...base,
        bounds: [
          { part: 'power', max: c.max_power_mw * 1000, unit: 'kW' },
          { part: 'energy', max: c.max_energy_mwh * 1000, unit: 'kWh' },
        ],
        costs: [
          costOf(m, cs, u.capex_per_kw, 'capex_cny_per_kw', year, 'power', 'CNY/kW'),
          costOf(m, cs, u.capex_per_unit, 'capex_cny_per_unit', year, 'energy', 'CNY/kWh'),
        ],
      };
    case 'green_power':
      return {
        ...base,
        bounds: [{ part: 'green_power', max: c.max_share_of_import, unit: 'share' }],
        costs: [
          {
            part: 'green_power',
            value: atYear(c.premium_cny_per_mwh, year),
            unit: 'CNY/MWh',
            origin: 'measure',
            source: '',
          },
        ],
      };
    case 'offset':
      return {
        ...base,
        bounds: [{ part: 'offset', max: atYear(c.max_tco2_per_year, year), unit: 'tCO2/a' }],
        costs: [{ part: 'offset', value: atYear(c.price_cny_per_t, year), unit: 'CNY/tCO2', origin: 'measure', source: '' }],
      };
    case 'annual':
      // Sized in the measure's own unit; its unit cost is per that unit and stays as planned
      // (the screen edits its least and most size only).
      return { ...base, bounds: [{ part: 'size', max: c.max_units, unit: offerUnit(c.unit) }], costs: [] };
  }
}

/** An annual measure's size unit (core/costs SizeUnit) as the offer and the record name it. */
export function offerUnit(sizeUnit: string): OptimiserUnit {
  switch (sizeUnit) {
    case 'kw':
      return 'kW';
    case 'kwh':
      return 'kWh';
    case 'share':
      return 'share';
    case 'mwh_per_year':
      return 'MWh/a';
    case 't_per_year':
      return 't/a';
    case 'gj_per_year':
      return 'GJ/a';
    case 'vehicle':
      return 'vehicles';
    case 'ha':
      return 'ha';
    default:
      return 'carrier/a';
  }
}

/** The parts a candidate may be edited in. */
function partsOf(c: Candidate): readonly OfferPart[] {
  switch (c.kind) {
    case 'pv':
    case 'wind':
      return ['capacity'];
    case 'storage':
      return ['power', 'energy'];
    case 'green_power':
      return ['green_power'];
    case 'offset':
      return ['offset'];
    case 'annual':
      return ['size'];
  }
}

function atYear(v: number | readonly { year: number; value: number }[], year: number): number {
  if (typeof v === 'number') return v;
  let out = v[0]?.value ?? 0;
  for (const p of v) if (p.year <= year) out = p.value;
  return out;
}

/** A bound or cost outside what a plan may state is refused with the candidate and the part. */
function checked(id: string, part: string, v: number, max: number): number {
  if (!Number.isFinite(v) || v < 0 || v > max)
    throw new ParkZeroError('INVALID_REQUEST', `candidate "${id}", ${part}: ${v} is outside 0 to ${max}`);
  return v;
}

function flatCost(c: CandidateCost, value: number): CandidateCost {
  return { ...c, capex_cny_per_unit: value };
}

/**
 * The LP candidates for a run: the offered ones, less those left out, with the user's maxima
 * and unit costs (an edited unit cost holds in every build year: the user states one figure).
 */
export function editedCandidates(plan: Plan, baseScenarioId: string, edits: readonly CandidateEdit[]): PlanCandidate[] {
  const offered = plannerCandidates(plan, baseScenarioId);
  for (const e of edits)
    if (!offered.some((pc) => pc.candidate.id === e.id))
      throw new ParkZeroError(
        'NOT_FOUND',
        `"${e.id}" is not a candidate for scenario "${baseScenarioId}"`,
        undefined,
        reason('optimise_candidate_missing', {}),
      );
  const out: PlanCandidate[] = [];
  for (const pc of offered) {
    const e = edits.find((x) => x.id === pc.candidate.id);
    if (e === undefined) {
      out.push(pc);
      continue;
    }
    if (!e.include) continue;
    checkParts(pc.candidate, e);
    const max = (part: OfferPart) => e.bounds?.find((b) => b.part === part)?.max;
    const cost = (part: OfferPart) => e.costs?.find((b) => b.part === part)?.value;
    out.push({ ...pc, candidate: applyEdit(pc.candidate, max, cost) });
  }
  return out;
}

/** An edit naming a part the candidate does not have, or a least size above the most, is refused. */
function checkParts(c: Candidate, e: CandidateEdit): void {
  const parts = partsOf(c);
  for (const x of [...(e.bounds ?? []), ...(e.costs ?? [])])
    if (!parts.includes(x.part))
      throw new ParkZeroError('INVALID_REQUEST', `candidate "${c.id}", ${x.part}: this candidate has only ${parts.join(', ')}`);
  for (const b of e.bounds ?? []) {
    checked(c.id, b.part, b.max, 1e12);
    if (b.min !== undefined && checked(c.id, `${b.part} minimum`, b.min, 1e12) > b.max)
      throw new ParkZeroError(
        'INVALID_REQUEST',
        `candidate "${c.id}", ${b.part}: the minimum ${b.min} is above the maximum ${b.max}`,
      );
  }
}

/**
 * The least sizes the user asked for, as the LP's per-candidate bounds (MW, MWh, the measure's
 * unit; storage parts keyed `id:power` / `id:energy`), merged into the park-wide bounds.
 */
export function editedBounds(
  park: Omit<PlanBounds, 'candidates'> | undefined,
  used: readonly PlanCandidate[],
  edits: readonly CandidateEdit[],
): PlanBounds {
  const per: Record<string, { min: number }> = {};
  for (const pc of used) {
    const e = edits.find((x) => x.id === pc.candidate.id);
    for (const b of e?.bounds ?? []) {
      if (b.min === undefined || b.min <= 0) continue;
      const c = pc.candidate;
      const lp = c.kind === 'pv' || c.kind === 'wind' || c.kind === 'storage' ? b.min / 1000 : b.min;
      per[c.kind === 'storage' ? `${c.id}:${b.part}` : c.id] = { min: lp };
    }
  }
  return { ...(park ?? {}), ...(Object.keys(per).length > 0 ? { candidates: per } : {}) };
}

function applyEdit(
  c: Candidate,
  max: (p: OfferPart) => number | undefined,
  cost: (p: OfferPart) => number | undefined,
): Candidate {
  const id = c.id;
  const kw = (p: OfferPart, v: number | undefined, fallbackMw: number) =>
    v === undefined ? fallbackMw : checked(id, p, v, 1e9) / 1000;
  const price = (p: OfferPart, v: number | undefined) => (v === undefined ? undefined : checked(id, p, v, 1e9));
  switch (c.kind) {
    case 'pv':
    case 'wind': {
      const v = price('capacity', cost('capacity'));
      return {
        ...c,
        max_mw: kw('capacity', max('capacity'), c.max_mw),
        ...(v === undefined ? {} : { cost: flatCost(c.cost, v) }),
      };
    }
    case 'storage': {
      const pw = price('power', cost('power'));
      const en = price('energy', cost('energy'));
      return {
        ...c,
        max_power_mw: kw('power', max('power'), c.max_power_mw),
        max_energy_mwh: kw('energy', max('energy'), c.max_energy_mwh),
        ...(pw === undefined ? {} : { power_cost: flatCost(c.power_cost, pw) }),
        ...(en === undefined ? {} : { energy_cost: flatCost(c.energy_cost, en) }),
      };
    }
    case 'green_power': {
      const share = max('green_power');
      const v = price('green_power', cost('green_power'));
      return {
        ...c,
        ...(share === undefined ? {} : { max_share_of_import: checked(id, 'green_power', share, 1) }),
        ...(v === undefined ? {} : { premium_cny_per_mwh: v }),
      };
    }
    case 'offset': {
      const t = max('offset');
      const v = price('offset', cost('offset'));
      return {
        ...c,
        ...(t === undefined ? {} : { max_tco2_per_year: checked(id, 'offset', t, 1e9) }),
        ...(v === undefined ? {} : { price_cny_per_t: v }),
      };
    }
    case 'annual': {
      const units = max('size');
      return {
        ...c,
        ...(units === undefined ? {} : { max_units: c.unit === 'share' ? checked(id, 'size', units, 1) : units }),
      };
    }
  }
}

/** The candidates as the record keeps them: offered bounds and costs with the user's edits marked. */
export function recordCandidates(
  plan: Plan,
  baseScenarioId: string,
  used: readonly PlanCandidate[],
  edits: readonly CandidateEdit[],
): OptimiserCandidate[] {
  const offers = new Map(offerCandidates(plan, baseScenarioId).map((o) => [o.id, o]));
  return used.flatMap((pc) => {
    const o = offers.get(pc.candidate.id);
    if (o === undefined) return [];
    const e = edits.find((x) => x.id === o.id);
    return [
      {
        id: o.id,
        name: o.name,
        kind: o.kind,
        bounds: o.bounds.map((b) => {
          const edited = e?.bounds?.find((x) => x.part === b.part);
          return { part: b.part, min: edited?.min ?? null, max: edited?.max ?? b.max, unit: b.unit };
        }),
        costs: o.costs.map((c) => {
          const edited = e?.costs?.find((x) => x.part === c.part)?.value;
          return edited === undefined || edited === c.value
            ? c
            : { part: c.part, value: edited, unit: c.unit, origin: 'edited' as const, source: '' };
        }),
      },
    ];
  });
}
