import { K, ELEC, H2, CARRIER_INDEX } from './context.ts';
import type { PlanContext } from './context.ts';
import type { CompiledMeasure } from './compile-measures.ts';
import type { WarningCollector } from './warnings.ts';
import type { StorageUnit } from './electricity.ts';
import { CARRIER_IDS, ENERGY_KEYS } from '../model/carriers.ts';
import type { CarrierId } from '../model/carriers.ts';
import { electrolyserMode, newHydrogenState, substituteHydrogen } from './hydrogen.ts';
import type { HydrogenState } from './hydrogen.ts';

/**
 * Demand-side physics of the measures for one year. Arrays are indexed [consumer * K + carrier]
 * and reused across years. Order (documented in the README): efficiency on the grown demand,
 * then residual heat, fuel switches, green hydrogen, transport (each taking from what is left,
 * in measure order), then CCUS on the resulting emissions, then supply-side measures.
 * Every reduction is clamped at what the targeted consumers still use, with a warning, and a
 * clamped measure scales its additions by the same factor.
 */
export interface YearState {
  year: number;
  yi: number;
  /** growth factor of output (1+g)^t per consumer */
  gf: Float64Array;
  activity: Float64Array;
  cur: Float64Array;
  /** park-level new loads by carrier (electrolysers, vehicles, CCUS; hydrogen of vehicles, less own supply) */
  park: Float64Array;
  /** change by measure and carrier, [measure * K + carrier] */
  delta: Float64Array;
  /** scratch: summed efficiency shares per consumer and carrier */
  share: Float64Array;
  pv_mwh: number;
  wind_mwh: number;
  pressure_mwh: number;
  waste_recovered_gj: number;
  /** The year's hydrogen balance, per measure and park (hydrogen.ts). */
  h2: HydrogenState;
  ccus_t: number;
  sinks_t: number;
  offsets_t: number;
  offsets_cny: number;
  storage: StorageUnit[];
  storageMeasures: number[];
  /** PV or wind MWh of each measure this year, [measure index] (the hourly dispatch's generators). */
  measure_mwh: Float64Array;
  /** Park-level electric load added by each measure this year (electrolysers, vehicles, CCUS), MWh. */
  park_elec: Float64Array;
}

export function newYearState(ctx: PlanContext, nMeasures: number): YearState {
  return {
    year: 0,
    yi: 0,
    gf: new Float64Array(ctx.nC),
    activity: new Float64Array(ctx.nC * K),
    cur: new Float64Array(ctx.nC * K),
    park: new Float64Array(K),
    delta: new Float64Array(Math.max(1, nMeasures) * K),
    share: new Float64Array(ctx.nC * K),
    pv_mwh: 0,
    wind_mwh: 0,
    pressure_mwh: 0,
    waste_recovered_gj: 0,
    h2: newHydrogenState(nMeasures),
    ccus_t: 0,
    sinks_t: 0,
    offsets_t: 0,
    offsets_cny: 0,
    storage: [],
    storageMeasures: [],
    measure_mwh: new Float64Array(Math.max(1, nMeasures)),
    park_elec: new Float64Array(Math.max(1, nMeasures)),
  };
}

const TOL = 1e-9;

function availableAt(st: YearState, targets: Int32Array, k: number): number {
  let sum = 0;
  for (const c of targets) sum += st.cur[c * K + k]!;
  return sum;
}

/** Take `amount` of carrier k from the targets pro rata to their use; returns what was taken. */
function takeProRata(st: YearState, targets: Int32Array, k: number, amount: number): number {
  if (amount <= 0) return 0;
  const avail = availableAt(st, targets, k);
  if (avail <= 0) return 0;
  const take = Math.min(amount, avail);
  const frac = take / avail;
  for (const c of targets) st.cur[c * K + k]! -= st.cur[c * K + k]! * frac;
  return take;
}

const idx = (carrier: CarrierId): number => CARRIER_INDEX[carrier];

export function applyEfficiency(st: YearState, ms: readonly CompiledMeasure[], ctx: PlanContext, w: WarningCollector): void {
  st.share.fill(0);
  let any = false;
  for (const cm of ms) {
    const m = cm.measure;
    const r = cm.ramp[st.yi]!;
    if (m.kind !== 'efficiency' || r === 0) continue;
    any = true;
    const s = m.params.saving_share * r;
    const only = m.params.carrier === null ? -1 : idx(m.params.carrier);
    for (const c of cm.targets) for (let k = 0; k < K; k++) if (only < 0 || k === only) st.share[c * K + k]! += s;
  }
  if (!any) return;
  for (let c = 0; c < ctx.nC; c++)
    for (let k = 0; k < K; k++) {
      const s = st.share[c * K + k]!;
      if (s > 1 + TOL && st.activity[c * K + k]! > 0)
        w.add(
          'efficiency_shares_above_one',
          `consumers[${c}].energy.${ENERGY_KEYS[k]}`,
          `Efficiency measures on this consumer and carrier save ${(s * 100).toFixed(1)}% together; scaled down to 100%`,
          { saving_share: s, carrier: CARRIER_IDS[k]!, consumer: ctx.plan.consumers[c]?.name ?? '' },
          st.year,
        );
    }
  for (const cm of ms) {
    const m = cm.measure;
    const r = cm.ramp[st.yi]!;
    if (m.kind !== 'efficiency' || r === 0) continue;
    const s = m.params.saving_share * r;
    const only = m.params.carrier === null ? -1 : idx(m.params.carrier);
    for (const c of cm.targets)
      for (let k = 0; k < K; k++) {
        if (only >= 0 && k !== only) continue;
        const total = st.share[c * K + k]!;
        const x = st.activity[c * K + k]! * s * (total > 1 ? 1 / total : 1);
        st.cur[c * K + k]! -= x;
        st.delta[cm.index * K + k]! -= x;
      }
  }
}

/** Demand-side measures other than efficiency, in measure order. */
export function applyDemandMeasures(st: YearState, ms: readonly CompiledMeasure[], ctx: PlanContext, w: WarningCollector): void {
  const gj = (k: number) => ctx.carriers[k]!.gj_per_unit;
  for (const cm of ms) {
    const m = cm.measure;
    const r = cm.ramp[st.yi]!;
    if (r === 0) continue;
    const d = cm.index * K;
    switch (m.kind) {
      case 'waste_heat': {
        // Shared waste heat: the source's declared residual heat caps the recovery, the users
        // (targets) take it; otherwise source and users are the targets themselves.
        const srcId = m.params.source_consumer_id;
        const src = srcId === undefined ? -1 : (ctx.consumerIndex.get(srcId) ?? -1);
        let recovered = m.params.heat_recovered_gj * r;
        let avail = 0;
        if (src >= 0) avail = ctx.wasteAvail[src]! * st.gf[src]!;
        else for (const c of cm.targets) avail += ctx.wasteAvail[c]! * st.gf[c]!;
        if (avail > 0 && recovered > avail * (1 + TOL)) {
          w.add(
            'waste_heat_exceeds_available',
            `${cm.path}.params.heat_recovered_gj`,
            `Recovers ${Math.round(recovered)} GJ but the consumers declare ${Math.round(avail)} GJ of residual heat; capped`,
            { recovered_gj: recovered, available_gj: avail },
            st.year,
          );
          recovered = avail;
        } else if (avail === 0)
          w.add(
            'waste_heat_no_available_declared',
            src >= 0 ? `${cm.path}.params.source_consumer_id` : `${cm.path}.consumer_ids`,
            'The targeted consumers declare no waste_heat_available_gj: the utilisation indicator cannot count this recovery against a potential',
            {},
            null,
            'info',
          );
        const k = idx(m.params.displaced_carrier);
        // Heat lost in the network between source and users never reaches a boiler.
        const delivered = recovered * (1 - (m.params.network_loss_share ?? 0));
        const need = delivered / m.params.displaced_efficiency / gj(k);
        const taken = takeProRata(st, cm.targets, k, need);
        if (taken < need * (1 - TOL))
          w.add(
            'displaced_fuel_missing',
            `${cm.path}.params.displaced_carrier`,
            `Recovered heat would displace ${need.toFixed(1)} ${ENERGY_KEYS[k]} but the consumers use only ${taken.toFixed(1)}; capped`,
            { needed: need, available: taken, carrier: CARRIER_IDS[k]! },
            st.year,
          );
        st.delta[d + k]! -= taken;
        st.waste_recovered_gj += need > 0 ? (recovered * taken) / need : 0;
        st.pressure_mwh += m.params.pressure_power_mwh * r;
        break;
      }
      case 'fuel_switch': {
        const p = m.params;
        const kf = idx(p.from_carrier);
        const kt = idx(p.to_carrier);
        let switched = 0;
        const conv = (gj(kf) * p.from_efficiency) / p.to_efficiency / gj(kt);
        if (p.share !== null) {
          let share = p.share;
          if (share > 1) {
            w.add(
              'switch_share_above_one',
              `${cm.path}.params.share`,
              `A switch share of ${share} exceeds 100% of the fuel; clamped to 1`,
              { share },
            );
            share = 1;
          }
          for (const c of cm.targets) {
            const x = st.cur[c * K + kf]! * share * r;
            st.cur[c * K + kf]! -= x;
            st.cur[c * K + kt]! += x * conv;
            switched += x;
          }
        } else {
          const req = (p.amount ?? 0) * r;
          const avail = availableAt(st, cm.targets, kf);
          if (req > avail * (1 + TOL))
            w.add(
              'switch_exceeds_fuel',
              `${cm.path}.params.amount`,
              `Switches ${req.toFixed(1)} ${ENERGY_KEYS[kf]} but the consumers use only ${avail.toFixed(1)} at this point; clamped`,
              { requested: req, available: avail, carrier: p.from_carrier },
              st.year,
            );
          const frac = avail > 0 ? Math.min(req, avail) / avail : 0;
          for (const c of cm.targets) {
            const x = st.cur[c * K + kf]! * frac;
            st.cur[c * K + kf]! -= x;
            st.cur[c * K + kt]! += x * conv;
            switched += x;
          }
        }
        st.delta[d + kf]! -= switched;
        st.delta[d + kt]! += switched * conv;
        break;
      }
      case 'green_hydrogen': {
        // Scheduled electrolysers substitute here, with what their hours can make; what is left
        // serves the park's other hydrogen uses and gets its electricity in the hydrogen
        // balance (hydrogen.ts). Surplus-following ones wait for the dispatch's surplus.
        const p = m.params;
        if (electrolyserMode(p) === 'renewable_surplus') break;
        const capT = ((p.electrolyser_kw * p.operating_hours) / p.kwh_per_kg / 1000) * r;
        const deliverable = capT * (1 - (p.losses_share ?? 0));
        st.h2.left_t[cm.index] = Math.max(0, deliverable - substituteHydrogen(st, cm, ctx, deliverable));
        break;
      }
      case 'transport': {
        const p = m.params;
        const km = p.vehicles * p.km_per_vehicle_year * r;
        const kf = idx(p.fuel);
        const need = (km / 100) * p.fuel_per_100km;
        const taken = takeProRata(st, cm.targets, kf, need);
        const scale = need > 0 ? taken / need : 0;
        if (scale < 1 - TOL)
          w.add(
            'transport_exceeds_fuel',
            `${cm.path}.params.vehicles`,
            `The fleet would use ${need.toFixed(1)} ${ENERGY_KEYS[kf]} but the consumers report ${taken.toFixed(1)}; the fleet's fuel must be in the inventory. Scaled to ${(scale * 100).toFixed(0)}%`,
            { needed: need, available: taken, carrier: p.fuel, scale },
            st.year,
          );
        st.delta[d + kf]! -= taken;
        if (p.drive === 'electric') {
          const e = (km * p.kwh_per_km * scale) / 1000;
          st.park[ELEC]! += e;
          st.park_elec[cm.index]! += e;
          st.delta[d + ELEC]! += e;
        } else {
          const h = (((km / 100) * p.kg_h2_per_100km) / 1000) * scale;
          st.park[H2]! += h;
          st.delta[d + H2]! += h;
        }
        break;
      }
      default:
        break;
    }
  }
}

/** Scope-1 emissions (fuel + process) of the targets in the current state, tCO2. */
function scope1Of(st: YearState, targets: Int32Array, ctx: PlanContext): number {
  let e = 0;
  for (const c of targets) {
    for (let k = 0; k < K; k++) e += st.cur[c * K + k]! * ctx.carriers[k]!.co2_per_unit;
    e += ctx.process[c]! * st.gf[c]!;
  }
  return e;
}

/** CCUS, sinks, offsets, storage, PV and wind. */
export function applySupplyMeasures(st: YearState, ms: readonly CompiledMeasure[], ctx: PlanContext, w: WarningCollector): void {
  for (const cm of ms) {
    const m = cm.measure;
    const r = cm.ramp[st.yi]!;
    if (r === 0) continue;
    const d = cm.index * K;
    switch (m.kind) {
      case 'ccus': {
        let cap = m.params.captured_tco2 * r;
        const emitted = scope1Of(st, cm.targets, ctx);
        if (cap > emitted * (1 + TOL)) {
          w.add(
            'ccus_exceeds_emissions',
            `${cm.path}.params.captured_tco2`,
            `Captures ${Math.round(cap)} tCO2 but the targeted consumers emit ${Math.round(emitted)} tCO2 (scope 1); capped`,
            { captured_tco2: cap, emitted_tco2: emitted },
            st.year,
          );
          cap = emitted;
        }
        st.ccus_t += cap;
        const e = (cap * m.params.energy_penalty_kwh_per_t) / 1000;
        st.park[ELEC]! += e;
        st.park_elec[cm.index]! += e;
        st.delta[d + ELEC]! += e;
        break;
      }
      case 'carbon_sink':
        st.sinks_t += m.params.area_ha * m.params.uptake_tco2_per_ha_year * r;
        break;
      case 'offset':
        st.offsets_t += m.params.tco2 * r;
        st.offsets_cny += m.params.tco2 * r * m.params.price_cny_per_t;
        break;
      case 'storage':
        st.storage.push({
          usable_kwh: m.params.energy_kwh * m.params.usable_share * r,
          power_kw: m.params.power_kw * r,
          round_trip_efficiency: m.params.round_trip_efficiency,
        });
        st.storageMeasures.push(cm.index);
        break;
      case 'pv': {
        // Age restarts with each like-for-like replacement.
        const age = (st.year - m.start_year) % m.lifetime_years;
        const mwh = (m.params.capacity_kw * r * cm.yield_per_kw * Math.pow(1 - m.params.degradation_rate, age)) / 1000;
        st.pv_mwh += mwh;
        st.measure_mwh[cm.index] = mwh;
        break;
      }
      case 'wind': {
        const mwh = (m.params.capacity_kw * r * cm.yield_per_kw) / 1000;
        st.wind_mwh += mwh;
        st.measure_mwh[cm.index] = mwh;
        break;
      }
      default:
        break;
    }
  }
}
