import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ProjectStore, inspectProjectFile, writePlanFile, SCHEMA_VERSION } from '../../../electron/host/store/index.ts';
import type { ErrorCode } from '../../../core/api/result.ts';
import { largePlan, smallPlan } from './fixtures/plans.ts';
import { catchError, sha256, tempDir } from './helpers.ts';

/**
 * Every way a received file can be wrong is rejected with its own code and a one-line message
 * naming the file; the file stays byte-identical and no working copy or lock is left behind.
 */
const root = tempDir('pz-hostile-');
const workDir = path.join(root, 'working');
const store = new ProjectStore({ workDir });
afterAll(() => store.closeAll());

let n = 0;
function validFile(plan: unknown = smallPlan()): string {
  const file = path.join(root, `case-${++n}.parkzero`);
  writePlanFile(file, plan, { overwrite: false });
  return file;
}
function tamper(file: string, fn: (db: Database.Database) => void): void {
  const db = new Database(file);
  fn(db);
  db.close();
}

function expectRejected(file: string, code: ErrorCode, messagePart?: RegExp): void {
  const before = sha256(file);
  for (const attempt of [
    () => store.open(file, { mode: 'edit' }),
    () => store.open(file, { mode: 'review' }),
    () => inspectProjectFile(file),
  ]) {
    const e = catchError(attempt);
    expect(e.code, e.message).toBe(code);
    expect(e.message).toContain(JSON.stringify(file));
    expect(e.message).not.toContain('\n');
    if (messagePart) expect(e.message).toMatch(messagePart);
  }
  expect(sha256(file)).toBe(before);
  expect(fs.readdirSync(workDir)).toEqual([]);
  expect(fs.existsSync(path.join(path.dirname(file), `.~${path.basename(file)}.lock`))).toBe(false);
}

describe('hostile and damaged files', () => {
  it('0-byte file -> FILE_EMPTY', () => {
    const file = path.join(root, 'empty.parkzero');
    fs.writeFileSync(file, '');
    expectRejected(file, 'FILE_EMPTY');
  });

  it('not SQLite (a JSON plan renamed) -> FILE_NOT_SQLITE', () => {
    const file = path.join(root, 'json.parkzero');
    fs.writeFileSync(file, JSON.stringify(smallPlan()));
    expectRejected(file, 'FILE_NOT_SQLITE');
    const tiny = path.join(root, 'tiny.parkzero');
    fs.writeFileSync(tiny, 'SQLite');
    expectRejected(tiny, 'FILE_NOT_SQLITE');
  });

  it('truncated (half the pages, or less than the header) -> FILE_TRUNCATED', () => {
    const file = validFile(largePlan(300));
    const size = fs.statSync(file).size;
    fs.truncateSync(file, Math.floor(size / 2));
    expectRejected(file, 'FILE_TRUNCATED', /header says \d+ bytes/);
    const short = path.join(root, 'short.parkzero');
    fs.writeFileSync(short, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(20)]));
    expectRejected(short, 'FILE_TRUNCATED');
  });

  it("another application's SQLite database -> FILE_WRONG_APPLICATION", () => {
    const file = path.join(root, 'other.parkzero');
    const db = new Database(file);
    db.exec('CREATE TABLE notes (body TEXT)');
    db.close();
    expectRejected(file, 'FILE_WRONG_APPLICATION', /not a ParkZero project/);
  });

  it('a newer schema version -> FILE_FROM_NEWER_VERSION naming both versions', () => {
    const file = validFile();
    tamper(file, (db) => db.pragma(`user_version = ${SCHEMA_VERSION + 4}`));
    expectRejected(file, 'FILE_FROM_NEWER_VERSION', new RegExp(`version ${SCHEMA_VERSION + 4}.*up to ${SCHEMA_VERSION}`));
  });

  it('a table replaced by a view -> FILE_SCHEMA_MISMATCH', () => {
    const file = validFile();
    tamper(file, (db) => db.exec("DROP TABLE comments; CREATE VIEW comments AS SELECT 'c9' AS id"));
    expectRejected(file, 'FILE_SCHEMA_MISMATCH', /table "comments" is missing/);
  });

  it('a loosened CHECK constraint -> FILE_SCHEMA_MISMATCH', () => {
    const file = validFile();
    tamper(file, (db) => {
      const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'factor_overrides'").pluck().get() as string;
      db.exec(`DROP TABLE factor_overrides; ${sql.replace('CHECK (value BETWEEN -1e9 AND 1e9)', '')}`);
    });
    expectRejected(file, 'FILE_SCHEMA_MISMATCH', /table "factor_overrides" differs/);
  });

  it('an extra trigger -> FILE_UNEXPECTED_OBJECT', () => {
    const file = validFile();
    tamper(file, (db) => db.exec('CREATE TRIGGER sneaky AFTER INSERT ON change_log BEGIN DELETE FROM consumers; END'));
    expectRejected(file, 'FILE_UNEXPECTED_OBJECT', /trigger "sneaky"/);
  });

  it('an extra view or virtual table -> FILE_UNEXPECTED_OBJECT', () => {
    const view = validFile();
    tamper(view, (db) => db.exec('CREATE VIEW everything AS SELECT * FROM consumers'));
    expectRejected(view, 'FILE_UNEXPECTED_OBJECT', /view "everything"/);
    const virtual = validFile();
    tamper(virtual, (db) => db.exec('CREATE VIRTUAL TABLE search USING fts5(body)'));
    expectRejected(virtual, 'FILE_UNEXPECTED_OBJECT', /virtual table "search"/);
  });

  it('a corrupted b-tree page -> FILE_CORRUPT', () => {
    const file = validFile(largePlan(300));
    let rootPage = 0;
    let pageSize = 0;
    tamper(file, (db) => {
      rootPage = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'consumers'").pluck().get() as number;
      pageSize = db.pragma('page_size', { simple: true }) as number;
    });
    expect(rootPage).toBeGreaterThan(1);
    // Overwrite the page's cell pointer array and cell area with junk.
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(200, 0xa5), 0, 200, (rootPage - 1) * pageSize + 8);
    fs.closeSync(fd);
    expectRejected(file, 'FILE_CORRUPT', /damaged/);
  });

  it('rows pointing at nothing -> FILE_CORRUPT', () => {
    const file = validFile();
    tamper(file, (db) => {
      db.pragma('foreign_keys = OFF');
      db.exec("UPDATE measures SET scenario_id = 'ghost' WHERE id = 'trees'");
    });
    expectRejected(file, 'FILE_CORRUPT', /broken references/);
  });

  it('valid tables holding an invalid plan -> PLAN_INVALID with paths', () => {
    const file = validFile();
    tamper(file, (db) => db.exec("UPDATE scenarios SET parent_id = 'ambitious' WHERE id = 'baseline'"));
    expectRejected(file, 'PLAN_INVALID', /scenarios\[\d\]\.parent_id/);
    const e = catchError(() => inspectProjectFile(file));
    expect(e.details?.map((d) => d.path)).toContain('scenarios[0].parent_id');

    const noPark = validFile();
    tamper(noPark, (db) => db.exec('DELETE FROM park'));
    expectRejected(noPark, 'PLAN_INVALID', /park/);
  });

  it('a file that does not exist -> NOT_FOUND', () => {
    const e = catchError(() => store.open(path.join(root, 'missing.parkzero'), { mode: 'edit' }));
    expect(e.code).toBe('NOT_FOUND');
    expect(fs.readdirSync(workDir)).toEqual([]);
  });
});
