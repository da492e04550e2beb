import { pathValue } from '../factors/factor-set.ts';
import type { YearResult } from '../engine/result-schema.ts';
import type { Target } from '../model/targets.ts';
import type { LinearTarget, Quantity } from './problem.ts';

/**
 * The plan's targets as linear rows over the LP's yearly quantities, with everything the LP's
 * candidates do not change taken from the base scenario's engine results (its fuels, process
 * emissions, heat, sinks, CCUS, value added, total energy). Ratios are multiplied out with
 * their denominator, which the supported candidates leave unchanged (PV, wind, storage, green
 * power and offsets change where electricity comes from, not how much is used).
 */

/** What the adapter knows about one year: the base scenario's results and the LP's conventions. */
export interface YearBasis {
  readonly year: YearResult;
  /** Grid factor the LP applies to the purchase not covered by green power, tCO2/MWh. */
  readonly grid_factor: number;
  /** Non-fossil part of that grid purchase (1 - factor / fossil-only factor). */
  readonly grid_non_fossil: number;
  /** Demand above that of the period's representative year, MWh (all of it bought from the grid). */
  readonly extra_demand_mwh: number;
}

/** An expression: constant + terms, each term a quantity of a year. */
export interface Expr {
  constant: number;
  terms: { quantity: Quantity; coef: number; year: number }[];
}

const KGCE_EQ_PER_KWH = 0.1229; // GB/T 2589 equivalent value of electricity (tce per MWh)

/** Grid emissions of the year as the LP sees them: factor x (import + extra demand - green). */
function scope2(b: YearBasis, y: number): Expr {
  const green0 = b.year.energy.electricity.green_power_mwh;
  return {
    constant: b.grid_factor * (b.extra_demand_mwh - green0),
    terms: [{ quantity: 'scope2_electricity_tco2', coef: 1, year: y }],
  };
}

function plus(a: Expr, k: number): Expr {
  return { constant: a.constant + k, terms: a.terms };
}

function minusQ(a: Expr, q: Quantity, y: number): Expr {
  return { constant: a.constant, terms: [...a.terms, { quantity: q, coef: -1, year: y }] };
}

function gross(b: YearBasis, y: number): Expr {
  const e = b.year.emissions;
  return plus(scope2(b, y), e.gross_tco2 - e.scope2_electricity_tco2);
}

export function net(b: YearBasis, y: number): Expr {
  const e = b.year.emissions;
  return minusQ(plus(gross(b, y), -e.ccus_tco2 - e.sinks_tco2 - e.offsets_tco2), 'offset_tco2', y);
}

/** Non-fossil electricity, MWh: renewables used + green power + the grid mix's non-fossil part. */
function nonFossil(b: YearBasis, y: number): Expr {
  const g = b.grid_non_fossil;
  const green0 = b.year.energy.electricity.green_power_mwh;
  return {
    constant: green0 * (1 - g) + b.extra_demand_mwh * g,
    terms: [
      { quantity: 'renewable_used_mwh', coef: 1, year: y },
      { quantity: 'green_mwh', coef: 1 - g, year: y },
      { quantity: 'import_mwh', coef: g, year: y },
    ],
  };
}

/** The indicator as an expression, the ratio's denominator (1 for totals), and its unit. */
function indicatorExpr(
  t: Target,
  b: YearBasis,
  y: number,
): { expr: Expr; denominator: number; unit: NonNullable<LinearTarget['unit']> } | null {
  const yr = b.year;
  const method = t.kind === 'limit' ? t.energy_method : 'equivalent';
  const tce = method === 'equivalent' ? yr.energy.tce_equivalent : yr.energy.tce_coal_method;
  const elecTce = method === 'equivalent' ? KGCE_EQ_PER_KWH : yr.factors.electricity_coal_method_tce_per_mwh;
  const constant = (v: number | null) => (v === null ? null : { expr: { constant: v, terms: [] }, denominator: 1 });
  switch (t.indicator) {
    case 'gross_emissions_tco2':
      return { expr: gross(b, y), denominator: 1, unit: 'tCO2' };
    case 'net_emissions_tco2':
      return { expr: net(b, y), denominator: 1, unit: 'tCO2' };
    case 'co2_per_tce': {
      const e = yr.emissions;
      return { expr: plus(scope2(b, y), e.scope1_fuel_tco2 + e.scope2_heat_tco2), denominator: tce, unit: 'tCO2/tce' };
    }
    case 'tco2_per_10k_cny_va':
      return { expr: gross(b, y), denominator: yr.activity.value_added_10k_cny, unit: 'tCO2' };
    case 'non_fossil_share': {
      const e = nonFossil(b, y);
      return { expr: { constant: e.constant, terms: e.terms }, denominator: tce / elecTce, unit: 'share' };
    }
    case 'clean_energy_share': {
      const byTce = yr.energy.tce_by_carrier_equivalent;
      const cleanFuels = byTce.natural_gas_10k_nm3 + byTce.hydrogen_t; // same in both methods: only electricity differs
      return { expr: plus(nonFossil(b, y), cleanFuels / elecTce), denominator: tce / elecTce, unit: 'share' };
    }
    case 'renewable_electricity_share':
      return {
        expr: {
          constant: yr.energy.electricity.green_power_mwh,
          terms: [
            { quantity: 'renewable_used_mwh', coef: 1, year: y },
            { quantity: 'green_mwh', coef: 1, year: y },
          ],
        },
        denominator: yr.energy.by_carrier.electricity_mwh,
        unit: 'share',
      };
    case 'coal_t':
      return withUnit(constant(yr.indicators.coal_t), 't');
    case 'total_tce':
      return withUnit(constant(tce), 'tce');
    case 'tce_per_10k_cny_va':
      return withUnit(constant(ratio(tce, yr.activity.value_added_10k_cny)), 'tce');
    case 'electrification_rate':
      return withUnit(constant(ratio(yr.energy.by_carrier.electricity_mwh * elecTce, tce)), 'share');
    case 'waste_heat_utilisation':
      return withUnit(constant(yr.indicators.waste_heat_utilisation), 'share');
  }
}

function withUnit<T extends object>(v: T | null, unit: NonNullable<LinearTarget['unit']>) {
  return v === null ? null : { ...v, unit };
}

function ratio(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}

/**
 * Rows for one plan target over the modelled years. Limit targets apply from their path's
 * first year; peak targets compare every later year with the peak year (whose value is the
 * base scenario's when the year is not modelled, e.g. the base year).
 */
export function linearTargets(t: Target, basis: ReadonlyMap<number, YearBasis>, modelled: readonly number[]): LinearTarget[] {
  const out: LinearTarget[] = [];
  if (t.kind === 'limit') {
    const start = t.path[0]!.year;
    for (const y of modelled) {
      if (y < start) continue;
      const b = basis.get(y)!;
      const ie = indicatorExpr(t, b, y);
      if (ie === null || !(ie.denominator > 0)) continue;
      const limit = pathValue(t.path, y).value * ie.denominator;
      out.push({
        target_id: t.id,
        year: y,
        constant: ie.expr.constant,
        terms: ie.expr.terms,
        bound: t.bound,
        limit,
        indicator_scale: 1 / ie.denominator,
        unit: ie.unit,
      });
    }
    return out;
  }
  const first = Math.min(...basis.keys());
  const ref = Math.max(t.peak_by_year, first);
  const refBasis = basis.get(ref);
  for (const y of modelled) {
    if (y <= ref) continue;
    const b = basis.get(y)!;
    const fake: Target = {
      ...t,
      kind: 'limit',
      bound: 'max',
      path: [{ year: y, value: 0 }],
      energy_method: 'equivalent',
      template: null,
    };
    const cur = indicatorExpr(fake, b, y);
    if (cur === null) continue;
    let refConst = 0;
    let refTerms: Expr['terms'] = [];
    if (refBasis !== undefined && modelled.includes(ref)) {
      const r = indicatorExpr(fake, refBasis, ref)!;
      refConst = r.expr.constant;
      refTerms = r.expr.terms;
    } else {
      const key = t.indicator === 'total_tce' ? 'total_tce_equivalent' : t.indicator;
      const v = refBasis?.year.indicators[key];
      if (v === undefined || v === null) continue;
      refConst = v;
    }
    out.push({
      target_id: t.id,
      year: y,
      constant: cur.expr.constant - refConst,
      terms: [...cur.expr.terms, ...refTerms.map((rt) => ({ ...rt, coef: -rt.coef }))],
      bound: 'max',
      limit: 0,
      relative_to_peak: true,
      unit: cur.unit,
    });
  }
  return out;
}
