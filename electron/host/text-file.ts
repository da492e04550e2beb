import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ParkZeroError } from '../../core/api/result.ts';

const REASONS: Record<string, string> = {
  ENOENT: 'the folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EISDIR: 'a folder has that name',
  ENOTDIR: 'a part of the path is not a folder',
};

/** Operating-system refusals become IO_ERROR with the path and a plain reason, not INTERNAL. */
function ioError(target: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === undefined) return error;
  return new ParkZeroError('IO_ERROR', `cannot write "${target}": ${REASONS[code] ?? code}`);
}

/**
 * Writes a text file (exported JSON, CSV, results) so that readers see either the old or the
 * new content, never half: temp file beside the target, fsync, rename, fsync the folder.
 * Bytes (PDF and Excel reports) go through the same path.
 */
export function writeTextFileAtomically(target: string, content: string | Uint8Array): void {
  try {
    writeAtomically(target, content);
  } catch (error) {
    throw ioError(target, error);
  }
}

function writeAtomically(target: string, content: string | Uint8Array): void {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx');
  try {
    // writeFileSync on a descriptor loops until every byte is written (writeSync may stop short).
    writeFileSync(fd, content);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dirname(target));
}

function syncFolder(folder: string): void {
  // Folders cannot be opened for fsync on Windows; there the rename is as durable as it gets.
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
