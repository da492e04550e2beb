import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectStore, writePlanFile } from '../../../electron/host/store/index.ts';
import { smallPlan } from './fixtures/plans.ts';
import { tempDir } from './helpers.ts';

const stores: ProjectStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.closeAll();
});

function openSmall() {
  const file = path.join(tempDir(), 'park.parkzero');
  writePlanFile(file, smallPlan(), { overwrite: false });
  let t = Date.parse('2025-03-01T10:00:00Z');
  const store = new ProjectStore({ workDir: path.join(tempDir(), 'working'), now: () => new Date((t += 1000)) });
  stores.push(store);
  return store.open(file, { mode: 'edit' });
}

const coal = ['consumers', 1, 'energy', 'coal_t'];

describe('unsaved changes follow the content, not the number of edits', () => {
  it('is clean again once the edits are undone back to the saved plan', () => {
    const project = openSmall();
    const before = project.plan().consumers[1]!.energy.coal_t;
    expect(project.edit([{ op: 'replace', path: coal, value: 9000 }], 'coal', 0)).toEqual({ revision: 1, dirty: true });
    // The undo is an ordinary edit that puts the old value back.
    expect(project.edit([{ op: 'replace', path: coal, value: before }], 'Undo coal', 1)).toEqual({
      revision: 2,
      dirty: false,
    });
    expect(project.dirty).toBe(false);
    expect(project.edit([{ op: 'replace', path: coal, value: 9000 }], 'Redo coal', 2).dirty).toBe(true);
  });

  it('compares with the last save, not with the plan as opened', () => {
    const project = openSmall();
    const before = project.plan().consumers[1]!.energy.coal_t;
    project.edit([{ op: 'replace', path: coal, value: 9000 }], 'coal', 0);
    project.save();
    expect(project.edit([{ op: 'replace', path: coal, value: before }], 'Undo coal', 1).dirty).toBe(true);
    expect(project.edit([{ op: 'replace', path: coal, value: 9000 }], 'Redo coal', 2).dirty).toBe(false);
  });
});
