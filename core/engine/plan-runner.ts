/**
 * The plan runner: one plan's context shared by its scenarios, each scenario's pathway simulated
 * once (parents included), and the pieces of a scenario's result (NPV against the parent, MAC,
 * factor trace, carbon market). The public entry points are in run.ts.
 */
import type { Plan } from '../model/plan.ts';
import { seriesPoints } from '../factors/factor-set.ts';
import { buildPlanContext, scenarioFactors } from './context.ts';
import { compileMeasures } from './compile-measures.ts';
import type { PlanContext, ScenarioFactors } from './context.ts';
import type { CompiledMeasure } from './compile-measures.ts';
import { annualBalance, annualModel } from './electricity.ts';
import type { BalanceMethod, ElectricityBalancer, ElectricityModel } from './electricity.ts';
import { sharedProfileCache } from '../dispatch/index.ts';
import { giveBackWorkspace, takeWorkspace } from './workspace-pool.ts';
import { seriesInputs, seriesNotes, weatherProfileCache } from './imported-series.ts';
import type { SeriesInputs } from './imported-series.ts';
import type { PathwayWorkspace, ProfileCacheResult } from '../dispatch/index.ts';
import { HourlyElectricity, hourlySetup, scenarioTou } from './hourly.ts';
import { keepDispatch, previousDispatch } from './recent-dispatch.ts';
import { baseYearTouRatio } from './tou-ratio.ts';
import { methodSentence, tariffSentence } from './dispatch-notes.ts';
import { captureHours } from './hourly.ts';
import type { HourlyObserver, HourlySeries } from './hourly.ts';
import type { ScenarioHours } from './run.ts';
import { ELEC } from './context.ts';
import { resolveScenario } from './resolve.ts';
import type { ResolvedScenario } from './resolve.ts';
import { simulate } from './simulate.ts';
import { evaluateTargets } from './targets.ts';
import { WarningCollector } from './warnings.ts';
import { CoveredCollector } from './covered-emissions.ts';
import { carbonMarketResult } from '../carbon-market/result.ts';
import type { CarbonMarketResult } from '../carbon-market/result-schema.ts';
import { parentLine, pathwayKey, sharedPathwayCache } from './pathway-cache.ts';
import type { ParentLine } from './pathway-cache.ts';
import type { DispatchInfo, DispatchSentence, MacEntry, ScenarioResult, YearResult } from './result-schema.ts';

/** Below this many tonnes (discounted or not) a measure's abatement counts as zero. */
const ZERO_ABATEMENT_T = 1e-6;

/**
 * What a MAC entry says. The MAC divides by the discounted abatement, so only a positive one
 * gives a MAC; a measure whose undiscounted abatement is positive but discounted is not (it
 * raises emissions first) is `mixed`, not "no abatement"; zero is reported only when both are zero.
 */
export function macStatus(discountedT: number, cumulativeT: number): MacEntry['status'] {
  if (discountedT > ZERO_ABATEMENT_T) return 'abates';
  if (cumulativeT > ZERO_ABATEMENT_T) return 'mixed';
  if (discountedT < -ZERO_ABATEMENT_T || cumulativeT < -ZERO_ABATEMENT_T) return 'raises';
  return 'none';
}

/**
 * A year's cost net of the residual value credited in the horizon year: what NPVs add up. The
 * year's `total_cny` leaves the residual value out so that it reconciles with its components.
 */
function netCost(y: Pick<YearResult, 'costs'>): number {
  return y.costs.total_cny - y.costs.residual_value_cny;
}

export interface RunOptions {
  /** Compute the marginal abatement cost of every measure (one extra run per measure). Default true. */
  mac?: boolean;
  /**
   * `hourly` (default): the load-following dispatch over 8760 hours of every year (DOMAIN.md);
   * `annual`: annual netting, for comparison and tests. Hourly falls back to annual, with a
   * `climate_unknown` warning, when neither the park's city nor its province is in the climate table.
   */
  electricity?: BalanceMethod;
  /** A custom annual balance (implies `electricity: 'annual'`); `annualBalance` by default. */
  balancer?: ElectricityBalancer;
  /**
   * Compare with the parent scenario (NPV and abatement against it; the parent's pathway is
   * simulated too). Default true. Monte Carlo runs that keep no output against the parent turn
   * it off: the parent's pathway is as much work as the scenario's own.
   */
  compareParent?: boolean;
  /**
   * Take the parent's pathway from the process's cache of recent parents (pathway-cache.ts)
   * and leave it there: for the live results, where successive revisions of a plan mostly keep
   * the parent. Only with the default balancer (a custom one is a function the key cannot
   * hold). Default false.
   */
  reuseParent?: boolean;
  /**
   * Take every year whose dispatch inputs are unchanged from this thread's last run of the same
   * scenario, and keep this run for the next (recent-dispatch.ts): for the live results, where
   * most edits leave the electricity alone. Exactly what a rerun computes. Default false.
   */
  reuseDispatch?: boolean;
}

export interface CapturedYear {
  series: HourlySeries;
  storage: ScenarioHours['storage'];
  export_limit_kw: number | null;
}

export interface Prepared {
  resolved: ResolvedScenario;
  sf: ScenarioFactors;
  ms: CompiledMeasure[];
  model: ElectricityModel;
  years: YearResult[];
  warnings: WarningCollector;
  /** Emissions of the enterprises covered by a carbon market; null when none is covered. */
  covered: CoveredCollector | null;
}

/**
 * Runs scenarios of one plan, sharing the plan context (factors, inventory) and caching each
 * scenario's full pathway so parents are simulated once.
 */
export class PlanRunner {
  readonly ctx: PlanContext;
  private readonly cache = new Map<string, Prepared>();
  private readonly balancer: ElectricityBalancer;
  private readonly mac: boolean;
  private readonly compareParent: boolean;
  private readonly reuseParent: boolean;
  private readonly reuseDispatch: boolean;
  private readonly method: BalanceMethod;
  /** The park's hourly profiles (memoised per site across plans); also the PV model's yields. */
  private readonly profiles: ProfileCacheResult;
  /** One dispatch workspace for every run of this plan: runs are sequential. */
  private ws: PathwayWorkspace | null = null;
  /** Base-year TOU ratio per TOU table (scenarios may price with different tables). */
  private readonly touRatios = new Map<string, number>();
  /** The plan's imported hourly series (consumer loads, PV / wind shapes, weather). */
  private readonly series: SeriesInputs;
  /** Cache keys of scenarios' lines, by scenario id (lineKey). */
  private readonly lineKeys = new Map<string, string>();

  constructor(plan: Plan, options: RunOptions) {
    this.ctx = buildPlanContext(plan);
    this.balancer = options.balancer ?? annualBalance;
    this.mac = options.mac ?? true;
    this.compareParent = options.compareParent ?? true;
    this.reuseParent = options.reuseParent === true && options.balancer === undefined;
    this.reuseDispatch = options.reuseDispatch === true;
    this.method = options.electricity ?? (options.balancer ? 'annual' : 'hourly');
    this.series = seriesInputs(plan);
    this.profiles =
      this.series.weather === null
        ? sharedProfileCache(plan.park.city, plan.park.province)
        : weatherProfileCache(plan.park.city, plan.park.province, this.series.weather);
  }

  /** Hourly when asked for and the climate is known; otherwise annual netting. */
  private model(
    id: string,
    sf: ScenarioFactors,
    ms: CompiledMeasure[],
    settings: ResolvedScenario['settings'],
    observer: HourlyObserver | null,
  ) {
    if (this.method === 'hourly' && this.profiles.ok) {
      this.ws ??= takeWorkspace(this.ctx.years.length);
      const tou = scenarioTou(this.ctx.plan, settings).def;
      const key = JSON.stringify([tou.months, tou.ratios]);
      let ratio = this.touRatios.get(key);
      if (ratio === undefined) {
        ratio = baseYearTouRatio(this.ctx.plan, this.profiles.value, tou, this.series.consumer);
        this.touRatios.set(key, ratio);
      }
      const setup = hourlySetup(this.ctx, this.profiles.value, ms, settings, this.ws, ratio, tou, this.series);
      const reference = this.reuseDispatch && observer === null ? previousDispatch(id, setup) : null;
      return new HourlyElectricity(setup, reference, observer);
    }
    return annualModel(this.balancer, sf.prices[ELEC]!, sf.exportPrice);
  }

  /** Hands the dispatch workspace to the next runner (its cached models hold it: this runner must not run again). */
  release(): void {
    if (this.ws !== null) giveBackWorkspace(this.ws);
    this.ws = null;
  }

  prepare(id: string): Prepared {
    const hit = this.cache.get(id);
    if (hit) return hit;
    const prepared = this.simulateScenario(id, null);
    this.cache.set(id, prepared);
    return prepared;
  }

  private simulateScenario(id: string, observer: HourlyObserver | null): Prepared {
    const resolved = resolveScenario(this.ctx.plan, id);
    const warnings = new WarningCollector();
    const sf = scenarioFactors(this.ctx, resolved, warnings);
    const profiles = this.profiles.ok ? this.profiles.value : null;
    const ms = compileMeasures(this.ctx, resolved.measures, warnings, { method: this.method, profiles });
    if (this.method === 'hourly') {
      if (!this.profiles.ok)
        warnings.add(
          'climate_unknown',
          'park.city',
          `No climate for the park's city or province, so electricity is balanced over the year (annual netting: optimistic self-consumption, no export limit): ${this.profiles.message}`,
          { city: this.ctx.plan.park.city, province: this.ctx.plan.park.province },
        );
      else {
        const pc = this.profiles.value;
        pc.notes.forEach((note, i) => warnings.add('climate_note', 'park.city', note, pc.noteParams[i] ?? {}, null, 'info'));
        const s = resolved.settings;
        if (s.electricity_tariff === 'tou' && !scenarioTou(this.ctx.plan, s).found)
          warnings.add(
            'tou_tariff_fallback',
            'park.province',
            `No time-of-use table for the province "${this.ctx.plan.park.province}"; the Sichuan-like periods are used`,
            { province: this.ctx.plan.park.province },
          );
      }
    }
    const model = this.model(id, sf, ms, resolved.settings, observer);
    const covered = CoveredCollector.for(this.ctx);
    const years = simulate(this.ctx, sf, ms, model, warnings, covered);
    if (this.reuseDispatch && observer === null && model instanceof HourlyElectricity) keepDispatch(id, model);
    return { resolved, sf, ms, model, years, warnings, covered };
  }

  /**
   * A scenario's line (what its children compare against): from this run, else from the
   * process's cache when allowed.
   */
  line(id: string): ParentLine {
    const local = this.cache.get(id);
    if (local !== undefined || !this.reuseParent) return parentLine((local ?? this.prepare(id)).years);
    return sharedPathwayCache.lookup(this.lineKey(id), () => parentLine(this.prepare(id).years));
  }

  /**
   * The parent whose line `run(id)` will read from the process's cache, and whether the cache
   * holds it now; null when the run reads none (no parent, no comparison, or no cache).
   */
  parentFromCache(id: string): { id: string; cached: boolean } | null {
    const parentId = this.prepare(id).resolved.scenario.parent_id;
    if (parentId === null || !this.compareParent || !this.reuseParent || this.cache.has(parentId)) return null;
    return { id: parentId, cached: sharedPathwayCache.has(this.lineKey(parentId)) };
  }

  /** Keep a line of scenario `id` computed elsewhere (another thread) in the process's cache. */
  keepLine(id: string, line: ParentLine): void {
    sharedPathwayCache.remember(this.lineKey(id), () => line);
  }

  /** The cache key of a scenario's line (pathway-cache.ts), computed once per runner: 0.1-0.5 ms each. */
  lineKey(id: string): string {
    let key = this.lineKeys.get(id);
    if (key === undefined) {
      key = pathwayKey(this.ctx.plan, id, this.method);
      this.lineKeys.set(id, key);
    }
    return key;
  }

  /**
   * One year's hourly series of a scenario (the whole pathway is simulated, the year's hours
   * are copied as they pass). Null when the run is not hourly (annual netting or no climate).
   */
  hourlyYear(id: string, year: number): { prepared: Prepared; hours: CapturedYear | null } {
    const { prepared, hours } = this.hourlyYears(id, [year]);
    return { prepared, hours: hours.get(year) ?? null };
  }

  /** Several years' hourly series from one simulation of the pathway (see `hourlyYear`). */
  hourlyYears(id: string, years: readonly number[]): { prepared: Prepared; hours: Map<number, CapturedYear> } {
    const wanted = new Map(years.map((y) => [this.ctx.years.indexOf(y), y] as const));
    const hours = new Map<number, CapturedYear>();
    const prepared = this.simulateScenario(id, (i, hourly, inputs, _totals, setup) => {
      const year = wanted.get(i);
      if (year === undefined) return;
      const limit = inputs.export_limit_mw[i]!;
      hours.set(year, {
        series: captureHours(i, hourly, inputs, setup),
        storage: {
          power_kw: inputs.storage_power_mw[i]! * 1000,
          usable_kwh: inputs.storage_usable_mwh[i]! * 1000,
          round_trip_efficiency: inputs.storage_round_trip_efficiency[i]!,
        },
        export_limit_kw: limit === Infinity ? null : limit * 1000,
      });
    });
    return { prepared, hours };
  }

  /** How this scenario's electricity was balanced, for the result. */
  dispatchInfo(p: Prepared): DispatchInfo {
    const hourly = p.model.method === 'hourly';
    const s = p.resolved.settings;
    const pc = this.profiles.ok ? this.profiles.value : null;
    const generators: DispatchInfo['generators'] = [];
    for (const cm of p.ms) {
      const info = cm.yield_info;
      if (info === null || (cm.measure.kind !== 'pv' && cm.measure.kind !== 'wind')) continue;
      generators.push({
        measure_id: cm.measure.id,
        kind: cm.measure.kind,
        yield_source: info.source,
        yield_used: cm.yield_per_kw,
        modelled_yield: info.modelled,
        library_yield: info.library,
        library_key: info.library_key,
      });
    }
    const method = methodSentence(hourly ? 'hourly' : this.method === 'hourly' ? 'annual_no_climate' : 'annual_chosen');
    const setup = p.model instanceof HourlyElectricity ? p.model.setup : null;
    const tariff = tariffSentence(s, setup === null ? null : { def: setup.tou, ratio: setup.tou_ratio });
    const notes: DispatchSentence[] =
      pc === null
        ? []
        : [
            ...pc.notes.map((message, i) => ({ code: 'climate_note' as const, message, params: { ...pc.noteParams[i] } })),
            ...(hourly ? seriesNotes(this.ctx.plan, this.series, p.ms) : []),
          ];
    return {
      method: p.model.method,
      description: method.message,
      tariff: tariff.message,
      export_limit_kw: hourly ? s.export_limit_kw : null,
      climate: pc === null ? null : `${pc.climate.en} (${pc.climate.zh}), ${pc.climate.source}`,
      notes: notes.map((x) => x.message),
      sentences: [method, tariff, ...notes],
      climate_name: pc === null ? null : { en: pc.climate.en, zh: pc.climate.zh },
      generators,
    };
  }

  run(id: string): ScenarioResult {
    const p = this.prepare(id);
    if (this.reuseParent) sharedPathwayCache.remember(this.lineKey(id), () => parentLine(p.years));
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
      npv += netCost(y) * disc[i]!;
      npvExcl += (netCost(y) - y.costs.carbon_cny) * disc[i]!;
      cumNet += y.emissions.net_tco2;
      if (y.emissions.gross_tco2 > years[peakGross]!.emissions.gross_tco2) peakGross = i;
      if (y.emissions.net_tco2 > years[peakNet]!.emissions.net_tco2) peakNet = i;
    });
    let vsParent: number | null = null;
    let vsParentExcl: number | null = null;
    let abatement: number | null = null;
    const parentId = p.resolved.scenario.parent_id;
    if (parentId !== null && this.compareParent) {
      const b = this.line(parentId);
      vsParent = 0;
      vsParentExcl = 0;
      abatement = 0;
      for (let i = 0; i < years.length; i++) {
        const a = years[i]!;
        vsParent += (netCost(a) - b.netCost[i]!) * disc[i]!;
        vsParentExcl += (netCost(a) - a.costs.carbon_cny - (b.netCost[i]! - b.carbon[i]!)) * disc[i]!;
        abatement += b.netT[i]! - a.emissions.net_tco2;
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
      dispatch: this.dispatchInfo(p),
      ...this.carbonMarket(p),
    };
  }

  /** The carbon-market section, only when an enterprise is covered (results without it are unchanged). */
  private carbonMarket(p: Prepared): { carbon_market?: CarbonMarketResult } {
    const result = p.covered === null ? null : carbonMarketResult(this.ctx.plan, p.covered.years);
    return result === null ? {} : { carbon_market: result };
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
        p.model.variant(),
        silent,
      );
      let cost = 0;
      let discAbate = 0;
      let cum = 0;
      let active = 0;
      p.years.forEach((full, i) => {
        const wo = without[i]!;
        cost += (netCost(full) - full.costs.carbon_cny - (netCost(wo) - wo.costs.carbon_cny)) * disc[i]!;
        const a = wo.emissions.net_tco2 - full.emissions.net_tco2;
        discAbate += a * disc[i]!;
        cum += a;
        if (cm.ramp[i]! > 0) active++;
      });
      const status = macStatus(discAbate, cum);
      const avg = active > 0 ? cum / active : 0;
      let note = 'removal from the full scenario; cost excludes the carbon price';
      if (status === 'raises') note = `raises emissions by ${Math.round(-avg)} tCO2/yr on average: MAC undefined`;
      else if (status === 'mixed')
        note = `abates ${Math.round(avg)} tCO2/yr on average, but its discounted abatement is not positive (it raises emissions in earlier years): MAC undefined`;
      else if (status === 'none')
        note =
          cm.measure.kind === 'storage'
            ? p.model.method === 'annual'
              ? 'no abatement in the annual balance (storage adds only losses)'
              : p.years.some((y) => y.energy.electricity.storage_grid_charge_mwh > 0)
                ? 'no abatement: storage charged from the grid adds its conversion losses to grid purchases; its value is the bill saving (the NPV cost)'
                : 'no abatement: too little surplus on-site generation to shift (load following never charges from the grid)'
            : 'no abatement: MAC undefined';
      return {
        order: cm.index,
        measure_id: cm.measure.id,
        name: cm.measure.name,
        kind: cm.measure.kind,
        npv_cost_cny: cost,
        cumulative_abatement_tco2: cum,
        discounted_abatement_tco2: discAbate,
        average_annual_abatement_tco2: avg,
        mac_cny_per_tco2: status === 'abates' ? cost / discAbate : null,
        status,
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
    for (const cm of p.ms) if (cm.yield_info?.source === 'factor_library') keys.push(cm.yield_info.library_key);
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
