import { ProjectId } from '../../../core/api/contract.ts';
import type { ApiClient } from '../api/client.ts';
import type { ProjectStore } from '../state/project-store.ts';

/**
 * A reload (F5) restarts the page while the host keeps the project open with its edits. The
 * open project's id is kept for this tab (sessionStorage), so the reloaded page reopens it
 * instead of dropping to the Start screen. Only the undo history (the page's own memory) is
 * lost, and the page says so.
 */
const KEY = 'parkzero.openProject';

/** What a reload brought back, for the notice; null when nothing was reopened. */
export interface Reopened {
  title: string;
  /** Whether the reopened project holds changes not yet saved to its file. */
  dirty: boolean;
}

/** Keeps the id of the project open in this tab up to date; returns the unsubscribe. */
export function rememberOpenProject(store: ProjectStore, storage: Storage): () => void {
  return store.subscribe(() => {
    const { session, busy } = store.getSnapshot();
    if (session !== null) storage.setItem(KEY, session.meta.project_id);
    else if (!busy) storage.removeItem(KEY);
  });
}

/**
 * Reopens the project this tab had open before a reload, when the host still has it. A project
 * the host no longer has (closed, or the host restarted) is forgotten quietly: the Start screen
 * then lists its unsaved work for recovery.
 */
export async function reopenAfterReload(client: ApiClient, store: ProjectStore, storage: Storage): Promise<Reopened | null> {
  const parsed = ProjectId.safeParse(storage.getItem(KEY));
  if (!parsed.success) return null;
  let handle;
  try {
    handle = await client.call('project.get', { project_id: parsed.data });
  } catch {
    storage.removeItem(KEY);
    return null;
  }
  if (!(await store.load(() => Promise.resolve(handle)))) return null;
  return { title: handle.title, dirty: handle.dirty };
}
