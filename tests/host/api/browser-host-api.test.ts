import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HttpApiServer } from '../../../electron/host/browser-host/http-server.ts';
import { ProjectHandle } from '../../../core/api/contract.ts';
import { ApiErrorSchema } from '../../../core/api/result.ts';
import { SCHEMA_VERSION } from '../../../electron/host/store/constants.ts';
import { startServedHost, type ServedHost } from '../support/served-host.ts';

/** Drives the HTTP API the way the renderer does, against a real host and real SQLite files. */
describe('browser host API over HTTP', () => {
  let dir: string;
  let server: HttpApiServer;

  let served: ServedHost;

  beforeEach(async () => {
    served = await startServedHost('parkzero-http-');
    ({ dir, server } = served);
  });

  afterEach(async () => {
    await served.close();
  });

  const base = () => `http://127.0.0.1:${server.port}`;
  const call = async (name: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base()}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}`, ...headers },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      body: (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string; details?: unknown } },
    };
  };

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const res = await fetch(`${base()}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>ParkZero</title>');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await fetch(`${base()}/..%2f..%2fdata%2frecent.json`);
    expect(res.status).toBe(404);
  });

  it('refuses API calls without the token, with a wrong token, or from a foreign origin', async () => {
    expect((await call('app.info', {}, { authorization: '' })).body.error?.code).toBe('UNAUTHORIZED');
    expect((await call('app.info', {}, { authorization: `Bearer ${'b'.repeat(48)}` })).status).toBe(401);
    const foreign = await call('app.info', {}, { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error?.code).toBe('UNAUTHORIZED');
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: '/api/app.info', method: 'POST', headers: { host: 'attacker.example' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('answers unknown calls and invalid requests with stable codes and the failing path', async () => {
    expect((await call('project.delete', {})).body.error?.code).toBe('UNKNOWN_CALL');
    const invalid = await call('project.open', { path: 42 });
    expect(invalid.body.ok).toBe(false);
    expect(invalid.body.error?.code).toBe('INVALID_REQUEST');
    expect(invalid.body.error?.message).toContain('path');
    const extra = await call('app.info', { surprise: true });
    expect(extra.body.error?.code).toBe('INVALID_REQUEST');
  });

  it('opens the sample, edits it, saves it and reopens the saved file', async () => {
    const info = await call('app.info', {});
    expect(info.body.value).toMatchObject({ shell: 'browser', schema_version: SCHEMA_VERSION });
    // An absolute folder, so a suggested export path built from it is accepted.
    expect((info.body.value as { documents_dir: string }).documents_dir).toMatch(/^(\/|[A-Za-z]:\\)/);

    const opened = await call('project.openSample', {});
    const handle = ProjectHandle.parse(opened.body.value);
    expect(handle.plan.consumers.length).toBe(12);
    expect(handle.path).toBeNull();

    const edited = await call('project.edit', {
      project_id: handle.project_id,
      base_revision: handle.revision,
      label: 'Rename park',
      patches: [{ op: 'replace', path: ['park', 'name'], value: 'Renamed park' }],
    });
    expect(edited.body).toMatchObject({ ok: true, value: { dirty: true } });

    const target = join(dir, 'saved.parkzero');
    const saved = await call('project.saveAs', { project_id: handle.project_id, path: target });
    expect(saved.body.ok).toBe(true);
    expect(existsSync(target)).toBe(true);
    expect(await call('project.close', { project_id: handle.project_id })).toMatchObject({ body: { value: { closed: true } } });

    const reopened = ProjectHandle.parse((await call('project.open', { path: target })).body.value);
    expect(reopened.plan.park.name).toBe('Renamed park');
    const recent = (await call('project.recent', {})).body.value as { path: string }[];
    expect(recent[0]?.path).toBe(target);
  });

  it('refuses an edit that would make the plan invalid, naming the path', async () => {
    const handle = ProjectHandle.parse((await call('project.openSample', {})).body.value);
    const res = await call('project.edit', {
      project_id: handle.project_id,
      base_revision: handle.revision,
      label: 'Negative coal',
      patches: [{ op: 'replace', path: ['consumers', 2, 'energy', 'coal_t'], value: -5 }],
    });
    expect(res.body.error?.code).toBe('PLAN_INVALID');
    expect(JSON.stringify(res.body.error)).toContain('consumers[2].energy.coal_t');
    // Each issue crosses the API with its reason, for the app to say in the reader's language.
    expect(ApiErrorSchema.parse(res.body.error).details?.[0]).toMatchObject({
      path: 'consumers[2].energy.coal_t',
      reason: { key: 'negative_number', params: {} },
    });
    const after = ProjectHandle.parse((await call('project.get', { project_id: handle.project_id })).body.value);
    expect(after.plan.consumers[2]?.energy.coal_t).toBe(86000);
  });

  it('runs scenarios on the engine workers and reports the revision they were computed from', async () => {
    const handle = ProjectHandle.parse((await call('project.openSample', {})).body.value);
    const run = await call('scenario.run', {
      project_id: handle.project_id,
      scenario_ids: ['baseline', 'near-zero'],
      mac: false,
    });
    expect(run.body.ok).toBe(true);
    const value = run.body.value as { revision: number; results: { scenario_id: string; years: { year: number }[] }[] };
    expect(value.revision).toBe(handle.revision);
    expect(value.results.map((r) => r.scenario_id)).toEqual(['baseline', 'near-zero']);
    expect(value.results[0]!.years[0]!.year).toBe(2025);
    const missing = await call('scenario.run', { project_id: handle.project_id, scenario_ids: ['nope'] });
    expect(missing.body.error?.code).toBe('NOT_FOUND');
  });

  it('opens either bundled sample by name and refuses an unknown one', async () => {
    const zhangye = ProjectHandle.parse((await call('project.openSample', { sample: 'zhangye' })).body.value);
    expect(zhangye.plan.park.province).toBe('Gansu');
    expect(zhangye.plan.park.illustrative).toBe(true);
    const created = ProjectHandle.parse((await call('project.create', { template: 'sample', sample: 'zhangye' })).body.value);
    expect(created.plan.park.city).toBe('Zhangye');
    const suining = ProjectHandle.parse((await call('project.create', { template: 'sample' })).body.value);
    expect(suining.plan.park.city).toBe('Suining');
    const unknown = await call('project.openSample', { sample: 'lhasa' });
    expect(unknown.body.error?.code).toBe('INVALID_REQUEST');
  });

  it('refuses edits the engine could not run: an unknown factor key, an override that breaks a measure', async () => {
    const handle = ProjectHandle.parse((await call('project.openSample', {})).body.value);
    const badFactor = await call('project.edit', {
      project_id: handle.project_id,
      base_revision: handle.revision,
      label: 'Override a factor that does not exist',
      patches: [{ op: 'add', path: ['factor_overrides', 0], value: { key: 'coal.no_such_field', value: 1, source: 'test' } }],
    });
    expect(badFactor.body.error?.code).toBe('PLAN_INVALID');
    expect(JSON.stringify(badFactor.body.error?.details)).toContain('factor_overrides[0]');
    expect(ApiErrorSchema.parse(badFactor.body.error).details?.[0]?.reason).toEqual({ key: 'factor_unknown_key', params: {} });

    const nearZero = handle.plan.scenarios.findIndex((s) => s.id === 'near-zero');
    const badOverride = await call('project.edit', {
      project_id: handle.project_id,
      base_revision: handle.revision,
      label: 'Negative inherited PV capacity',
      patches: [
        {
          op: 'add',
          path: ['scenarios', nearZero, 'measure_overrides', 1],
          value: { measure_id: 'rooftop-pv', set: { 'params.capacity_kw': -5 } },
        },
      ],
    });
    expect(badOverride.body.error?.code).toBe('PLAN_INVALID');
    expect(JSON.stringify(badOverride.body.error?.details)).toContain('params.capacity_kw');
    // The merged measure's own rule, said for the override that broke it.
    expect(ApiErrorSchema.parse(badOverride.body.error).details?.[0]?.reason).toEqual({ key: 'negative_number', params: {} });
    const after = ProjectHandle.parse((await call('project.get', { project_id: handle.project_id })).body.value);
    expect(after.revision).toBe(handle.revision);
  });
});
