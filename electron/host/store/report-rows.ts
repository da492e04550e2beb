import type { Db } from './connection.ts';
import type { Plan } from '../../../core/model/plan.ts';
import type { Row } from './row-mapping.ts';

/**
 * SQL for the report's settings (one row) and its texts per chapter and language. Reads return
 * `unknown` parts that core's `parsePlan` checks before anyone uses them.
 */

export class ReportRows {
  private readonly s;

  constructor(db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      reportGet: p('SELECT * FROM report_settings WHERE id = 1'),
      reportDelete: p('DELETE FROM report_settings'),
      reportInsert: p(
        `INSERT INTO report_settings (id, organisation, client, version, status, recommended_scenario_id)
         VALUES (1, @organisation, @client, @version, @status, @recommended_scenario_id)`,
      ),
      reportTextsAll: p('SELECT * FROM report_texts ORDER BY position'),
      reportTextsDelete: p('DELETE FROM report_texts'),
      reportTextInsert: p('INSERT INTO report_texts (position, chapter, lang, body) VALUES (?, ?, ?, ?)'),
    };
  }

  /** The report's settings and texts; absent (no row) when the plan has no `report` field. */
  read(): { report?: unknown } {
    const settings = this.s.reportGet.get() as Row | undefined;
    const texts = this.s.reportTextsAll.all() as Row[];
    if (settings === undefined) return {};
    return {
      report: {
        organisation: settings.organisation,
        client: settings.client,
        version: settings.version,
        status: settings.status,
        recommended_scenario_id: settings.recommended_scenario_id,
        texts: texts.map((t) => ({ chapter: t.chapter, lang: t.lang, body: t.body })),
      },
    };
  }

  write(plan: Plan): void {
    const s = this.s;
    s.reportTextsDelete.run();
    s.reportDelete.run();
    const r = plan.report;
    if (r !== undefined) {
      s.reportInsert.run({
        organisation: r.organisation,
        client: r.client,
        version: r.version,
        status: r.status,
        recommended_scenario_id: r.recommended_scenario_id,
      });
      r.texts.forEach((x, position) => s.reportTextInsert.run(position, x.chapter, x.lang, x.body));
    }
  }
}
