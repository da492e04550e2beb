import type { Plan } from '../model/plan.ts';
import { parsePlan } from '../model/plan.ts';
import { ParkZeroError } from '../api/result.ts';
import { seriesPoints } from '../factors/factor-set.ts';
import { buildPlanContext, compileMeasures, scenarioFactors } from './context.ts';
import type { CompiledMeasure, PlanContext, ScenarioFactors } from './context.ts';
import { annualBalance } from './electricity.ts';
import type { ElectricityBalancer } from './electricity.ts';
import { resolveScenario } from './resolve.ts';
import type { ResolvedScenario } from './resolve.ts';
import { simulate } from './simulate.ts';
import { evaluateTargets } from './targets.ts';
import { WarningCollector } from './warnings.ts';
import { RESULTS_FORMAT_VERSION } from './result-schema.ts';
import type { MacEntry, PlanResults, ScenarioResult, YearResult } from './result-schema.ts';

export interface RunOptions {
  /** Compute the marginal abatement cost of every measure (one extra run per measure). Default true. */
  mac?: boolean;
  /** Electricity balance; the annual netting by default, the hourly dispatch later. */
  balancer?: ElectricityBalancer;
}

interface Prepared {
  resolved: ResolvedScenario;
  sf: ScenarioFactors;
  ms: CompiledMeasure[];
  years: YearResult[];
  warnings: WarningCollector;
}

/**
 * Runs scenarios of one plan, sharing the plan context (factors, inventory) and caching each
 * scenario's full pathway so parents are simulated once.
 */
class PlanRunner {
  readonly ctx: PlanContext;
  private readonly cache = new Map<string, Prepared>();
  private readonly balancer: ElectricityBalancer;
  private readonly mac: boolean;

  constructor(plan: Plan, options: RunOptions) {
    this.ctx = buildPlanContext(plan);
    this.balancer = options.balancer ?? annualBalance;
    this.mac = options.mac ?? true;
  }

  prepare(id: string): Prepared {
    const hit = this.cache.get(id);
    if (hit) return hit;
    const resolved = resolveScenario(this.ctx.plan, id);
    const warnings = new WarningCollector();
    const sf = scenarioFactors(this.ctx, resolved, warnings);
    const ms = compileMeasures(this.ctx, resolved.measures, warnings);
    const years = simulate(this.ctx, sf, ms, this.balancer, warnings);
    const prepared = { resolved, sf, ms, years, warnings };
    this.cache.set(id, prepared);
    return prepared;
  }

  run(id: string): ScenarioResult {
    const p = this.prepare(id);
    const { plan } = this.ctx;
    const years = p.years.map((y) => ({ ...y, targets: [] as YearResult['targets'] }));
    const targets = evaluateTargets(plan.targets, years);
    const disc = this.ctx.years.map((y) => Math.pow(1 + plan.park.discount_rate, -(y - plan.park.base_year)));
    let npv = 0;
    let npvExcl = 0;
    let cumNet = 0;
    let peakGross = 0;
    let peakNet = 0;
    years.forEach((y, i) => {
      npv += y.costs.total_cny * disc[i]!;
      npvExcl += (y.costs.total_cny - y.costs.carbon_cny) * disc[i]!;
      cumNet += y.emissions.net_tco2;
      if (y.emissions.gross_tco2 > years[peakGross]!.emissions.gross_tco2) peakGross = i;
      if (y.emissions.net_tco2 > years[peakNet]!.emissions.net_tco2) peakNet = i;
    });
    let vsParent: number | null = null;
    let vsParentExcl: number | null = null;
    let abatement: number | null = null;
    const parentId = p.resolved.scenario.parent_id;
    if (parentId !== null) {
      const parent = this.prepare(parentId).years;
      vsParent = 0;
      vsParentExcl = 0;
      abatement = 0;
      for (let i = 0; i < years.length; i++) {
        const a = years[i]!;
        const b = parent[i]!;
        vsParent += (a.costs.total_cny - b.costs.total_cny) * disc[i]!;
        vsParentExcl += (a.costs.total_cny - a.costs.carbon_cny - (b.costs.total_cny - b.costs.carbon_cny)) * disc[i]!;
        abatement += b.emissions.net_tco2 - a.emissions.net_tco2;
      }
    }
    return {
      scenario_id: id,
      scenario_name: p.resolved.scenario.name,
      parent_id: parentId,
      chain: p.resolved.chain,
      settings: p.resolved.settings,
      grid_series: {
        average: p.sf.averageSeries.description,
        excl_market: p.sf.exclSeries.description,
        excl_market_estimated: p.sf.exclSeries.estimated,
      },
      years,
      summary: {
        npv_total_cost_cny: npv,
        npv_cost_excl_carbon_cny: npvExcl,
        npv_cost_vs_parent_cny: vsParent,
        npv_cost_vs_parent_excl_carbon_cny: vsParentExcl,
        cumulative_net_emissions_tco2: cumNet,
        cumulative_abatement_vs_parent_tco2: abatement,
        peak_year_gross_emissions: years[peakGross]!.year,
        peak_year_net_emissions: years[peakNet]!.year,
      },
      targets,
      mac: this.mac ? this.macCurve(p, disc) : [],
      warnings: p.warnings.list(),
      factors_used: this.factorTrace(p),
    };
  }

  /**
   * MAC by removal: for each measure, the scenario is run again without it. The measure's cost
   * is the NPV of (full - without) costs EXCLUDING the carbon price (else the price would
   * pay for itself); its abatement is (without - full) net emissions. The MAC is the NPV cost
   * over the discounted abatement, which equals annualised cost / annual abatement when both
   * are constant. Interactions mean the abatements do not add up to the scenario's total.
   */
  private macCurve(p: Prepared, disc: readonly number[]): MacEntry[] {
    const silent = new WarningCollector();
    const entries = p.ms.map((cm): MacEntry & { order: number } => {
      const without = simulate(
        this.ctx,
        p.sf,
        p.ms.filter((x) => x !== cm),
        this.balancer,
        silent,
      );
      let cost = 0;
      let discAbate = 0;
      let cum = 0;
      let active = 0;
      p.years.forEach((full, i) => {
        const wo = without[i]!;
        cost += (full.costs.total_cny - full.costs.carbon_cny - (wo.costs.total_cny - wo.costs.carbon_cny)) * disc[i]!;
        const a = wo.emissions.net_tco2 - full.emissions.net_tco2;
        discAbate += a * disc[i]!;
        cum += a;
        if (cm.ramp[i]! > 0) active++;
      });
      const abates = discAbate > 1e-6;
      let note = 'removal from the full scenario; cost excludes the carbon price';
      if (!abates)
        note =
          cm.measure.kind === 'storage'
            ? 'no abatement in the annual balance (storage adds only losses until hourly dispatch)'
            : 'no abatement: MAC undefined';
      return {
        order: cm.index,
        measure_id: cm.measure.id,
        name: cm.measure.name,
        kind: cm.measure.kind,
        npv_cost_cny: cost,
        cumulative_abatement_tco2: cum,
        discounted_abatement_tco2: discAbate,
        average_annual_abatement_tco2: active > 0 ? cum / active : 0,
        mac_cny_per_tco2: abates ? cost / discAbate : null,
        note,
      };
    });
    entries.sort((a, b) => {
      if (a.mac_cny_per_tco2 === null || b.mac_cny_per_tco2 === null)
        return a.mac_cny_per_tco2 === null ? (b.mac_cny_per_tco2 === null ? a.order - b.order : 1) : -1;
      return a.mac_cny_per_tco2 - b.mac_cny_per_tco2 || a.order - b.order;
    });
    return entries.map(({ order: _order, ...rest }) => rest);
  }

  /** The factor values this scenario used, with their sources, for the report's factor table. */
  private factorTrace(p: Prepared): ScenarioResult['factors_used'] {
    const keys: string[] = [];
    const { ctx } = this;
    ctx.carriers.forEach((c) => {
      const used = p.years.some((y) => y.energy.by_carrier[c.key] > 0 || y.energy.activity_by_carrier[c.key] > 0);
      if (used || c.key === 'electricity_mwh') keys.push(...c.keys);
    });
    const series = [p.sf.averageSeries.prefix, 'grid_fossil.national', 'electricity.coal_method_gce_per_kwh'];
    if (p.sf.exclSeries.estimated) series.push('grid.national', 'grid_excl_market.national');
    else series.push(p.sf.exclSeries.prefix);
    for (const prefix of series) for (const pt of seriesPoints(ctx.fs, prefix)) keys.push(`${prefix}.${pt.year}`);
    const seen = new Set<string>();
    const out: ScenarioResult['factors_used'] = [];
    for (const key of keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      const f = ctx.fs.values.get(key);
      if (f === undefined) continue;
      out.push({
        key,
        value: f.value,
        unit: f.unit,
        source: f.source,
        year: f.year,
        series: f.series,
        secondary: f.secondary,
        overridden: f.overridden,
      });
    }
    return out;
  }
}

/** Run one scenario of a validated plan (pure; deterministic). */
export function runScenario(plan: Plan, scenarioId: string, options: RunOptions = {}): ScenarioResult {
  return new PlanRunner(plan, options).run(scenarioId);
}

/** Run every scenario of a validated plan, in plan order. */
export function runPlan(plan: Plan, options: RunOptions = {}): PlanResults {
  const runner = new PlanRunner(plan, options);
  return {
    format: 'parkzero-results',
    format_version: RESULTS_FORMAT_VERSION,
    park_name: plan.park.name,
    base_year: plan.park.base_year,
    horizon_year: plan.park.horizon_year,
    scenarios: plan.scenarios.map((s) => runner.run(s.id)),
  };
}

/**
 * Validate unknown input (for example a JSON file) and run it. Invalid plans raise
 * ParkZeroError('PLAN_INVALID') whose details name each JSON path and rule.
 */
export function parsePlanOrThrow(input: unknown): Plan {
  const parsed = parsePlan(input);
  if (!parsed.ok)
    throw new ParkZeroError(
      'PLAN_INVALID',
      `the plan is invalid: ${parsed.issues[0]!.path}: ${parsed.issues[0]!.message}${parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more)` : ''}`,
      parsed.issues,
    );
  return parsed.plan;
}

export function runPlanInput(input: unknown, options: RunOptions = {}): PlanResults {
  return runPlan(parsePlanOrThrow(input), options);
}
