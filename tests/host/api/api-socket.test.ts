import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { HttpApiServer } from '../../../electron/host/browser-host/http-server.ts';
import { startServedHost, type ServedHost } from '../support/served-host.ts';

type Envelope = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

/**
 * The browser host's API over its WebSocket (electron/host/browser-host/api-socket.ts), against a
 * real host and real SQLite files, with a real WebSocket client that can send the headers a
 * browser sends, and those a hostile page or program would.
 */
describe('browser host API over its WebSocket', () => {
  let server: HttpApiServer;
  const open: WebSocket[] = [];

  let served: ServedHost;

  beforeEach(async () => {
    served = await startServedHost('parkzero-socket-');
    ({ server } = served);
  });

  afterEach(async () => {
    for (const ws of open.splice(0)) ws.terminate();
    await served.close();
  });

  const origin = () => `http://127.0.0.1:${server.port}`;

  /** A socket opened as the page does, unless told otherwise. */
  const connect = (
    options: { token?: string | null; origin?: string | null; host?: string; path?: string; api?: boolean } = {},
  ): WebSocket => {
    const token = options.token === undefined ? server.token : options.token;
    const protocols = [...(options.api === false ? [] : ['parkzero']), ...(token === null ? [] : [`parkzero-token.${token}`])];
    const headers: Record<string, string> = options.host === undefined ? {} : { host: options.host };
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}${options.path ?? '/api/socket'}`, protocols, {
      ...(options.origin === null ? {} : { origin: options.origin ?? origin() }),
      headers,
    });
    open.push(ws);
    return ws;
  };

  /** The HTTP status a refused handshake got, or 101 when it opened. */
  const handshake = (ws: WebSocket): Promise<number> =>
    new Promise((resolve) => {
      ws.once('open', () => resolve(101));
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.once('error', () => resolve(-1));
    });

  const opened = async (ws: WebSocket): Promise<WebSocket> => {
    expect(await handshake(ws)).toBe(101);
    return ws;
  };

  /** Sends calls and gathers their answers by id. */
  const calls = async (ws: WebSocket, list: { id: number; name: string; request: unknown }[]): Promise<Map<number, string>> => {
    const answers = new Map<number, string>();
    const done = new Promise<void>((resolve, reject) => {
      ws.on('message', (data) => {
        const text = String(data);
        const id = (JSON.parse(text) as { id: number }).id;
        answers.set(id, text);
        if (answers.size === list.length) resolve();
      });
      ws.once('close', (code) => reject(new Error(`socket closed with ${code}`)));
    });
    for (const c of list) ws.send(JSON.stringify(c));
    await done;
    return answers;
  };

  const closeCode = (ws: WebSocket): Promise<{ code: number; reason: string }> =>
    new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })));

  it('answers each call with its id and the same envelope as HTTP, byte for byte', async () => {
    const ws = await opened(connect());
    expect(ws.protocol).toBe('parkzero'); // the server never echoes the token back
    const first = await calls(ws, [{ id: 1, name: 'project.openSample', request: {} }]);
    const sample = JSON.parse(first.get(1)!) as { id: number; result: Envelope };
    expect(sample.result.ok).toBe(true);
    const projectId = (sample.result.value as { project_id: string }).project_id;
    const run = { project_id: projectId, scenario_ids: ['near-zero'], mac: false };
    const answers = await calls(ws, [
      { id: 7, name: 'scenario.run', request: run },
      { id: 8, name: 'app.info', request: {} },
      { id: 9, name: 'no.such.call', request: {} },
    ]);
    const overHttp = await fetch(`${origin()}/api/scenario.run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: JSON.stringify(run),
    });
    expect(answers.get(7)).toBe(`{"id":7,"result":${await overHttp.text()}}`);
    expect((JSON.parse(answers.get(8)!) as { result: Envelope }).result.ok).toBe(true);
    expect((JSON.parse(answers.get(9)!) as { result: Envelope }).result.error?.code).toBe('UNKNOWN_CALL');
  });

  it('refuses the handshake without the token, with a wrong one, from another origin or host, or elsewhere', async () => {
    expect(await handshake(connect({ token: null }))).toBe(401);
    expect(await handshake(connect({ token: 'b'.repeat(48) }))).toBe(401);
    expect(await handshake(connect({ api: false }))).toBe(401);
    expect(await handshake(connect({ origin: 'http://evil.example' }))).toBe(403);
    // A program that sends no Origin is not the page this host serves.
    expect(await handshake(connect({ origin: null }))).toBe(403);
    // DNS rebinding: a page of evil.example resolved to 127.0.0.1 sends its own name as Host.
    expect(await handshake(connect({ host: 'evil.example', origin: 'http://evil.example' }))).toBe(403);
    expect(await handshake(connect({ path: '/api/other' }))).toBe(404);
    // The host still answers the page.
    const ws = await opened(connect());
    expect((await calls(ws, [{ id: 1, name: 'app.info', request: {} }])).size).toBe(1);
  });

  it('closes a socket that sends a binary frame, invalid UTF-8, something that is not a call, or too much', async () => {
    const binary = await opened(connect());
    const binaryClosed = closeCode(binary);
    binary.send(Buffer.from('{"id":1,"name":"app.info"}'), { binary: true });
    expect((await binaryClosed).code).toBe(1003);

    const badText = await opened(connect());
    const badTextClosed = closeCode(badText);
    // A text frame whose bytes are not UTF-8 (a lone continuation byte).
    badText.send(Buffer.from([0x7b, 0x80, 0x7d]), { binary: false });
    expect((await badTextClosed).code).toBe(1007);

    for (const junk of ['not json', '[]', '{"id":"1","name":"app.info"}', '{"id":1}', '{"id":-1,"name":"app.info"}']) {
      const ws = await opened(connect());
      const closed = closeCode(ws);
      ws.send(junk);
      expect((await closed).code, junk).toBe(1008);
    }

    const big = await opened(connect());
    const bigClosed = closeCode(big);
    big.send(`{"id":1,"name":"app.info","request":{"x":"${'x'.repeat(32 * 1024 * 1024)}"}}`);
    expect((await bigClosed).code).toBe(1009);

    // None of that stopped the host.
    const ws = await opened(connect());
    expect((await calls(ws, [{ id: 1, name: 'app.info', request: {} }])).size).toBe(1);
  });
});
