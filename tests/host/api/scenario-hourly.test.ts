import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHost, type Host } from '../../../electron/host/host.ts';
import { startHttpApiServer, type HttpApiServer } from '../../../electron/host/browser-host/http-server.ts';
import { contract, ProjectHandle } from '../../../core/api/contract.ts';
import { HOURLY_SERIES_KEYS } from '../../../core/engine/index.ts';

/** scenario.hourly over the browser host's HTTP API, computed on the engine workers. */
describe('scenario.hourly', () => {
  let dir: string;
  let host: Host;
  let server: HttpApiServer;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parkzero-hourly-api-'));
    const rendererDir = join(dir, 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>ParkZero</title>');
    host = createHost({ shell: 'browser', dataDir: join(dir, 'data'), version: '0.0.0-test', log: () => {} });
    server = await startHttpApiServer({ port: 0, rendererDir, callJson: (n, r) => host.callJson(n, r), token: 'a'.repeat(48) });
  });

  afterEach(async () => {
    await server.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = async (name: string, body: unknown) => {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: JSON.stringify(body),
    });
    return (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  };

  it('returns 8760 values per series as plain arrays, matching the response schema and the annual results', async () => {
    const handle = ProjectHandle.parse((await call('project.openSample', {})).value);
    const r = await call('scenario.hourly', { project_id: handle.project_id, scenario_id: 'near-zero', year: 2030 });
    expect(r.ok).toBe(true);
    const value = contract['scenario.hourly'].response.parse(r.value);
    expect(value.revision).toBe(handle.revision);
    expect(value.year).toBe(2030);
    for (const key of HOURLY_SERIES_KEYS) expect(value.series[key]).toHaveLength(8760);
    const imported = value.series.import_mw.reduce((a, b) => a + b, 0);
    expect(Math.abs(imported - value.electricity.grid_import_mwh) / value.electricity.grid_import_mwh).toBeLessThan(1e-9);
    expect(value.electricity.balance_method).toBe('hourly');
  });

  it('refuses a year outside the pathway, an unknown scenario and a malformed request', async () => {
    const handle = ProjectHandle.parse((await call('project.openSample', {})).value);
    const late = await call('scenario.hourly', { project_id: handle.project_id, scenario_id: 'near-zero', year: 2070 });
    expect(late.error?.code).toBe('INVALID_REQUEST');
    expect(late.error?.message).toMatch(/2025-2060/);
    const missing = await call('scenario.hourly', { project_id: handle.project_id, scenario_id: 'nope', year: 2030 });
    expect(missing.error?.code).toBe('NOT_FOUND');
    const bad = await call('scenario.hourly', { project_id: handle.project_id, scenario_id: 'near-zero', year: 2030.5 });
    expect(bad.error?.code).toBe('INVALID_REQUEST');
  });
});
