import type { Db } from './connection.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { nameColumns, namesFromRow, parseJson, SOURCES, textColumns, textsFromRow, type Row } from './row-mapping.ts';

/**
 * SQL for the plan's lists kept in plan order by a position column: targets, factor and cost
 * overrides, and reviewers' comments. Reads return `unknown` parts that core's `parsePlan`
 * checks before anyone uses them.
 */

export class TargetCommentRows {
  private readonly s;

  constructor(db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      targetsAll: p('SELECT * FROM targets ORDER BY position'),
      targetsDelete: p('DELETE FROM targets'),
      targetInsert: p(
        `INSERT INTO targets (id, position, kind, name, name_zh, name_en, source, source_zh, source_en, template, indicator, bound, path, energy_method,
           peak_by_year)
         VALUES (@id, @position, @kind, @name, @name_zh, @name_en, @source, @source_zh, @source_en, @template, @indicator, @bound, @path, @energy_method,
           @peak_by_year)`,
      ),
      factorsAll: p('SELECT * FROM factor_overrides ORDER BY position'),
      factorsDelete: p('DELETE FROM factor_overrides'),
      factorInsert: p('INSERT INTO factor_overrides (position, key, value, source, note) VALUES (?, ?, ?, ?, ?)'),
      costsAll: p('SELECT * FROM cost_overrides ORDER BY position'),
      costsDelete: p('DELETE FROM cost_overrides'),
      costInsert: p('INSERT INTO cost_overrides (position, key, value, source, note) VALUES (?, ?, ?, ?, ?)'),
      commentsAll: p('SELECT * FROM comments ORDER BY position'),
      commentsDelete: p('DELETE FROM comments'),
      commentInsert: p(
        `INSERT INTO comments (id, position, anchor_kind, anchor_ref, anchor_year, author, body, status, created_at, resolved_at)
         VALUES (@id, @position, @anchor_kind, @anchor_ref, @anchor_year, @author, @body, @status, @created_at, @resolved_at)`,
      ),
    };
  }

  readTargets(): unknown[] {
    return (this.s.targetsAll.all() as Row[]).map(targetFromRow);
  }

  readFactorOverrides(): unknown[] {
    return (this.s.factorsAll.all() as Row[]).map(overrideFromRow);
  }

  readCostOverrides(): unknown[] {
    return (this.s.costsAll.all() as Row[]).map(overrideFromRow);
  }

  readComments(): unknown[] {
    return (this.s.commentsAll.all() as Row[]).map((r) => ({
      id: r.id,
      anchor: { kind: r.anchor_kind, ref: r.anchor_ref, year: r.anchor_year },
      author: r.author,
      body: r.body,
      status: r.status,
      created_at: r.created_at,
      resolved_at: r.resolved_at,
    }));
  }

  writeTargets(plan: Plan): void {
    const s = this.s;
    s.targetsDelete.run();
    plan.targets.forEach((t, position) => {
      const common = {
        id: t.id,
        position,
        kind: t.kind,
        name: t.name,
        ...nameColumns(t),
        source: t.source,
        ...textColumns(t, SOURCES),
        template: t.template,
        indicator: t.indicator,
      };
      if (t.kind === 'limit')
        s.targetInsert.run({
          ...common,
          bound: t.bound,
          path: JSON.stringify(t.path),
          energy_method: t.energy_method,
          peak_by_year: null,
        });
      else s.targetInsert.run({ ...common, bound: null, path: null, energy_method: null, peak_by_year: t.peak_by_year });
    });
  }

  writeFactorOverrides(plan: Plan): void {
    this.s.factorsDelete.run();
    plan.factor_overrides.forEach((f, position) => this.s.factorInsert.run(position, f.key, f.value, f.source, f.note));
  }

  writeCostOverrides(plan: Plan): void {
    this.s.costsDelete.run();
    plan.cost_overrides.forEach((f, position) => this.s.costInsert.run(position, f.key, f.value, f.source, f.note));
  }

  writeComments(plan: Plan): void {
    this.s.commentsDelete.run();
    plan.comments.forEach((c, position) =>
      this.s.commentInsert.run({
        id: c.id,
        position,
        anchor_kind: c.anchor.kind,
        anchor_ref: c.anchor.ref,
        anchor_year: c.anchor.year,
        author: c.author,
        body: c.body,
        status: c.status,
        created_at: c.created_at,
        resolved_at: c.resolved_at,
      }),
    );
  }
}

/** A factor or cost override: the two tables have the same columns. */
function overrideFromRow(r: Row): unknown {
  return { key: r.key, value: r.value, source: r.source, note: r.note };
}

function targetFromRow(r: Row): unknown {
  const common = {
    id: r.id,
    name: r.name,
    ...namesFromRow(r),
    source: r.source,
    ...textsFromRow(r, SOURCES),
    template: r.template,
    kind: r.kind,
    indicator: r.indicator,
  };
  if (r.kind === 'limit') return { ...common, bound: r.bound, path: parseJson(r.path), energy_method: r.energy_method };
  return { ...common, peak_by_year: r.peak_by_year };
}
