import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../renderer/src/api/client.ts';
import { ProjectStore } from '../../../renderer/src/state/project-store.ts';
import { FakeHost } from '../support/fake-host.ts';

async function openStore(host = new FakeHost()) {
  const store = new ProjectStore(host);
  expect(await store.load((c) => c.call('project.openSample', {}))).toBe(true);
  return { host, store };
}

function session(store: ProjectStore) {
  const s = store.getSnapshot().session;
  if (s === null) throw new Error('no session');
  return s;
}

describe('ProjectStore edits', () => {
  it('applies a commit at once and sends its patches against the confirmed revision', async () => {
    const { host, store } = await openStore();
    const outcome = store.commit(
      (d) => {
        d.park.discount_rate = 0.08;
      },
      { label: 'Change discount rate' },
    );
    expect(outcome).toEqual({ ok: true, changed: true });
    expect(session(store).plan.park.discount_rate).toBe(0.08);
    expect(session(store).pending).toBe(1);
    await store.whenSettled();
    expect(host.edits).toHaveLength(1);
    expect(host.edits[0]).toMatchObject({ base_revision: 0, label: 'Change discount rate' });
    expect(host.edits[0]!.patches).toEqual([{ op: 'replace', path: ['park', 'discount_rate'], value: 0.08 }]);
    expect(session(store).meta.revision).toBe(1);
    expect(session(store).meta.dirty).toBe(true);
    expect(session(store).pending).toBe(0);
    expect(host.plan.park.discount_rate).toBe(0.08);
  });

  it('chains base revisions when edits are committed faster than the host answers', async () => {
    const { host, store } = await openStore();
    store.commit((d) => void (d.park.name = 'A'), { label: 'one' });
    store.commit((d) => void (d.park.name = 'B'), { label: 'two' });
    store.commit((d) => void (d.park.city = 'Chengdu'), { label: 'three' });
    await store.whenSettled();
    expect(host.edits.map((e) => e.base_revision)).toEqual([0, 1, 2]);
    expect(host.plan.park.name).toBe('B');
    expect(host.plan.park.city).toBe('Chengdu');
  });

  it('undo replays the inverse patches and redo the forward ones, on both sides', async () => {
    const { host, store } = await openStore();
    const before = host.plan.consumers.length;
    const template = host.plan.consumers[0]!;
    const added = store.commit((d) => void d.consumers.push({ ...template, id: 'new-plant', name: 'New plant' }), {
      label: 'Add enterprise',
    });
    expect(added).toEqual({ ok: true, changed: true });
    await store.whenSettled();
    expect(host.plan.consumers).toHaveLength(before + 1);

    expect(store.undo()).toBe(true);
    expect(session(store).plan.consumers).toHaveLength(before);
    await store.whenSettled();
    expect(host.plan.consumers).toHaveLength(before);
    expect(host.plan).toEqual(session(store).plan);
    expect(host.edits.at(-1)?.label).toBe('Undo: Add enterprise');

    expect(store.redo()).toBe(true);
    await store.whenSettled();
    expect(host.plan.consumers.at(-1)?.name).toBe('New plant');
    expect(host.plan).toEqual(session(store).plan);
    expect(session(store).redo).toHaveLength(0);
    expect(session(store).undo).toHaveLength(1);
  });

  it('a new commit clears the redo stack', async () => {
    const { store } = await openStore();
    store.commit((d) => void (d.park.name = 'A'), { label: 'one' });
    store.undo();
    expect(session(store).redo).toHaveLength(1);
    store.commit((d) => void (d.park.city = 'X'), { label: 'two' });
    expect(session(store).redo).toHaveLength(0);
    await store.whenSettled();
  });

  it('refuses to remove an enterprise that measures still name', async () => {
    const { store } = await openStore();
    const outcome = store.commit((d) => void d.consumers.splice(0, 1), { label: 'Remove first enterprise' });
    expect(outcome.ok).toBe(false);
  });

  it('rejects an edit that breaks the plan schema locally, with the path, and sends nothing', async () => {
    const { host, store } = await openStore();
    const outcome = store.commit((d) => void (d.park.discount_rate = 5), { label: 'bad' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok && outcome.reason === 'invalid') expect(outcome.issues[0]?.path).toBe('park.discount_rate');
    else throw new Error('expected invalid');
    expect(session(store).plan.park.discount_rate).toBe(0.06);
    await store.whenSettled();
    expect(host.edits).toHaveLength(0);
  });

  it('does not record a commit that changes nothing', async () => {
    const { store } = await openStore();
    expect(store.commit(() => {}, { label: 'noop' })).toEqual({ ok: true, changed: false });
    expect(session(store).undo).toHaveLength(0);
  });

  it('refuses edits on a read-only project', async () => {
    const host = new FakeHost();
    host.readOnly = true;
    const { store } = await openStore(host);
    expect(store.commit((d) => void (d.park.name = 'A'), { label: 'x' })).toEqual({ ok: false, reason: 'read_only' });
    expect(store.undo()).toBe(false);
  });

  it('after a refused edit, drops queued edits, reloads the host copy and clears history', async () => {
    const { host, store } = await openStore();
    store.commit((d) => void (d.park.name = 'Accepted'), { label: 'one' });
    await store.whenSettled();
    host.refuseNext = new ApiCallError('project.edit', 'PLAN_INVALID', 'no');
    store.commit((d) => void (d.park.name = 'Refused'), { label: 'two' });
    store.commit((d) => void (d.park.city = 'Queued'), { label: 'three' });
    await store.whenSettled();
    // Wait for the resync call that follows the refusal.
    await new Promise((r) => setTimeout(r, 0));
    const s = session(store);
    expect(store.getSnapshot().error?.code).toBe('PLAN_INVALID');
    expect(host.edits).toHaveLength(2); // the third edit was never sent
    expect(s.plan.park.name).toBe('Accepted');
    expect(s.plan.park.city).toBe(host.plan.park.city);
    expect(s.undo).toHaveLength(0);
    expect(s.pending).toBe(0);
  });
});

describe('ProjectStore save and close', () => {
  it('closes an unchanged project', async () => {
    const { store } = await openStore();
    expect(await store.close()).toBe('closed');
    expect(store.getSnapshot().session).toBeNull();
  });

  it('keeps a project with unsaved edits open until the person decides', async () => {
    const { store } = await openStore();
    store.commit((d) => void (d.park.name = 'Edited'), { label: 'rename' });
    expect(await store.close()).toBe('unsaved');
    expect(session(store).plan.park.name).toBe('Edited');
    expect(await store.close(true)).toBe('closed');
    expect(store.getSnapshot().session).toBeNull();
  });

  it('asks for a path before the first save, then saves there and is clean', async () => {
    const { host, store } = await openStore();
    store.commit((d) => void (d.park.name = 'Edited'), { label: 'rename' });
    expect(await store.save()).toBe('needs_path');
    expect(await store.saveAs('/tmp/p.parkzero', false)).toBe('saved');
    // The edit reached the host before the file was written.
    expect(host.plan.park.name).toBe('Edited');
    expect(session(store).meta).toMatchObject({ path: '/tmp/p.parkzero', dirty: false });
    store.commit((d) => void (d.park.city = 'Mianyang'), { label: 'city' });
    await store.whenSettled();
    expect(session(store).meta.dirty).toBe(true);
    expect(await store.save()).toBe('saved');
    expect(session(store).meta.dirty).toBe(false);
  });

  it('reports an existing file instead of replacing it, and replaces it when told to', async () => {
    const { host, store } = await openStore();
    host.existing.add('/tmp/taken.parkzero');
    expect(await store.saveAs('/tmp/taken.parkzero', false)).toBe('exists');
    expect(store.getSnapshot().error).toBeNull();
    expect(await store.saveAs('/tmp/taken.parkzero', true)).toBe('saved');
  });
});
