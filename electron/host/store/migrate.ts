import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Db, SchemaRow } from './connection.ts';
import { readHeaderValues, readSchemaRows, writeHeaderValues } from './connection.ts';
import { APPLICATION_ID } from './constants.ts';
import { MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migrations/index.ts';

/**
 * Runs the migrations after `from` up to the last one, in ONE transaction, recording each in
 * the `migrations` table and moving `user_version` along. If `backupPath` is given and the
 * database is not empty, the file is copied there first, so a failed or regretted migration
 * can be looked into. Nothing is half-applied: an error rolls everything back.
 */
export function runMigrations(
  db: Db,
  options: { file?: string; backupPath?: string; now?: () => Date; migrations?: readonly Migration[] } = {},
): { from: number; to: number } {
  const migrations = options.migrations ?? MIGRATIONS;
  checkSequence(migrations);
  const from = readHeaderValues(db).userVersion;
  const pending = migrations.filter((m) => m.version > from);
  const to = pending.length > 0 ? pending[pending.length - 1]!.version : from;
  if (pending.length === 0) return { from, to };

  if (from > 0 && options.backupPath !== undefined && options.file !== undefined) {
    // Every write is committed (transactions are synchronous), so the file is consistent now.
    fs.copyFileSync(options.file, options.backupPath, fs.constants.COPYFILE_EXCL);
  }
  const appliedAt = (options.now ?? (() => new Date()))().toISOString();
  const record = (m: Migration) =>
    db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, appliedAt);

  db.transaction(() => {
    if (from === 0) writeHeaderValues(db, { applicationId: APPLICATION_ID });
    for (const m of pending) {
      m.up(db);
      record(m);
      writeHeaderValues(db, { userVersion: m.version });
    }
  })();
  return { from, to };
}

function checkSequence(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}

const expectedCache = new Map<number, SchemaRow[]>();

/**
 * The exact schema a file of `version` must have: replay the migrations up to it on an empty
 * in-memory database. Files are only ever produced by the same replay, so the SQL text
 * matches byte for byte.
 */
export function expectedSchema(version: number, migrations: readonly Migration[] = MIGRATIONS): SchemaRow[] {
  const cacheable = migrations === MIGRATIONS;
  const cached = cacheable ? expectedCache.get(version) : undefined;
  if (cached) return cached;
  const db = new Database(':memory:');
  try {
    runMigrations(db, { migrations: migrations.filter((m) => m.version <= version) });
    const rows = readSchemaRows(db);
    if (cacheable) expectedCache.set(version, rows);
    return rows;
  } finally {
    db.close();
  }
}
