import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/host/store/migrations/index.ts';
import type { Migration } from '../../../electron/host/store/migrations/index.ts';
import { expectedSchema, runMigrations } from '../../../electron/host/store/migrate.ts';
import { APPLICATION_ID, SCHEMA_VERSION } from '../../../electron/host/store/constants.ts';
import { SECTORS, LOAD_PROFILES, GRID_REGIONS } from '../../../core/model/park.ts';
import { MEASURE_KINDS } from '../../../core/model/measures.ts';
import { TARGET_INDICATORS } from '../../../core/model/targets.ts';
import { COMMENT_ANCHORS } from '../../../core/model/plan.ts';
import { ENERGY_KEYS } from '../../../core/model/carriers.ts';
import { sha256, tempDir } from './helpers.ts';

function schemaText(db: Database.Database): string {
  const rows = db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY type, name').all() as {
    type: string;
    name: string;
    sql: string | null;
  }[];
  return rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql ?? '(automatic)'};\n`).join('\n');
}

describe('migrations', () => {
  it('are numbered 1..n without gaps and SCHEMA_VERSION is the last', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    for (const m of MIGRATIONS)
      expect(
        fs.existsSync(
          path.join(
            import.meta.dirname,
            '../../../electron/host/store/migrations',
            `${String(m.version).padStart(4, '0')}-${m.name}.ts`,
          ),
        ),
      ).toBe(true);
  });

  it('replayed from empty give exactly the snapshotted schema (any schema change fails here)', async () => {
    const db = new Database(':memory:');
    const result = runMigrations(db);
    expect(result).toEqual({ from: 0, to: SCHEMA_VERSION });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT version, name FROM migrations ORDER BY version').all()).toEqual(
      MIGRATIONS.map((m) => ({ version: m.version, name: m.name })),
    );
    await expect(schemaText(db)).toMatchFileSnapshot(`./__snapshots__/schema-v${SCHEMA_VERSION}.sql`);
    // Every table is STRICT.
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as {
      name: string;
      sql: string;
    }[];
    for (const t of tables) expect(t.sql, t.name).toMatch(/\) STRICT$/);
    db.close();
  });

  it('produce the same schema every time (the schema check relies on byte-identical SQL)', () => {
    const a = new Database(':memory:');
    const b = new Database(':memory:');
    runMigrations(a);
    runMigrations(b);
    expect(schemaText(a)).toBe(schemaText(b));
    expect(expectedSchema(SCHEMA_VERSION).length).toBeGreaterThan(10);
  });

  it('run in one transaction after a backup, and roll back completely on failure', () => {
    const dir = tempDir();
    const file = path.join(dir, 'v1.db');
    const db = new Database(file);
    runMigrations(db);
    db.close();
    const v1Hash = sha256(file);

    const failing: Migration = {
      version: SCHEMA_VERSION + 1,
      name: 'broken',
      up(d) {
        d.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('boom');
      },
    };
    const db2 = new Database(file);
    expect(() =>
      runMigrations(db2, { file, backupPath: path.join(dir, 'backup-1.db'), migrations: [...MIGRATIONS, failing] }),
    ).toThrow('boom');
    expect(db2.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db2.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    expect(sha256(path.join(dir, 'backup-1.db'))).toBe(v1Hash);

    const adding: Migration = {
      version: SCHEMA_VERSION + 1,
      name: 'add_column',
      up(d) {
        d.exec("ALTER TABLE park ADD COLUMN website TEXT NOT NULL DEFAULT ''");
      },
    };
    const r = runMigrations(db2, { file, backupPath: path.join(dir, 'backup-2.db'), migrations: [...MIGRATIONS, adding] });
    expect(r).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION + 1 });
    expect(db2.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    expect((db2.prepare('SELECT name FROM migrations ORDER BY version').pluck().all() as string[]).at(-1)).toBe('add_column');
    expect(sha256(path.join(dir, 'backup-2.db'))).toBe(v1Hash);
    db2.close();
  });
});

describe('schema v1 constraints', () => {
  const sql = expectedSchema(SCHEMA_VERSION)
    .map((r) => r.sql ?? '')
    .join('\n');

  it('lists every value core/model allows (a new enum value needs a migration)', () => {
    for (const v of [...SECTORS, ...LOAD_PROFILES, ...GRID_REGIONS, ...MEASURE_KINDS, ...TARGET_INDICATORS, ...COMMENT_ANCHORS])
      expect(sql).toContain(`'${v}'`);
    for (const key of ENERGY_KEYS) expect(sql).toContain(`${key} REAL NOT NULL CHECK (${key} >= 0)`);
  });

  it('rejects rows that break units and ranges', () => {
    const db = new Database(':memory:');
    runMigrations(db);
    const consumer = (over: Record<string, unknown>) => {
      const row: Record<string, unknown> = {
        id: 'c',
        position: 0,
        name: 'n',
        sector: 'metals',
        load_profile: 'office',
        output_value_10k_cny: 1,
        value_added_10k_cny: 1,
        process_emissions_tco2: 0,
        output_growth_rate: 0,
        efficiency_gain_rate: 0,
        roof_area_m2: 0,
        waste_heat_available_gj: 0,
        process_heat_share: 0.5,
        notes: '',
        ...Object.fromEntries(ENERGY_KEYS.map((k) => [k, 0])),
        ...over,
      };
      const cols = Object.keys(row);
      db.prepare(`INSERT INTO consumers (${cols.join(',')}) VALUES (${cols.map((c) => '@' + c).join(',')})`).run(row);
      db.exec('DELETE FROM consumers');
    };
    expect(() => consumer({})).not.toThrow();
    expect(() => consumer({ coal_t: -1 })).toThrow(/CHECK/);
    expect(() => consumer({ process_heat_share: 1.5 })).toThrow(/CHECK/);
    expect(() => consumer({ sector: 'mining' })).toThrow(/CHECK/);
    expect(() => consumer({ coal_t: 'lots' })).toThrow(/cannot store TEXT value in REAL column/);
    const park = (base: number, horizon: number) =>
      db.prepare("INSERT INTO park VALUES (1, 'P', 'S', 'C', 'east', ?, ?, 'CNY', 0.05, 0, '')").run(base, horizon);
    expect(() => park(1989, 2060)).toThrow(/CHECK/);
    expect(() => park(2030, 2020)).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO change_log (at, label, patches) VALUES ('2025-01-01T00:00:00Z', 'x', 'not json')").run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});
