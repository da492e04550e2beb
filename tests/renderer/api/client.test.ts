import { describe, expect, it } from 'vitest';
import { TransportError, type Transport } from '../../../renderer/src/api/bridge.ts';
import { ApiCallError, createClient } from '../../../renderer/src/api/client.ts';

function transportAnswering(answer: () => unknown): Transport & { sent: [string, unknown][] } {
  const sent: [string, unknown][] = [];
  return {
    shell: 'browser',
    sent,
    async send(name, request) {
      sent.push([name, request]);
      return answer();
    },
  };
}

async function callError(p: Promise<unknown>): Promise<ApiCallError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiCallError) return e;
    throw e;
  }
  throw new Error('expected the call to fail');
}

describe('API client', () => {
  it('sends the request and returns the value of an ok envelope', async () => {
    const t = transportAnswering(() => ({ ok: true, value: { version: '0.1.0', schema_version: 1, shell: 'browser' } }));
    const info = await createClient(t).call('app.info', {});
    expect(info.shell).toBe('browser');
    expect(t.sent).toEqual([['app.info', {}]]);
  });

  it('throws the host error code, message and details', async () => {
    const t = transportAnswering(() => ({
      ok: false,
      error: { code: 'FILE_FROM_NEWER_VERSION', message: 'too new', details: [{ path: 'x', message: 'y' }] },
    }));
    const e = await callError(createClient(t).call('project.open', { path: '/tmp/a.parkzero' }));
    expect(e.code).toBe('FILE_FROM_NEWER_VERSION');
    expect(e.message).toBe('too new');
    expect(e.details).toEqual([{ path: 'x', message: 'y' }]);
    expect(e.call).toBe('project.open');
  });

  it('keeps the reason the host gives, for the notice to say in the screen language', async () => {
    const reason = { key: 'file_from_newer_version', params: { file: 'a.parkzero', file_version: 12, max_version: 9 } };
    const t = transportAnswering(() => ({ ok: false, error: { code: 'FILE_FROM_NEWER_VERSION', message: 'too new', reason } }));
    const e = await callError(createClient(t).call('project.open', { path: '/tmp/a.parkzero' }));
    expect(e.reason).toEqual(reason);
    expect(e.message).toBe('too new');
  });

  it('maps an error code it does not know to INTERNAL, keeping the message', async () => {
    const t = transportAnswering(() => ({ ok: false, error: { code: 'SOMETHING_NEW', message: 'future' } }));
    const e = await callError(createClient(t).call('project.recent', {}));
    expect([e.code, e.message]).toEqual(['INTERNAL', 'future']);
  });

  it('refuses a body that is not an envelope', async () => {
    const e = await callError(createClient(transportAnswering(() => '<html>')).call('project.recent', {}));
    expect(e.code).toBe('BAD_RESPONSE');
  });

  it('refuses a value that does not match the response schema', async () => {
    const t = transportAnswering(() => ({ ok: true, value: [{ path: 1 }] }));
    const e = await callError(createClient(t).call('project.recent', {}));
    expect(e.code).toBe('BAD_RESPONSE');
    expect(e.details?.length).toBeGreaterThan(0);
  });

  it('reports an unreachable host as TRANSPORT', async () => {
    const t = transportAnswering(() => {
      throw new TransportError('connection refused');
    });
    const e = await callError(createClient(t).call('project.recent', {}));
    expect([e.code, e.message]).toEqual(['TRANSPORT', 'connection refused']);
  });
});
