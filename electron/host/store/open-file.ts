import fs from 'node:fs';
import { ParkZeroError } from '../../../core/api/result.ts';
import { parsePlan } from '../../../core/model/plan.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { checkSqliteHeader } from './header.ts';
import { foreignKeyProblems, integrityProblems, openHardened, readHeaderValues, readSchemaRows } from './connection.ts';
import type { Db } from './connection.ts';
import { APPLICATION_ID, SCHEMA_VERSION } from './constants.ts';
import { expectedSchema, runMigrations } from './migrate.ts';
import { compareSchema } from './schema-check.ts';
import { PlanRepository } from './plan-repository.ts';
import { errnoCode, fileError, firstLine, ioError } from './file-error.ts';
import { fileNameOf, folderOf, reason } from '../../../core/text/error-reasons.ts';

/**
 * The open pipeline for a file we did not write ourselves: every step that can reject the
 * file runs on a private copy, so the user's file is never opened by SQLite, never migrated,
 * and stays byte-identical whatever happens. Each rejection is a ParkZeroError with its own
 * code and a one-line message naming the user's file.
 */

export interface LoadedProject {
  db: Db;
  repo: PlanRepository;
  plan: Plan;
  /** Schema version the file had before any migration. */
  fileVersion: number;
}

/** The largest project file ParkZero copies, in MB; PARKZERO_MAX_PROJECT_MB overrides it. */
export const DEFAULT_MAX_PROJECT_MB = 2048;

export function maxProjectBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.PARKZERO_MAX_PROJECT_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_PROJECT_MB) * 1024 * 1024;
}

/**
 * Copies `source` to `dest` (which must not exist). NOT_FOUND / IO_ERROR on failure.
 * Before copying (issue 14): the header is checked on the source, and only as many bytes as
 * the header says the database has are copied, so a sparse 100 GB file with a 40 kB database
 * costs 40 kB; a database over the configurable maximum is refused. A write-ahead log beside
 * the file holds changes that are not in it: refused with what to do, never silently ignored.
 */
export function copyToPrivate(source: string, dest: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(source);
  } catch (e) {
    if (errnoCode(e) === 'ENOENT')
      throw fileError(
        'NOT_FOUND',
        source,
        'no such file',
        reason('file_missing', { file: fileNameOf(source), folder: folderOf(source) }),
      );
    throw ioError(source, 'read', e);
  }
  if (!stat.isFile())
    throw fileError(
      'NOT_FOUND',
      source,
      'this is a folder or device, not a project file',
      reason('file_not_regular', { file: fileNameOf(source) }),
    );
  const wal = `${source}-wal`;
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0)
    throw fileError(
      'FILE_CORRUPT',
      source,
      `has unsaved changes in a write-ahead log beside it (${wal}); close the program that has it open so it folds them in, or delete that file to drop them`,
      reason('file_wal_pending', { file: fileNameOf(source), wal_file: fileNameOf(wal) }),
    );
  const header = checkSqliteHeader(source);
  const databaseBytes = header.pageCount === null ? header.fileSize : header.pageCount * header.pageSize;
  const limit = maxProjectBytes();
  if (databaseBytes > limit)
    throw fileError(
      'IO_ERROR',
      source,
      `the database is ${Math.ceil(databaseBytes / 1024 / 1024)} MB, more than the ${limit / 1024 / 1024} MB ParkZero opens (PARKZERO_MAX_PROJECT_MB)`,
      reason('file_too_large', { file: fileNameOf(source), size: databaseBytes, limit }),
    );
  try {
    if (databaseBytes >= header.fileSize) fs.copyFileSync(source, dest, fs.constants.COPYFILE_EXCL);
    else copyPrefix(source, dest, databaseBytes);
  } catch (e) {
    throw ioError(source, 'copy', e);
  }
}

/** Copies the first `bytes` bytes: the database the header describes, not what trails it. */
function copyPrefix(source: string, dest: string, bytes: number): void {
  const from = fs.openSync(source, 'r');
  try {
    const to = fs.openSync(dest, 'wx');
    try {
      const chunk = Buffer.alloc(1024 * 1024);
      for (let done = 0; done < bytes;) {
        const n = fs.readSync(from, chunk, 0, Math.min(chunk.length, bytes - done), done);
        if (n === 0) break;
        fs.writeSync(to, chunk, 0, n);
        done += n;
      }
    } finally {
      fs.closeSync(to);
    }
  } finally {
    fs.closeSync(from);
  }
}

/**
 * Checks and loads a private copy in place, migrating it to the current schema if it is
 * older (after a backup to `backupPath`). `label` is the user's path, used in messages.
 */
export function checkAndLoad(
  file: string,
  label: string,
  options: { backupPath?: string; now?: () => Date } = {},
): LoadedProject {
  const header = checkSqliteHeader(file, label);
  const name = fileNameOf(label);
  if (header.applicationId !== APPLICATION_ID)
    throw fileError(
      'FILE_WRONG_APPLICATION',
      label,
      `an SQLite database, but not a ParkZero project (application id 0x${(header.applicationId >>> 0).toString(16).padStart(8, '0')})`,
      reason('file_wrong_application', { file: name }),
    );
  if (header.userVersion > SCHEMA_VERSION)
    throw fileError(
      'FILE_FROM_NEWER_VERSION',
      label,
      `saved by a newer ParkZero (file schema version ${header.userVersion}; this version reads up to ${SCHEMA_VERSION}); update ParkZero to open it`,
      reason('file_from_newer_version', { file: name, file_version: header.userVersion, max_version: SCHEMA_VERSION }),
    );
  if (header.userVersion < 1)
    throw fileError(
      'FILE_SCHEMA_MISMATCH',
      label,
      `has no valid schema version (${header.userVersion})`,
      reason('file_no_version', { file: name }),
    );

  let db: Db | null = null;
  try {
    db = openHardened(file);
    // SQLite reads the same header bytes; a disagreement means we misread the file.
    const values = readHeaderValues(db);
    if (values.applicationId !== header.applicationId || values.userVersion !== header.userVersion)
      throw fileError(
        'FILE_CORRUPT',
        label,
        'the database header could not be read consistently',
        reason('file_header_damaged', { file: name }),
      );

    const verdict = compareSchema(readSchemaRows(db), expectedSchema(header.userVersion));
    if (!verdict.ok) {
      const list = summarise(verdict.problems);
      if (verdict.kind === 'unexpected')
        throw fileError(
          'FILE_UNEXPECTED_OBJECT',
          label,
          `contains objects a ParkZero project never has: ${list}`,
          reason('file_unexpected_object', { file: name }),
        );
      throw fileError(
        'FILE_SCHEMA_MISMATCH',
        label,
        `its tables differ from schema version ${header.userVersion}: ${list}`,
        reason('file_schema_mismatch', { file: name }),
      );
    }

    const damage = integrityProblems(db);
    const damaged = reason('file_damaged', { file: name });
    if (damage.length > 0)
      throw fileError('FILE_CORRUPT', label, `the file is damaged (integrity check: ${summarise(damage)})`, damaged);
    const dangling = foreignKeyProblems(db);
    if (dangling.length > 0)
      throw fileError('FILE_CORRUPT', label, `the file has broken references: ${summarise(dangling)}`, damaged);

    if (header.userVersion < SCHEMA_VERSION) {
      const migrationOptions: Parameters<typeof runMigrations>[1] = { file };
      if (options.backupPath !== undefined) migrationOptions.backupPath = options.backupPath;
      if (options.now !== undefined) migrationOptions.now = options.now;
      runMigrations(db, migrationOptions);
    }

    const repo = new PlanRepository(db);
    const parsed = parsePlan(repo.readPlan());
    if (!parsed.ok) {
      const first = parsed.issues[0]!;
      const more = parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more)` : '';
      throw fileError(
        'PLAN_INVALID',
        label,
        `the plan in the file is invalid: ${first.path}: ${first.message}${more}`,
        reason('file_plan_invalid', { file: name, issues: parsed.issues.length }),
        parsed.issues.slice(0, 100),
      );
    }
    return { db, repo, plan: parsed.plan, fileVersion: header.userVersion };
  } catch (e) {
    db?.close();
    throw asFileError(e, label);
  }
}

/** SQLite's own complaints about a damaged file become FILE_CORRUPT; everything else keeps its kind. */
function asFileError(e: unknown, label: string): ParkZeroError {
  if (e instanceof ParkZeroError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    const message = firstLine(e instanceof Error ? e.message : String(e));
    if (
      code.startsWith('SQLITE_CORRUPT') ||
      code === 'SQLITE_NOTADB' ||
      code.startsWith('SQLITE_ERROR') ||
      code.startsWith('SQLITE_CONSTRAINT')
    )
      return fileError(
        'FILE_CORRUPT',
        label,
        `the file is damaged (${message})`,
        reason('file_damaged', { file: fileNameOf(label) }),
      );
  }
  return ioError(label, 'read', e);
}

function summarise(items: readonly string[]): string {
  const shown = items.slice(0, 3).join('; ');
  return items.length > 3 ? `${shown}; and ${items.length - 3} more` : shown;
}
