import type { Migration } from './types.ts';
import { textsFromPrimary } from '../../../../core/text/names.ts';

/**
 * Schema v9: free text in two languages, like names in v7 (core/text/names.ts `localText`).
 * FROZEN once shipped.
 *
 * The park's and each scenario's `description` get `description_zh` and `description_en`, and
 * each target's `source` gets `source_zh` and `source_en` (NULL = not written in that
 * language; the primary text stays). A stored text that is Chinese followed by its English
 * rendering (the old "中文。 English" style) is split into both (`textsFromPrimary`); a text in
 * one language stays as it is, since reports read the primary text as its own language's. The
 * plan format is unchanged (the fields are optional), and the fingerprint leaves out language
 * texts that only repeat the split of their primary text (core/model/language-names.ts), so
 * signatures on a migrated file still hold.
 */
const COLUMNS: readonly [table: string, column: string][] = [
  ['park', 'description'],
  ['scenarios', 'description'],
  ['targets', 'source'],
];

const SQL = COLUMNS.map(
  ([t, c]) => `ALTER TABLE ${t} ADD COLUMN ${c}_zh TEXT CHECK (${c}_zh IS NULL OR length(${c}_zh) <= 20000);
ALTER TABLE ${t} ADD COLUMN ${c}_en TEXT CHECK (${c}_en IS NULL OR length(${c}_en) <= 20000);`,
).join('\n');

type Row = Record<string, unknown>;

export const migration0009: Migration = {
  version: 9,
  name: 'language-texts',
  up(db) {
    db.exec(SQL);
    for (const [table, column] of COLUMNS) {
      const rows = db.prepare(`SELECT rowid AS row, ${column} AS text FROM ${table}`).all() as Row[];
      const set = db.prepare(`UPDATE ${table} SET ${column}_zh = @zh, ${column}_en = @en WHERE rowid = @row`);
      for (const r of rows) {
        const texts = textsFromPrimary(String(r.text));
        if (texts.zh !== undefined && texts.en !== undefined) set.run({ row: r.row, zh: texts.zh, en: texts.en });
      }
    }
  },
};
