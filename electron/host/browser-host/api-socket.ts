import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { API_SUBPROTOCOL, TOKEN_SUBPROTOCOL_PREFIX } from '../../../core/api/socket.ts';

/**
 * The browser host's API over one WebSocket per page, beside the same API over HTTP POST.
 *
 * Why: in Chromium an HTTP request to 127.0.0.1 costs about 5 ms from `fetch` to its answer,
 * even for a call the host answers in a tenth of that (measured on the 2-core build machine, idle:
 * fetch 5.3-5.5 ms, a WebSocket message and its answer 1.3 ms). Each edit makes two calls in a
 * row on the way to the chart (project.edit, then scenario.run's answer), and under live-results
 * load the browser's own request machinery competes with the engine for the same cores.
 *
 * The same checks as the HTTP API, at the upgrade, before any message is read:
 *  - the Host header names this server (DNS rebinding);
 *  - the Origin header is this server's own (browsers always send it on a WebSocket handshake;
 *    a page of another site cannot open this socket, even knowing the port);
 *  - the per-run token, sent as a subprotocol (`parkzero-token.<hex>`, beside `parkzero`): a
 *    browser cannot set an Authorization header on a WebSocket, and the token stays out of the
 *    URL and so out of any log.
 * Refused handshakes get the HTTP status and envelope the HTTP API would give.
 *
 * Messages: text frames only, each one call `{"id": n, "name": "project.edit", "request": {...}}`,
 * answered by `{"id": n, "result": <the Result envelope>}`; calls run concurrently and their
 * answers come in the order they finish. The envelope is the host's JSON text as it is (no
 * parsing and writing again, as over HTTP). A frame larger than the HTTP body limit, a binary
 * frame, invalid UTF-8 or a message that is not a call closes the socket with a code saying
 * why (1009, 1003, 1007, 1008); the renderer then fails the calls in flight as it would on a
 * dropped HTTP connection and sends the next ones over HTTP.
 */

export interface ApiSocketOptions {
  maxMessageBytes: number;
  /** Runs one call and gives its Result envelope as JSON text (Host.callJson). */
  callJson: (name: string, request: unknown) => Promise<string>;
}

/** What the upgrade must satisfy; the HTTP server knows its hosts and token. */
export interface UpgradeCheck {
  hostAllowed: (host: string | undefined) => boolean;
  tokenMatches: (presented: string) => boolean;
}

export interface ApiSocket {
  /** Handles an HTTP upgrade request for the socket path (the server routes it here). */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, check: UpgradeCheck): void;
  close(): void;
}

interface Call {
  id: number;
  name: string;
  request: unknown;
}

function parseCall(text: string): Call | null {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof message !== 'object' || message === null) return null;
  const { id, name, request } = message as Record<string, unknown>;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) return null;
  if (typeof name !== 'string' || name.length === 0 || name.length > 100) return null;
  return { id, name, request: request === undefined ? {} : request };
}

function refuse(socket: Duplex, status: number, reason: string, code: string): void {
  const body = JSON.stringify({ ok: false, error: { code, message: reason } });
  const text = status === 401 ? 'Unauthorized' : status === 403 ? 'Forbidden' : 'Bad Request';
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** The token among the offered subprotocols, or '' when none carries one. */
function offeredToken(header: string | undefined): { token: string; api: boolean } {
  const offered = (header ?? '').split(',').map((p) => p.trim());
  const carrier = offered.find((p) => p.startsWith(TOKEN_SUBPROTOCOL_PREFIX));
  return { token: carrier?.slice(TOKEN_SUBPROTOCOL_PREFIX.length) ?? '', api: offered.includes(API_SUBPROTOCOL) };
}

export function createApiSocket(options: ApiSocketOptions): ApiSocket {
  const server = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes,
    // Compression would cost CPU on both sides for bytes that never leave the machine.
    perMessageDeflate: false,
    // Answer with the API subprotocol, never with the token.
    handleProtocols: (protocols) => (protocols.has(API_SUBPROTOCOL) ? API_SUBPROTOCOL : false),
  });

  server.on('connection', (ws: WebSocket) => {
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (isBinary) {
        ws.close(1003, 'API calls are text messages');
        return;
      }
      // ws has checked the frame is valid UTF-8 (it closes with 1007 otherwise).
      const call = parseCall(String(data));
      if (call === null) {
        ws.close(1008, 'a message must be a call: {"id": n, "name": "...", "request": {...}}');
        return;
      }
      void options.callJson(call.name, call.request).then(
        (json) => {
          if (ws.readyState === ws.OPEN) ws.send(`{"id":${call.id},"result":${json}}`);
        },
        () => {
          if (ws.readyState === ws.OPEN)
            ws.send(
              JSON.stringify({
                id: call.id,
                result: { ok: false, error: { code: 'INTERNAL', message: 'the browser host failed to answer' } },
              }),
            );
        },
      );
    });
    // A peer that vanishes or sends garbage must not stop the host.
    ws.on('error', () => ws.terminate());
  });

  return {
    upgrade(req, socket, head, check) {
      socket.on('error', () => socket.destroy());
      if (!check.hostAllowed(req.headers.host)) {
        refuse(socket, 403, 'requests must be addressed to this local host', 'UNAUTHORIZED');
        return;
      }
      const origin = req.headers.origin;
      if (origin === undefined || !check.hostAllowed(origin.replace(/^http:\/\//, '')) || !origin.startsWith('http://')) {
        refuse(socket, 403, 'the API socket is opened only by the page this host serves', 'UNAUTHORIZED');
        return;
      }
      const offered = offeredToken(req.headers['sec-websocket-protocol']);
      if (!offered.api || !check.tokenMatches(offered.token)) {
        refuse(socket, 401, 'missing or wrong session token; open the URL the host printed', 'UNAUTHORIZED');
        return;
      }
      server.handleUpgrade(req, socket, head, (ws) => server.emit('connection', ws, req));
    },
    close() {
      for (const client of server.clients) client.terminate();
      server.close();
    },
  };
}
