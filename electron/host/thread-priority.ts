import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * Lowers the calling worker thread's scheduling priority (Linux: nice +`steps`), so that while
 * the engine computes, the threads a user waits on first get the cores: the host's main thread
 * checking and writing an edit, the window drawing it. The engine's run is started before the
 * edit is written (runs-ahead.ts) and is answered only after; on a machine with two cores it
 * competed with that write on equal terms.
 *
 * Only on Linux, where a thread has its own id and nice value (setpriority on a thread id); on
 * Windows and macOS `os.setPriority` changes the whole process, so nothing is done there.
 * Returns whether the priority was lowered. Never throws: a refused change (a container's
 * policy) leaves the thread as it was.
 */
export function lowerThisThreadPriority(steps = 5): boolean {
  if (process.platform !== 'linux') return false;
  try {
    // /proc/thread-self -> "<pid>/task/<tid>"
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, Math.min(19, getPriority(tid) + Math.max(0, steps)));
    return true;
  } catch {
    return false;
  }
}
