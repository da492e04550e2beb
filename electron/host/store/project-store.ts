import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { ParkZeroError } from '../../../core/api/result.ts';
import { fileNameOf, reason } from '../../../core/text/error-reasons.ts';
import { openHardened, settleHotJournal, vacuumInto } from './connection.ts';
import { SCHEMA_VERSION } from './constants.ts';
import { checkAndLoad, copyToPrivate } from './open-file.ts';
import type { LoadedProject } from './open-file.ts';
import { buildProjectDb, readPlanFile } from './plan-file.ts';
import { checkPlanOrThrow } from '../../../core/engine/validate.ts';
import { canonicalJson } from '../../../core/fingerprint/index.ts';
import { PlanRepository } from './plan-repository.ts';
import { removeLeftoverTemps, writeFileAtomically } from './atomic-write.ts';
import { acquireLock, acquireLockAsync, describeHolder, isProcessAlive, localIdentity, releaseLock } from './lock-file.ts';
import type { InstanceIdentity, LockInfo, LockResult } from './lock-file.ts';
import { OpenProject, lockReason, lockRefusal } from './project.ts';
import type { ProjectInit, ReadOnlyReason, StoreContext } from './project.ts';
import {
  DB_NAME,
  createWorkingDir,
  isRecoveryId,
  listWorkingDirs,
  newRecoveryId,
  readManifest,
  removeWorkingDir,
  workingDir,
  writeManifest,
} from './working-copy.ts';
import type { Manifest } from './working-copy.ts';

export interface StoreOptions {
  /** Folder for working copies, e.g. `<userData>/working`; created when needed. */
  workDir: string;
  /** Who this instance is, for lock files and recovery; defaults to this process. */
  instance?: InstanceIdentity;
  /** Clock for change_log and manifest times (tests pass a fake one). */
  now?: () => Date;
}

export interface Recoverable {
  recoveryId: string;
  /** The file the lost session would have saved to; null if it was untitled. */
  path: string | null;
  title: string;
  /** Time of the last unsaved edit (ISO). */
  editedAt: string;
}

/** Working copy folders without a manifest this old are leftovers of a crash during open. */
const ORPHAN_AGE_MS = 24 * 3600 * 1000;

export class ProjectStore {
  private readonly workDir: string;
  private readonly me: LockInfo;
  private readonly now: () => Date;
  private readonly projects = new Map<string, OpenProject>();
  private readonly ctx: StoreContext;

  constructor(options: StoreOptions) {
    this.workDir = path.resolve(options.workDir);
    this.now = options.now ?? (() => new Date());
    const who = options.instance ?? localIdentity();
    this.me = { ...who, since: this.now().toISOString(), token: crypto.randomBytes(12).toString('hex') };
    this.ctx = {
      identity: () => this.me,
      now: () => this.now(),
      forget: (id) => this.projects.delete(id),
      assertNotOpenHere: (target, exceptId) => {
        const other = [...this.projects.values()].find((p) => p.id !== exceptId && p.path === target && !p.readOnly);
        if (other)
          throw new ParkZeroError(
            'READ_ONLY',
            `${quote(target)} is open for editing in this window (project ${other.id}); close it first`,
            undefined,
            reason('open_here_for_editing', { file: fileNameOf(target) }),
          );
      },
      readFilePlan: (file) => readPlanFile(file),
    };
  }

  /**
   * Opens a project file. 'edit' takes the file's lock; if another instance holds it, the
   * project opens read-only with `lockHolder` set. 'review' is read-only on purpose and takes
   * no lock. The file itself is only ever copied, never opened by SQLite.
   */
  open(file: string, options: { mode: 'edit' | 'review'; lock?: LockResult }): OpenProject {
    const target = path.resolve(file);
    if (options.mode === 'edit') {
      const mine = [...this.projects.values()].find((p) => p.path === target && !p.readOnly);
      if (mine) return mine;
    }
    const recoveryId = newRecoveryId();
    const dir = createWorkingDir(this.workDir, recoveryId);
    let lock: LockResult | null = options.mode === 'edit' ? (options.lock ?? null) : null;
    let loaded: LoadedProject | null = null;
    try {
      copyToPrivate(target, path.join(dir, DB_NAME));
      if (options.mode === 'edit') lock ??= acquireLock(target, this.me);
      loaded = checkAndLoad(path.join(dir, DB_NAME), target, { backupPath: path.join(dir, 'pre-migration.bak'), now: this.now });
      let readOnly = readOnlyState(target, options.mode, lock);
      if (readOnly === null && !isWritable(target)) {
        releaseLock(target, this.me.token);
        lock = null;
        readOnly = {
          reason: 'file_not_writable',
          holder: null,
          message: `${quote(target)} is not writable`,
          why: reason('file_not_writable', { file: fileNameOf(target) }),
        };
      }
      return this.register(dir, loaded, target, lock?.acquired === true, readOnly);
    } catch (e) {
      loaded?.db.close();
      if (lock?.acquired) releaseLock(target, this.me.token);
      removeWorkingDir(dir);
      throw e;
    }
  }

  /**
   * `open` for the API: the lock beside the file (which came from someone else, and may be a
   * FIFO, a device or on a slow share) is read and written off the main thread first, so that
   * nothing in it can hold the host's event loop; the rest is `open` with that lock.
   */
  async openAsync(file: string, options: { mode: 'edit' | 'review' }): Promise<OpenProject> {
    const target = path.resolve(file);
    const lock = options.mode === 'edit' ? await acquireLockAsync(target, this.me) : undefined;
    try {
      return this.open(target, lock === undefined ? options : { ...options, lock });
    } catch (e) {
      // open releases a lock it was given when it fails after the copy; this covers the rest.
      if (lock?.acquired && !this.list().some((p) => p.path === target && !p.readOnly)) releaseLock(target, this.me.token);
      throw e;
    }
  }

  /**
   * Creates a project from a plan. With a path, the file is written atomically (FILE_EXISTS
   * unless `overwrite`) and locked; with null, the project is untitled until Save As.
   */
  create(file: string | null, planInput: unknown, options: { overwrite: boolean }): OpenProject {
    const plan = checkPlanOrThrow(planInput);
    const target = file === null ? null : path.resolve(file);
    let lockHeld = false;
    if (target !== null) {
      this.ctx.assertNotOpenHere(target, null);
      const lock = acquireLock(target, this.me);
      if (!lock.acquired) throw lockRefusal(target, lock);
      lockHeld = true;
    }
    const dir = createWorkingDir(this.workDir, newRecoveryId());
    const db = buildProjectDb(path.join(dir, DB_NAME), plan, this.now);
    try {
      if (target !== null) {
        removeLeftoverTemps(target);
        writeFileAtomically(target, (temp) => vacuumInto(db, temp), options);
      }
      return this.register(dir, { db, repo: new PlanRepository(db), plan, fileVersion: 0 }, target, lockHeld, null);
    } catch (e) {
      db.close();
      if (lockHeld && target !== null) releaseLock(target, this.me.token);
      removeWorkingDir(dir);
      throw e;
    }
  }

  get(projectId: string): OpenProject {
    const project = this.projects.get(projectId);
    if (!project) throw new ParkZeroError('NOT_FOUND', `no open project ${JSON.stringify(projectId)}`);
    return project;
  }

  list(): OpenProject[] {
    return [...this.projects.values()];
  }

  /**
   * Working copies left by an instance that is gone (crashed or killed) and that hold edits
   * newer than their last save, newest first. Copies of dead instances without unsaved edits
   * are deleted on the way: nothing would be lost.
   */
  listRecoverable(): Recoverable[] {
    const out: Recoverable[] = [];
    for (const id of listWorkingDirs(this.workDir)) {
      const dir = workingDir(this.workDir, id);
      const manifest = readManifest(dir);
      if (manifest === null) {
        if (ageMs(dir) > ORPHAN_AGE_MS) removeWorkingDir(dir);
        continue;
      }
      if (!this.ownerIsGone(manifest)) continue;
      const edits = unsavedEdits(path.join(dir, DB_NAME), manifest.saved_seq);
      if (edits === null) continue; // unreadable: leave it for a person to look at
      if (edits.count === 0 || savedAlready(dir, manifest.target_path)) {
        removeWorkingDir(dir);
        continue;
      }
      out.push({ recoveryId: manifest.recovery_id, path: manifest.target_path, title: manifest.title, editedAt: edits.lastAt });
    }
    return out.sort((a, b) => b.editedAt.localeCompare(a.editedAt));
  }

  /** Reopens a crashed session's working copy: dirty, pointed at its original target. */
  recover(recoveryId: string): OpenProject {
    const { dir, manifest } = this.orphan(recoveryId);
    const target = manifest.target_path;
    const lock = target === null ? null : acquireLock(target, this.me);
    // Take ownership first, so no other instance lists or recovers it meanwhile.
    const owned: Manifest = { ...manifest, owner: this.ownerRecord(), read_only: false };
    writeManifest(dir, owned);
    try {
      settleHotJournal(path.join(dir, DB_NAME));
      const loaded = checkAndLoad(path.join(dir, DB_NAME), target ?? `recovered ${manifest.title}`, {
        backupPath: path.join(dir, 'pre-migration.bak'),
        now: this.now,
      });
      const readOnly = target === null ? null : readOnlyState(target, 'edit', lock);
      return this.register(dir, loaded, target, lock?.acquired === true, readOnly, owned);
    } catch (e) {
      if (lock?.acquired && target !== null) releaseLock(target, this.me.token);
      throw e;
    }
  }

  /** Deletes a crashed session's working copy. */
  discardRecovery(recoveryId: string): void {
    removeWorkingDir(this.orphan(recoveryId).dir);
  }

  /** Closes every open project (unsaved edits are dropped), e.g. when the app quits. */
  closeAll(): void {
    for (const project of [...this.projects.values()]) project.close();
  }

  private register(
    dir: string,
    loaded: LoadedProject,
    target: string | null,
    holdsLock: boolean,
    readOnly: ProjectInit['readOnly'],
    manifest?: Manifest,
  ): OpenProject {
    const now = this.now().toISOString();
    const finalManifest: Manifest = manifest ?? {
      format: 'parkzero-working-copy',
      version: 1,
      recovery_id: path.basename(dir),
      target_path: target,
      title: loaded.plan.park.name,
      owner: this.ownerRecord(),
      read_only: readOnly !== null,
      opened_at: now,
      edited_at: now,
      saved_seq: loaded.repo.lastChangeSeq(),
    };
    if (!manifest) writeManifest(dir, finalManifest);
    const id = `p${crypto.randomBytes(8).toString('hex')}`;
    const project = new OpenProject(this.ctx, {
      id,
      dir,
      db: loaded.db,
      repo: loaded.repo,
      plan: loaded.plan,
      manifest: finalManifest,
      holdsLock,
      readOnly,
      migratedFrom: loaded.fileVersion > 0 && loaded.fileVersion < SCHEMA_VERSION ? loaded.fileVersion : null,
    });
    this.projects.set(id, project);
    return project;
  }

  private ownerRecord(): Manifest['owner'] {
    return { user: this.me.user, host: this.me.host, pid: this.me.pid, token: this.me.token };
  }

  private ownerIsGone(manifest: Manifest): boolean {
    if (manifest.owner.token === this.me.token) return false;
    // Another machine's working copy (a shared profile folder) is not ours to judge.
    if (manifest.owner.host !== this.me.host) return false;
    return !isProcessAlive(manifest.owner.pid);
  }

  private orphan(recoveryId: string): { dir: string; manifest: Manifest } {
    const notFound = () => new ParkZeroError('NOT_FOUND', `no recoverable session ${JSON.stringify(recoveryId)}`);
    if (!isRecoveryId(recoveryId)) throw notFound();
    const dir = workingDir(this.workDir, recoveryId);
    const manifest = readManifest(dir);
    if (manifest === null || manifest.recovery_id !== recoveryId) throw notFound();
    if (!this.ownerIsGone(manifest))
      throw new ParkZeroError(
        'NOT_FOUND',
        `session ${recoveryId} is still open in a running ParkZero (pid ${manifest.owner.pid})`,
      );
    return { dir, manifest };
  }
}

function readOnlyState(target: string, mode: 'edit' | 'review', lock: LockResult | null): ProjectInit['readOnly'] {
  if (mode === 'review')
    return {
      reason: 'review',
      holder: null,
      message: `${quote(target)} is open for review (read-only)`,
      why: reason('open_for_review', { file: fileNameOf(target) }),
    };
  if (lock === null || lock.acquired) return null;
  const kind: ReadOnlyReason = lock.reason;
  const why = lockReason(target, lock);
  if (lock.reason === 'locked_by_other')
    return {
      reason: kind,
      holder: lock.holder,
      message: `${quote(target)} is open for editing by ${describeHolder(lock.holder)} since ${lock.holder.since}; opened read-only`,
      why,
    };
  if (lock.reason === 'newer_lock_format')
    return {
      reason: kind,
      holder: lock.holder,
      message: `${quote(target)} is locked by a newer version of ParkZero; opened read-only`,
      why,
    };
  return {
    reason: kind,
    holder: null,
    message: `${quote(target)}: cannot create a lock beside it (${lock.error}); opened read-only`,
    why,
  };
}

function isWritable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Count and time of change_log rows after `savedSeq`, or null if the copy cannot be read. */
function unsavedEdits(dbFile: string, savedSeq: number): { count: number; lastAt: string } | null {
  let db;
  try {
    // Read-write on purpose: a crash mid-edit leaves a hot journal that must be rolled back.
    db = openHardened(dbFile);
    const repo = new PlanRepository(db);
    const last = repo.recentChanges(1)[0];
    if (!last || last.seq <= savedSeq) return { count: 0, lastAt: '' };
    return { count: last.seq - savedSeq, lastAt: last.at };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

function ageMs(dir: string): number {
  try {
    return Date.now() - fs.statSync(dir).mtimeMs;
  } catch {
    return 0;
  }
}

function quote(file: string): string {
  return JSON.stringify(file);
}

/**
 * A session killed after its save reached the file but before the manifest recorded it still
 * has "unsaved" edits by sequence number; if the file holds exactly the working copy's plan,
 * its work was saved and there is nothing to recover. Any doubt (unreadable file) keeps it.
 */
function savedAlready(dir: string, target: string | null): boolean {
  if (target === null || !fs.existsSync(target)) return false;
  try {
    // The whole plan, comments included (the fingerprint leaves comments out).
    return canonicalJson(readPlanFile(path.join(dir, DB_NAME))) === canonicalJson(readPlanFile(target));
  } catch {
    return false;
  }
}
