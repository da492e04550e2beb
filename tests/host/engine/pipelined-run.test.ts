import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHost, type Host } from '../../../electron/host/host.ts';
import { RevisionWaits } from '../../../electron/host/engine/revision-waits.ts';
import { runScenario, type ScenarioResult } from '../../../core/engine/index.ts';
import { ParkZeroError } from '../../../core/api/result.ts';

/** Coal use of the first enterprise, a base-data edit that changes every scenario's results. */
const coalEdit = (value: number) => [{ op: 'replace' as const, path: ['consumers', 0, 'energy', 'coal_t'], value }];

type RunAnswer = { ok: true; value: { revision: number; results: ScenarioResult[] } } | { ok: false; error: { code: string } };

describe('scenario.run asked for when the edit is sent (pipelined)', () => {
  let dir: string;
  let host: Host;
  let projectId: string;
  let revision: number;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parkzero-pipelined-'));
    host = createHost({ shell: 'browser', dataDir: join(dir, 'data'), version: '0.0.0-test', log: () => {} });
    const opened = (await host.call('project.openSample', {})) as { ok: true; value: { project_id: string; revision: number } };
    projectId = opened.value.project_id;
    revision = opened.value.revision;
  });

  afterEach(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (asked?: number) =>
    host.call('scenario.run', {
      project_id: projectId,
      scenario_ids: ['near-zero'],
      mac: false,
      ...(asked === undefined ? {} : { revision: asked }),
    }) as Promise<RunAnswer>;
  const edit = (coal: number, base = revision) =>
    host.call('project.edit', {
      project_id: projectId,
      base_revision: base,
      label: 'Coal use',
      patches: coalEdit(coal),
    }) as Promise<{ ok: true; value: { revision: number } } | { ok: false; error: { code: string } }>;

  it('answers a request that arrives before its edit with the results of the committed edit', async () => {
    await run(); // the view is on screen: its run starts ahead at the edit
    const pipelined = run(revision + 1);
    const edited = await edit(12_345);
    expect(edited).toMatchObject({ ok: true, value: { revision: revision + 1 } });
    const answer = await pipelined;
    if (!answer.ok) throw new Error(`refused: ${answer.error.code}`);
    expect(answer.value.revision).toBe(revision + 1);
    const plan = host.store.get(projectId).plan();
    expect(plan.consumers[0]!.energy.coal_t).toBe(12_345);
    expect(answer.value.results).toEqual([runScenario(plan, 'near-zero', { mac: false })]);
  });

  it('refuses with REVISION_CONFLICT when the edit is refused, and the current revision still answers', async () => {
    const before = await run();
    const pipelined = run(revision + 1);
    const refused = await edit(12_345, revision + 7); // made against a revision that does not exist
    expect(refused).toMatchObject({ ok: false, error: { code: 'REVISION_CONFLICT' } });
    expect(await pipelined).toMatchObject({ ok: false, error: { code: 'REVISION_CONFLICT' } });
    const after = await run();
    expect(after).toEqual(before);
  });

  it('never answers with the plan of an edit whose write failed, even when the next edit gets its revision number', async () => {
    const before = await run();
    const project = host.store.get(projectId);
    // A directory where SQLite must open its rollback journal (the working copy keeps it
    // between edits, journal_mode PERSIST): the edit's write fails (even as root).
    const journal = join(dir, 'data', 'working', project.recoveryId, 'project.db-journal');
    rmSync(journal, { force: true });
    mkdirSync(journal);
    const pipelined = run(revision + 1);
    const failed = await edit(77_777);
    expect(failed.ok).toBe(false);
    expect(await pipelined).toMatchObject({ ok: false, error: { code: 'REVISION_CONFLICT' } });
    expect(project.revision).toBe(revision);
    expect(await run()).toEqual(before);

    rmSync(journal, { recursive: true });
    const next = run(revision + 1);
    expect(await edit(5_000)).toMatchObject({ ok: true, value: { revision: revision + 1 } });
    const answer = await next;
    if (!answer.ok) throw new Error(`refused: ${answer.error.code}`);
    expect(project.plan().consumers[0]!.energy.coal_t).toBe(5_000);
    expect(answer.value.results).toEqual([runScenario(project.plan(), 'near-zero', { mac: false })]);
  });

  it('answers at once for a revision already committed', async () => {
    const answer = await run(revision);
    expect(answer).toMatchObject({ ok: true, value: { revision } });
  });
});

describe('RevisionWaits', () => {
  it('ends a wait no edit answers with REVISION_CONFLICT', async () => {
    const waits = new RevisionWaits(20);
    const project = { revision: 3 };
    await expect(waits.until(project, 4)).rejects.toMatchObject({ code: 'REVISION_CONFLICT' });
    await expect(waits.until(project, 3)).resolves.toBeUndefined();
  });

  it('keeps waiting through committed edits that have not reached the revision, and ends on the one that does', async () => {
    const waits = new RevisionWaits(60_000);
    const project = { revision: 3 };
    let done: unknown = null;
    void waits.until(project, 5).then(
      () => (done = 'ok'),
      (e: unknown) => (done = e),
    );
    project.revision = 4;
    waits.settled(project, true);
    await Promise.resolve();
    expect(done).toBeNull();
    project.revision = 5;
    waits.settled(project, true);
    await new Promise((r) => setTimeout(r, 0));
    expect(done).toBe('ok');
    const refused = waits.until(project, 6);
    waits.settled(project, false);
    await expect(refused).rejects.toBeInstanceOf(ParkZeroError);
  });
});
