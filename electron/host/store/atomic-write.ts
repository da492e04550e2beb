import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { errnoCode, fileError, ioError } from './file-error.ts';
import { fileNameOf, reason } from '../../../core/text/error-reasons.ts';

/**
 * Writing a file so that a crash at any moment leaves either the old or the new complete
 * file at the target, never a mix: produce it under a temporary name in the SAME folder
 * (rename is atomic only within one file system), fsync it, rename it over the target, then
 * fsync the folder so the rename itself survives a power cut.
 */

const TEMP_SUFFIX = '.pz-tmp';

/** `.<name>.<random>.pz-tmp` beside the target; hidden so users do not open it. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

/**
 * Deletes temporary files a killed save left beside `target`. Only call while holding the
 * target's lock (or when creating it), so no live writer's temp file is removed.
 */
export function removeLeftoverTemps(target: string): void {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    // SQLite's own sidecars of the temp database (VACUUM INTO journals its output) go too.
    if (name.startsWith(prefix) && /^[0-9a-f]{12}\.pz-tmp(-journal|-wal|-shm)?$/.test(name.slice(prefix.length))) {
      fs.rmSync(path.join(dir, name), { force: true });
    }
  }
}

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function fsyncDir(dir: string): void {
  // Windows cannot open a folder as a file; NTFS makes the rename durable with its own journal.
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * `produce(tempPath)` must create the file at tempPath. With `overwrite: false` the target is
 * claimed with a hard link, which fails atomically if the target exists (no check-then-write
 * race); on file systems without hard links (FAT, some network shares) it falls back to
 * check-then-rename.
 */
export function writeFileAtomically(target: string, produce: (tempPath: string) => void, options: { overwrite: boolean }): void {
  const dir = path.dirname(target);
  refuseExisting(target, options.overwrite);
  const temp = tempPathFor(target);
  try {
    produce(temp);
    fsyncFile(temp);
    if (options.overwrite) fs.renameSync(temp, target);
    else claimWithoutOverwrite(temp, target);
    fsyncDir(dir);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    fs.rmSync(`${temp}-journal`, { force: true });
    throw ioError(target, 'write', e);
  }
}

/**
 * Refuses to go on when `target` exists and may not be replaced: for a writer that does costly
 * work (a report, a memo) before its atomic write, which checks again.
 */
export function refuseExisting(target: string, overwrite: boolean): void {
  if (!overwrite && fs.existsSync(target)) throw fileExists(target);
}

function fileExists(target: string) {
  return fileError(
    'FILE_EXISTS',
    target,
    'the file already exists; choose another name or allow overwriting',
    reason('file_exists', { file: fileNameOf(target) }),
  );
}

function claimWithoutOverwrite(temp: string, target: string): void {
  try {
    fs.linkSync(temp, target);
    fs.rmSync(temp, { force: true });
    return;
  } catch (e) {
    const code = errnoCode(e);
    if (code === 'EEXIST') throw fileExists(target);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
  }
  if (fs.existsSync(target)) throw fileExists(target);
  fs.renameSync(temp, target);
}
