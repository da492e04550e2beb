import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHost, type Host } from '../../../electron/host/host.ts';
import { RunsAhead, WATCH_REVISIONS, type StartRun } from '../../../electron/host/engine/runs-ahead.ts';
import type { RunRequest } from '../../../electron/host/engine/worker-pool.ts';
import { runScenario, type ScenarioResult } from '../../../core/engine/index.ts';
import { ParkZeroError } from '../../../core/api/result.ts';

/** Coal use of the first enterprise, a base-data edit that changes every scenario's results. */
const coalEdit = (value: number) => [{ op: 'replace' as const, path: ['consumers', 0, 'energy', 'coal_t'], value }];

describe('runs started ahead of the request (host)', () => {
  let dir: string;
  let host: Host;
  let projectId: string;
  let revision: number;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parkzero-ahead-'));
    host = createHost({ shell: 'browser', dataDir: join(dir, 'data'), version: '0.0.0-test', log: () => {} });
    const opened = (await host.call('project.openSample', {})) as { ok: true; value: { project_id: string; revision: number } };
    projectId = opened.value.project_id;
    revision = opened.value.revision;
  });

  afterEach(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const edit = async (coal: number) => {
    const r = (await host.call('project.edit', {
      project_id: projectId,
      base_revision: revision,
      label: 'Coal use',
      patches: coalEdit(coal),
    })) as { ok: true; value: { revision: number } };
    expect(r.ok).toBe(true);
    revision = r.value.revision;
  };
  const run = async (mac = false) =>
    (await host.call('scenario.run', { project_id: projectId, scenario_ids: ['near-zero'], mac })) as {
      ok: true;
      value: { revision: number; results: ScenarioResult[] };
    };

  it('answers each edit with the results of the edited plan, never an older revision', async () => {
    const before = await run();
    expect(before.value.revision).toBe(revision);
    for (const coal of [12_000, 3_000]) {
      await edit(coal);
      const after = await run();
      expect(after.value.revision).toBe(revision);
      const plan = host.store.get(projectId).plan();
      expect(plan.consumers[0]!.energy.coal_t).toBe(coal);
      expect(after.value.results).toEqual([runScenario(plan, 'near-zero', { mac: false })]);
      expect(after.value.results).not.toEqual(before.value.results);
    }
  });
});

describe('RunsAhead', () => {
  let dir: string;
  let host: Host;
  let projectId: string;
  let started: RunRequest[];
  /** The engine in-process, recording what it was asked to run. */
  const start: StartRun<ScenarioResult[]> = (request) => {
    started.push(request);
    return Promise.resolve(request.scenarioIds.map((id) => runScenario(request.plan, id, { mac: request.mac })));
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parkzero-ahead-'));
    host = createHost({ shell: 'cli', dataDir: join(dir, 'data'), version: '0.0.0-test', log: () => {} });
    const opened = (await host.call('project.openSample', {})) as { ok: true; value: { project_id: string } };
    projectId = opened.value.project_id;
    started = [];
  });

  afterEach(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** An edit of the project, telling `ahead` as the host does (between the check and the write). */
  const editProject = (ahead: RunsAhead<ScenarioResult[]> | null, coal: number) => {
    const project = host.store.get(projectId);
    project.edit(coalEdit(coal), 'Coal use', project.revision, (plan, revision) => ahead?.edited(project, plan, revision));
    return project;
  };

  it('starts the run of a view on screen when an edit commits, and answers its request with it', async () => {
    const ahead = new RunsAhead(start);
    const project = host.store.get(projectId);
    await ahead.results(project, ['near-zero'], false);
    expect(started).toHaveLength(1);
    editProject(ahead, 9_000);
    expect(started).toHaveLength(2);
    expect(started[1]!.plan).toBe(project.plan());
    expect(started[1]!.supersedeKey).toBe(started[0]!.supersedeKey);
    const results = await ahead.results(project, ['near-zero'], false);
    expect(started).toHaveLength(2);
    expect(ahead.reused).toBe(1);
    expect(results).toEqual([runScenario(project.plan(), 'near-zero', { mac: false })]);
  });

  it('does not run MAC views ahead, nor views that stopped asking', async () => {
    const ahead = new RunsAhead(start);
    const project = host.store.get(projectId);
    await ahead.results(project, ['baseline'], true);
    await ahead.results(project, ['baseline'], false);
    expect(started).toHaveLength(2);
    for (let i = 1; i <= WATCH_REVISIONS; i++) {
      editProject(ahead, 1_000 * i);
    }
    // The MAC view was never run ahead; the other was, for each of the last WATCH_REVISIONS edits.
    expect(started.filter((r) => r.mac)).toHaveLength(1);
    expect(started).toHaveLength(2 + WATCH_REVISIONS);
    editProject(ahead, 99);
    expect(started).toHaveLength(2 + WATCH_REVISIONS);
    // Asking again is an ordinary run of the current revision.
    await ahead.results(project, ['baseline'], false);
    expect(started).toHaveLength(3 + WATCH_REVISIONS);
    expect(started.at(-1)!.plan.consumers[0]!.energy.coal_t).toBe(99);
  });

  it('never answers with the run of an edit whose write failed, though the next edit gets its revision number', async () => {
    const ahead = new RunsAhead(start);
    const project = host.store.get(projectId);
    await ahead.results(project, ['near-zero'], false);
    // What the host sees when the write then fails: the hook ran, the edit did not commit.
    const refused = { ...project.plan(), consumers: project.plan().consumers.map((c) => ({ ...c })) };
    refused.consumers[0]!.energy = { ...refused.consumers[0]!.energy, coal_t: 77_777 };
    ahead.edited(project, refused, project.revision + 1);
    expect(started).toHaveLength(2);
    editProject(null, 5_000); // the next edit, same revision number, another plan
    const results = await ahead.results(project, ['near-zero'], false);
    expect(started).toHaveLength(3);
    expect(ahead.reused).toBe(0);
    expect(results).toEqual([runScenario(project.plan(), 'near-zero', { mac: false })]);
  });

  it('never keeps a failed run: the next request runs again', async () => {
    let fail = true;
    const ahead = new RunsAhead<ScenarioResult[]>((request) => {
      if (!fail) return start(request);
      started.push(request);
      return Promise.reject(new ParkZeroError('CANCELLED', 'superseded'));
    });
    const project = host.store.get(projectId);
    await expect(ahead.results(project, ['near-zero'], false)).rejects.toThrow('superseded');
    fail = false;
    const results = await ahead.results(project, ['near-zero'], false);
    expect(started).toHaveLength(2);
    expect(results[0]!.scenario_id).toBe('near-zero');
  });
});
