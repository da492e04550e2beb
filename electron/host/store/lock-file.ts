import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errnoCode } from './file-error.ts';
import { ParkZeroError } from '../../../core/api/result.ts';
import { READ_LIMITS, readSmallTextFile, readSmallTextFileAsync } from '../safe-read.ts';

/**
 * A sidecar lock beside a project file says "open for editing by this instance". It is
 * advisory (other programs may ignore it) and only keeps two ParkZero instances from saving
 * over each other. Created with exclusive create ('wx'), so two instances cannot both get it.
 * A lock left by a crash is taken over when its owner is provably gone: same host and the pid
 * is not running, or the lock is unreadable and older than a grace period.
 */

export interface InstanceIdentity {
  user: string;
  host: string;
  pid: number;
}

export interface LockInfo extends InstanceIdentity {
  /** ISO time the lock was taken. */
  since: string;
  /** Random per ProjectStore, to tell two instances apart inside one process. */
  token: string;
}

const LOCK_FORMAT = 'parkzero-lock';
export const LOCK_VERSION = 1;
/** A lock file is written in one call right after 'wx' creates it; unreadable for longer means junk. */
const UNREADABLE_GRACE_MS = 5000;

export type LockResult =
  | { acquired: true; lockPath: string }
  | { acquired: false; reason: 'locked_by_other'; holder: LockInfo }
  | { acquired: false; reason: 'newer_lock_format'; holder: LockInfo | null }
  | { acquired: false; reason: 'file_not_writable'; error: string };

/** This process as a lock owner. */
export function localIdentity(): InstanceIdentity {
  let user = 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    // No passwd entry (some containers): keep 'unknown'.
  }
  return { user, host: os.hostname(), pid: process.pid };
}

export function lockPathFor(target: string): string {
  return path.join(path.dirname(target), `.~${path.basename(target)}.lock`);
}

export function describeHolder(info: Pick<LockInfo, 'user' | 'host' | 'pid'>): string {
  return `${info.user}@${info.host} (pid ${info.pid})`;
}

export function acquireLock(target: string, me: LockInfo): LockResult {
  const lockPath = lockPathFor(target);
  // Three rounds: if one finds a stale lock and removes it, the next creates ours.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, lockText(me), { flag: 'wx' });
      return { acquired: true, lockPath };
    } catch (e) {
      const code = errnoCode(e);
      if (code !== 'EEXIST') return { acquired: false, reason: 'file_not_writable', error: code ?? String(e) };
    }
    const verdict = judge(readLock(lockPath), me, lockPath);
    if (verdict !== 'stale') return verdict;
    removeStale(lockPath);
  }
  return { acquired: false, reason: 'file_not_writable', error: 'the lock file keeps changing' };
}

/**
 * `acquireLock` with every file step on libuv's thread pool, for the API (`project.open`): the
 * lock sits beside a file someone sent, on any disk, and whatever it is (a FIFO, a device, a
 * slow network share) it must never hold the host's main thread. Same rules, same answers.
 */
export async function acquireLockAsync(target: string, me: LockInfo): Promise<LockResult> {
  const lockPath = lockPathFor(target);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.promises.writeFile(lockPath, lockText(me), { flag: 'wx' });
      return { acquired: true, lockPath };
    } catch (e) {
      const code = errnoCode(e);
      if (code !== 'EEXIST') return { acquired: false, reason: 'file_not_writable', error: code ?? String(e) };
    }
    const verdict = judge(await readLockAsync(lockPath), me, lockPath);
    if (verdict !== 'stale') return verdict;
    await removeStaleAsync(lockPath);
  }
  return { acquired: false, reason: 'file_not_writable', error: 'the lock file keeps changing' };
}

function lockText(me: LockInfo): string {
  return JSON.stringify({ format: LOCK_FORMAT, version: LOCK_VERSION, ...me });
}

/** What an existing lock means for `me`: an answer, or 'stale' (remove it and try again). */
function judge(existing: ReadResult, me: LockInfo, lockPath: string): LockResult | 'stale' {
  if (existing.kind === 'ok') {
    if (existing.info.token === me.token) return { acquired: true, lockPath };
    if (!isStale(existing.info, me)) return { acquired: false, reason: 'locked_by_other', holder: existing.info };
  } else if (existing.kind === 'newer') {
    return { acquired: false, reason: 'newer_lock_format', holder: existing.info };
  } else if (existing.kind === 'unreadable' && Date.now() - existing.mtimeMs < UNREADABLE_GRACE_MS) {
    return {
      acquired: false,
      reason: 'locked_by_other',
      holder: { user: 'unknown', host: 'unknown', pid: 0, since: new Date(existing.mtimeMs).toISOString(), token: '' },
    };
  }
  return 'stale';
}

/** Removes our lock; leaves anyone else's alone (it may have been taken over after we hung). */
export function releaseLock(target: string, token: string): void {
  const lockPath = lockPathFor(target);
  const existing = readLock(lockPath);
  if (existing.kind === 'ok' && existing.info.token === token) fs.rmSync(lockPath, { force: true });
}

/** Who holds the lock on `target`, unless it is a stale lock of a dead process on this host. */
export function currentHolder(target: string, localHost: string): LockInfo | null {
  const existing = readLock(lockPathFor(target));
  if (existing.kind !== 'ok' && existing.kind !== 'newer') return null;
  const info = existing.info;
  if (info === null) return null;
  return info.host === localHost && !isProcessAlive(info.pid) ? null : info;
}

type ReadResult =
  | { kind: 'ok'; info: LockInfo }
  | { kind: 'newer'; info: LockInfo | null }
  | { kind: 'missing' }
  | { kind: 'unreadable'; mtimeMs: number };

function readLock(lockPath: string): ReadResult {
  let text: string;
  let mtimeMs = 0;
  try {
    // lstat: the lock's own age, not that of whatever a planted symlink points at.
    mtimeMs = fs.lstatSync(lockPath).mtimeMs;
    // Bounded, regular files only, never blocking: a FIFO or /dev/zero planted as the lock
    // once hung `validate` and `project.open`. Such a lock reads as unreadable junk.
    text = readSmallTextFile(lockPath, { what: 'lock file', maxBytes: READ_LIMITS.lockFile });
  } catch (e) {
    return readFailure(e, mtimeMs);
  }
  return parseLock(text, mtimeMs);
}

/** `readLock` off the main thread (safe-read.ts, readSmallTextFileAsync). */
async function readLockAsync(lockPath: string): Promise<ReadResult> {
  let text: string;
  let mtimeMs = 0;
  try {
    mtimeMs = (await fs.promises.lstat(lockPath)).mtimeMs;
    text = await readSmallTextFileAsync(lockPath, { what: 'lock file', maxBytes: READ_LIMITS.lockFile });
  } catch (e) {
    return readFailure(e, mtimeMs);
  }
  return parseLock(text, mtimeMs);
}

function readFailure(e: unknown, mtimeMs: number): ReadResult {
  const missing = errnoCode(e) === 'ENOENT' || (e instanceof ParkZeroError && e.code === 'NOT_FOUND');
  return missing ? { kind: 'missing' } : { kind: 'unreadable', mtimeMs };
}

function parseLock(text: string, mtimeMs: number): ReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', mtimeMs };
  }
  if (typeof raw !== 'object' || raw === null) return { kind: 'unreadable', mtimeMs };
  const r = raw as Record<string, unknown>;
  if (r.format !== LOCK_FORMAT || typeof r.version !== 'number') return { kind: 'unreadable', mtimeMs };
  const info = asLockInfo(r);
  if (r.version > LOCK_VERSION) return { kind: 'newer', info };
  return info ? { kind: 'ok', info } : { kind: 'unreadable', mtimeMs };
}

function asLockInfo(r: Record<string, unknown>): LockInfo | null {
  const { user, host, pid, since, token } = r;
  if (typeof user !== 'string' || typeof host !== 'string' || typeof since !== 'string' || typeof token !== 'string') return null;
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
  return { user: user.slice(0, 200), host: host.slice(0, 200), pid, since: since.slice(0, 40), token };
}

function isStale(holder: LockInfo, me: LockInfo): boolean {
  // On another host we cannot see its processes: the lock stands until released there.
  if (holder.host !== me.host) return false;
  return !isProcessAlive(holder.pid);
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to another user.
    return errnoCode(e) === 'EPERM';
  }
}

/**
 * Renames the stale lock aside before deleting it, so a failed rename (someone else got there
 * first) stops us. Known narrow race: two instances that both read the same stale lock at the
 * same moment may both end up believing they hold it; that needs a crashed holder plus two
 * simultaneous openers on one machine, and the rename keeps the window to microseconds.
 */
function removeStale(lockPath: string): void {
  const aside = `${lockPath}.${process.pid}.${Date.now()}.stale`;
  try {
    fs.renameSync(lockPath, aside);
  } catch {
    return;
  }
  fs.rmSync(aside, { force: true });
}

async function removeStaleAsync(lockPath: string): Promise<void> {
  const aside = `${lockPath}.${process.pid}.${Date.now()}.stale`;
  try {
    await fs.promises.rename(lockPath, aside);
  } catch {
    return;
  }
  await fs.promises.rm(aside, { force: true });
}
