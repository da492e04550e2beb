import { pathValue } from '../factors/factor-set.ts';
import type { YearResult } from '../engine/result-schema.ts';
import type { Target } from '../model/targets.ts';
import type { LinearTarget, Quantity } from './problem.ts';
import type { UnitEffects } from './annual-effects.ts';

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
  /**
   * Annual candidates' engine effects per unit of size in this year, by candidate id (fuel
   * switches, efficiency, CCUS, ...): their terms join every indicator they move.
   */
  readonly annual?: ReadonlyMap<string, UnitEffects>;
}

/** An expression: constant + terms, each term a quantity of a year (or a candidate's size). */
export interface Expr {
  constant: number;
  terms: { quantity: Quantity; coef: number; year: number; candidate?: string }[];
}

/** The annual candidates' terms of one effect (times `k`), added to an expression. */
function withEffect(a: Expr, b: YearBasis, y: number, effect: (e: UnitEffects) => number, k = 1): Expr {
  if (b.annual === undefined || b.annual.size === 0) return a;
  const terms = [...a.terms];
  for (const [id, e] of b.annual) {
    const coef = effect(e) * k;
    if (coef !== 0 && Number.isFinite(coef)) terms.push({ quantity: 'candidate_units', coef, year: y, candidate: id });
  }
  return { constant: a.constant, terms };
}

function scaled(a: Expr, k: number): Expr {
  return { constant: a.constant * k, terms: a.terms.map((t) => ({ ...t, coef: t.coef * k })) };
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
  return withEffect(plus(scope2(b, y), e.gross_tco2 - e.scope2_electricity_tco2), b, y, (x) => x.gross_other_tco2);
}

export function net(b: YearBasis, y: number): Expr {
  const e = b.year.emissions;
  const other = e.gross_tco2 - e.scope2_electricity_tco2 - e.ccus_tco2 - e.sinks_tco2 - e.offsets_tco2;
  return withEffect(minusQ(plus(scope2(b, y), other), 'offset_tco2', y), b, y, (x) => x.net_other_tco2);
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

/**
 * The indicator as numerator and denominator expressions (the denominator is 1 for totals) and
 * its unit. Annual candidates move both: a fuel switch changes the total energy a share is of.
 */
function indicatorExpr(
  t: Target,
  b: YearBasis,
  y: number,
): { expr: Expr; den: Expr; unit: NonNullable<LinearTarget['unit']> } | null {
  const yr = b.year;
  const method = t.kind === 'limit' ? t.energy_method : 'equivalent';
  const tce = method === 'equivalent' ? yr.energy.tce_equivalent : yr.energy.tce_coal_method;
  const dTce = (e: UnitEffects) => (method === 'equivalent' ? e.tce_equivalent : e.tce_coal_method);
  const elecTce = method === 'equivalent' ? KGCE_EQ_PER_KWH : yr.factors.electricity_coal_method_tce_per_mwh;
  const one: Expr = { constant: 1, terms: [] };
  const tceExpr = withEffect({ constant: tce, terms: [] }, b, y, dTce);
  const va = yr.activity.value_added_10k_cny;
  const of = (expr: Expr, den: Expr, unit: NonNullable<LinearTarget['unit']>) => ({ expr, den, unit });
  switch (t.indicator) {
    case 'gross_emissions_tco2':
      return of(gross(b, y), one, 'tCO2');
    case 'net_emissions_tco2':
      return of(net(b, y), one, 'tCO2');
    case 'co2_per_tce': {
      const e = yr.emissions;
      const energyCo2 = withEffect(plus(scope2(b, y), e.scope1_fuel_tco2 + e.scope2_heat_tco2), b, y, (x) => x.fuel_heat_tco2);
      return of(energyCo2, tceExpr, 'tCO2/tce');
    }
    case 'tco2_per_10k_cny_va':
      return of(gross(b, y), { constant: va, terms: [] }, 'tCO2');
    case 'non_fossil_share':
      return of(nonFossil(b, y), scaled(tceExpr, 1 / elecTce), 'share');
    case 'clean_energy_share': {
      const byTce = yr.energy.tce_by_carrier_equivalent;
      const cleanFuels = byTce.natural_gas_10k_nm3 + byTce.hydrogen_t; // same in both methods: only electricity differs
      const num = withEffect(plus(nonFossil(b, y), cleanFuels / elecTce), b, y, (x) => x.clean_fuel_tce, 1 / elecTce);
      return of(num, scaled(tceExpr, 1 / elecTce), 'share');
    }
    case 'renewable_electricity_share':
      return of(
        {
          constant: yr.energy.electricity.green_power_mwh,
          terms: [
            { quantity: 'renewable_used_mwh', coef: 1, year: y },
            { quantity: 'green_mwh', coef: 1, year: y },
          ],
        },
        withEffect({ constant: yr.energy.by_carrier.electricity_mwh, terms: [] }, b, y, (x) => x.electricity_mwh),
        'share',
      );
    case 'coal_t':
      return of(
        withEffect({ constant: yr.indicators.coal_t, terms: [] }, b, y, (x) => x.coal_t),
        one,
        't',
      );
    case 'total_tce':
      return of(tceExpr, one, 'tce');
    case 'tce_per_10k_cny_va':
      return va > 0 ? of(tceExpr, { constant: va, terms: [] }, 'tce') : null;
    case 'electrification_rate': {
      const elec = withEffect({ constant: yr.energy.by_carrier.electricity_mwh, terms: [] }, b, y, (x) => x.electricity_mwh);
      return of(scaled(elec, elecTce), tceExpr, 'share');
    }
    case 'waste_heat_utilisation': {
      const avail = yr.energy.waste_heat_available_gj;
      if (!(avail > 0)) return null;
      const rec = withEffect({ constant: yr.energy.waste_heat_recovered_gj, terms: [] }, b, y, (x) => x.waste_heat_gj);
      return of(rec, { constant: avail, terms: [] }, 'share');
    }
  }
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
      if (ie === null || !(ie.den.constant > 0)) continue;
      const L = pathValue(t.path, y).value;
      // numerator >= L x denominator, with the denominator's moving part taken to the left.
      out.push({
        target_id: t.id,
        year: y,
        constant: ie.expr.constant,
        terms: [...ie.expr.terms, ...ie.den.terms.map((d) => ({ ...d, coef: -L * d.coef }))],
        bound: t.bound,
        limit: L * ie.den.constant,
        indicator_scale: 1 / ie.den.constant,
        unit: ie.unit,
        ...(ie.den.terms.length > 0 ? { ratio: { numerator: ie.expr, denominator: ie.den } } : {}),
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
