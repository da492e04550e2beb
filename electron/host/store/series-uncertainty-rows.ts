import type { Db } from './connection.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { parseJson, type Row } from './row-mapping.ts';
import type { MetaRows } from './meta-rows.ts';

/**
 * SQL for the user's imported hourly series and the uncertain inputs of the Risk screen. Reads
 * return `unknown` parts that core's `parsePlan` checks before anyone uses them.
 */

/** Meta key saying whether the plan has the `uncertainty` field ('present' or 'absent'). */
const UNCERTAINTY_META_KEY = 'uncertainty';

export class SeriesUncertaintyRows {
  private readonly s;
  private readonly meta: MetaRows;

  constructor(db: Db, meta: MetaRows) {
    this.meta = meta;
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      seriesAll: p('SELECT * FROM hourly_series ORDER BY position'),
      seriesDelete: p('DELETE FROM hourly_series'),
      seriesInsert: p(
        `INSERT INTO hourly_series (id, position, kind, consumer_id, measure_id, name, file_name, imported_at, data)
         VALUES (@id, @position, @kind, @consumer_id, @measure_id, @name, @file_name, @imported_at, @data)`,
      ),
      uncertainAll: p('SELECT * FROM uncertain_inputs ORDER BY position'),
      uncertainDelete: p('DELETE FROM uncertain_inputs'),
      uncertainInsert: p(
        `INSERT INTO uncertain_inputs (id, position, name, address, mode, distribution, group_id, source)
         VALUES (@id, @position, @name, @address, @mode, @distribution, @group_id, @source)`,
      ),
    };
  }

  readSeries(): unknown[] {
    return (this.s.seriesAll.all() as Row[]).map(seriesFromRow);
  }

  /** `{uncertainty}` only when the plan has the field (meta says so), so an emptied list stays an empty list. */
  readUncertainty(): { uncertainty?: unknown } {
    return this.meta.hasField(UNCERTAINTY_META_KEY)
      ? { uncertainty: { inputs: (this.s.uncertainAll.all() as Row[]).map(uncertainFromRow) } }
      : {};
  }

  writeSeries(plan: Plan): void {
    this.s.seriesDelete.run();
    plan.hourly_series.forEach((x, position) =>
      this.s.seriesInsert.run({
        id: x.id,
        position,
        kind: x.kind,
        consumer_id: x.kind === 'load' ? x.target.consumer_id : null,
        measure_id: x.kind === 'pv' || x.kind === 'wind' ? x.target.measure_id : null,
        name: x.name,
        file_name: x.source.file_name,
        imported_at: x.source.imported_at,
        data: JSON.stringify(x.kind === 'weather' ? x.weather : x.values),
      }),
    );
  }

  writeUncertainty(plan: Plan): void {
    this.s.uncertainDelete.run();
    this.meta.markField(UNCERTAINTY_META_KEY, plan.uncertainty !== undefined);
    plan.uncertainty?.inputs.forEach((x, position) =>
      this.s.uncertainInsert.run({
        id: x.id,
        position,
        name: x.name,
        address: x.address,
        mode: x.mode,
        distribution: JSON.stringify(x.distribution),
        group_id: x.group,
        source: x.source,
      }),
    );
  }
}

function seriesFromRow(r: Row): unknown {
  const common = { id: r.id, name: r.name, source: { file_name: r.file_name, imported_at: r.imported_at } };
  if (r.kind === 'weather') return { ...common, kind: r.kind, target: null, weather: parseJson(r.data) };
  const target = r.kind === 'load' ? { consumer_id: r.consumer_id } : { measure_id: r.measure_id };
  return { ...common, kind: r.kind, target, values: parseJson(r.data) };
}

function uncertainFromRow(r: Row): unknown {
  return {
    id: r.id,
    name: r.name,
    address: r.address,
    mode: r.mode,
    distribution: parseJson(r.distribution),
    group: r.group_id,
    source: r.source,
  };
}
