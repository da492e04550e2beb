import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket as WsSocket, WebSocketServer } from 'ws';
import type { AddressInfo } from 'node:net';
import { socketTransport, TransportError, type Transport } from '../../../renderer/src/api/bridge.ts';
import { socketProtocols } from '../../../core/api/socket.ts';

/**
 * The renderer's socket transport (renderer/src/api/bridge.ts) against a small WebSocket server
 * that answers, refuses or drops as a test needs. The real host behind a real socket is covered
 * in tests/host/api/api-socket.test.ts and by every end-to-end test (Chromium opens the socket).
 */

/** What a browser's WebSocket is, with the Origin header a browser would send. */
class PageSocket extends WsSocket {
  static opened = 0;
  constructor(url: string, protocols: string[]) {
    super(url, protocols, { origin: 'http://127.0.0.1' });
    PageSocket.opened++;
  }
}

describe('socket transport', () => {
  let server: WebSocketServer;
  let url: string;
  /** What the fake host does with each call. */
  let answer: (call: { id: number; name: string; request: unknown }, ws: WsSocket) => void;
  const seen: { name: string; protocols: string[] }[] = [];
  const original = globalThis.WebSocket;

  beforeEach(async () => {
    (globalThis as { WebSocket: unknown }).WebSocket = PageSocket;
    seen.length = 0;
    answer = (call, ws) => ws.send(JSON.stringify({ id: call.id, result: { ok: true, value: call.name } }));
    server = new WebSocketServer({ port: 0, host: '127.0.0.1', handleProtocols: () => 'parkzero' });
    server.on('connection', (ws, req) => {
      const protocols = String(req.headers['sec-websocket-protocol']).split(/,\s*/);
      ws.on('message', (data) => {
        const call = JSON.parse(String(data)) as { id: number; name: string; request: unknown };
        seen.push({ name: call.name, protocols });
        answer(call, ws);
      });
    });
    await new Promise((resolve) => server.once('listening', resolve));
    url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/api/socket`;
  });

  afterEach(async () => {
    (globalThis as { WebSocket: unknown }).WebSocket = original;
    for (const c of server.clients) c.terminate();
    await new Promise((resolve) => server.close(resolve));
  });

  const http = (): Transport & { names: string[] } => {
    const names: string[] = [];
    return {
      shell: 'browser',
      names,
      send: (name) => {
        names.push(name);
        return Promise.resolve({ ok: true, value: `http:${name}` });
      },
    };
  };

  it('sends calls over one socket with the token as a subprotocol, and matches answers by id', async () => {
    const fallback = http();
    const transport = socketTransport(url, 'c'.repeat(48), fallback);
    // Answer the second call first: answers are matched by id, not by order.
    const held: (() => void)[] = [];
    answer = (call, ws) => {
      const reply = () => ws.send(JSON.stringify({ id: call.id, result: { ok: true, value: call.name } }));
      if (call.name === 'project.edit') held.push(reply);
      else {
        reply();
        held.splice(0).forEach((r) => r());
      }
    };
    const [edit, run] = await Promise.all([transport.send('project.edit', {}), transport.send('scenario.run', {})]);
    expect(edit).toEqual({ ok: true, value: 'project.edit' });
    expect(run).toEqual({ ok: true, value: 'scenario.run' });
    expect(server.clients.size).toBe(1);
    expect(seen.map((s) => s.protocols)).toEqual([socketProtocols('c'.repeat(48)), socketProtocols('c'.repeat(48))]);
    expect(fallback.names).toEqual([]);
  });

  it('fails the calls in flight when the socket drops, and opens a new one for the next call', async () => {
    const transport = socketTransport(url, 'c'.repeat(48), http());
    answer = (_call, ws) => ws.terminate();
    await expect(transport.send('project.edit', {})).rejects.toBeInstanceOf(TransportError);
    answer = (call, ws) => ws.send(JSON.stringify({ id: call.id, result: { ok: true, value: call.name } }));
    expect(await transport.send('app.info', {})).toEqual({ ok: true, value: 'app.info' });
  });

  it('sends over HTTP while the socket cannot be opened, and tries the socket again later', async () => {
    let clock = 1_000;
    const fallback = http();
    const transport = socketTransport(url.replace(/\d+\/api/, '1/api'), 'c'.repeat(48), fallback, () => clock);
    PageSocket.opened = 0;
    expect(await transport.send('app.info', {})).toEqual({ ok: true, value: 'http:app.info' });
    expect(await transport.send('project.get', {})).toEqual({ ok: true, value: 'http:project.get' });
    expect(PageSocket.opened).toBe(1); // not tried again at once: each call would wait for the refusal
    clock += 10_001;
    expect(await transport.send('app.info', {})).toEqual({ ok: true, value: 'http:app.info' });
    expect(PageSocket.opened).toBe(2);
    expect(fallback.names).toEqual(['app.info', 'project.get', 'app.info']);
  });
});
