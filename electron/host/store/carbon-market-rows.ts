import type { Db } from './connection.ts';
import type { Plan } from '../../../core/model/plan.ts';
import type { MetaRows } from './meta-rows.ts';
import type { Row } from './row-mapping.ts';

/**
 * SQL for the carbon-market tables (migration 0008): markets (`plan.carbon_markets`) and each
 * enterprise's coverage (`consumers[i].carbon_market`). Rows map to the plan's JSON shape and
 * back; reads return `unknown` parts that core's `parsePlan` checks before anyone uses them.
 */

const META_KEY = 'carbon_markets';

export class CarbonMarketRows {
  private readonly s;
  private readonly meta: MetaRows;

  constructor(db: Db, meta: MetaRows) {
    this.meta = meta;
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      marketsAll: p('SELECT * FROM carbon_markets ORDER BY position'),
      marketsDelete: p('DELETE FROM carbon_markets'),
      marketInsert: p(
        `INSERT INTO carbon_markets (id, position, name, name_zh, name_en, kind, price_cny_per_t, price_source, offset_cap_share,
           offset_cap_source, offset_price_cny_per_t, offset_price_source, notes)
         VALUES (@id, @position, @name, @name_zh, @name_en, @kind, @price_cny_per_t, @price_source, @offset_cap_share,
           @offset_cap_source, @offset_price_cny_per_t, @offset_price_source, @notes)`,
      ),
      coverageAll: p('SELECT * FROM carbon_market_coverage'),
      coverageDelete: p('DELETE FROM carbon_market_coverage'),
      coverageInsert: p(
        `INSERT INTO carbon_market_coverage (consumer_id, market_id, from_year, scope, allocation, benchmark_tco2_per_unit,
           output_unit, output_base_year, allowance_tco2, allocation_source, offsets_available_tco2)
         VALUES (@consumer_id, @market_id, @from_year, @scope, @allocation, @benchmark_tco2_per_unit,
           @output_unit, @output_base_year, @allowance_tco2, @allocation_source, @offsets_available_tco2)`,
      ),
    };
  }

  /** `{carbon_markets}` when the plan has the field, else nothing. */
  readMarkets(): { carbon_markets?: unknown[] } {
    if (!this.meta.hasField(META_KEY)) return {};
    return {
      carbon_markets: (this.s.marketsAll.all() as Row[]).map((r) => ({
        id: r.id,
        name: r.name,
        ...(r.name_zh === null ? {} : { name_zh: r.name_zh }),
        ...(r.name_en === null ? {} : { name_en: r.name_en }),
        kind: r.kind,
        price_cny_per_t: parseJson(r.price_cny_per_t),
        price_source: r.price_source,
        offset_cap_share: r.offset_cap_share,
        offset_cap_source: r.offset_cap_source,
        offset_price_cny_per_t: parseJson(r.offset_price_cny_per_t),
        offset_price_source: r.offset_price_source,
        notes: r.notes,
      })),
    };
  }

  /** Each covered enterprise's coverage, by consumer id. */
  readCoverage(): Map<unknown, unknown> {
    const out = new Map<unknown, unknown>();
    for (const r of this.s.coverageAll.all() as Row[]) {
      const allocation =
        r.allocation === 'benchmark'
          ? {
              kind: 'benchmark',
              benchmark_tco2_per_unit: parseJson(r.benchmark_tco2_per_unit),
              output_unit: r.output_unit,
              output_base_year: r.output_base_year,
              source: r.allocation_source,
            }
          : { kind: r.allocation, allowance_tco2: parseJson(r.allowance_tco2), source: r.allocation_source };
      out.set(r.consumer_id, {
        market_id: r.market_id,
        from_year: r.from_year,
        scope: r.scope,
        allocation,
        offsets_available_tco2: r.offsets_available_tco2 === null ? null : parseJson(r.offsets_available_tco2),
      });
    }
    return out;
  }

  writeMarkets(plan: Plan): void {
    const s = this.s;
    s.marketsDelete.run();
    this.meta.markField(META_KEY, plan.carbon_markets !== undefined);
    plan.carbon_markets?.forEach((m, position) =>
      s.marketInsert.run({
        ...m,
        position,
        name_zh: m.name_zh ?? null,
        name_en: m.name_en ?? null,
        price_cny_per_t: JSON.stringify(m.price_cny_per_t),
        offset_price_cny_per_t: JSON.stringify(m.offset_price_cny_per_t),
      }),
    );
  }

  /** Part of the consumers section: rewritten whenever the enterprises are. */
  writeCoverage(plan: Plan): void {
    const s = this.s;
    s.coverageDelete.run();
    for (const c of plan.consumers) {
      const cov = c.carbon_market;
      if (cov === undefined) continue;
      const a = cov.allocation;
      s.coverageInsert.run({
        consumer_id: c.id,
        market_id: cov.market_id,
        from_year: cov.from_year,
        scope: cov.scope,
        allocation: a.kind,
        benchmark_tco2_per_unit: a.kind === 'benchmark' ? JSON.stringify(a.benchmark_tco2_per_unit) : null,
        output_unit: a.kind === 'benchmark' ? a.output_unit : null,
        output_base_year: a.kind === 'benchmark' ? a.output_base_year : null,
        allowance_tco2: a.kind === 'fixed' ? JSON.stringify(a.allowance_tco2) : null,
        allocation_source: a.source,
        offsets_available_tco2: cov.offsets_available_tco2 === null ? null : JSON.stringify(cov.offsets_available_tco2),
      });
    }
  }
}

/** Columns carry json_valid CHECKs, but a hand-made file may still hold anything: parse safely. */
function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}
