import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';

/**
 * Connections and file-level SQL (pragmas, sqlite_schema, integrity checks, VACUUM INTO).
 * Plan tables are read and written only in plan-repository.ts and its *-rows.ts modules.
 */

export type { Db };

/**
 * Opens a database file with the hardening for untrusted content, before anything reads the
 * schema: `trusted_schema=OFF` keeps functions with side effects out of views, triggers and
 * CHECKs; `cell_size_check=ON` makes SQLite verify b-tree cells as it reads them instead of
 * trusting sizes from the file; `mmap_size=0` keeps a malformed file from being read through a
 * memory map, where a fault would kill the process instead of raising an error. better-sqlite3
 * also enables SQLITE_DBCONFIG_DEFENSIVE, which forbids writing the schema directly.
 */
export function openHardened(file: string, options: { readonly?: boolean } = {}): Db {
  const db = new Database(file, { fileMustExist: true, readonly: options.readonly ?? false });
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    db.pragma('mmap_size = 0');
    if (!options.readonly) {
      // Only private copies are opened for writing (users' files are written whole by VACUUM
      // INTO, so a project file stays one file). A rollback journal (no -wal), fsync on commit
      // so an edit that returned is on disk. PERSIST rather than DELETE: a commit zeroes the
      // journal's header instead of deleting the file, which saves creating and deleting a
      // file on every edit (about 1 ms of an edit's write under load, bench:renderer) with the
      // same durability; a crash mid-commit still leaves a hot journal that the next open rolls back.
      db.pragma('journal_mode = PERSIST');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

/** Opens a brand-new empty database file (it must not exist yet), journalled as openHardened does. */
export function createEmpty(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = PERSIST');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  return db;
}

export function readHeaderValues(db: Db): { applicationId: number; userVersion: number } {
  return {
    applicationId: db.pragma('application_id', { simple: true }) as number,
    userVersion: db.pragma('user_version', { simple: true }) as number,
  };
}

/** Header values are written by the migration runner inside its transaction. */
export function writeHeaderValues(db: Db, values: { applicationId?: number; userVersion?: number }): void {
  // Pragmas take no bound parameters; the values are integers we produce, never user text.
  if (values.applicationId !== undefined) db.pragma(`application_id = ${Math.trunc(values.applicationId)}`);
  if (values.userVersion !== undefined) db.pragma(`user_version = ${Math.trunc(values.userVersion)}`);
}

export interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** The schema as stored, in a stable order; rootpage is left out (it depends on history). */
export function readSchemaRows(db: Db): SchemaRow[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name').all() as SchemaRow[];
}

/** Problems reported by `PRAGMA integrity_check` (empty when the file is sound). */
export function integrityProblems(db: Db, max = 20): string[] {
  const rows = db.pragma(`integrity_check(${Math.trunc(max)})`) as { integrity_check: string }[];
  const messages = rows.map((r) => r.integrity_check);
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

/** Rows whose foreign keys point nowhere, as "table rowid -> parent". */
export function foreignKeyProblems(db: Db): string[] {
  const rows = db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
  return rows.slice(0, 20).map((r) => `${r.table} row ${r.rowid ?? '?'} -> ${r.parent}`);
}

/**
 * Writes a compacted, consistent copy of the whole database to `target` (which must not
 * exist). The copy keeps application_id and user_version. It is not fsynced here.
 */
export function vacuumInto(db: Db, target: string): void {
  db.prepare('VACUUM INTO ?').run(target);
}

/**
 * A working copy whose process died mid-transaction has a hot journal beside it. Any read
 * rolls it back; do that before the header check, which reads the raw bytes. Errors are left
 * for the full check that follows to report properly.
 */
export function settleHotJournal(file: string): void {
  let db: Db | null = null;
  try {
    db = openHardened(file);
    db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
  } catch {
    // reported by the check that follows
  } finally {
    db?.close();
  }
}
