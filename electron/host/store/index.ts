/**
 * The project store: ParkZero's `.parkzero` file format (one SQLite file, an application file
 * format) and everything that reads or writes it. Shared by the Electron main process, the CLI
 * and the browser host, so nothing here imports `electron`.
 *
 * Public API
 *   new ProjectStore({ workDir, instance?, now? })
 *     .open(path, { mode: 'edit' | 'review' }): OpenProject     untrusted-file pipeline, lock
 *     .create(path | null, plan, { overwrite }): OpenProject    null = untitled working copy
 *     .get(projectId) / .list() / .closeAll()
 *     .listRecoverable(): Recoverable[]                        crashed sessions with unsaved edits
 *     .recover(recoveryId): OpenProject / .discardRecovery(recoveryId)
 *   OpenProject
 *     id, path, readOnly, readOnlyReason, readOnlyMessage, lockHolder, lockInfo, dirty,
 *     revision, schemaVersion, migratedFrom, recoveryId
 *     .plan(): Plan (frozen)
 *     .edit(patches, label, baseRevision): { revision, dirty }   immer patches, whole-plan check
 *     .editComments(comments, label, baseRevision)              comments only; allowed in review mode
 *     .save(): { path, savedAt } / .saveAs(path, { overwrite })  atomic temp + fsync + rename; a review
 *                                                               project saves only its new comments
 *     .changeLog(limit) / .close()
 *   inspectProjectFile(path): ProjectInfo     full validation on a throwaway copy (`parkzero info`)
 *   readPlanFile(path): Plan                  the checked plan of a file (`parkzero export` / `run`)
 *   writePlanFile(path, plan, { overwrite })  atomic create (`parkzero new` / `import`)
 *   APPLICATION_ID, SCHEMA_VERSION
 * Every failure is a ParkZeroError with a stable code and a one-line message naming the file.
 *
 * Modules, one job each: header.ts (100-byte header check), connection.ts (hardened open,
 * file-level SQL), schema-check.ts, migrate.ts + migrations/ (append-only), plan-repository.ts
 * (all plan SQL, one *-rows.ts module per group of tables), open-file.ts (the untrusted-open
 * pipeline), atomic-write.ts, lock-file.ts, working-copy.ts (manifests, recovery folders),
 * project.ts (one open project),
 * project-store.ts, plan-file.ts (create/inspect whole files). SQL lives only in
 * connection.ts, plan-repository.ts with its *-rows.ts modules, and migrations/.
 */
export { ProjectStore } from './project-store.ts';
export type { StoreOptions, Recoverable } from './project-store.ts';
export { OpenProject } from './project.ts';
export type { ReadOnlyReason, SaveResult } from './project.ts';
export type { ChangeLogEntry } from './plan-repository.ts';
export type { InstanceIdentity, LockInfo } from './lock-file.ts';
export { inspectProjectFile, readPlanFile, writePlanFile } from './plan-file.ts';
export type { ProjectInfo } from './plan-file.ts';
export { APPLICATION_ID, SCHEMA_VERSION, PROJECT_FILE_EXTENSION } from './constants.ts';
