import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectStore, writePlanFile, inspectProjectFile } from '../../../electron/host/store/index.ts';
import { smallPlan } from './fixtures/plans.ts';
import { catchError, killHard, sha256, startChild, tempDir } from './helpers.ts';
import type { Child } from './helpers.ts';

const children: Child[] = [];
const stores: ProjectStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) s.closeAll();
  for (const c of children.splice(0)) await killHard(c);
});
function store(workDir: string): ProjectStore {
  const s = new ProjectStore({ workDir });
  stores.push(s);
  return s;
}

/** Runs a real instance that opens `file`, commits one edit, and is then killed with SIGKILL. */
async function crashAfterEdit(file: string, workDir: string, description: string): Promise<string> {
  const child = startChild(['edit', file, workDir, description]);
  children.push(child);
  const recoveryId = await child.waitFor('edited');
  await killHard(child);
  return recoveryId;
}

describe('crash recovery', () => {
  it("lists a killed instance's unsaved edit, recovers it dirty at its target, and saves it", async () => {
    const dir = tempDir('pz-crash-');
    const file = path.join(dir, 'plan.parkzero');
    const workDir = path.join(dir, 'working');
    writePlanFile(file, smallPlan(), { overwrite: false });
    const original = sha256(file);

    const recoveryId = await crashAfterEdit(file, workDir, 'edited before the crash');
    expect(sha256(file)).toBe(original); // the edit only ever reached the working copy

    const s = store(workDir);
    const list = s.listRecoverable();
    expect(list).toEqual([{ recoveryId, path: file, title: 'Test Park', editedAt: expect.stringMatching(/^\d{4}-/) }]);

    const project = s.recover(recoveryId);
    expect(project.dirty).toBe(true);
    expect(project.path).toBe(file);
    expect(project.readOnly).toBe(false); // the dead instance's lock was stale and taken over
    expect(project.plan().park.description).toBe('edited before the crash');
    expect(s.listRecoverable()).toEqual([]); // it is ours now

    project.save();
    expect(project.dirty).toBe(false);
    project.close();
    const reopened = store(workDir).open(file, { mode: 'review' });
    expect(reopened.plan().park.description).toBe('edited before the crash');
    expect(fs.readdirSync(workDir)).toEqual([reopened.recoveryId]);
  });

  it('discards a recovery on request, and silently drops dead copies without edits', async () => {
    const dir = tempDir('pz-crash-');
    const file = path.join(dir, 'plan.parkzero');
    const workDir = path.join(dir, 'working');
    writePlanFile(file, smallPlan(), { overwrite: false });

    const recoveryId = await crashAfterEdit(file, workDir, 'to be thrown away');
    // A second killed instance that never edited (it held the file read-only).
    const idle = startChild(['hold', file, workDir]);
    children.push(idle);
    await idle.waitFor('ready');
    await killHard(idle);
    expect(fs.readdirSync(workDir).length).toBe(2);

    const s = store(workDir);
    expect(s.listRecoverable().map((r) => r.recoveryId)).toEqual([recoveryId]);
    expect(fs.readdirSync(workDir)).toEqual([recoveryId]);
    s.discardRecovery(recoveryId);
    expect(fs.readdirSync(workDir)).toEqual([]);
    expect(catchError(() => s.recover(recoveryId)).code).toBe('NOT_FOUND');
    expect(inspectProjectFile(file).parkName).toBe('Test Park');
  });

  it('never offers the working copies of a live instance', () => {
    const dir = tempDir('pz-crash-');
    const file = path.join(dir, 'plan.parkzero');
    const workDir = path.join(dir, 'working');
    writePlanFile(file, smallPlan(), { overwrite: false });
    const live = store(workDir).open(file, { mode: 'edit' });
    live.edit([{ op: 'replace', path: ['park', 'city'], value: 'Luzhou' }], 'move', 0);
    const other = store(workDir);
    expect(other.listRecoverable()).toEqual([]);
    expect(catchError(() => other.recover(live.recoveryId)).code).toBe('NOT_FOUND');
  });

  it('recovers an untitled project (path null) that was edited', () => {
    const dir = tempDir('pz-crash-');
    const workDir = path.join(dir, 'working');
    // Simulate the dead owner by rewriting the manifest's pid: the child-process tests above
    // cover real kills; this one covers the untitled branch cheaply.
    const s1 = store(workDir);
    const p = s1.create(null, smallPlan(), { overwrite: false });
    p.edit([{ op: 'replace', path: ['park', 'name'], value: 'Untitled park' }], 'name', 0);
    const manifestFile = path.join(workDir, p.recoveryId, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    manifest.owner.pid = 2 ** 22 + 999;
    manifest.owner.token = 'dead';
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    const s2 = store(workDir);
    expect(s2.listRecoverable()).toMatchObject([{ recoveryId: p.recoveryId, path: null, title: 'Untitled park' }]);
    const r = s2.recover(p.recoveryId);
    expect(r.path).toBeNull();
    expect(r.dirty).toBe(true);
    expect(r.plan().park.name).toBe('Untitled park');
  });
});
