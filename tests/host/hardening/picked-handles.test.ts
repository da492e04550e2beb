import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host, type NativeDialogs } from '../../../electron/host/host.ts';
import { PICKED_HANDLE_PREFIX, pickedPaths, type PickedPathPolicy } from '../../../electron/host/path-policy.ts';
import type { Result } from '../../../core/api/result.ts';
import { importedSample } from '../review/helpers.ts';

/**
 * Issue 14, item 3 (left over): in the desktop app the renderer gets an opaque handle for a file
 * picked in a native dialog, never its path, and requests name files by that handle. The
 * Electron window cannot run here, so the host runs with the desktop policy and dialogs that
 * answer as electron/main/dialogs.ts does: the picked path goes to the policy, the handle back.
 */

let base: string;
let home: string;
let policy: PickedPathPolicy;
let host: Host;
let projectId: string;
/** What the next native dialog "picks", as the user would in the window. */
let nextPick: string | null = null;

const dialogs: NativeDialogs = {
  openProject: async () => pick(),
  openPublicKey: async () => pick(),
  saveProject: async () => pick(),
  saveFile: async () => pick(),
  openPortfolio: async () => {
    const handle = pick();
    return handle === null ? null : [handle];
  },
};
function pick(): string | null {
  const chosen = nextPick;
  nextPick = null;
  return chosen === null ? null : policy.allow(chosen);
}

async function call(name: string, request: unknown): Promise<Result<unknown>> {
  return host.call(name, request);
}
function value<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'pz-handles-'));
  home = path.join(base, 'home');
  fs.mkdirSync(path.join(home, 'Documents'), { recursive: true });
  policy = pickedPaths();
  host = createHost({
    shell: 'electron',
    dataDir: path.join(base, 'data'),
    version: 'test',
    log: () => {},
    dialogs,
    paths: policy,
  });
  nextPick = await importedSample(path.join(home, 'Documents'), 'park.parkzero');
  const picked = value<{ supported: boolean; path: string }>(await call('dialog.openProject', {}));
  projectId = value<{ project_id: string }>(await call('project.open', { path: picked.path })).project_id;
});
afterAll(async () => {
  await host.close();
  fs.rmSync(base, { recursive: true, force: true });
});

describe('files picked in the desktop dialogs', () => {
  it('reach the renderer as handles that show the file name but not the folder', async () => {
    nextPick = path.join(home, 'Documents', 'plan.pdf');
    const answer = value<{ supported: boolean; path: string }>(await call('dialog.saveFile', { ext: 'pdf' }));
    expect(answer.supported).toBe(true);
    expect(answer.path.startsWith(PICKED_HANDLE_PREFIX)).toBe(true);
    expect(answer.path.endsWith('/plan.pdf')).toBe(true);
    expect(answer.path).not.toContain(home);
  });

  it('are written through their handle, and only through it', async () => {
    const target = path.join(home, 'Documents', 'report.pdf');
    nextPick = target;
    const handle = value<{ path: string }>(await call('dialog.saveFile', { ext: 'pdf' })).path;
    // The path itself, although the user picked it, is not a handle: refused.
    const byPath = await call('report.export', { project_id: projectId, format: 'pdf', lang: 'en', path: target });
    expect(byPath).toMatchObject({ ok: false, error: { code: 'PATH_NOT_ALLOWED' } });
    expect(fs.existsSync(target)).toBe(false);
    const written = await call('report.export', { project_id: projectId, format: 'pdf', lang: 'en', path: handle });
    expect(written.ok).toBe(true);
    expect(fs.readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('cannot be forged: a made-up handle, or a real one with another file name, is refused', async () => {
    const bashrc = path.join(home, '.bashrc');
    fs.writeFileSync(bashrc, 'echo hello\n');
    nextPick = path.join(home, 'Documents', 'copy.parkzero');
    const handle = value<{ path: string }>(await call('dialog.saveProject', {})).path;
    const forged = [
      `${PICKED_HANDLE_PREFIX}000000000000000000000000/.bashrc`,
      handle.slice(0, handle.lastIndexOf('/') + 1) + '.bashrc',
      bashrc,
      '~/.bashrc',
    ];
    for (const p of forged) {
      const r = await call('project.saveAs', { project_id: projectId, path: p, overwrite: true });
      expect(r).toMatchObject({ ok: false, error: { code: 'PATH_NOT_ALLOWED' } });
    }
    expect(fs.readFileSync(bashrc, 'utf8')).toBe('echo hello\n');
    const saved = await call('project.saveAs', { project_id: projectId, path: handle, overwrite: false });
    expect(saved.ok).toBe(true);
    expect(fs.existsSync(path.join(home, 'Documents', 'copy.parkzero'))).toBe(true);
  });

  it('give a new handle for each pick, both valid in the session; a fresh session knows neither', () => {
    const file = path.join(home, 'Documents', 'key.pub');
    const a = policy.allow(file);
    const b = policy.allow(file);
    expect(a).not.toBe(b);
    expect(policy.forRead(a, 'public key')).toBe(file);
    expect(policy.forRead(b, 'public key')).toBe(file);
    expect(() => pickedPaths().forRead(a, 'public key')).toThrow(/not a file chosen in a file dialog in this session/);
  });
});
