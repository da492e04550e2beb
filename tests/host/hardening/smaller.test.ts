import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../../electron/host/host.ts';
import { dispatch, type Handlers } from '../../../electron/host/api/dispatch.ts';
import { startHttpApiServer, type HttpApiServer } from '../../../electron/host/browser-host/http-server.ts';
import { SAMPLE_JSON, cli, importedSample, tempDir } from '../review/helpers.ts';

/** Issue 14, item 4: the smaller failures around the project file. */

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function sampleText(): string {
  return fs.readFileSync(SAMPLE_JSON, 'utf8');
}

describe('parkzero import', () => {
  it('refuses a NUL-led park name as PLAN_INVALID with its path, not INTERNAL with a stack trace', async () => {
    const plan = JSON.parse(sampleText()) as { park: { name: string } };
    plan.park.name = '\u0000Park';
    const json = path.join(dir, 'nul.json');
    fs.writeFileSync(json, JSON.stringify(plan));
    const r = await cli('import', json, '-o', path.join(dir, 'nul.parkzero'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^PLAN_INVALID: .*park\.name/s);
    expect(r.err).not.toContain('    at ');
  });

  it('accepts plan JSON that starts with a UTF-8 byte-order mark', async () => {
    const json = path.join(dir, 'bom.json');
    fs.writeFileSync(json, `\ufeff${sampleText()}`);
    const r = await cli('import', json, '-o', path.join(dir, 'bom.parkzero'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('refuses plan JSON that is not valid UTF-8 instead of replacing the bytes', async () => {
    const json = path.join(dir, 'latin1.json');
    const text = sampleText().replace('"name": "', '"name": "Caf\u00e9 ');
    fs.writeFileSync(json, Buffer.from(text, 'latin1'));
    const r = await cli('import', json, '-o', path.join(dir, 'latin1.parkzero'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('not valid UTF-8');
    expect(fs.existsSync(path.join(dir, 'latin1.parkzero'))).toBe(false);
  });
});

describe('parkzero output into a closed pipe', () => {
  it('`parkzero run FILE --format json | head -c 100` ends without an EPIPE crash', { timeout: 120_000 }, async () => {
    const file = await importedSample(dir, 'pipe.parkzero');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" bin/parkzero.js run "${file}" --format json | head -c 100`], {
      encoding: 'utf8',
      timeout: 110_000,
    });
    expect(r.signal).toBeNull();
    expect(r.stdout.length).toBeGreaterThan(90);
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.stderr).toBe('');
  });
});

describe('the browser host over HTTP', () => {
  let host: Host;
  let server: HttpApiServer;
  beforeAll(async () => {
    const rendererDir = path.join(dir, 'renderer');
    fs.mkdirSync(rendererDir, { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>ParkZero</title>');
    host = createHost({ shell: 'browser', dataDir: path.join(dir, 'data'), version: 'test', log: () => {} });
    server = await startHttpApiServer({ port: 0, rendererDir, callJson: (n, r) => host.callJson(n, r), token: 'b'.repeat(48) });
  });
  afterAll(async () => {
    await server.close();
    await host.close();
  });
  const post = (pathname: string, body: string | Buffer) =>
    fetch(`http://127.0.0.1:${server.port}${pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });

  it('answers a malformed percent-encoding with 400, not 500', async () => {
    const api = await post('/api/app.info%E0%A4%A', '{}');
    expect(api.status).toBe(400);
    expect(await api.json()).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    const page = await fetch(`http://127.0.0.1:${server.port}/assets/%E0%A4%A.js`);
    expect(page.status).toBe(400);
  });

  it('refuses a request body that is not valid UTF-8', async () => {
    const res = await post('/api/project.create', Buffer.from('{"template":"blank","name":"Caf\u00e9"}', 'latin1'));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });
});

describe('edit patches are bounded before they reach change_log', () => {
  let host: Host;
  let projectId: string;
  beforeAll(async () => {
    host = createHost({ shell: 'cli', dataDir: path.join(dir, 'data-patches'), version: 'test', log: () => {} });
    const r = await host.call('project.openSample', {});
    if (!r.ok) throw new Error(r.error.message);
    projectId = (r.value as { project_id: string }).project_id;
  });
  afterAll(() => host.close());

  it('refuses a 30 MB no-op patch and a deeply nested one, and records nothing', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 1000; i++) deep = [deep];
    for (const value of ['n'.repeat(30 * 1024 * 1024), deep]) {
      const r = await host.call('project.edit', {
        project_id: projectId,
        base_revision: 0,
        label: 'no-op',
        patches: [{ op: 'replace', path: ['park', 'notes_never_stored'], value }],
      });
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    const after = await host.call('project.get', { project_id: projectId });
    expect(after).toMatchObject({ ok: true, value: { revision: 0, dirty: false } });
  });
});

describe('a full disk while writing the working copy', () => {
  it('is IO_ERROR with a plain reason, not INTERNAL', async () => {
    const logged: string[] = [];
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const handlers = { 'app.info': () => Promise.reject(full) } as unknown as Handlers;
    const r = await dispatch(handlers, 'app.info', {}, (m) => logged.push(m));
    expect(r).toMatchObject({ ok: false, error: { code: 'IO_ERROR' } });
    expect(!r.ok && r.error.message).toContain('disk is full');
    expect(logged).toEqual([]);
  });
});
