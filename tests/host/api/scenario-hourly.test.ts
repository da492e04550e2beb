import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HttpApiServer } from '../../../electron/host/browser-host/http-server.ts';
import { contract, ProjectHandle } from '../../../core/api/contract.ts';
import { HOURLY_SERIES_KEYS } from '../../../core/engine/index.ts';
import { startServedHost, type ServedHost } from '../support/served-host.ts';

/** scenario.hourly over the browser host's HTTP API, computed on the engine workers. */
describe('scenario.hourly', () => {
  let server: HttpApiServer;

  let served: ServedHost;

  beforeEach(async () => {
    served = await startServedHost('parkzero-hourly-api-');
    ({ server } = served);
  });

  afterEach(async () => {
    await served.close();
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
