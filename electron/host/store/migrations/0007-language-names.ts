import type { Migration } from './types.ts';
import { namesFromPrimary } from '../../../../core/text/names.ts';

/**
 * Schema v7: names in two languages (core/text/names.ts). FROZEN once shipped.
 *
 * The park, consumers, scenarios, measures and targets get `name_zh` and `name_en` (NULL = no
 * name in that language; the primary `name` stays). The stored names are put into the language
 * they are written in, as parsePlan does for plan JSON (core/model/language-names.ts): a
 * Chinese character makes a name Chinese. Overrides of an inherited measure's `name` in a child
 * scenario (`measure_overrides.fields`) get the same field. The plan format is unchanged (the
 * fields are optional), and fingerprints leave such derived names out, so signatures still hold.
 */
const TABLES = ['park', 'consumers', 'scenarios', 'measures', 'targets'] as const;

const SQL = TABLES.map(
  (t) => `ALTER TABLE ${t} ADD COLUMN name_zh TEXT CHECK (name_zh IS NULL OR length(name_zh) BETWEEN 1 AND 200);
ALTER TABLE ${t} ADD COLUMN name_en TEXT CHECK (name_en IS NULL OR length(name_en) BETWEEN 1 AND 200);`,
).join('\n');

type Row = Record<string, unknown>;

function fillNames(db: Parameters<Migration['up']>[0]): void {
  for (const table of TABLES) {
    const rows = db.prepare(`SELECT rowid AS row, name FROM ${table}`).all() as Row[];
    const set = db.prepare(`UPDATE ${table} SET name_zh = @name_zh, name_en = @name_en WHERE rowid = @row`);
    for (const r of rows) {
      const names = namesFromPrimary(String(r.name));
      set.run({ row: r.row, name_zh: names.name_zh ?? null, name_en: names.name_en ?? null });
    }
  }
  const overrides = db.prepare('SELECT rowid AS row, fields FROM measure_overrides').all() as Row[];
  const setFields = db.prepare('UPDATE measure_overrides SET fields = ? WHERE rowid = ?');
  for (const o of overrides) {
    const fields = JSON.parse(String(o.fields)) as Row; // the column's CHECK guarantees a JSON object
    if (typeof fields.name !== 'string' || 'name_zh' in fields || 'name_en' in fields) continue;
    setFields.run(JSON.stringify({ ...fields, ...namesFromPrimary(fields.name) }), o.row);
  }
}

export const migration0007: Migration = {
  version: 7,
  name: 'language-names',
  up(db) {
    db.exec(SQL);
    fillNames(db);
  },
};
