import path from 'node:path';
import { applyPatches, enablePatches, freeze } from 'immer';
import type { Patch } from 'immer';
import { ParkZeroError, type ErrorReason } from '../../../core/api/result.ts';
import { fileNameOf, folderOf, reason } from '../../../core/text/error-reasons.ts';
import type { EditPatch } from '../../../core/api/contract.ts';
import { parsePlan } from '../../../core/model/plan.ts';
import { checkPlanOrThrow } from '../../../core/engine/validate.ts';
import type { Comment, Plan } from '../../../core/model/plan.ts';
import { canonicalJson, planFingerprint } from '../../../core/fingerprint/index.ts';
import { mergeComments } from '../../../core/comments/merge.ts';
import { newCommentId } from '../../../core/comments/ids.ts';
import type { Db } from './connection.ts';
import { vacuumInto } from './connection.ts';
import { SCHEMA_VERSION } from './constants.ts';
import { PLAN_SECTIONS } from './plan-repository.ts';
import type { ChangeLogEntry, PlanRepository, PlanSection } from './plan-repository.ts';
import { removeLeftoverTemps, writeFileAtomically } from './atomic-write.ts';
import { acquireLock, describeHolder, releaseLock } from './lock-file.ts';
import type { LockInfo, LockResult } from './lock-file.ts';
import { removeWorkingDir, writeManifest } from './working-copy.ts';
import type { Manifest } from './working-copy.ts';
import { fileError } from './file-error.ts';

enablePatches();

export type ReadOnlyReason = 'locked_by_other' | 'review' | 'newer_lock_format' | 'file_not_writable';

/** What an OpenProject needs from the store that owns it. */
export interface StoreContext {
  identity(): LockInfo;
  now(): Date;
  forget(projectId: string): void;
  /** Throws READ_ONLY if another project of this store is editing `target` (same lock token). */
  assertNotOpenHere(target: string, exceptId: string | null): void;
  /** The checked plan a project file holds now (read from a throwaway copy). */
  readFilePlan(file: string): Plan;
}

export interface SaveResult {
  path: string;
  savedAt: string;
  /** Review saves: comments taken from the file because another reviewer saved them meanwhile. */
  mergedComments: number;
}

export interface ProjectInit {
  id: string;
  dir: string;
  db: Db;
  repo: PlanRepository;
  plan: Plan;
  manifest: Manifest;
  /** True when this instance holds the lock on `manifest.target_path`. */
  holdsLock: boolean;
  /** `message` in English for logs; `why` says the same in the reader's language (core/text/error-text.ts). */
  readOnly: { reason: ReadOnlyReason; holder: LockInfo | null; message: string; why: ErrorReason } | null;
  migratedFrom: number | null;
}

/**
 * One open project: a plan held in memory (frozen) and mirrored, edit by edit, into a private
 * SQLite working copy. Saving copies the working copy over the target atomically.
 */
export class OpenProject {
  /** 'p' + 16 hex digits, the ProjectId of core/api/contract.ts. */
  readonly id: string;
  readonly schemaVersion = SCHEMA_VERSION;
  /** The schema version the file had when it was opened, if it was migrated. */
  readonly migratedFrom: number | null;
  private readonly ctx: StoreContext;
  private readonly dir: string;
  private readonly db: Db;
  private readonly repo: PlanRepository;
  private current: Plan;
  /** The plan as the target file holds it (as opened or last saved): review saves compare against it. */
  private baseline: Plan;
  private manifest: Manifest;
  private holdsLock: boolean;
  private ro: ProjectInit['readOnly'];
  private rev = 0;
  private closed = false;
  /**
   * The canonical JSON of the plan as the target file holds it, when known (null for a
   * recovered working copy, whose file content we never saw): undoing back to it makes the
   * project clean again. Computed on first need; reset by every save.
   */
  private savedPlan: Plan | null;
  private savedCanonical: string | null = null;
  /** Whether the current plan equals the saved one (checked after each edit). */
  private atSavedContent = true;

  constructor(ctx: StoreContext, init: ProjectInit) {
    this.ctx = ctx;
    this.id = init.id;
    this.dir = init.dir;
    this.db = init.db;
    this.repo = init.repo;
    this.current = freeze(init.plan, true);
    this.baseline = this.current;
    this.manifest = init.manifest;
    this.savedPlan = this.repo.lastChangeSeq() > this.manifest.saved_seq ? null : this.current;
    this.atSavedContent = this.savedPlan !== null;
    this.holdsLock = init.holdsLock;
    this.ro = init.readOnly;
    this.migratedFrom = init.migratedFrom;
  }

  /** The file this project saves to; null while untitled. */
  get path(): string | null {
    return this.manifest.target_path;
  }
  get readOnly(): boolean {
    return this.ro !== null;
  }
  get readOnlyReason(): ReadOnlyReason | null {
    return this.ro?.reason ?? null;
  }
  /** "user@host (pid 123)" of the instance editing the file, when that is why we are read-only. */
  get lockHolder(): string | null {
    return this.ro?.holder ? describeHolder(this.ro.holder) : null;
  }
  /** The full lock record (with `since`), for a detailed message. */
  get lockInfo(): LockInfo | null {
    return this.ro?.holder ?? null;
  }
  /** A sentence for the user explaining why the project is read-only. */
  get readOnlyMessage(): string | null {
    return this.ro?.message ?? null;
  }
  /** Why the project is read-only, with the file's name, for the app to say in the reader's language. */
  get readOnlyDetail(): ErrorReason | null {
    return this.ro?.why ?? null;
  }
  get dirty(): boolean {
    return !this.closed && !this.atSavedContent && this.repo.lastChangeSeq() > this.manifest.saved_seq;
  }

  /** Whether `plan` is exactly what the target file holds (so edits undone to it leave nothing unsaved). */
  private equalsSaved(plan: Plan): boolean {
    if (this.savedPlan === null) return false;
    this.savedCanonical ??= canonicalJson(this.savedPlan);
    return canonicalJson(plan) === this.savedCanonical;
  }
  /** Increases by one with every committed edit since the project was opened. */
  get revision(): number {
    return this.rev;
  }
  /** The recovery id of the working copy (its folder name in the work dir). */
  get recoveryId(): string {
    return this.manifest.recovery_id;
  }

  plan(): Plan {
    this.assertOpen();
    return this.current;
  }

  /**
   * Applies immer patches made against `baseRevision`, validates the WHOLE resulting plan and
   * commits it with a change_log row in one transaction. A crash loses at most this edit.
   */
  /**
   * Applies an edit. `beforeWrite` sees the checked plan and the revision it will become just
   * before the working copy is written and synced (the host starts the live-results runs
   * there); if the write then fails, the edit is refused and that plan never becomes current.
   */
  edit(
    patches: readonly EditPatch[],
    label: string,
    baseRevision: number,
    beforeWrite?: (plan: Plan, revision: number) => void,
  ): { revision: number; dirty: boolean } {
    this.assertOpen();
    if (this.ro) throw new ParkZeroError('READ_ONLY', `cannot edit: ${this.ro.message}`, undefined, this.ro.why);
    if (baseRevision !== this.rev)
      throw new ParkZeroError(
        'REVISION_CONFLICT',
        `the edit was made against revision ${baseRevision} but the project is at revision ${this.rev}; reload and retry`,
        undefined,
        reason('revision_conflict', { base_revision: baseRevision, revision: this.rev }),
      );
    const cleanLabel = label.trim();
    if (cleanLabel.length === 0 || cleanLabel.length > 200)
      throw new ParkZeroError('INVALID_REQUEST', 'an edit label must have 1-200 characters');
    if (patches.length === 0) throw new ParkZeroError('INVALID_REQUEST', 'an edit needs at least one patch');

    let next: unknown;
    try {
      next = applyPatches(this.current, patches as Patch[]);
    } catch (e) {
      throw new ParkZeroError(
        'INVALID_REQUEST',
        `the patches do not apply to the plan: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    const plan = freeze(checkPlanOrThrow(next, 'the edit would make the plan invalid'), true);
    beforeWrite?.(plan, this.rev + 1);

    const wasDirty = this.dirty;
    const at = this.ctx.now().toISOString();
    this.repo.transaction(() => {
      this.repo.writePlan(plan, sectionsTouched(patches));
      this.repo.appendChangeLog(at, cleanLabel, patches);
    });
    const titleChanged = plan.park.name !== this.current.park.name;
    this.current = plan;
    this.rev += 1;
    this.atSavedContent = this.equalsSaved(plan);
    // The manifest only needs to change when the copy first diverges from its target or its
    // title changes: the change_log in the database is the record of what is unsaved.
    if (!wasDirty || titleChanged) this.updateManifest({ title: plan.park.name, edited_at: at });
    return { revision: this.rev, dirty: this.dirty };
  }

  /**
   * Replaces the review comments and nothing else. Unlike edit(), this is allowed on a project
   * opened for review: commenting is what review mode is for. The plan content cannot change
   * through here (only the comments list is taken), and the fingerprint is checked to prove it.
   * Other read-only reasons (someone else is editing the file) still refuse.
   */
  editComments(comments: readonly Comment[], label: string, baseRevision: number): { revision: number; dirty: boolean } {
    this.assertOpen();
    if (this.ro && this.ro.reason !== 'review')
      throw new ParkZeroError('READ_ONLY', `cannot comment: ${this.ro.message}`, undefined, this.ro.why);
    if (baseRevision !== this.rev)
      throw new ParkZeroError(
        'REVISION_CONFLICT',
        `the comment was made against revision ${baseRevision} but the project is at revision ${this.rev}; reload and retry`,
        undefined,
        reason('revision_conflict', { base_revision: baseRevision, revision: this.rev }),
      );
    const cleanLabel = label.trim();
    if (cleanLabel.length === 0 || cleanLabel.length > 200)
      throw new ParkZeroError('INVALID_REQUEST', 'an edit label must have 1-200 characters');
    return this.replaceComments(comments, cleanLabel);
  }

  /** Writes a new comments list to the working copy as one change-log entry; the plan content cannot change. */
  private replaceComments(comments: readonly Comment[], cleanLabel: string): { revision: number; dirty: boolean } {
    const parsed = parsePlan({ ...this.current, comments });
    if (!parsed.ok) {
      const first = parsed.issues[0]!;
      throw new ParkZeroError(
        'PLAN_INVALID',
        `the comments are invalid: ${first.path}: ${first.message}`,
        parsed.issues.slice(0, 100),
      );
    }
    if (planFingerprint(parsed.plan) !== planFingerprint(this.current))
      throw new Error('a comment edit changed the plan content'); // a bug, never user input
    const at = this.ctx.now().toISOString();
    const wasDirty = this.dirty;
    this.repo.transaction(() => {
      this.repo.writePlan(parsed.plan, ['comments']);
      this.repo.appendChangeLog(at, cleanLabel, [{ op: 'replace', path: ['comments'], value: parsed.plan.comments }]);
    });
    this.current = freeze(parsed.plan, true);
    this.rev += 1;
    this.atSavedContent = this.equalsSaved(parsed.plan);
    if (!wasDirty) this.updateManifest({ edited_at: at });
    return { revision: this.rev, dirty: this.dirty };
  }

  /**
   * Saves to the project's own path. NOT_FOUND when untitled. READ_ONLY when read-only, except
   * that a project opened for review saves its new comments into the file (see saveReview).
   */
  save(): SaveResult {
    this.assertOpen();
    const target = this.manifest.target_path;
    if (target === null) throw notSavedYet();
    if (this.ro?.reason === 'review' && this.dirty) return this.saveReview(target);
    if (this.ro) throw new ParkZeroError('READ_ONLY', `cannot save: ${this.ro.message}`, undefined, this.ro.why);
    return this.writeTo(target, true);
  }

  /**
   * A reviewer's save: only comments differ from the file (editComments is the only way a
   * review project changes), so writing the working copy over the file adds the comments and
   * keeps the plan and its fingerprint. Review mode holds no lock, so for the moment of writing
   * take it (refused if someone is editing the file), and check what the file holds now:
   *  - exactly what was opened: write;
   *  - the same plan with other comments (another reviewer saved theirs meanwhile): merge the
   *    comments three ways (core/comments/merge.ts), record the merge as an edit, write;
   *  - a changed plan: REVISION_CONFLICT. The reviewer's comments are about the plan they
   *    read, so they save a copy instead of landing on a plan they have not seen.
   */
  private saveReview(target: string): SaveResult {
    // Another project of this store editing the file shares our lock token: check it first,
    // or we would "acquire" its lock, write under it and then release it.
    this.ctx.assertNotOpenHere(target, this.id);
    const lock = acquireLock(target, this.ctx.identity());
    if (!lock.acquired) throw lockRefusal(target, lock);
    try {
      const onDisk = this.ctx.readFilePlan(target);
      let mergedComments = 0;
      if (canonicalJson(onDisk) !== canonicalJson(this.baseline)) {
        if (planFingerprint(onDisk) !== planFingerprint(this.baseline))
          throw fileError(
            'REVISION_CONFLICT',
            target,
            'its plan was changed on disk since it was opened for review; save the comments as a copy',
            reason('review_plan_changed', { file: fileNameOf(target) }),
          );
        const merged = mergeComments(this.baseline.comments, this.current.comments, onDisk.comments, newCommentId);
        this.replaceComments(merged.comments, 'Merge review comments saved to the file by others');
        mergedComments = merged.fromOthers;
      }
      if (planFingerprint(this.current) !== planFingerprint(onDisk)) throw new Error('a review project changed its plan content');
      return { ...this.writeTo(target, true), mergedComments };
    } finally {
      releaseLock(target, this.ctx.identity().token);
    }
  }

  /**
   * Saves to another file, which then becomes this project's file (and lock). Allowed from a
   * read-only project too: that is how a reviewer keeps an edited copy.
   */
  saveAs(file: string, options: { overwrite: boolean }): SaveResult {
    this.assertOpen();
    const target = path.resolve(file);
    if (target === this.manifest.target_path && !this.ro) return this.save();
    this.ctx.assertNotOpenHere(target, this.id);
    const lock = acquireLock(target, this.ctx.identity());
    if (!lock.acquired) throw lockRefusal(target, lock);
    let saved: SaveResult;
    try {
      saved = this.writeTo(target, options.overwrite);
    } catch (e) {
      releaseLock(target, this.ctx.identity().token);
      throw e;
    }
    const previous = this.manifest.target_path;
    if (this.holdsLock && previous !== null && previous !== target) releaseLock(previous, this.ctx.identity().token);
    this.holdsLock = true;
    this.ro = null;
    this.updateManifest({ target_path: target, read_only: false });
    return saved;
  }

  /** Newest first. */
  changeLog(limit = 50): ChangeLogEntry[] {
    this.assertOpen();
    return this.repo.recentChanges(limit);
  }

  /** Closes the working copy and deletes it (unsaved edits are dropped), and releases the lock. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
    removeWorkingDir(this.dir);
    const target = this.manifest.target_path;
    if (this.holdsLock && target !== null) releaseLock(target, this.ctx.identity().token);
    this.ctx.forget(this.id);
  }

  private writeTo(target: string, overwrite: boolean): SaveResult {
    // We hold the target's lock here, so any temp file beside it is a killed save's leftover.
    removeLeftoverTemps(target);
    writeFileAtomically(target, (temp) => vacuumInto(this.db, temp), { overwrite });
    this.baseline = this.current;
    this.savedPlan = this.current;
    this.savedCanonical = null;
    this.atSavedContent = true;
    const savedAt = this.ctx.now().toISOString();
    this.updateManifest({ saved_seq: this.repo.lastChangeSeq() });
    return { path: target, savedAt, mergedComments: 0 };
  }

  private updateManifest(changes: Partial<Manifest>): void {
    this.manifest = { ...this.manifest, ...changes };
    writeManifest(this.dir, this.manifest);
  }

  private assertOpen(): void {
    if (this.closed) throw new ParkZeroError('NOT_FOUND', `project ${this.id} is closed`);
  }
}

/** Top-level plan keys the patches touch; an empty path replaces the whole plan. */
function sectionsTouched(patches: readonly EditPatch[]): Set<PlanSection> {
  const out = new Set<PlanSection>();
  for (const p of patches) {
    const head = p.path[0];
    if (head === undefined) return new Set(PLAN_SECTIONS);
    if ((PLAN_SECTIONS as readonly unknown[]).includes(head)) out.add(head as PlanSection);
  }
  return out;
}

/** The error for a save target someone else is editing (or that we cannot lock). */
export function lockRefusal(target: string, lock: Exclude<LockResult, { acquired: true }>): ParkZeroError {
  const why = lockReason(target, lock);
  if (lock.reason === 'file_not_writable')
    return fileError('IO_ERROR', target, `cannot write beside this file (${lock.error})`, why);
  if (lock.reason === 'newer_lock_format' || lock.holder === null)
    return fileError('READ_ONLY', target, 'is locked by a newer version of ParkZero', why);
  return fileError('READ_ONLY', target, `is open for editing by ${describeHolder(lock.holder)} since ${lock.holder.since}`, why);
}

/** Why a lock on `target` was not had, for a person. */
export function lockReason(target: string, lock: Exclude<LockResult, { acquired: true }>): ErrorReason {
  const file = fileNameOf(target);
  if (lock.reason === 'file_not_writable') return reason('lock_not_possible', { file, folder: folderOf(target) });
  if (lock.reason === 'newer_lock_format' || lock.holder === null) return reason('locked_by_newer_version', { file });
  return reason('locked_by_other', {
    file,
    holder: `${lock.holder.user}@${lock.holder.host}`,
    pid: lock.holder.pid,
    since: lock.holder.since,
  });
}

/** Saving a project that has no file yet. */
export function notSavedYet(): ParkZeroError {
  return new ParkZeroError(
    'NOT_FOUND',
    'this project has not been saved yet; use Save As',
    undefined,
    reason('not_saved_yet', {}),
  );
}
