import { ParkZeroError } from '../../../core/api/result.ts';

/**
 * Pipelined result requests: the renderer asks `scenario.run` for the revision an edit will
 * make as soon as it SENDS the edit, not after the edit's answer (the answer waits for the
 * working copy's fsync; the run started ahead for that revision is already under way, see
 * runs-ahead.ts). Such a request may reach the host before its edit (two requests on two
 * connections), so it waits here until the project has that revision.
 *
 * Rules:
 *  - Results are only ever answered for a committed revision: the wait ends when the project's
 *    revision reaches the one asked for, which happens only after the edit's write and fsync.
 *  - A refused or failed edit of the project ends every wait for a revision it has not reached
 *    with REVISION_CONFLICT (the revision asked for will not exist; the renderer ignores that
 *    answer and keeps the last good result).
 *  - Nothing waits forever: after WAIT_MS the wait ends with REVISION_CONFLICT too.
 */

export const WAIT_MS = 10_000;

interface Revisioned {
  readonly revision: number;
}

interface Waiter {
  revision: number;
  done: (error?: ParkZeroError) => void;
}

function notCommitted(revision: number, why: string): ParkZeroError {
  return new ParkZeroError(
    'REVISION_CONFLICT',
    `revision ${revision} of the project was not committed (${why}); ask for the results of the current revision`,
  );
}

export class RevisionWaits {
  private readonly waiting = new WeakMap<Revisioned, Set<Waiter>>();
  private readonly waitMs: number;

  constructor(waitMs = WAIT_MS) {
    this.waitMs = waitMs;
  }

  /** Resolves once `project` has `revision` (or a newer one); at once when it already has. */
  until(project: Revisioned, revision: number): Promise<void> {
    if (project.revision >= revision) return Promise.resolve();
    let set = this.waiting.get(project);
    if (set === undefined) this.waiting.set(project, (set = new Set()));
    const waiters = set;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => waiter.done(notCommitted(revision, `no edit made it within ${this.waitMs} ms`)),
        this.waitMs,
      );
      const waiter: Waiter = {
        revision,
        done: (error) => {
          clearTimeout(timer);
          waiters.delete(waiter);
          if (error === undefined) resolve();
          else reject(error);
        },
      };
      waiters.add(waiter);
    });
  }

  /** An edit of `project` committed (ok) or was refused or failed (not ok): end the waits it settles. */
  settled(project: Revisioned, ok: boolean): void {
    const waiters = this.waiting.get(project);
    if (waiters === undefined) return;
    for (const w of [...waiters]) {
      if (project.revision >= w.revision) w.done();
      else if (!ok) w.done(notCommitted(w.revision, 'the edit that would have made it was refused or failed'));
    }
  }
}
