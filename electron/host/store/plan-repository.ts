import type { Db } from './connection.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { PLAN_FORMAT_VERSION } from '../../../core/model/plan.ts';
import { CarbonMarketRows } from './carbon-market-rows.ts';
import { MetaRows } from './meta-rows.ts';
import { ParkConsumerRows } from './park-consumer-rows.ts';
import { ScenarioRows } from './scenario-rows.ts';
import { TargetCommentRows } from './target-comment-rows.ts';
import { SeriesUncertaintyRows } from './series-uncertainty-rows.ts';
import { ReportRows } from './report-rows.ts';
import { parseJson, type Row } from './row-mapping.ts';

/**
 * The plan tables and the change log, with statements prepared once per connection. Each group
 * of tables has its own module (park-consumer-rows.ts, scenario-rows.ts, target-comment-rows.ts,
 * series-uncertainty-rows.ts, report-rows.ts, carbon-market-rows.ts); this one assembles the
 * plan from them and holds the meta, change-log and count SQL. Rows are mapped to the plan's
 * JSON shape and back; reading returns `unknown` on purpose: whatever came from a file is parsed
 * by core's `parsePlan` before anyone uses it.
 */

export const PLAN_SECTIONS = [
  'park',
  'consumers',
  'scenarios',
  'targets',
  'factor_overrides',
  'cost_overrides',
  'comments',
  'hourly_series',
  'uncertainty',
  'report',
  'carbon_markets',
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

export interface ChangeLogEntry {
  seq: number;
  at: string;
  label: string;
  patches: unknown;
}

export class PlanRepository {
  private readonly db: Db;
  private readonly s;
  private readonly parkConsumers: ParkConsumerRows;
  private readonly scenarios: ScenarioRows;
  private readonly lists: TargetCommentRows;
  private readonly series: SeriesUncertaintyRows;
  private readonly report: ReportRows;
  private readonly markets: CarbonMarketRows;
  private readonly meta: MetaRows;

  constructor(db: Db) {
    this.db = db;
    this.parkConsumers = new ParkConsumerRows(db);
    this.scenarios = new ScenarioRows(db);
    this.lists = new TargetCommentRows(db);
    this.meta = new MetaRows(db);
    this.series = new SeriesUncertaintyRows(db, this.meta);
    this.report = new ReportRows(db);
    this.markets = new CarbonMarketRows(db, this.meta);
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      logInsert: p('INSERT INTO change_log (at, label, patches) VALUES (?, ?, ?)'),
      logLastSeq: p('SELECT coalesce(max(seq), 0) FROM change_log').pluck(),
      logRecent: p('SELECT seq, at, label, patches FROM change_log ORDER BY seq DESC LIMIT ?'),
      count: {
        consumers: p('SELECT count(*) FROM consumers').pluck(),
        scenarios: p('SELECT count(*) FROM scenarios').pluck(),
        measures: p('SELECT count(*) FROM measures').pluck(),
        targets: p('SELECT count(*) FROM targets').pluck(),
        factor_overrides: p('SELECT count(*) FROM factor_overrides').pluck(),
        cost_overrides: p('SELECT count(*) FROM cost_overrides').pluck(),
        comments: p('SELECT count(*) FROM comments').pluck(),
        hourly_series: p('SELECT count(*) FROM hourly_series').pluck(),
        change_log: p('SELECT count(*) FROM change_log').pluck(),
      },
    };
  }

  /** The stored plan in its JSON shape, unvalidated. */
  readPlan(): unknown {
    const coverage = this.markets.readCoverage();
    return {
      format: 'parkzero-plan',
      format_version: Number(this.meta.get('plan_format_version') ?? NaN),
      park: this.parkConsumers.readPark(),
      consumers: this.parkConsumers.readConsumers().map((c) => {
        const cov = coverage.get(c.id);
        return { ...c, ...(cov === undefined ? {} : { carbon_market: cov }) };
      }),
      scenarios: this.scenarios.read(),
      targets: this.lists.readTargets(),
      factor_overrides: this.lists.readFactorOverrides(),
      cost_overrides: this.lists.readCostOverrides(),
      comments: this.lists.readComments(),
      hourly_series: this.series.readSeries(),
      ...this.series.readUncertainty(),
      ...this.report.read(),
      ...this.markets.readMarkets(),
    };
  }

  /**
   * Replaces the given sections of the stored plan (all by default). Call inside a
   * transaction: the deferred foreign keys are checked at its commit.
   */
  writePlan(plan: Plan, sections: ReadonlySet<PlanSection> | readonly PlanSection[] = PLAN_SECTIONS): void {
    const want = new Set(sections);
    this.meta.set('plan_format_version', String(PLAN_FORMAT_VERSION));
    if (want.has('park')) this.parkConsumers.writePark(plan);
    if (want.has('consumers')) {
      this.parkConsumers.writeConsumers(plan);
      this.markets.writeCoverage(plan);
    }
    if (want.has('scenarios')) this.scenarios.write(plan);
    if (want.has('targets')) this.lists.writeTargets(plan);
    if (want.has('factor_overrides')) this.lists.writeFactorOverrides(plan);
    if (want.has('cost_overrides')) this.lists.writeCostOverrides(plan);
    if (want.has('comments')) this.lists.writeComments(plan);
    if (want.has('hourly_series')) this.series.writeSeries(plan);
    if (want.has('uncertainty')) this.series.writeUncertainty(plan);
    if (want.has('carbon_markets')) this.markets.writeMarkets(plan);
    if (want.has('report')) this.report.write(plan);
  }

  appendChangeLog(at: string, label: string, patches: unknown): number {
    return Number(this.s.logInsert.run(at, label, JSON.stringify(patches)).lastInsertRowid);
  }

  lastChangeSeq(): number {
    return this.s.logLastSeq.get() as number;
  }

  /** Newest first. */
  recentChanges(limit: number): ChangeLogEntry[] {
    return (this.s.logRecent.all(Math.max(0, Math.trunc(limit))) as Row[]).map((r) => ({
      seq: r.seq as number,
      at: r.at as string,
      label: r.label as string,
      patches: parseJson(r.patches),
    }));
  }

  counts(): Record<keyof PlanRepository['s']['count'], number> {
    const c = this.s.count;
    return {
      consumers: c.consumers.get() as number,
      scenarios: c.scenarios.get() as number,
      measures: c.measures.get() as number,
      targets: c.targets.get() as number,
      factor_overrides: c.factor_overrides.get() as number,
      cost_overrides: c.cost_overrides.get() as number,
      comments: c.comments.get() as number,
      hourly_series: c.hourly_series.get() as number,
      change_log: c.change_log.get() as number,
    };
  }

  /** Runs `fn` in one synchronous transaction on this connection. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }
}
