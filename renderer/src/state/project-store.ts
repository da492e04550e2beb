import { applyPatches, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { ProjectHandle, EditPatch } from '../../../core/api/contract.ts';
import { Plan, planIssuesOf, type PlanIssue } from '../../../core/model/plan.ts';
import { ApiCallError, type ApiClient } from '../api/client.ts';

enablePatches();

/**
 * The open project as the renderer sees it, and the one way to change it.
 *
 * Every document edit goes through `commit(recipe, {label})`: immer's produceWithPatches gives
 * the forward and inverse patches; the plan is updated at once (the window never waits for the
 * host), and the patches are sent through `project.edit` against the last revision the host
 * confirmed. Sends are serialised, so base revisions form a chain. Undo and redo are ordinary
 * edits that replay the inverse or forward patches. UI-only state (screen, selection) never
 * enters this history.
 *
 * If the host refuses an edit, the renderer's copy is no longer trustworthy: later queued
 * edits are dropped, the plan is reloaded with `project.get`, and the history is cleared
 * (its patches were made against a document that no longer exists).
 */

export type ProjectMeta = Omit<ProjectHandle, 'plan'>;

export interface HistoryEntry {
  readonly label: string;
  readonly forward: readonly Patch[];
  readonly inverse: readonly Patch[];
}

export interface Session {
  readonly meta: ProjectMeta;
  readonly plan: Plan;
  readonly undo: readonly HistoryEntry[];
  readonly redo: readonly HistoryEntry[];
  /** Edits applied here but not yet confirmed by the host. */
  readonly pending: number;
}

export interface StoreState {
  readonly session: Session | null;
  /** A project-level operation (open, close, recover) is running. */
  readonly busy: boolean;
  readonly error: ApiCallError | null;
}

export type CommitOutcome =
  | { ok: true; changed: boolean }
  | { ok: false; reason: 'no_project' | 'read_only' }
  /** The edit would make the plan invalid; `plan` is that draft, the plan the issues' paths point into. */
  | { ok: false; reason: 'invalid'; issues: PlanIssue[]; plan: unknown };

/** What a host-made edit answers: the new revision and the one patch the host applied. */
export interface HostEditAnswer {
  revision: number;
  dirty: boolean;
  patch: EditPatch;
}

export type HostEditOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'no_project' | 'read_only' | 'dropped' }
  /** The host refused the request; `error.details` says why. */
  | { ok: false; reason: 'refused'; error: ApiCallError };

function splitHandle(handle: ProjectHandle): { meta: ProjectMeta; plan: Plan } {
  const { plan, ...meta } = handle;
  return { meta, plan };
}

function toWire(patches: readonly Patch[]): EditPatch[] {
  return patches.map((p) =>
    p.op === 'remove' ? { op: p.op, path: [...p.path] } : { op: p.op, path: [...p.path], value: p.value as unknown },
  );
}

const HISTORY_LIMIT = 200;

export class ProjectStore {
  private state: StoreState = { session: null, busy: false, error: null };
  private readonly listeners = new Set<() => void>();
  private sendChain: Promise<void> = Promise.resolve();
  /** Bumped on every open/close/resync; queued sends from an older epoch are dropped. */
  private epoch = 0;
  private readonly client: ApiClient;

  constructor(client: ApiClient) {
    this.client = client;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): StoreState => this.state;

  private readonly sendListeners = new Set<(projectId: string, revision: number) => void>();

  /**
   * Called each time an edit LEAVES for the host, with the revision it will make if the host
   * commits it: live results ask for that revision at once (pipelined) instead of after the
   * edit's answer. Nothing is confirmed by this; the session's revision still is.
   */
  readonly onEditSent = (listener: (projectId: string, revision: number) => void): (() => void) => {
    this.sendListeners.add(listener);
    return () => this.sendListeners.delete(listener);
  };

  private set(next: Partial<StoreState>): void {
    this.state = { ...this.state, ...next };
    for (const l of this.listeners) l();
  }

  private setSession(update: (s: Session) => Session): void {
    const s = this.state.session;
    if (s !== null) this.set({ session: update(s) });
  }

  dismissError(): void {
    this.set({ error: null });
  }

  reportError(error: unknown): void {
    this.set({ error: error instanceof ApiCallError ? error : new ApiCallError('app.info', 'INTERNAL', String(error)) });
  }

  /** Run a call that yields a project (open, create, recover) and make it the current one. */
  async load(action: (client: ApiClient) => Promise<ProjectHandle>): Promise<boolean> {
    this.set({ busy: true, error: null });
    try {
      const handle = await action(this.client);
      this.adopt(handle);
      this.set({ busy: false });
      return true;
    } catch (error) {
      this.set({ busy: false });
      this.reportError(error);
      return false;
    }
  }

  private adopt(handle: ProjectHandle): void {
    this.epoch++;
    const { meta, plan } = splitHandle(handle);
    this.set({ session: { meta, plan, undo: [], redo: [], pending: 0 } });
  }

  /**
   * Close the project on the host. The host keeps a dirty project open unless `discard` is set
   * and answers `closed: false`; the caller then asks the person what to do.
   */
  async close(discard = false): Promise<'closed' | 'unsaved' | 'failed'> {
    const s = this.state.session;
    if (s === null) return 'closed';
    this.set({ busy: true, error: null });
    try {
      await this.sendChain;
      const res = await this.client.call('project.close', { project_id: s.meta.project_id, discard_changes: discard });
      if (!res.closed) {
        this.set({ busy: false });
        return 'unsaved';
      }
      this.epoch++;
      this.set({ session: null, busy: false });
      return 'closed';
    } catch (error) {
      this.set({ busy: false });
      this.reportError(error);
      return 'failed';
    }
  }

  /** Save to the project's file; an untitled project needs a path first (`needs_path`). */
  async save(): Promise<'saved' | 'needs_path' | 'failed'> {
    const s = this.state.session;
    if (s === null) return 'failed';
    if (s.meta.path === null) return 'needs_path';
    const outcome = await this.saveWith(() => this.client.call('project.save', { project_id: s.meta.project_id }));
    return outcome === 'saved' ? 'saved' : 'failed';
  }

  /**
   * A reviewer saves their comments into the file. When another reviewer saved comments there
   * meanwhile, the host merges both (project.save answers how many it took from the file) and
   * this reloads the project so the reviewer sees them; a review project has no undo history
   * to lose. Answers the number merged in, or null when the save failed (the error is shown).
   */
  async saveReviewComments(): Promise<{ merged: number } | null> {
    const s = this.state.session;
    if (s === null || s.meta.path === null) return null;
    let merged = 0;
    const outcome = await this.saveWith(async () => {
      const saved = await this.client.call('project.save', { project_id: s.meta.project_id });
      merged = saved.merged_comments;
      if (merged > 0) this.adopt(await this.client.call('project.get', { project_id: s.meta.project_id }));
      return saved;
    });
    return outcome === 'saved' ? { merged } : null;
  }

  /** Save to a new path. `exists` means the file is there and `overwrite` was not set. */
  async saveAs(path: string, overwrite: boolean): Promise<'saved' | 'exists' | 'failed'> {
    const s = this.state.session;
    if (s === null) return 'failed';
    const outcome = await this.saveWith(
      () => this.client.call('project.saveAs', { project_id: s.meta.project_id, path, overwrite }),
      (error) => error.code === 'FILE_EXISTS',
    );
    return outcome === 'expected_failure' ? 'exists' : outcome;
  }

  private async saveWith(
    call: () => Promise<{ path: string; saved_at: string }>,
    expected?: (error: ApiCallError) => boolean,
  ): Promise<'saved' | 'failed' | 'expected_failure'> {
    this.set({ busy: true, error: null });
    try {
      // Edits still on their way must reach the host before it writes the file.
      await this.sendChain;
      const saved = await call();
      const pendingAfter = this.state.session?.pending ?? 0;
      this.setSession((cur) => ({ ...cur, meta: { ...cur.meta, path: saved.path, dirty: pendingAfter > 0 } }));
      this.set({ busy: false });
      return 'saved';
    } catch (error) {
      this.set({ busy: false });
      if (error instanceof ApiCallError && expected?.(error) === true) return 'expected_failure';
      this.reportError(error);
      return 'failed';
    }
  }

  commit(recipe: (draft: Draft<Plan>) => void, options: { label: string }): CommitOutcome {
    const s = this.state.session;
    if (s === null) return { ok: false, reason: 'no_project' };
    if (s.meta.read_only) return { ok: false, reason: 'read_only' };
    const [next, forward, inverse] = produceWithPatches(s.plan, recipe);
    if (forward.length === 0) return { ok: true, changed: false };
    // Check locally first so the person gets the problem with its path at once; the host
    // checks again and stays the authority.
    const parsed = Plan.safeParse(next);
    if (!parsed.success) {
      return {
        ok: false,
        reason: 'invalid',
        issues: planIssuesOf(parsed.error, next),
        plan: next,
      };
    }
    const entry: HistoryEntry = { label: options.label, forward, inverse };
    const undo = [...s.undo, entry].slice(-HISTORY_LIMIT);
    this.set({ session: { ...s, plan: next, undo, redo: [], pending: s.pending + 1 } });
    this.enqueue(forward, options.label);
    return { ok: true, changed: true };
  }

  undo(): boolean {
    const s = this.state.session;
    const entry = s?.undo.at(-1);
    if (s === null || s.meta.read_only || entry === undefined) return false;
    const plan = applyPatches(s.plan, entry.inverse);
    this.set({ session: { ...s, plan, undo: s.undo.slice(0, -1), redo: [...s.redo, entry], pending: s.pending + 1 } });
    this.enqueue(entry.inverse, `Undo: ${entry.label}`);
    return true;
  }

  redo(): boolean {
    const s = this.state.session;
    const entry = s?.redo.at(-1);
    if (s === null || s.meta.read_only || entry === undefined) return false;
    const plan = applyPatches(s.plan, entry.forward);
    this.set({ session: { ...s, plan, undo: [...s.undo, entry], redo: s.redo.slice(0, -1), pending: s.pending + 1 } });
    this.enqueue(entry.forward, `Redo: ${entry.label}`);
    return true;
  }

  /**
   * An edit the host makes itself because only it may do the work (`series.import`: the host
   * parses the file; the renderer never builds the series). The call waits its turn behind
   * queued edits, so `baseRevision` is the revision the host has confirmed; the patch it
   * answers is applied here and recorded as one undo step with its inverse, exactly like a
   * commit (undo and redo then send ordinary `project.edit`s).
   *
   * A refusal with INVALID_REQUEST (a bad file) left the host's plan unchanged, so it goes back
   * to the caller to show inline and nothing is reset. Any other failure, or a patch that does
   * not apply to the local plan, means the copies may differ: resync as for a refused commit.
   */
  async hostEdit<T extends HostEditAnswer>(
    label: string,
    call: (projectId: string, baseRevision: number) => Promise<T>,
  ): Promise<HostEditOutcome<T>> {
    const s0 = this.state.session;
    if (s0 === null) return { ok: false, reason: 'no_project' };
    if (s0.meta.read_only) return { ok: false, reason: 'read_only' };
    const epoch = this.epoch;
    // Counted as pending so save, close and the unload guard wait for it.
    this.setSession((cur) => ({ ...cur, pending: cur.pending + 1 }));
    let outcome: HostEditOutcome<T> = { ok: false, reason: 'dropped' };
    const run = async (): Promise<void> => {
      const s = this.state.session;
      if (epoch !== this.epoch || s === null) return;
      const settle = () => this.setSession((cur) => ({ ...cur, pending: Math.max(0, cur.pending - 1) }));
      let answer: T;
      try {
        answer = await call(s.meta.project_id, s.meta.revision);
      } catch (error) {
        if (epoch !== this.epoch) return;
        settle();
        if (error instanceof ApiCallError && error.code === 'INVALID_REQUEST') {
          outcome = { ok: false, reason: 'refused', error };
          return;
        }
        const e = error instanceof ApiCallError ? error : new ApiCallError('project.edit', 'INTERNAL', String(error));
        this.reportError(e);
        outcome = { ok: false, reason: 'refused', error: e };
        await this.resync(s.meta.project_id);
        return;
      }
      if (epoch !== this.epoch) return;
      const cur = this.state.session;
      if (cur === null) return;
      // Edits committed while the call ran are queued behind it on the host; applying the
      // patch after them here gives the same plan (an append commutes with them).
      let recorded: { next: Plan; forward: Patch[]; inverse: Patch[] } | null = null;
      try {
        const [next, forward, inverse] = produceWithPatches(cur.plan, (d) => applyPatches(d, [answer.patch as Patch]));
        if (Plan.safeParse(next).success) recorded = { next, forward, inverse };
      } catch {
        recorded = null;
      }
      if (recorded === null) {
        await this.resync(cur.meta.project_id);
        outcome = { ok: true, value: answer };
        return;
      }
      const entry: HistoryEntry = { label, forward: recorded.forward, inverse: recorded.inverse };
      this.set({
        session: {
          ...cur,
          plan: recorded.next,
          meta: { ...cur.meta, revision: answer.revision, dirty: answer.dirty },
          undo: [...cur.undo, entry].slice(-HISTORY_LIMIT),
          redo: [],
          pending: Math.max(0, cur.pending - 1),
        },
      });
      outcome = { ok: true, value: answer };
    };
    const step = this.sendChain.then(run);
    this.sendChain = step;
    await step;
    return outcome;
  }

  /** Resolves when every queued edit has been answered (tests and close use it). */
  whenSettled(): Promise<void> {
    return this.sendChain;
  }

  private enqueue(patches: readonly Patch[], label: string): void {
    const epoch = this.epoch;
    const wire = toWire(patches);
    this.sendChain = this.sendChain.then(() => this.send(epoch, wire, label));
  }

  private async send(epoch: number, patches: EditPatch[], label: string): Promise<void> {
    const s = this.state.session;
    if (epoch !== this.epoch || s === null) return;
    try {
      const call = this.client.call('project.edit', {
        project_id: s.meta.project_id,
        base_revision: s.meta.revision,
        label,
        patches,
      });
      // After the edit's request has left, so the host sees the edit first on an ordered channel.
      for (const l of this.sendListeners) l(s.meta.project_id, s.meta.revision + 1);
      const res = await call;
      if (epoch !== this.epoch) return;
      this.setSession((cur) => ({
        ...cur,
        meta: { ...cur.meta, revision: res.revision, dirty: res.dirty },
        pending: Math.max(0, cur.pending - 1),
      }));
    } catch (error) {
      if (epoch !== this.epoch) return;
      this.reportError(error);
      await this.resync(s.meta.project_id);
    }
  }

  /** Replace the local copy with the host's after a refused edit. */
  private async resync(projectId: string): Promise<void> {
    this.epoch++; // drops every edit still queued behind the refused one
    try {
      const handle = await this.client.call('project.get', { project_id: projectId });
      const { meta, plan } = splitHandle(handle);
      this.set({ session: { meta, plan, undo: [], redo: [], pending: 0 } });
    } catch (error) {
      this.reportError(error);
    }
  }
}
