import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectStore, inspectProjectFile, writePlanFile, SCHEMA_VERSION } from '../../../electron/host/store/index.ts';
import { parsePlan } from '../../../core/model/plan.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { smallPlan } from './fixtures/plans.ts';
import { catchError, sha256, tempDir } from './helpers.ts';

const parsedSmall = (): Plan => {
  const r = parsePlan(smallPlan());
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
};

const stores: ProjectStore[] = [];
function newStore(workDir = path.join(tempDir(), 'working')): ProjectStore {
  let t = Date.parse('2025-03-01T10:00:00Z');
  const store = new ProjectStore({ workDir, now: () => new Date((t += 1000)) });
  stores.push(store);
  return store;
}
afterEach(() => {
  for (const s of stores.splice(0)) s.closeAll();
});

describe('plan -> file -> plan', () => {
  it('reads back exactly the plan that was written', () => {
    const file = path.join(tempDir(), 'park.parkzero');
    writePlanFile(file, smallPlan(), { overwrite: false });
    const project = newStore().open(file, { mode: 'edit' });
    expect(project.plan()).toEqual(parsedSmall());
    expect(project.dirty).toBe(false);
    expect(project.readOnly).toBe(false);
    expect(project.id).toMatch(/^p[0-9a-f]{16}$/);
    expect(project.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('keeps the order of every list', () => {
    const file = path.join(tempDir(), 'order.parkzero');
    const plan = parsedSmall();
    const reversed = { ...plan, consumers: [...plan.consumers].reverse(), comments: [...plan.comments].reverse() };
    writePlanFile(file, reversed, { overwrite: false });
    const back = newStore().open(file, { mode: 'review' }).plan();
    expect(back.consumers.map((c) => c.id)).toEqual(['boiler-house', 'cell-plant']);
    expect(back.comments.map((c) => c.id)).toEqual(['c2', 'c1']);
  });

  it('refuses to overwrite unless asked, and writes atomically when asked', () => {
    const file = path.join(tempDir(), 'exists.parkzero');
    writePlanFile(file, smallPlan(), { overwrite: false });
    const before = sha256(file);
    const e = catchError(() => writePlanFile(file, smallPlan(), { overwrite: false }));
    expect(e.code).toBe('FILE_EXISTS');
    expect(e.message).toContain(file);
    expect(sha256(file)).toBe(before);
    const changed = { ...parsedSmall(), park: { ...parsedSmall().park, name: 'Renamed' } };
    writePlanFile(file, changed, { overwrite: true });
    expect(inspectProjectFile(file).parkName).toBe('Renamed');
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['exists.parkzero']);
  });

  it('rejects an invalid plan with paths', () => {
    const bad = smallPlan();
    bad.consumers[0]!.energy.coal_t = -1;
    const e = catchError(() => writePlanFile(path.join(tempDir(), 'bad.parkzero'), bad, { overwrite: false }));
    expect(e.code).toBe('PLAN_INVALID');
    expect(e.details?.[0]?.path).toBe('consumers[0].energy.coal_t');
  });
});

describe('inspectProjectFile', () => {
  it('describes a file without keeping it open or locked', () => {
    const file = path.join(tempDir(), 'info.parkzero');
    writePlanFile(file, smallPlan(), { overwrite: false });
    const before = sha256(file);
    const info = inspectProjectFile(file);
    expect(info).toMatchObject({
      parkName: 'Test Park',
      province: 'Sichuan',
      city: 'Yibin',
      schemaVersion: SCHEMA_VERSION,
      currentSchemaVersion: SCHEMA_VERSION,
      baseYear: 2024,
      horizonYear: 2060,
      consumerCount: 2,
      lockHolder: null,
      scenarios: [
        { id: 'baseline', name: 'Baseline', parentId: null, measureCount: 2 },
        { id: 'ambitious', name: 'Ambitious', parentId: 'baseline', measureCount: 2 },
      ],
      counts: {
        consumers: 2,
        scenarios: 2,
        measures: 4,
        targets: 2,
        factor_overrides: 1,
        comments: 2,
        hourly_series: 0,
        change_log: 0,
      },
    });
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['info.parkzero']);
  });
});

describe('editing and saving', () => {
  it('commits edits to the working copy, saves atomically, and reopens with the edit', () => {
    const dir = tempDir();
    const file = path.join(dir, 'edit.parkzero');
    writePlanFile(file, smallPlan(), { overwrite: false });
    const original = sha256(file);
    const store = newStore();
    const project = store.open(file, { mode: 'edit' });

    const r1 = project.edit([{ op: 'replace', path: ['consumers', 1, 'energy', 'coal_t'], value: 9000 }], 'halve coal', 0);
    expect(r1).toEqual({ revision: 1, dirty: true });
    project.edit(
      [
        {
          op: 'add',
          path: ['scenarios', 1, 'measures', 2],
          value: {
            id: 'bess',
            name: 'Battery',
            kind: 'storage',
            start_year: 2030,
            params: { power_kw: 5000, energy_kwh: 20000 },
          },
        },
      ],
      'add battery',
      1,
    );
    expect(sha256(file)).toBe(original); // edits never touch the user's file
    expect(project.changeLog(10).map((c) => c.label)).toEqual(['add battery', 'halve coal']);

    const saved = project.save();
    expect(saved.path).toBe(file);
    expect(project.dirty).toBe(false);
    expect(fs.readdirSync(dir).filter((n) => !n.startsWith('.~'))).toEqual(['edit.parkzero']);
    const expected = project.plan();
    project.close();

    const again = newStore().open(file, { mode: 'review' });
    expect(again.plan()).toEqual(expected);
    expect(again.plan().scenarios[1]!.measures[2]!.id).toBe('bess');
    expect(again.changeLog(5).length).toBe(2);
  });

  it('refuses a stale base revision, an invalid result and a read-only project', () => {
    const file = path.join(tempDir(), 'refuse.parkzero');
    writePlanFile(file, smallPlan(), { overwrite: false });
    const store = newStore();
    const project = store.open(file, { mode: 'edit' });
    const patch = [{ op: 'replace' as const, path: ['park', 'name'], value: 'A' }];
    project.edit(patch, 'rename', 0);
    expect(catchError(() => project.edit(patch, 'rename again', 0)).code).toBe('REVISION_CONFLICT');

    const invalid = catchError(() => project.edit([{ op: 'replace', path: ['park', 'base_year'], value: 1800 }], 'bad year', 1));
    expect(invalid.code).toBe('PLAN_INVALID');
    expect(invalid.details?.some((d) => d.path === 'park.base_year')).toBe(true);
    expect(project.plan().park.base_year).toBe(2024);
    expect(project.revision).toBe(1);

    const review = store.open(file, { mode: 'review' });
    expect(review.readOnly).toBe(true);
    expect(review.readOnlyReason).toBe('review');
    expect(catchError(() => review.edit(patch, 'x', 0)).code).toBe('READ_ONLY');
    expect(catchError(() => review.save()).code).toBe('READ_ONLY');
  });

  it('refuses hostile or malformed patches without touching the plan', () => {
    const file = path.join(tempDir(), 'patches.parkzero');
    writePlanFile(file, smallPlan(), { overwrite: false });
    const project = newStore().open(file, { mode: 'edit' });
    const before = project.plan();
    const pollute = catchError(() => project.edit([{ op: 'add', path: ['__proto__', 'polluted'], value: true }], 'pollute', 0));
    expect(pollute.code).toBe('INVALID_REQUEST');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const unknownKey = catchError(() => project.edit([{ op: 'add', path: ['park', 'secret'], value: 1 }], 'extra key', 0));
    expect(unknownKey.code).toBe('PLAN_INVALID');
    const missing = catchError(() =>
      project.edit([{ op: 'replace', path: ['consumers', 99, 'name'], value: 'x' }], 'nowhere', 0),
    );
    expect(missing.code).toBe('INVALID_REQUEST');
    expect(project.plan()).toBe(before);
    expect(project.revision).toBe(0);
    expect(project.dirty).toBe(false);
    expect(Object.isFrozen(project.plan().park)).toBe(true);
  });

  it('creates, saves as, and closes (deleting the working copy and the lock)', () => {
    const dir = tempDir();
    const workDir = path.join(dir, 'working');
    const store = newStore(workDir);
    const untitled = store.create(null, smallPlan(), { overwrite: false });
    expect(untitled.path).toBeNull();
    expect(catchError(() => untitled.save()).code).toBe('NOT_FOUND');
    const target = path.join(dir, 'first.parkzero');
    untitled.saveAs(target, { overwrite: false });
    expect(untitled.path).toBe(target);
    expect(fs.existsSync(path.join(dir, '.~first.parkzero.lock'))).toBe(true);

    const second = path.join(dir, 'second.parkzero');
    writePlanFile(second, smallPlan(), { overwrite: false });
    expect(catchError(() => untitled.saveAs(second, { overwrite: false })).code).toBe('FILE_EXISTS');
    untitled.saveAs(second, { overwrite: true });
    expect(fs.existsSync(path.join(dir, '.~first.parkzero.lock'))).toBe(false); // moved to the new path
    expect(fs.existsSync(path.join(dir, '.~second.parkzero.lock'))).toBe(true);

    const created = store.create(path.join(dir, 'third.parkzero'), smallPlan(), { overwrite: false });
    expect(catchError(() => store.create(path.join(dir, 'third.parkzero'), smallPlan(), { overwrite: true })).code).toBe(
      'READ_ONLY',
    );
    created.close();
    expect(catchError(() => store.create(path.join(dir, 'third.parkzero'), smallPlan(), { overwrite: false })).code).toBe(
      'FILE_EXISTS',
    );

    untitled.close();
    expect(fs.readdirSync(workDir)).toEqual([]);
    expect(fs.readdirSync(dir).sort()).toEqual(['first.parkzero', 'second.parkzero', 'third.parkzero', 'working']);
    expect(catchError(() => untitled.plan()).code).toBe('NOT_FOUND');
  });
});
