import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { errnoCode } from './file-error.ts';

/**
 * Working copies: each open project is edited in a private copy under
 * `<workDir>/<recoveryId>/`, never in the user's file. The folder holds
 *   project.db      the SQLite working copy (every edit is committed here at once)
 *   manifest.json   who owns it and where it saves to, for crash recovery
 *   *.bak           a copy taken before migrating an older file
 * After a crash the folder stays behind; the next start lists it as recoverable when its
 * owner process is gone and it holds edits newer than the last save.
 */

export interface Manifest {
  format: 'parkzero-working-copy';
  version: 1;
  recovery_id: string;
  /** The file this copy saves to; null for an untitled project. */
  target_path: string | null;
  title: string;
  owner: { user: string; host: string; pid: number; token: string };
  read_only: boolean;
  opened_at: string;
  /** When the copy last diverged from its target (first unsaved edit), or opened_at. */
  edited_at: string;
  /** change_log seq at the last open or save: later rows are unsaved edits. */
  saved_seq: number;
}

export const DB_NAME = 'project.db';
const MANIFEST_NAME = 'manifest.json';

export function newRecoveryId(): string {
  return crypto.randomBytes(16).toString('hex');
}

export function isRecoveryId(id: string): boolean {
  return /^[0-9a-f]{16,64}$/.test(id);
}

export function workingDir(workDir: string, recoveryId: string): string {
  return path.join(workDir, recoveryId);
}

export function createWorkingDir(workDir: string, recoveryId: string): string {
  fs.mkdirSync(workDir, { recursive: true });
  const dir = workingDir(workDir, recoveryId);
  fs.mkdirSync(dir);
  return dir;
}

/** Written via a temp file and rename so a crash never leaves half a manifest. */
export function writeManifest(dir: string, manifest: Manifest): void {
  const file = path.join(dir, MANIFEST_NAME);
  const temp = `${file}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(manifest, null, 2));
  fs.renameSync(temp, file);
}

export function readManifest(dir: string): Manifest | null {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_NAME), 'utf8'));
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Partial<Manifest>;
  const owner = m.owner;
  if (
    m.format !== 'parkzero-working-copy' ||
    m.version !== 1 ||
    typeof m.recovery_id !== 'string' ||
    !(m.target_path === null || typeof m.target_path === 'string') ||
    typeof m.title !== 'string' ||
    typeof m.edited_at !== 'string' ||
    typeof m.saved_seq !== 'number' ||
    typeof owner !== 'object' ||
    owner === null ||
    typeof owner.pid !== 'number' ||
    typeof owner.host !== 'string' ||
    typeof owner.token !== 'string'
  )
    return null;
  return m as Manifest;
}

/** Recovery ids of all working copy folders, including broken ones. */
export function listWorkingDirs(workDir: string): string[] {
  try {
    return fs
      .readdirSync(workDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && isRecoveryId(d.name))
      .map((d) => d.name);
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return [];
    throw e;
  }
}

export function removeWorkingDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
