import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectStore, writePlanFile } from '../../../electron/host/store/index.ts';
import { smallPlan } from './fixtures/plans.ts';
import { catchError, killHard, startChild, tempDir } from './helpers.ts';
import type { Child } from './helpers.ts';

const children: Child[] = [];
const stores: ProjectStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) s.closeAll();
  for (const c of children.splice(0)) await killHard(c);
});

function setup(): { file: string; lock: string; workDir: string } {
  const dir = tempDir('pz-lock-');
  const file = path.join(dir, 'shared.parkzero');
  writePlanFile(file, smallPlan(), { overwrite: false });
  return { file, lock: path.join(dir, '.~shared.parkzero.lock'), workDir: path.join(dir, 'working') };
}
function store(workDir: string, pid = process.pid): ProjectStore {
  const s = new ProjectStore({ workDir, instance: { user: 'tester', host: os.hostname(), pid } });
  stores.push(s);
  return s;
}

describe('lock file', () => {
  it('a second instance (another process) gets the file read-only, told who holds it', async () => {
    const { file, workDir } = setup();
    const child = startChild(['hold', file, path.join(workDir, 'child')]);
    children.push(child);
    const ready = JSON.parse(await child.waitFor('ready')) as { pid: number; readOnly: boolean };
    expect(ready.readOnly).toBe(false);

    const project = store(workDir).open(file, { mode: 'edit' });
    expect(project.readOnly).toBe(true);
    expect(project.readOnlyReason).toBe('locked_by_other');
    expect(project.lockHolder).toBe(`${os.userInfo().username}@${os.hostname()} (pid ${ready.pid})`);
    expect(project.lockInfo?.since).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(project.readOnlyMessage).toContain(`pid ${ready.pid}`);
    expect(project.readOnlyMessage).toContain('since');
    const e = catchError(() => project.edit([{ op: 'replace', path: ['park', 'name'], value: 'Mine' }], 'rename', 0));
    expect(e.code).toBe('READ_ONLY');
    expect(e.message).toContain(`pid ${ready.pid}`);
    project.close();

    // Once the holder is gone (killed: its lock stays behind, stale), the file opens for editing.
    await killHard(child);
    const again = store(workDir).open(file, { mode: 'edit' });
    expect(again.readOnly).toBe(false);
    expect(again.lockHolder).toBeNull();
  });

  it('a second open in the same process with another instance identity is read-only too', () => {
    const { file, workDir } = setup();
    const first = store(workDir).open(file, { mode: 'edit' });
    const second = store(workDir).open(file, { mode: 'edit' });
    expect(first.readOnly).toBe(false);
    expect(second.readOnly).toBe(true);
    expect(second.lockHolder).toBe(`tester@${os.hostname()} (pid ${process.pid})`);
    // The same instance opening the same file again gets the project it already has.
    const storeOfFirst = stores[0]!;
    expect(storeOfFirst.open(file, { mode: 'edit' })).toBe(first);
    // Closing the reader must not remove the holder's lock.
    second.close();
    expect(store(workDir).open(file, { mode: 'edit' }).readOnly).toBe(true);
    first.close();
    expect(store(workDir).open(file, { mode: 'edit' }).readOnly).toBe(false);
  });

  it('recovers stale locks: a dead pid on this host, or an old unreadable lock file', () => {
    const { file, lock, workDir } = setup();
    const deadPid = 2 ** 22 + 12345; // above Linux's pid_max default range; not running
    fs.writeFileSync(
      lock,
      JSON.stringify({
        format: 'parkzero-lock',
        version: 1,
        user: 'ghost',
        host: os.hostname(),
        pid: deadPid,
        since: '2020-01-01T00:00:00Z',
        token: 'x',
      }),
    );
    const p1 = store(workDir).open(file, { mode: 'edit' });
    expect(p1.readOnly).toBe(false);
    expect(JSON.parse(fs.readFileSync(lock, 'utf8')).pid).toBe(process.pid);
    p1.close();
    expect(fs.existsSync(lock)).toBe(false);

    fs.writeFileSync(lock, '{"format": "parkzero-lo'); // torn write from a crash
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, old, old);
    const p2 = store(workDir).open(file, { mode: 'edit' });
    expect(p2.readOnly).toBe(false);
    p2.close();
  });

  it('respects a lock from another host, and from a newer lock format', () => {
    const { file, lock, workDir } = setup();
    fs.writeFileSync(
      lock,
      JSON.stringify({
        format: 'parkzero-lock',
        version: 1,
        user: 'wang',
        host: 'laptop-7',
        pid: 4242,
        since: '2025-01-01T08:00:00Z',
        token: 't',
      }),
    );
    const p = store(workDir).open(file, { mode: 'edit' });
    expect(p.readOnlyReason).toBe('locked_by_other');
    expect(p.lockHolder).toBe('wang@laptop-7 (pid 4242)');
    expect(p.readOnlyMessage).toContain('since 2025-01-01T08:00:00Z');
    p.close();
    expect(fs.existsSync(lock)).toBe(true); // not ours to remove

    fs.writeFileSync(
      lock,
      JSON.stringify({
        format: 'parkzero-lock',
        version: 9,
        user: 'wang',
        host: 'laptop-7',
        pid: 4242,
        since: '2025-01-01T08:00:00Z',
        token: 't',
      }),
    );
    expect(store(workDir).open(file, { mode: 'edit' }).readOnlyReason).toBe('newer_lock_format');
  });

  it('review mode takes no lock', () => {
    const { file, lock, workDir } = setup();
    const r = store(workDir).open(file, { mode: 'review' });
    expect(r.readOnlyReason).toBe('review');
    expect(fs.existsSync(lock)).toBe(false);
  });
});
