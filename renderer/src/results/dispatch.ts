import type { ScenarioResult, YearResult } from '../../../core/engine/result-schema.ts';

/**
 * The hourly dispatch's figures per year as table rows (one column per year), with the unit
 * each is shown in. Values stay in the engine's units (MWh, kW, CNY, fractions); the panel
 * converts CNY to 10^4 CNY and fractions to %. Null = not computed (annual netting has no
 * hours, so no peak import and no time-of-use split).
 */

type Electricity = YearResult['energy']['electricity'];

export const TOU_PERIODS = ['critical', 'peak', 'flat', 'valley'] as const;
export type TouPeriod = (typeof TOU_PERIODS)[number];

/** `rule`: the storage rule that ran, as an index into STORAGE_RULE_IDS. */
export type DispatchUnit = 'mwh' | 'kw' | 'cycles' | 'share' | 'cny' | 'rule';

/** Storage rules in the order of the `rule` row's values. */
export const STORAGE_RULE_IDS = ['load_following', 'tou_arbitrage', 'peak_shaving'] as const;

export type DispatchRowId =
  | 'generation'
  | 'self_consumed'
  | 'exported'
  | 'curtailed'
  | 'grid_import'
  | 'storage_charge'
  | 'storage_discharge'
  | 'storage_cycles'
  | 'storage_start'
  | 'storage_end'
  | 'storage_grid_charge'
  | 'storage_rule'
  | 'peak_import'
  | 'self_sufficiency'
  | 'import_cost'
  | 'demand_charge'
  | `import_${TouPeriod}`
  | `import_cost_${TouPeriod}`;

export interface DispatchRow {
  id: DispatchRowId;
  unit: DispatchUnit;
  /** Rows of the time-of-use split carry their period (the panel names it). */
  period: TouPeriod | null;
  values: (number | null)[];
}

export interface DispatchTable {
  years: number[];
  rows: DispatchRow[];
}

interface RowSpec {
  id: DispatchRowId;
  unit: DispatchUnit;
  period?: TouPeriod;
  get: (e: Electricity) => number | null;
  /** Shown only when some year has a non-zero value (a demand charge that is not set, a period a flat tariff never uses). */
  optional?: boolean;
  /** Shown only when the scenario's storage strategy is not plain load following. */
  strategyOnly?: boolean;
}

const ROWS: RowSpec[] = [
  { id: 'generation', unit: 'mwh', get: (e) => e.pv_mwh + e.wind_mwh + e.pressure_power_mwh },
  { id: 'self_consumed', unit: 'mwh', get: (e) => e.self_consumed_mwh },
  { id: 'exported', unit: 'mwh', get: (e) => e.exported_mwh },
  { id: 'curtailed', unit: 'mwh', get: (e) => e.curtailed_mwh },
  { id: 'grid_import', unit: 'mwh', get: (e) => e.grid_import_mwh },
  { id: 'self_sufficiency', unit: 'share', get: (e) => e.self_sufficiency },
  // Throughput is the energy charged (grid side); cycles are counted on discharge.
  { id: 'storage_charge', unit: 'mwh', get: (e) => e.storage_charge_mwh },
  { id: 'storage_discharge', unit: 'mwh', get: (e) => e.storage_discharge_mwh },
  { id: 'storage_cycles', unit: 'cycles', get: (e) => e.storage_equivalent_cycles },
  // Stored energy carries over: each year's start is the previous year's end.
  { id: 'storage_start', unit: 'mwh', get: (e) => e.storage_start_mwh, optional: true },
  { id: 'storage_end', unit: 'mwh', get: (e) => e.storage_end_mwh, optional: true },
  { id: 'storage_grid_charge', unit: 'mwh', get: (e) => e.storage_grid_charge_mwh, optional: true },
  {
    id: 'storage_rule',
    unit: 'rule',
    get: (e) => (e.storage_rule === null ? null : STORAGE_RULE_IDS.indexOf(e.storage_rule)),
    strategyOnly: true,
  },
  { id: 'peak_import', unit: 'kw', get: (e) => e.peak_import_kw },
  { id: 'import_cost', unit: 'cny', get: (e) => e.import_cost_cny },
  { id: 'demand_charge', unit: 'cny', get: (e) => e.demand_charge_cny, optional: true },
  ...TOU_PERIODS.flatMap((p): RowSpec[] => [
    { id: `import_${p}`, unit: 'mwh', period: p, get: (e) => e.import_by_period_mwh?.[p] ?? null, optional: true },
    {
      id: `import_cost_${p}`,
      unit: 'cny',
      period: p,
      get: (e) => e.import_cost_by_period_cny?.[p] ?? null,
      optional: true,
    },
  ]),
];

export function shapeDispatchTable(result: ScenarioResult, years: readonly number[]): DispatchTable {
  const byYear = new Map(result.years.map((y) => [y.year, y.energy.electricity]));
  const shown = years.filter((y) => byYear.has(y));
  const rows: DispatchRow[] = [];
  for (const spec of ROWS) {
    const values = shown.map((y) => spec.get(byYear.get(y)!));
    // Optional rows stay out when no shown year uses them (null = not computed, so also out).
    if (spec.optional === true && !values.some((v) => v !== null && Math.abs(v) > 1e-9)) continue;
    if (spec.strategyOnly === true && result.settings.storage_strategy === 'load_following') continue;
    rows.push({ id: spec.id, unit: spec.unit, period: spec.period ?? null, values });
  }
  return { years: shown, rows };
}
