import { applyPatches, type Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import type { EditPatch } from '../../../core/api/contract.ts';
import type { ImportedSeries } from '../../../core/model/hourly-series.ts';
import { Plan } from '../../../core/model/plan.ts';
import { ApiCallError } from '../../../renderer/src/api/client.ts';
import { ProjectStore } from '../../../renderer/src/state/project-store.ts';
import { FakeHost } from '../support/fake-host.ts';

const series: ImportedSeries = {
  id: 'load-pcb',
  name: 'pcb-2023',
  kind: 'load',
  target: { consumer_id: 'pcb' },
  source: { file_name: 'pcb-2023.csv', imported_at: '2025-03-01T10:00:00.000Z' },
  values: Array.from({ length: 8760 }, (_, h) => 1 + (h % 24)),
};

async function openStore() {
  const host = new FakeHost();
  const store = new ProjectStore(host);
  expect(await store.load((c) => c.call('project.openSample', {}))).toBe(true);
  return { host, store };
}

function session(store: ProjectStore) {
  const s = store.getSnapshot().session;
  if (s === null) throw new Error('no session');
  return s;
}

/** What the real host does for series.import: check the base revision, apply one add, answer the patch. */
function importOn(host: FakeHost, seen: number[]) {
  return async (_projectId: string, baseRevision: number) => {
    await Promise.resolve();
    seen.push(baseRevision);
    if (baseRevision !== host.revision) throw new ApiCallError('series.import', 'REVISION_CONFLICT', 'stale');
    const patch: EditPatch = { op: 'add', path: ['hourly_series', host.plan.hourly_series.length], value: series };
    host.plan = Plan.parse(applyPatches(host.plan, [patch as Patch]));
    host.revision++;
    host.dirty = true;
    return { revision: host.revision, dirty: true, patch, series_id: series.id, warnings: [] };
  };
}

describe('ProjectStore.hostEdit (an edit the host makes, recorded as one undo step)', () => {
  it('waits for queued edits, applies the answered patch and undoes / redoes it like a commit', async () => {
    const { host, store } = await openStore();
    const seen: number[] = [];
    store.commit((d) => void (d.park.name = 'Before import'), { label: 'rename' });
    const outcome = await store.hostEdit('Import pcb-2023.csv', importOn(host, seen));
    expect(outcome.ok).toBe(true);
    // The import was sent after the rename was confirmed, against its revision.
    expect(seen).toEqual([1]);
    expect(session(store).plan).toEqual(host.plan);
    expect(session(store).meta.revision).toBe(2);
    expect(session(store).pending).toBe(0);
    expect(session(store).undo.map((e) => e.label)).toEqual(['rename', 'Import pcb-2023.csv']);

    expect(store.undo()).toBe(true);
    await store.whenSettled();
    expect(host.plan.hourly_series).toEqual([]);
    expect(host.plan.park.name).toBe('Before import');
    expect(host.edits.at(-1)).toMatchObject({
      label: 'Undo: Import pcb-2023.csv',
      patches: [{ op: 'remove', path: ['hourly_series', 0] }],
    });

    expect(store.redo()).toBe(true);
    await store.whenSettled();
    expect(host.plan.hourly_series.map((s) => s.id)).toEqual(['load-pcb']);
    expect(session(store).plan).toEqual(host.plan);
  });

  it('a refused file (INVALID_REQUEST) comes back to the caller and leaves plan and history alone', async () => {
    const { store } = await openStore();
    store.commit((d) => void (d.park.name = 'Kept'), { label: 'rename' });
    const refusal = new ApiCallError('series.import', 'INVALID_REQUEST', 'load.csv: row 5: value "abc" is not a number');
    const outcome = await store.hostEdit('Import load.csv', () => Promise.reject(refusal));
    expect(outcome).toEqual({ ok: false, reason: 'refused', error: refusal });
    expect(session(store).undo).toHaveLength(1);
    expect(session(store).plan.park.name).toBe('Kept');
    expect(session(store).pending).toBe(0);
    expect(store.getSnapshot().error).toBeNull();
  });

  it('any other failure is reported and the plan reloaded from the host, as for a refused commit', async () => {
    const { host, store } = await openStore();
    store.commit((d) => void (d.park.name = 'Kept'), { label: 'rename' });
    await store.whenSettled();
    const outcome = await store.hostEdit('Import', () =>
      Promise.reject(new ApiCallError('series.import', 'REVISION_CONFLICT', 'stale')),
    );
    expect(outcome.ok).toBe(false);
    expect(store.getSnapshot().error?.code).toBe('REVISION_CONFLICT');
    expect(session(store).undo).toEqual([]);
    expect(session(store).plan).toEqual(host.plan);
  });

  it('refuses on a read-only project without calling the host', async () => {
    const host = new FakeHost();
    host.readOnly = true;
    const store = new ProjectStore(host);
    await store.load((c) => c.call('project.openSample', {}));
    let called = false;
    const outcome = await store.hostEdit('x', () => {
      called = true;
      return Promise.reject(new Error('no'));
    });
    expect(outcome).toEqual({ ok: false, reason: 'read_only' });
    expect(called).toBe(false);
  });
});
