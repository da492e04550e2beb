import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHost, type Host } from '../../../electron/host/host.ts';
import { contract } from '../../../core/api/contract.ts';
import { runScenario } from '../../../core/engine/index.ts';
import type { Plan } from '../../../core/model/plan.ts';

/**
 * Host.callJson, what the browser host sends: live results travel from the engine worker as
 * JSON text. Whatever the call, the text must be exactly JSON.stringify of Host.call's Result.
 */
describe('Host.callJson', () => {
  let dir: string;
  let host: Host;
  let projectId: string;
  let plan: Plan;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parkzero-call-json-'));
    host = createHost({ shell: 'browser', dataDir: join(dir, 'data'), version: '0.0.0-test', log: () => {} });
    const opened = (await host.call('project.openSample', {})) as { ok: true; value: { project_id: string; plan: Plan } };
    projectId = opened.value.project_id;
    plan = opened.value.plan;
  });

  afterEach(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const both = async (name: string, request: unknown) => [
    await host.callJson(name, request),
    JSON.stringify(await host.call(name, request)),
  ];

  it('answers scenario.run with the text of call, which is the engine results of the revision', async () => {
    const request = { project_id: projectId, scenario_ids: ['near-zero', 'baseline'], mac: false };
    const [text, reference] = await both('scenario.run', request);
    expect(text).toBe(reference);
    const answer = JSON.parse(text!) as { ok: true; value: unknown };
    const value = contract['scenario.run'].response.parse(answer.value);
    expect(value.revision).toBe(0);
    expect(JSON.stringify(value.results)).toBe(
      JSON.stringify([runScenario(plan, 'near-zero', { mac: false }), runScenario(plan, 'baseline', { mac: false })]),
    );
    // With MAC, and after an edit (the run started ahead of the request).
    const coal = plan.consumers[0]!.energy.coal_t ?? 0;
    const edit = await host.call('project.edit', {
      project_id: projectId,
      base_revision: 0,
      label: 'Coal use',
      patches: [{ op: 'replace', path: ['consumers', 0, 'energy', 'coal_t'], value: coal + 1000 }],
    });
    expect(edit.ok).toBe(true);
    const [mac, macReference] = await both('scenario.run', { ...request, scenario_ids: ['clean-transition'], mac: true });
    expect(mac).toBe(macReference);
    expect(mac).toContain('"revision":1,');
  });

  it('gives the same errors as call: an unknown scenario, a bad request, an unknown call', async () => {
    for (const [name, request] of [
      ['scenario.run', { project_id: projectId, scenario_ids: ['nope'], mac: false }],
      ['scenario.run', { project_id: projectId, scenario_ids: 'near-zero', mac: false }],
      ['scenario.run', { project_id: 'no-such-project', scenario_ids: ['near-zero'], mac: false }],
      ['no.such.call', {}],
      ['app.info', {}],
    ] as const) {
      const [text, reference] = await both(name, request);
      expect(text).toBe(reference);
    }
  });
});
