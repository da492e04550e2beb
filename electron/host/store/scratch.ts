import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isProcessAlive } from './lock-file.ts';

/**
 * Throwaway folders in the system temp folder (checked copies for `validate`, `info`, `export`,
 * building a new file, CLI series and submitted-plan edits). A process killed while holding one cannot remove it,
 * and a copy of a large project stays in /tmp. So each folder's name carries its owner's pid,
 * and making a new one first removes those whose owner is gone (issue 14).
 */

const PATTERN = /^parkzero-([a-z]+)-(\d+)-[A-Za-z0-9]{6}$/;
/** A folder this young may belong to a process that has only just started. */
const GRACE_MS = 60_000;

export function makeScratchDir(kind: 'inspect' | 'new' | 'series' | 'submit'): string {
  removeAbandonedScratch();
  return fs.mkdtempSync(path.join(os.tmpdir(), `parkzero-${kind}-${process.pid}-`));
}

/** Removes scratch folders of processes that no longer run; anything doubtful stays. */
export function removeAbandonedScratch(now = Date.now()): void {
  let names: string[];
  try {
    names = fs.readdirSync(os.tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    const match = PATTERN.exec(name);
    if (match === null) continue;
    const pid = Number(match[2]);
    if (pid === process.pid || isProcessAlive(pid)) continue;
    const dir = path.join(os.tmpdir(), name);
    try {
      const stat = fs.lstatSync(dir);
      const otherUser = process.getuid !== undefined && stat.uid !== process.getuid();
      if (!stat.isDirectory() || otherUser || now - stat.mtimeMs < GRACE_MS) continue;
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // Gone meanwhile, or not ours to remove.
    }
  }
}
