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
import { buildProjectDb } from '../../../electron/host/store/plan-file.ts';
import { ProjectStore } from '../../../electron/host/store/index.ts';
import { parsePlan } from '../../../core/model/plan.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { planFingerprint } from '../../../core/fingerprint/index.ts';
import { smallPlan } from './fixtures/plans.ts';
import { runPlan } from '../../../core/engine/index.ts';

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

  it('replayed up to each older version still give the snapshot of that version (shipped files are compared against it)', async () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) {
      const db = new Database(':memory:');
      runMigrations(db, { migrations: MIGRATIONS.filter((m) => m.version <= v) });
      await expect(schemaText(db)).toMatchFileSnapshot(`./__snapshots__/schema-v${v}.sql`);
      db.close();
    }
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

describe('schema constraints', () => {
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
      db
        .prepare(
          `INSERT INTO park (id, name, province, city, grid_region, base_year, horizon_year, currency, discount_rate, illustrative, description)
           VALUES (1, 'P', 'S', 'C', 'east', ?, ?, 'CNY', 0.05, 0, '')`,
        )
        .run(base, horizon);
    expect(() => park(1989, 2060)).toThrow(/CHECK/);
    expect(() => park(2030, 2020)).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO change_log (at, label, patches) VALUES ('2025-01-01T00:00:00Z', 'x', 'not json')").run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});

const V1_TABLES = [
  'meta',
  'park',
  'consumers',
  'scenarios',
  'scenario_settings',
  'measures',
  'measure_overrides',
  'targets',
  'factor_overrides',
  'comments',
  'change_log',
];

/**
 * A project file as a schema-v1 (or v2) ParkZero wrote it: the schema from the migrations up to
 * that version, the rows copied from a current database holding the same plan (the v1 tables
 * are unchanged but for the unit cost columns of v3). `planFormat` 1 marks the rows as plan
 * format 1: lump sums in `capex_cny`, as such a ParkZero stored them.
 */
function writeV1File(file: string, plan: Plan, version = 1, planFormat = 2): void {
  const scratch = path.join(path.dirname(file), 'current.db');
  buildProjectDb(scratch, plan).close();
  const db = new Database(file);
  runMigrations(db, {
    migrations: MIGRATIONS.filter((m) => m.version <= version),
    now: () => new Date('2024-06-01T00:00:00Z'),
  });
  db.prepare('ATTACH DATABASE ? AS cur').run(scratch);
  db.transaction(() => {
    // Only the columns the old version had (later versions added unit costs and language names).
    for (const t of V1_TABLES) {
      const cols = (db.prepare("SELECT name FROM pragma_table_info(?, 'main')").pluck().all(t) as string[]).join(', ');
      db.exec(`INSERT INTO main.${t} (${cols}) SELECT ${cols} FROM cur.${t}`);
    }
    if (version >= 2) db.exec('INSERT INTO main.hourly_series SELECT * FROM cur.hourly_series');
    db.prepare("UPDATE main.meta SET value = ? WHERE key = 'plan_format_version'").run(String(planFormat));
  })();
  db.exec('DETACH DATABASE cur');
  db.close();
  fs.rmSync(scratch);
}

const SERIES_VALUES = Array.from({ length: 8760 }, (_, h) => (h % 24 < 6 ? 2 : 1));

describe('a schema v1 file', () => {
  const parsed = (input: unknown): Plan => {
    const r = parsePlan(input);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.plan;
  };

  it('opens (migrated on the private copy only), keeps its plan and fingerprint, and round-trips a series', () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.parkzero');
    const plan = parsed(smallPlan());
    writeV1File(file, plan);
    expect(new Database(file, { readonly: true }).pragma('user_version', { simple: true })).toBe(1);
    const before = sha256(file);

    let t = Date.parse('2025-03-01T10:00:00Z');
    const store = new ProjectStore({ workDir: path.join(dir, 'working'), now: () => new Date((t += 1000)) });
    try {
      const project = store.open(file, { mode: 'edit' });
      expect(project.migratedFrom).toBe(1);
      expect(project.schemaVersion).toBe(SCHEMA_VERSION);
      expect(project.plan()).toEqual(plan);
      expect(project.plan().hourly_series).toEqual([]);
      expect(planFingerprint(project.plan())).toBe(planFingerprint(plan));
      expect(sha256(file)).toBe(before); // opening never touches the user's file

      const series = {
        id: 'night-load',
        name: 'Metered 2023',
        kind: 'load' as const,
        target: { consumer_id: 'cell-plant' },
        source: { file_name: 'load.csv', imported_at: '2025-03-01T10:00:00.000Z' },
        values: SERIES_VALUES,
      };
      project.edit([{ op: 'add', path: ['hourly_series', 0], value: series }], 'Import load.csv', 0);
      project.save();
      expect(sha256(file)).not.toBe(before);
      project.close();

      const again = store.open(file, { mode: 'review' });
      expect(again.migratedFrom).toBeNull();
      expect(again.plan().hourly_series).toEqual([series]);
      expect(planFingerprint(again.plan())).not.toBe(planFingerprint(plan));
      again.close();
      expect(new Database(file, { readonly: true }).pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    } finally {
      store.closeAll();
    }
  });
});

describe('a schema v2 file in plan format 1 (lump sums)', () => {
  it('opens migrated to unit costs, with every year of the sample costs as before, and saves as format 2', () => {
    const dir = tempDir();
    const file = path.join(dir, 'sample-v2.parkzero');
    const v1 = JSON.parse(
      fs.readFileSync(path.join(import.meta.dirname, '../../core/costs/fixtures/sample-park.v1.plan.json'), 'utf8'),
    ) as Record<string, unknown>;
    // The rows format 1 stored: lump sums in capex_cny, no unit costs.
    const asStored = parsePlan({ ...v1, format_version: 2 });
    if (!asStored.ok) throw new Error(JSON.stringify(asStored.issues));
    writeV1File(file, asStored.plan, 2, 1);
    const upgraded = parsePlan(v1);
    if (!upgraded.ok) throw new Error(JSON.stringify(upgraded.issues));

    const store = new ProjectStore({ workDir: path.join(dir, 'working'), now: () => new Date('2025-03-01T10:00:00Z') });
    try {
      const project = store.open(file, { mode: 'edit' });
      expect(project.migratedFrom).toBe(2);
      expect(project.plan()).toEqual(upgraded.plan);
      const before = runPlan(upgraded.plan, { mac: false });
      const after = runPlan(project.plan(), { mac: false });
      expect(after.scenarios.map((s) => s.years.map((y) => y.costs))).toEqual(
        before.scenarios.map((s) => s.years.map((y) => y.costs)),
      );
      const override = { key: 'cost.pv_ground.capex_cny_per_unit.2030', value: 2500, source: 'EPC quote', note: '' };
      project.edit([{ op: 'add', path: ['cost_overrides', 0], value: override }], 'Cost override', 0);
      project.save();
      project.close();
      const again = store.open(file, { mode: 'review' });
      expect(again.plan().cost_overrides).toEqual([override]);
      expect(again.plan().format_version).toBe(2);
      again.close();
    } finally {
      store.closeAll();
    }
  });
});

describe('schema v2 hourly_series constraints', () => {
  it('reject unknown kinds, wrong targets and data of the wrong shape', () => {
    const db = new Database(':memory:');
    runMigrations(db);
    db.exec(
      "INSERT INTO consumers (id, position, name, sector, load_profile, output_value_10k_cny, value_added_10k_cny, coal_t, coke_t, natural_gas_10k_nm3, diesel_t, gasoline_t, fuel_oil_t, lpg_t, electricity_mwh, heat_gj, hydrogen_t, process_emissions_tco2, output_growth_rate, efficiency_gain_rate, roof_area_m2, waste_heat_available_gj, process_heat_share, notes) VALUES ('c', 0, 'n', 'metals', 'office', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')",
    );
    const insert = (over: Record<string, unknown>) => {
      const row = {
        id: 's',
        position: 0,
        kind: 'load',
        consumer_id: 'c',
        measure_id: null,
        name: 'n',
        file_name: 'load.csv',
        imported_at: '2025-01-01T00:00:00Z',
        data: JSON.stringify(SERIES_VALUES),
        ...over,
      };
      const cols = Object.keys(row);
      db.prepare(`INSERT INTO hourly_series (${cols.join(',')}) VALUES (${cols.map((c) => '@' + c).join(',')})`).run(row);
      db.exec('DELETE FROM hourly_series');
    };
    expect(() => insert({})).not.toThrow();
    expect(() => insert({ kind: 'tide' })).toThrow(/CHECK/);
    expect(() => insert({ data: JSON.stringify(SERIES_VALUES.slice(1)) })).toThrow(/CHECK/);
    expect(() => insert({ data: 'not json' })).toThrow(/CHECK/);
    expect(() => insert({ kind: 'pv' })).toThrow(/CHECK/); // a PV series needs a measure, not a consumer
    expect(() => insert({ kind: 'weather', consumer_id: null, data: JSON.stringify({ ghi_w_per_m2: [] }) })).toThrow(/CHECK/);
    expect(() => insert({ imported_at: 'yesterday' })).toThrow(/CHECK/);
    db.close();
  });
});
