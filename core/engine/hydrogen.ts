import { K, ELEC, H2 } from './context.ts';
import type { PlanContext } from './context.ts';
import type { CompiledMeasure } from './compile-measures.ts';
import type { YearState } from './apply-measures.ts';
import type { WarningCollector } from './warnings.ts';
import type { GreenHydrogenParams } from '../model/measures.ts';
import type { z } from 'zod';
import { ENERGY_KEYS, CARRIER_IDS } from '../model/carriers.ts';
import { kwHoursToMwh } from '../units/index.ts';

/**
 * The park's hydrogen balance for one year (README, "Hydrogen balance"). Electrolysers
 * (green_hydrogen measures) produce; each measure's own fuel substitution takes its hydrogen
 * first; what is left joins a park pool that serves the park's other hydrogen uses (hydrogen
 * vehicles of transport measures, then the enterprises' `hydrogen_t` after every measure);
 * the shortfall is bought at `hydrogen_cny_per_t`; an excess is sold (when the scenario sets
 * `hydrogen_sale_cny_per_t`) or flared (warned). Compression and storage losses are a share of
 * production. Every year:  produced + bought = used (substitution + vehicles + enterprises)
 *                                              + sold + flared + losses.
 *
 * Two passes, because a surplus-following electrolyser's energy needs the hours:
 *  1. `scheduleHydrogen` (after the demand measures): scheduled electrolysers (fixed_hours,
 *     grid_green) serve the pool and get their electricity; they produce only what the park
 *     uses unless a sale price is set (then they run their full hours and sell the excess);
 *  2. `surplusHydrogen` (after the electricity model's surplus pre-pass): surplus-following
 *     electrolysers turn the surplus they took into hydrogen, substitute, serve what the pool
 *     still lacks, and sell or flare the rest; then the balance is closed and the hydrogen the
 *     park supplies itself is taken off the purchased hydrogen.
 */

type H2Params = z.infer<typeof GreenHydrogenParams>;

export type ElectrolyserMode = NonNullable<H2Params['operating_mode']>;

export function electrolyserMode(p: H2Params): ElectrolyserMode {
  return p.operating_mode ?? 'fixed_hours';
}

/** Minimum stable load of a surplus-following electrolyser when the plan leaves it out (ParkZero assumption). */
export const DEFAULT_MIN_LOAD_SHARE = 0.2;
/** Premium of the green power bought for a grid_green electrolyser when the plan leaves it out (as green_power). */
export const DEFAULT_ELECTROLYSER_GREEN_PREMIUM_CNY_PER_MWH = 30;

/** Per-measure and park hydrogen figures of a year (arrays indexed by measure index). */
export interface HydrogenState {
  /** Hydrogen produced, t. */
  produced_t: Float64Array;
  /** Hydrogen the measure's own substitution used, t. */
  substitution_t: Float64Array;
  /** Hydrogen the measure gave to the park's other uses, t. */
  pool_t: Float64Array;
  /** Fuel CO2 its substitution displaced, t. */
  displaced_tco2: Float64Array;
  /** Fuel its substitution wanted / got (for the clamp warning), in the fuel's unit. */
  fuel_needed: Float64Array;
  fuel_taken: Float64Array;
  /** Scheduled electrolysers: what they could deliver after their substitution, t (after losses). */
  left_t: Float64Array;
  /** Electrolyser electricity, MWh, and the part known to come from the grid (surplus mode top-up). */
  elec_mwh: Float64Array;
  /** Surplus mode: electricity taken from the surplus pre-pass (surplus + grid top-up) and its grid part, MWh. */
  surplus_mwh: Float64Array;
  surplus_grid_mwh: Float64Array;
  /** grid_green electrolysers' electricity and premium this year. */
  green_mwh: number;
  green_premium_cny: number;
  vehicles_t: number;
  enterprises_t: number;
  /** Uses not yet served by own hydrogen, t. */
  open_t: number;
  bought_t: number;
  sold_t: number;
  flared_t: number;
  losses_t: number;
}

export function newHydrogenState(slots: number): HydrogenState {
  const a = () => new Float64Array(Math.max(1, slots));
  return {
    produced_t: a(),
    substitution_t: a(),
    pool_t: a(),
    displaced_tco2: a(),
    fuel_needed: a(),
    fuel_taken: a(),
    left_t: a(),
    elec_mwh: a(),
    surplus_mwh: a(),
    surplus_grid_mwh: a(),
    green_mwh: 0,
    green_premium_cny: 0,
    vehicles_t: 0,
    enterprises_t: 0,
    open_t: 0,
    bought_t: 0,
    sold_t: 0,
    flared_t: 0,
    losses_t: 0,
  };
}

export function resetHydrogenState(h: HydrogenState): void {
  h.produced_t.fill(0);
  h.substitution_t.fill(0);
  h.pool_t.fill(0);
  h.displaced_tco2.fill(0);
  h.fuel_needed.fill(0);
  h.fuel_taken.fill(0);
  h.left_t.fill(0);
  h.elec_mwh.fill(0);
  h.surplus_mwh.fill(0);
  h.surplus_grid_mwh.fill(0);
  h.green_mwh = h.green_premium_cny = 0;
  h.vehicles_t = h.enterprises_t = h.open_t = 0;
  h.bought_t = h.sold_t = h.flared_t = h.losses_t = 0;
}

const TOL = 1e-9;

/**
 * The measure's hydrogen (t, after losses) displaces its `displaced_carrier` at its targets by
 * energy (LHV x substitution ratio), pro rata to their use and capped at it. Returns the
 * hydrogen used, t.
 */
export function substituteHydrogen(st: YearState, cm: CompiledMeasure, ctx: PlanContext, deliverableT: number): number {
  const m = cm.measure;
  if (m.kind !== 'green_hydrogen' || deliverableT <= 0) return 0;
  const p = m.params;
  const kd = CARRIER_IDS.indexOf(p.displaced_carrier);
  const need = (deliverableT * ctx.carriers[H2]!.gj_per_unit * p.substitution_ratio) / ctx.carriers[kd]!.gj_per_unit;
  let avail = 0;
  for (const c of cm.targets) avail += Math.max(0, st.cur[c * K + kd]!);
  const taken = Math.min(need, avail);
  if (taken > 0) {
    const frac = taken / avail;
    for (const c of cm.targets) {
      const v = st.cur[c * K + kd]!;
      if (v > 0) st.cur[c * K + kd] = v - v * frac;
    }
  }
  st.delta[cm.index * K + kd]! -= taken;
  const h = st.h2;
  h.fuel_needed[cm.index]! += need;
  h.fuel_taken[cm.index]! += taken;
  h.displaced_tco2[cm.index]! += taken * ctx.carriers[kd]!.co2_per_unit;
  const used = taken >= need ? deliverableT : (deliverableT * taken) / need;
  h.substitution_t[cm.index]! += used;
  return used;
}

/** Books an electrolyser's electricity as a park load of its measure. */
function bookElectricity(st: YearState, i: number, mwh: number): void {
  st.park[ELEC]! += mwh;
  st.park_elec[i]! += mwh;
  st.delta[i * K + ELEC]! += mwh;
  st.h2.elec_mwh[i]! += mwh;
}

/**
 * Pass 1, right after the demand measures: the park's other hydrogen uses are known (vehicles
 * in `st.park`, enterprises in `st.cur`); scheduled electrolysers, in measure order, serve
 * them from what their substitution left (the substitution itself ran in applyDemandMeasures).
 */
export function scheduleHydrogen(
  st: YearState,
  ms: readonly CompiledMeasure[],
  ctx: PlanContext,
  salePrice: number | null,
): void {
  const h = st.h2;
  h.vehicles_t = Math.max(0, st.park[H2]!);
  let ent = 0;
  for (let c = 0; c < ctx.nC; c++) ent += Math.max(0, st.cur[c * K + H2]!);
  h.enterprises_t = ent;
  h.open_t = h.vehicles_t + ent;
  for (const cm of ms) {
    const m = cm.measure;
    const r = cm.ramp[st.yi]!;
    if (m.kind !== 'green_hydrogen' || r === 0 || electrolyserMode(m.params) === 'renewable_surplus') continue;
    const p = m.params;
    const i = cm.index;
    const loss = p.losses_share ?? 0;
    const capT = ((p.electrolyser_kw * p.operating_hours) / p.kwh_per_kg / 1000) * r;
    const capMwh = kwHoursToMwh(p.electrolyser_kw, p.operating_hours) * r;
    const left = h.left_t[i]!;
    const toPool = salePrice === null ? Math.min(left, h.open_t) : left;
    const served = Math.min(toPool, h.open_t);
    h.open_t -= served;
    h.pool_t[i] = served;
    h.sold_t += toPool - served;
    // Full hours when everything it could deliver is taken (keeps the pre-balance figures exact).
    const full = toPool >= left;
    const delivered = h.substitution_t[i]! + toPool;
    const produced = full ? capT : loss > 0 ? delivered / (1 - loss) : delivered;
    h.produced_t[i] = produced;
    h.losses_t += produced - delivered;
    const mwh = full ? capMwh : capT > 0 ? (capMwh * produced) / capT : 0;
    bookElectricity(st, i, mwh);
    if (electrolyserMode(p) === 'grid_green') {
      h.green_mwh += mwh;
      h.green_premium_cny += mwh * (p.green_premium_cny_per_mwh ?? DEFAULT_ELECTROLYSER_GREEN_PREMIUM_CNY_PER_MWH);
    }
  }
}

/**
 * Pass 2, after the surplus pre-pass wrote each surplus-following electrolyser's electricity
 * (`h.surplus_mwh`): their hydrogen substitutes, serves the open uses, and the excess is sold
 * or flared. Then the hydrogen the park supplied itself is taken off the purchased hydrogen
 * (vehicles first, then the enterprises pro rata), booked on the electrolysers that gave it.
 */
export function surplusHydrogen(
  st: YearState,
  ms: readonly CompiledMeasure[],
  ctx: PlanContext,
  salePrice: number | null,
  w: WarningCollector,
): void {
  const h = st.h2;
  for (const cm of ms) {
    const m = cm.measure;
    const r = cm.ramp[st.yi]!;
    if (m.kind !== 'green_hydrogen' || r === 0 || electrolyserMode(m.params) !== 'renewable_surplus') continue;
    const p = m.params;
    const i = cm.index;
    const mwh = h.surplus_mwh[i]!;
    const produced = mwh / p.kwh_per_kg; // MWh / (kWh/kg) = t
    const delivered = produced * (1 - (p.losses_share ?? 0));
    h.produced_t[i] = produced;
    h.losses_t += produced - delivered;
    const left = Math.max(0, delivered - substituteHydrogen(st, cm, ctx, delivered));
    const served = Math.min(left, h.open_t);
    h.open_t -= served;
    h.pool_t[i] = served;
    const excess = left - served;
    if (salePrice !== null) h.sold_t += excess;
    else if (excess > 0) {
      h.flared_t += excess;
      if (excess > TOL * Math.max(1, produced))
        w.add(
          'hydrogen_flared',
          `${cm.path}.params.electrolyser_kw`,
          `The electrolyser makes ${excess.toFixed(1)} t of hydrogen more than the park uses and no sale price is set (settings.hydrogen_sale_cny_per_t): flared`,
          { flared_t: excess, produced_t: produced },
          st.year,
        );
    }
    if (mwh > 0) bookElectricity(st, i, mwh);
  }
  // A scheduled electrolyser that produced less than its hours allow: its substitution was
  // capped by the targets' fuel and the park had no other use (or buyer) for the rest.
  for (const cm of ms) {
    const m = cm.measure;
    if (m.kind !== 'green_hydrogen' || cm.ramp[st.yi]! === 0 || electrolyserMode(m.params) === 'renewable_surplus') continue;
    const i = cm.index;
    const need = h.fuel_needed[i]!;
    const taken = h.fuel_taken[i]!;
    const p = m.params;
    const capT = ((p.electrolyser_kw * p.operating_hours) / p.kwh_per_kg / 1000) * cm.ramp[st.yi]!;
    if (need > 0 && taken < need * (1 - TOL) && h.produced_t[i]! < capT * (1 - TOL)) {
      const scale = capT > 0 ? h.produced_t[i]! / capT : 0;
      const kd = CARRIER_IDS.indexOf(p.displaced_carrier);
      w.add(
        'hydrogen_exceeds_use',
        `${cm.path}.params.electrolyser_kw`,
        `Hydrogen would displace ${need.toFixed(1)} ${ENERGY_KEYS[kd]} but the consumers use ${taken.toFixed(1)}; production scaled to ${(scale * 100).toFixed(0)}%`,
        { needed: need, available: taken, carrier: p.displaced_carrier, scale },
        st.year,
      );
    }
  }
  // Own hydrogen replaces purchased hydrogen: vehicles first, then the enterprises pro rata.
  const own = h.vehicles_t + h.enterprises_t - h.open_t;
  h.bought_t = h.open_t;
  if (own <= 0) return;
  const toVehicles = Math.min(own, h.vehicles_t);
  const toEnterprises = own - toVehicles;
  st.park[H2] = Math.max(0, st.park[H2]! - toVehicles);
  if (toEnterprises > 0 && h.enterprises_t > 0) {
    const frac = Math.min(1, toEnterprises / h.enterprises_t);
    for (let c = 0; c < ctx.nC; c++) {
      const v = st.cur[c * K + H2]!;
      if (v > 0) st.cur[c * K + H2] = v - v * frac;
    }
  }
  for (const cm of ms) {
    const given = h.pool_t[cm.index]!;
    if (given > 0) st.delta[cm.index * K + H2]! -= given;
  }
}

/** The year's balance for the results (t); closes to rounding. */
export function hydrogenBalance(h: HydrogenState): {
  produced_t: number;
  used_substitution_t: number;
  used_vehicles_t: number;
  used_enterprises_t: number;
  own_supply_t: number;
  bought_t: number;
  sold_t: number;
  flared_t: number;
  losses_t: number;
  electrolysis_mwh: number;
} {
  let produced = 0;
  let sub = 0;
  let pool = 0;
  let elec = 0;
  for (let i = 0; i < h.produced_t.length; i++) {
    produced += h.produced_t[i]!;
    sub += h.substitution_t[i]!;
    pool += h.pool_t[i]!;
    elec += h.elec_mwh[i]!;
  }
  return {
    produced_t: produced,
    used_substitution_t: sub,
    used_vehicles_t: h.vehicles_t,
    used_enterprises_t: h.enterprises_t,
    own_supply_t: sub + pool,
    bought_t: h.bought_t,
    sold_t: h.sold_t,
    flared_t: h.flared_t,
    losses_t: h.losses_t,
    electrolysis_mwh: elec,
  };
}
