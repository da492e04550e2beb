import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/host/store/migrations/index.ts';
import { runMigrations } from '../../../electron/host/store/migrate.ts';
import { buildProjectDb } from '../../../electron/host/store/plan-file.ts';
import { ProjectStore } from '../../../electron/host/store/index.ts';
import { SCHEMA_VERSION } from '../../../electron/host/store/constants.ts';
import { parsePlan } from '../../../core/model/plan.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { planFingerprint } from '../../../core/fingerprint/index.ts';
import { localName } from '../../../core/text/names.ts';
import { smallPlan } from './fixtures/plans.ts';
import { sha256, tempDir } from './helpers.ts';

/** A project file as ParkZero wrote it at schema v6: one name per entity, no language columns. */
function writeV6File(file: string, plan: Plan): void {
  const scratch = path.join(path.dirname(file), 'current.db');
  buildProjectDb(scratch, plan).close();
  const db = new Database(file);
  runMigrations(db, { migrations: MIGRATIONS.filter((m) => m.version <= 6), now: () => new Date('2026-01-01T00:00:00Z') });
  db.prepare('ATTACH DATABASE ? AS cur').run(scratch);
  db.transaction(() => {
    db.exec("DELETE FROM main.meta WHERE key <> 'application'");
    const tables = db
      .prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT IN ('migrations', 'sqlite_sequence')")
      .pluck()
      .all() as string[];
    for (const t of tables) {
      const cols = (db.prepare("SELECT name FROM pragma_table_info(?, 'main')").pluck().all(t) as string[]).join(', ');
      db.exec(`INSERT OR REPLACE INTO main.${t} (${cols}) SELECT ${cols} FROM cur.${t}`);
    }
  })();
  db.exec('DETACH DATABASE cur');
  db.close();
  fs.rmSync(scratch);
}

/** The small plan with some names in Chinese, an override renaming an inherited measure, and no language fields. */
function oneNamePlan(): Plan {
  const input = smallPlan() as Record<string, unknown> & { scenarios: { measure_overrides?: { set?: object }[] }[] };
  const raw = JSON.parse(JSON.stringify(input)) as {
    park: { name: string };
    consumers: { name: string }[];
    scenarios: { name: string; measures: { name: string }[]; measure_overrides: { set?: Record<string, unknown> }[] }[];
    targets: { name: string }[];
  };
  raw.park.name = '遂宁绿园工业园';
  raw.consumers[1]!.name = '锅炉房';
  raw.scenarios[1]!.name = '近零碳园区';
  raw.scenarios[1]!.measure_overrides[0]!.set = { 'params.capacity_kw': 35000, name: '屋顶光伏（扩容）' };
  raw.targets[0]!.name = '煤炭消费总量控制';
  const parsed = parsePlan(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  // As stored before v7: the rows have no language names at all.
  return JSON.parse(JSON.stringify(parsed.plan), (k: string, v: unknown) =>
    k === 'name_zh' || k === 'name_en' ? undefined : v,
  ) as Plan;
}

describe('migration 0007 (names in two languages)', () => {
  it('puts each stored name into the language it is written in, keeps the fingerprint, and never touches the file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'v6.parkzero');
    const stored = oneNamePlan();
    writeV6File(file, stored);
    expect(new Database(file, { readonly: true }).pragma('user_version', { simple: true })).toBe(6);
    const before = sha256(file);

    const store = new ProjectStore({ workDir: path.join(dir, 'working'), now: () => new Date('2026-03-01T10:00:00Z') });
    try {
      const project = store.open(file, { mode: 'edit' });
      expect(project.migratedFrom).toBe(6);
      expect(project.schemaVersion).toBe(SCHEMA_VERSION);
      const plan = project.plan();
      expect(plan.park).toMatchObject({ name: '遂宁绿园工业园', name_zh: '遂宁绿园工业园' });
      expect(plan.park.name_en).toBeUndefined();
      expect(plan.consumers.map((c) => [c.name_zh, c.name_en])).toEqual([
        [undefined, 'Cell plant'],
        ['锅炉房', undefined],
      ]);
      expect(plan.scenarios.map((s) => [s.name_zh, s.name_en])).toEqual([
        [undefined, 'Baseline'],
        ['近零碳园区', undefined],
      ]);
      expect(plan.scenarios[0]!.measures.map((m) => m.name_en)).toEqual(['Rooftop PV', 'Boiler fuel switch']);
      expect(plan.scenarios[1]!.measure_overrides[0]!.set).toEqual({
        'params.capacity_kw': 35000,
        name: '屋顶光伏（扩容）',
        name_zh: '屋顶光伏（扩容）',
      });
      expect(plan.targets.map((t) => localName(t, 'zh'))).toEqual([
        { text: '煤炭消费总量控制', fallback: false },
        { text: 'Peak by 2028', fallback: true },
      ]);
      // The same plan as before the migration: derived names are not content.
      expect(planFingerprint(plan)).toBe(planFingerprint(stored));
      expect(sha256(file)).toBe(before);

      // A name written in the other language is saved and read back.
      project.edit([{ op: 'add', path: ['park', 'name_en'], value: 'Suining Lüyuan Industrial Park' }], 'English park name', 0);
      project.save();
      project.close();
      const again = store.open(file, { mode: 'review' });
      expect(again.plan().park).toMatchObject({ name_zh: '遂宁绿园工业园', name_en: 'Suining Lüyuan Industrial Park' });
      expect(planFingerprint(again.plan())).not.toBe(planFingerprint(stored));
      again.close();
    } finally {
      store.closeAll();
    }
  });

  it('refuses an empty or over-long language name in the file (CHECK)', () => {
    const db = new Database(':memory:');
    runMigrations(db);
    const scenario = (nameZh: string | null) =>
      db
        .prepare("INSERT INTO scenarios (id, position, name, name_zh, parent_id, description) VALUES ('s', 0, 'S', ?, NULL, '')")
        .run(nameZh);
    expect(() => scenario('')).toThrow(/CHECK/);
    expect(() => scenario('长'.repeat(201))).toThrow(/CHECK/);
    expect(() => scenario('基准情景')).not.toThrow();
    db.close();
  });
});
