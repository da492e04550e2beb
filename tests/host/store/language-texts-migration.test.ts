import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/host/store/migrations/index.ts';
import { runMigrations } from '../../../electron/host/store/migrate.ts';
import { buildProjectDb } from '../../../electron/host/store/plan-file.ts';
import { ProjectStore } from '../../../electron/host/store/index.ts';
import { parsePlan } from '../../../core/model/plan.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { planFingerprint } from '../../../core/fingerprint/index.ts';
import { localText, textsFromPrimary } from '../../../core/text/names.ts';
import { smallPlan } from './fixtures/plans.ts';
import { sha256, tempDir } from './helpers.ts';

/** A project file as ParkZero wrote it at schema v8: one description and one target source, no language columns. */
function writeV8File(file: string, plan: Plan): void {
  const scratch = path.join(path.dirname(file), 'current.db');
  buildProjectDb(scratch, plan).close();
  const db = new Database(file);
  runMigrations(db, { migrations: MIGRATIONS.filter((m) => m.version <= 8), now: () => new Date('2026-01-01T00:00:00Z') });
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

const MIXED = '示例园区，数据为虚构；接入西南电网。 An illustrative park on the Southwest grid; the data are made up.';

function oneTextPlan(): Plan {
  const raw = JSON.parse(JSON.stringify(smallPlan())) as Record<string, unknown> & {
    park: { description: string };
    scenarios: { description: string }[];
    targets: { source: string }[];
  };
  raw.park.description = MIXED;
  raw.scenarios[0]!.description = 'Output grows as planned.';
  raw.scenarios[1]!.description = '屋顶光伏与储能。';
  raw.targets[0]!.source = '示例园区规划 / Illustrative park plan: coal held at the 2025 level';
  const parsed = parsePlan(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.plan;
}

describe('migration 0009 (texts in two languages)', () => {
  it('splits a stored "中文 English" text into its two languages, leaves one-language texts alone, and keeps the fingerprint', () => {
    const dir = tempDir();
    const file = path.join(dir, 'v8.parkzero');
    const stored = oneTextPlan();
    writeV8File(file, stored);
    const before = sha256(file);
    const store = new ProjectStore({ workDir: path.join(dir, 'working'), now: () => new Date('2026-03-01T10:00:00Z') });
    try {
      const project = store.open(file, { mode: 'edit' });
      expect(project.migratedFrom).toBe(8);
      const plan = project.plan();
      expect(plan.park).toMatchObject({
        description: MIXED,
        description_zh: '示例园区，数据为虚构；接入西南电网。',
        description_en: 'An illustrative park on the Southwest grid; the data are made up.',
      });
      expect(plan.scenarios.map((s) => [s.description_zh, s.description_en])).toEqual([
        [undefined, undefined],
        [undefined, undefined],
      ]);
      expect(plan.targets[0]).toMatchObject({
        source_zh: '示例园区规划',
        source_en: 'Illustrative park plan: coal held at the 2025 level',
      });
      // A report reads each in its language; the one-language texts are their own language's, else a marked fallback.
      const s1 = plan.scenarios[1]!;
      expect(localText(s1.description, s1.description_zh, s1.description_en, 'zh')).toEqual({
        text: '屋顶光伏与储能。',
        fallback: false,
      });
      expect(localText(s1.description, s1.description_zh, s1.description_en, 'en')).toEqual({
        text: '屋顶光伏与储能。',
        fallback: true,
      });
      // The split repeats the primary text: not content, so signatures on the file still hold.
      expect(planFingerprint(plan)).toBe(planFingerprint(stored));
      expect(sha256(file)).toBe(before);

      // A translation someone writes is content, saved and read back.
      project.edit(
        [{ op: 'add', path: ['scenarios', 0, 'description_zh'], value: '企业按计划增长。' }],
        'Chinese description',
        0,
      );
      project.save();
      project.close();
      const again = store.open(file, { mode: 'review' });
      expect(again.plan().scenarios[0]).toMatchObject({
        description: 'Output grows as planned.',
        description_zh: '企业按计划增长。',
      });
      expect(planFingerprint(again.plan())).not.toBe(planFingerprint(stored));
      again.close();
    } finally {
      store.closeAll();
    }
  });

  it('splits only where an English rendering follows the Chinese text', () => {
    expect(textsFromPrimary('企业按计划增长，每年下降2%。 Output grows as planned, 2% a year.')).toEqual({
      zh: '企业按计划增长，每年下降2%。',
      en: 'Output grows as planned, 2% a year.',
    });
    expect(textsFromPrimary('按 GB/T 2589 折算。')).toEqual({ zh: '按 GB/T 2589 折算。' });
    expect(textsFromPrimary('Illustrative park plan')).toEqual({ en: 'Illustrative park plan' });
    expect(textsFromPrimary('')).toEqual({});
  });
});
