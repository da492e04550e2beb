import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkPlanOrThrow } from '../../../core/engine/validate.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { createEmpty, vacuumInto } from './connection.ts';
import type { Db } from './connection.ts';
import { SCHEMA_VERSION } from './constants.ts';
import { runMigrations } from './migrate.ts';
import { PlanRepository } from './plan-repository.ts';
import { checkAndLoad, copyToPrivate } from './open-file.ts';
import { makeScratchDir } from './scratch.ts';
import { removeLeftoverTemps, writeFileAtomically } from './atomic-write.ts';
import { acquireLock, currentHolder, describeHolder, localIdentity, releaseLock } from './lock-file.ts';
import { lockRefusal } from './project.ts';
import crypto from 'node:crypto';

/** Whole-file operations that keep nothing open: create a file from a plan, inspect a file. */

/** A new database file at `file` holding `plan`, at the current schema version. */
export function buildProjectDb(file: string, plan: Plan, now?: () => Date): Db {
  const db = createEmpty(file);
  try {
    runMigrations(db, now ? { now } : {});
    const repo = new PlanRepository(db);
    repo.transaction(() => repo.writePlan(plan));
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Writes a new project file from a plan atomically (used by `parkzero new` and `import`).
 * FILE_EXISTS unless `overwrite`; READ_ONLY if another instance is editing the target.
 */
export function writePlanFile(file: string, planInput: unknown, options: { overwrite: boolean }): { path: string } {
  const plan = checkPlanOrThrow(planInput);
  const target = path.resolve(file);
  // Take the lock for the moment of writing, so we never replace a file someone is editing.
  const me = { ...localIdentity(), since: new Date().toISOString(), token: crypto.randomBytes(12).toString('hex') };
  const lock = acquireLock(target, me);
  if (!lock.acquired) throw lockRefusal(target, lock);
  const scratch = makeScratchDir('new');
  try {
    const db = buildProjectDb(path.join(scratch, 'project.db'), plan);
    try {
      removeLeftoverTemps(target);
      writeFileAtomically(target, (temp) => vacuumInto(db, temp), options);
    } finally {
      db.close();
    }
    return { path: target };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
    releaseLock(target, me.token);
  }
}

export interface ProjectInfo {
  path: string;
  sizeBytes: number;
  /** Schema version of the file as stored (before any migration). */
  schemaVersion: number;
  /** Schema version this build writes; a lower file version is migrated on open. */
  currentSchemaVersion: number;
  parkName: string;
  province: string;
  city: string;
  baseYear: number;
  horizonYear: number;
  illustrative: boolean;
  consumerCount: number;
  scenarios: { id: string; name: string; parentId: string | null; measureCount: number }[];
  counts: {
    consumers: number;
    scenarios: number;
    measures: number;
    targets: number;
    factor_overrides: number;
    comments: number;
    hourly_series: number;
    change_log: number;
  };
  /** "user@host (pid 123)" when another instance has the file open for editing. */
  lockHolder: string | null;
}

/**
 * Runs `use` on a fully checked throwaway copy of a project file (header, schema, integrity,
 * migration, plan), so nothing ever reads the original in place. Throws the same
 * ParkZeroErrors as opening.
 */
function withCheckedCopy<T>(
  file: string,
  use: (loaded: ReturnType<typeof checkAndLoad>, target: string, sizeBytes: number) => T,
): T {
  const target = path.resolve(file);
  const scratch = makeScratchDir('inspect');
  try {
    const copy = path.join(scratch, 'project.db');
    copyToPrivate(target, copy);
    const sizeBytes = fs.statSync(copy).size;
    const loaded = checkAndLoad(copy, target, { backupPath: path.join(scratch, 'pre-migration.bak') });
    try {
      return use(loaded, target, sizeBytes);
    } finally {
      loaded.db.close();
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** Validates a project file completely and describes it (`parkzero validate` and `info`). */
export function inspectProjectFile(file: string): ProjectInfo {
  return withCheckedCopy(file, (loaded, target, sizeBytes) => {
    const { plan } = loaded;
    const holder = currentHolder(target, os.hostname());
    return {
      path: target,
      sizeBytes,
      schemaVersion: loaded.fileVersion,
      currentSchemaVersion: SCHEMA_VERSION,
      parkName: plan.park.name,
      province: plan.park.province,
      city: plan.park.city,
      baseYear: plan.park.base_year,
      horizonYear: plan.park.horizon_year,
      illustrative: plan.park.illustrative,
      consumerCount: plan.consumers.length,
      scenarios: plan.scenarios.map((s) => ({ id: s.id, name: s.name, parentId: s.parent_id, measureCount: s.measures.length })),
      counts: loaded.repo.counts(),
      lockHolder: holder ? describeHolder(holder) : null,
    };
  });
}

/** The validated plan held by a project file (`parkzero export`, `run`, `report`). */
export function readPlanFile(file: string): Plan {
  return withCheckedCopy(file, (loaded) => loaded.plan);
}
