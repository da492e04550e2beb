import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectStore, readPlanFile, writePlanFile } from '../../../electron/host/store/index.ts';
import { smallPlan } from '../store/fixtures/plans.ts';
import { killHard, startChild, tempDir } from '../store/helpers.ts';
import type { Child } from '../store/helpers.ts';

/**
 * Issue 14, item 4: recovery listed sessions whose work was in fact saved (killed after the save
 * reached the file, before the session recorded it). Such sessions are now cleaned up.
 */

const children: Child[] = [];
const stores: ProjectStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) s.closeAll();
  for (const c of children.splice(0)) await killHard(c);
});

describe('recovery after a kill between saving and recording the save', () => {
  it('does not offer a session whose plan the file already holds, and still offers a real one', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'park.parkzero');
    writePlanFile(file, smallPlan(), { overwrite: false });
    const workDir = path.join(dir, 'working');
    const child = startChild(['edit', file, workDir, 'edited before the kill']);
    children.push(child);
    const recoveryId = await child.waitFor('edited');
    await killHard(child);

    const probe = new ProjectStore({ workDir });
    stores.push(probe);
    expect(probe.listRecoverable().map((r) => r.recoveryId)).toEqual([recoveryId]);

    // The save reached the file: it now holds exactly the working copy's plan.
    const working = readPlanFile(path.join(workDir, recoveryId, 'project.db'));
    writePlanFile(file, working, { overwrite: true });
    const after = new ProjectStore({ workDir });
    stores.push(after);
    expect(after.listRecoverable()).toEqual([]);
    expect(fs.existsSync(path.join(workDir, recoveryId))).toBe(false);
  });
});

describe('scratch copies left in the temp folder by a killed process', () => {
  it('are removed by the next command, while a live process keeps its own', async () => {
    const { main } = await import('../../../electron/host/cli/main.ts');
    const dead = path.join(os.tmpdir(), 'parkzero-inspect-999999999-abcdef');
    const mine = path.join(os.tmpdir(), `parkzero-inspect-${process.pid}-ghijkl`);
    for (const d of [dead, mine]) {
      fs.mkdirSync(d, { recursive: true });
      fs.writeFileSync(path.join(d, 'project.db'), 'left behind');
      const old = new Date(Date.now() - 10 * 60_000);
      fs.utimesSync(d, old, old);
    }
    const dir = tempDir();
    const file = path.join(dir, 'p.parkzero');
    writePlanFile(file, smallPlan(), { overwrite: false });
    const code = await main(['validate', file], { out: () => {}, err: () => {} });
    expect(code).toBe(0);
    expect(fs.existsSync(dead)).toBe(false);
    expect(fs.existsSync(mine)).toBe(true);
    fs.rmSync(mine, { recursive: true, force: true });
  });
});
