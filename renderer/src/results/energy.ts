import type { ScenarioResult, YearResult } from '../../../core/engine/result-schema.ts';
import { CARRIERS, type CarrierId, type EnergyKey } from '../../../core/model/carriers.ts';
import type { EnergyMethod } from '../../../core/model/targets.ts';

/**
 * Energy shaping: the mix by carrier in tce (either GB/T 2589 method, always named on screen)
 * and the energy flow of one year for the Sankey diagram.
 */

/** Electricity at its calorific value, tce/MWh (0.1229 kgce/kWh), used only when a year has no electricity. */
const ELECTRICITY_EQUIVALENT_TCE_PER_MWH = 0.1229;

/** tce per MWh of electricity in this year by the chosen method, as the engine counted it. */
export function electricityTcePerMwh(y: YearResult, method: EnergyMethod): number {
  if (method === 'coal_method') return y.factors.electricity_coal_method_tce_per_mwh;
  const mwh = y.energy.by_carrier.electricity_mwh;
  return mwh > 0 ? y.energy.tce_by_carrier_equivalent.electricity_mwh / mwh : ELECTRICITY_EQUIVALENT_TCE_PER_MWH;
}

/** One carrier's consumption in tce; only electricity differs between the two methods. */
export function carrierTce(y: YearResult, key: EnergyKey, method: EnergyMethod): number {
  if (key === 'electricity_mwh') return y.energy.by_carrier.electricity_mwh * electricityTcePerMwh(y, method);
  return y.energy.tce_by_carrier_equivalent[key];
}

export interface EnergyMix {
  years: number[];
  method: EnergyMethod;
  /** Carriers used in at least one year, in the model's carrier order; tce per year. */
  carriers: { id: CarrierId; values: number[] }[];
  /** The engine's total (tce_equivalent or tce_coal_method). */
  total: number[];
}

export function shapeEnergyMix(result: ScenarioResult, method: EnergyMethod): EnergyMix {
  const carriers = CARRIERS.map((c) => ({
    id: c.id,
    values: result.years.map((y) => carrierTce(y, c.energyKey, method)),
  })).filter((c) => c.values.some((v) => v > 1e-9));
  return {
    years: result.years.map((y) => y.year),
    method,
    carriers,
    total: result.years.map((y) => (method === 'equivalent' ? y.energy.tce_equivalent : y.energy.tce_coal_method)),
  };
}

export type FlowNodeId =
  | 'pv'
  | 'wind'
  | 'pressure_power'
  | 'onsite'
  | 'green_power'
  | 'grid_other'
  | 'electricity'
  | 'exported'
  | 'curtailed'
  /** The batteries: charged, discharged. */
  | 'storage'
  /** Conversion losses in storage (storage_losses_mwh). */
  | 'storage_losses'
  /** Stored energy at year end above its start (a positive storage_soc_change_mwh). */
  | 'storage_stored'
  /** Stored energy drawn below the year's start (a negative storage_soc_change_mwh). */
  | 'storage_start'
  | 'park'
  | `carrier:${Exclude<CarrierId, 'electricity'>}`;

export interface FlowLink {
  source: FlowNodeId;
  target: FlowNodeId;
  /** tce by the chosen method. */
  value: number;
}

export interface EnergyFlow {
  year: number;
  method: EnergyMethod;
  nodes: FlowNodeId[];
  links: FlowLink[];
  /**
   * Consumption the park is charged with, tce: equals the engine's total for the method. Its
   * electricity is demand + storage_net_charge_mwh, i.e. what reaches `park` plus storage
   * losses and energy left stored, minus stored energy drawn from the start of the year.
   */
  totalTce: number;
}

/**
 * The energy flow of one year, built only from reported fields:
 *   PV, wind, residual-pressure power -> on-site generation -> electricity (used in the hour),
 *                                                           -> storage, exported, curtailed;
 *   grid purchase: green power, other grid -> electricity;
 *   storage -> electricity (discharge), storage losses, energy left stored at year end;
 *   stored energy drawn from the year's start -> storage (a year that ends emptier);
 *   electricity -> park final use (demand);
 *   every other carrier -> park final use.
 * Hourly dispatch: storage charges from on-site surplus and, under TOU arbitrage or peak
 * shaving, from the grid (storage_grid_charge_mwh, drawn from the grid purchase straight into
 * storage, green power last), so self_consumed = direct use + charge - grid charge and
 * electricity into the park = direct use + discharge + import - grid charge = demand. Annual
 * netting has no hours: storage only adds its losses, bought with the rest of the import
 * (net charge = losses), drawn as electricity -> storage losses.
 * So consumption = demand + storage_net_charge_mwh (= self-consumed + grid import) in both.
 * Electricity is counted in tce by the chosen method (on-site generation that is exported or
 * curtailed at the same rate, for comparison only: it is not part of the park's consumption).
 * The engine does not split consumption by enterprise sector or end use, so neither does this.
 */
export function shapeEnergyFlow(y: YearResult, method: EnergyMethod): EnergyFlow {
  const e = y.energy.electricity;
  const rate = electricityTcePerMwh(y, method);
  const links: FlowLink[] = [];
  const add = (source: FlowNodeId, target: FlowNodeId, mwhOrTce: number, isMwh = true) => {
    const value = isMwh ? mwhOrTce * rate : mwhOrTce;
    if (value > 1e-9) links.push({ source, target, value });
  };
  add('pv', 'onsite', e.pv_mwh);
  add('wind', 'onsite', e.wind_mwh);
  add('pressure_power', 'onsite', e.pressure_power_mwh);
  add('onsite', 'exported', e.exported_mwh);
  add('onsite', 'curtailed', e.curtailed_mwh);
  // Grid-charged storage takes its energy from the grid purchase (the other grid first).
  const gridCharge = e.balance_method === 'hourly' ? e.storage_grid_charge_mwh : 0;
  const otherGrid = e.grid_import_mwh - e.green_power_mwh;
  const fromOther = Math.min(gridCharge, Math.max(0, otherGrid));
  add('green_power', 'electricity', e.green_power_mwh - (gridCharge - fromOther));
  add('green_power', 'storage', gridCharge - fromOther);
  add('grid_other', 'electricity', otherGrid - fromOther);
  add('grid_other', 'storage', fromOther);
  if (e.balance_method === 'hourly') {
    add('onsite', 'electricity', e.direct_use_mwh);
    add('onsite', 'storage', e.storage_charge_mwh - gridCharge);
    add('storage_start', 'storage', -e.storage_soc_change_mwh);
    add('storage', 'electricity', e.storage_discharge_mwh);
    add('storage', 'storage_losses', e.storage_losses_mwh);
    add('storage', 'storage_stored', e.storage_soc_change_mwh);
    add('electricity', 'park', e.demand_mwh);
  } else {
    add('onsite', 'electricity', e.self_consumed_mwh);
    add('electricity', 'park', e.demand_mwh);
    add('electricity', 'storage_losses', e.storage_net_charge_mwh);
  }
  for (const c of CARRIERS) {
    if (c.id === 'electricity') continue;
    add(`carrier:${c.id}`, 'park', y.energy.tce_by_carrier_equivalent[c.energyKey], false);
  }
  const nodes: FlowNodeId[] = [];
  for (const l of links) for (const n of [l.source, l.target]) if (!nodes.includes(n)) nodes.push(n);
  return {
    year: y.year,
    method,
    nodes,
    links,
    totalTce: method === 'equivalent' ? y.energy.tce_equivalent : y.energy.tce_coal_method,
  };
}

/** Electricity consumption counted by the engine: demand plus what storage adds (negative when it gave back). */
export function electricityConsumptionMwh(y: YearResult): number {
  return y.energy.electricity.demand_mwh + y.energy.electricity.storage_net_charge_mwh;
}

/** Inflow minus outflow of a node (zero for every pass-through node of a balanced flow). */
export function nodeImbalance(flow: EnergyFlow, node: FlowNodeId): number {
  let balance = 0;
  for (const l of flow.links) {
    if (l.target === node) balance += l.value;
    if (l.source === node) balance -= l.value;
  }
  return balance;
}
