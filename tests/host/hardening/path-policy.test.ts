import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../../electron/host/host.ts';
import { confinedTo, pickedPaths } from '../../../electron/host/path-policy.ts';
import type { Result } from '../../../core/api/result.ts';
import { importedSample } from '../review/helpers.ts';

/**
 * Issue 14, item 3: the host wrote wherever a request said (`project.saveAs` replaced
 * ~/.bashrc, `review.memo` wrote ~/.ssh/authorized_keys, `report.export` replaced files without
 * an overwrite flag). Requests now pass the shell's path policy and need `overwrite` to replace.
 */

let base: string;
let root: string;
let outside: string;
let host: Host;
let projectId: string;

async function call(name: string, request: unknown): Promise<Result<unknown>> {
  return host.call(name, request);
}

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'pz-paths-'));
  root = path.join(base, 'projects');
  outside = path.join(base, 'home');
  fs.mkdirSync(root);
  fs.mkdirSync(path.join(outside, '.ssh'), { recursive: true });
  fs.mkdirSync(path.join(root, '.ssh'));
  host = createHost({
    shell: 'browser',
    dataDir: path.join(base, 'data'),
    version: 'test',
    log: () => {},
    paths: confinedTo(root),
  });
  const file = await importedSample(root, 'park.parkzero');
  const opened = await call('project.open', { path: file });
  if (!opened.ok) throw new Error(opened.error.message);
  projectId = (opened.value as { project_id: string }).project_id;
});
afterAll(async () => {
  await host.close();
  fs.rmSync(base, { recursive: true, force: true });
});

describe('the browser host keeps requests inside its project folder', () => {
  it('refuses to save over a file outside the folder, even with overwrite, and leaves it alone', async () => {
    const bashrc = path.join(outside, '.bashrc');
    fs.writeFileSync(bashrc, 'echo hello\n');
    for (const target of [bashrc, path.join(outside, 'park.parkzero'), path.join(root, '..', 'home', 'x.parkzero')]) {
      const r = await call('project.saveAs', { project_id: projectId, path: target, overwrite: true });
      expect(r).toMatchObject({ ok: false, error: { code: 'PATH_NOT_ALLOWED' } });
    }
    expect(fs.readFileSync(bashrc, 'utf8')).toBe('echo hello\n');
    expect(fs.existsSync(path.join(outside, 'park.parkzero'))).toBe(false);
  });

  it('refuses dot-folders and dot-files inside the folder', async () => {
    const memo = await call('review.memo', {
      project_id: projectId,
      reviewer: 'Li Wei',
      conclusion: 'pass',
      path: path.join(root, '.ssh', 'authorized_keys.md'),
      overwrite: true,
    });
    expect(memo).toMatchObject({ ok: false, error: { code: 'PATH_NOT_ALLOWED' } });
    const hidden = await call('project.saveAs', { project_id: projectId, path: path.join(root, '.hidden.parkzero') });
    expect(hidden).toMatchObject({ ok: false, error: { code: 'PATH_NOT_ALLOWED' } });
    expect(fs.readdirSync(path.join(root, '.ssh'))).toEqual([]);
  });

  it('refuses a folder link leading out of the folder, and writing through a file link', async () => {
    fs.symlinkSync(outside, path.join(root, 'escape'));
    const r = await call('project.saveAs', { project_id: projectId, path: path.join(root, 'escape', 'x.parkzero') });
    expect(r).toMatchObject({ ok: false, error: { code: 'PATH_NOT_ALLOWED' } });
    fs.symlinkSync(path.join(root, 'park.parkzero'), path.join(root, 'link.parkzero'));
    const viaLink = await call('project.saveAs', {
      project_id: projectId,
      path: path.join(root, 'link.parkzero'),
      overwrite: true,
    });
    expect(viaLink).toMatchObject({ ok: false, error: { code: 'PATH_NOT_ALLOWED' } });
    const key = await call('review.signatures', { project_id: projectId, public_key_path: '/etc/passwd' });
    expect(key).toMatchObject({ ok: false, error: { code: 'PATH_NOT_ALLOWED' } });
    expect(fs.readdirSync(outside).sort()).toEqual(['.bashrc', '.ssh']);
  });

  it('writes inside the folder, relative paths from the folder', async () => {
    const r = await call('project.saveAs', { project_id: projectId, path: 'copy.parkzero' });
    expect(r).toMatchObject({ ok: true, value: { path: path.join(fs.realpathSync(root), 'copy.parkzero') } });
  });

  it('report.export replaces an existing file only with overwrite', { timeout: 120_000 }, async () => {
    const pdf = path.join(root, 'report.pdf');
    fs.writeFileSync(pdf, 'mine');
    const request = { project_id: projectId, format: 'pdf', lang: 'en', path: pdf };
    const refused = await call('report.export', request);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FILE_EXISTS' } });
    expect(fs.readFileSync(pdf, 'utf8')).toBe('mine');
    const replaced = await call('report.export', { ...request, overwrite: true });
    expect(replaced.ok).toBe(true);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('the desktop policy', () => {
  it('allows exactly the files picked in a dialog, named by the handle it gave', () => {
    const policy = pickedPaths();
    const picked = path.join(base, 'picked.pdf');
    expect(() => policy.forWrite(picked, 'report')).toThrow(/not chosen in a file dialog/);
    const handle = policy.allow(picked);
    expect(policy.forWrite(handle, 'report')).toBe(picked);
    expect(() => policy.forRead(path.join(outside, '.bashrc'), 'public key')).toThrow(/not chosen in a file dialog/);
  });
});
