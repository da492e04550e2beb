import { splitCallName, type CallName } from '../../../core/api/contract.ts';
import { API_SOCKET_PATH, socketProtocols } from '../../../core/api/socket.ts';

/**
 * The only module that touches a host bridge. Everything else talks to the typed client in
 * `client.ts`. Two shells exist:
 *  - Electron: the preload exposes `window.api.<namespace>.<method>(request)`, one method per
 *    contract call, each returning a Promise of the Result envelope.
 *  - Local browser host: one WebSocket (`/api/socket`, the token as a subprotocol) carries
 *    each call as `{id, name, request}` and its Result envelope back; where the socket cannot be
 *    opened, `POST /api/<call name>` with the request as JSON and a bearer token, the response
 *    body being the Result envelope. Same calls, same checks in the host
 *    (electron/host/browser-host/api-socket.ts says why the socket: about 1 ms a call instead
 *    of 5 in Chromium).
 * The transport returns the envelope untouched (as unknown); the client validates it.
 */

export type ShellKind = 'electron' | 'browser';

export interface Transport {
  readonly shell: ShellKind;
  send(name: CallName, request: unknown): Promise<unknown>;
}

/** A failure below the API: the host could not be reached or answered with something unreadable. */
export class TransportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransportError';
  }
}

type PreloadMethod = (request: unknown) => Promise<unknown>;
type PreloadApi = Record<string, Record<string, PreloadMethod> | undefined>;

function preloadApi(): PreloadApi | null {
  const candidate = (globalThis as { api?: unknown }).api;
  return typeof candidate === 'object' && candidate !== null ? (candidate as PreloadApi) : null;
}

function electronTransport(api: PreloadApi): Transport {
  return {
    shell: 'electron',
    async send(name, request) {
      const [namespace, method] = splitCallName(name);
      const fn = api[namespace]?.[method];
      if (typeof fn !== 'function') throw new TransportError(`the desktop shell does not offer ${name}`);
      return fn(request);
    },
  };
}

const TOKEN_KEY = 'parkzero.hostToken';

/**
 * The browser host opens the page at `/?token=<hex>`. Read the token once, keep it for this tab
 * only (sessionStorage, so a reload still works), and take it out of the visible URL so it does
 * not end up in screenshots, bookmarks or the history list.
 */
export function takeHostToken(location: Location, history: History, storage: Storage): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null && /^[0-9a-fA-F]{16,256}$/.test(fromUrl)) {
    storage.setItem(TOKEN_KEY, fromUrl);
  }
  if (fromUrl !== null) {
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  }
  return storage.getItem(TOKEN_KEY);
}

function browserTransport(token: string): Transport {
  return {
    shell: 'browser',
    async send(name, request) {
      let response: Response;
      try {
        response = await fetch(`/api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(request),
          credentials: 'omit',
          cache: 'no-store',
        });
      } catch (cause) {
        throw new TransportError(`the ParkZero host did not answer (${String(cause)})`);
      }
      try {
        // Error statuses (401, 400, 500) still carry the envelope; read it either way.
        return (await response.json()) as unknown;
      } catch {
        throw new TransportError(`the ParkZero host answered ${response.status} without a readable body`);
      }
    },
  };
}

/** After the socket failed to open, calls go over HTTP for this long before it is tried again. */
const SOCKET_RETRY_MS = 10_000;

interface Waiting {
  resolve: (envelope: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * Calls over one WebSocket to the browser host, opened at the first call; over `http` while the
 * socket cannot be opened (a proxy, an older host), tried again SOCKET_RETRY_MS later. When an
 * open socket closes, the calls in flight fail with a TransportError, as on a dropped HTTP
 * connection (an edit may or may not have been made: its revision tells), and the next call
 * opens a new one.
 */
export function socketTransport(url: string, token: string, http: Transport, now: () => number = Date.now): Transport {
  let socket: WebSocket | null = null;
  let opening: Promise<WebSocket | null> | null = null;
  let retryAt = 0;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();

  const lost = (ws: WebSocket, why: string): void => {
    if (socket === ws) socket = null;
    for (const [id, w] of waiting) {
      waiting.delete(id);
      w.reject(new TransportError(`the connection to the ParkZero host was lost (${why})`));
    }
  };

  const open = (): Promise<WebSocket | null> =>
    new Promise((resolve) => {
      let ws: WebSocket;
      try {
        ws = new WebSocket(url, socketProtocols(token));
      } catch {
        resolve(null);
        return;
      }
      let opened = false;
      // A failed open or a dropped socket is said by 'close', which always follows 'error'.
      ws.addEventListener('error', () => {});
      ws.addEventListener('open', () => {
        opened = true;
        socket = ws;
        resolve(ws);
      });
      ws.addEventListener('close', (event) => {
        if (!opened) {
          retryAt = now() + SOCKET_RETRY_MS;
          resolve(null);
        } else lost(ws, `closed with code ${event.code}${event.reason === '' ? '' : `: ${event.reason}`}`);
      });
      ws.addEventListener('message', (event) => {
        let id: unknown;
        let result: unknown;
        try {
          ({ id, result } = JSON.parse(String(event.data)) as { id?: unknown; result?: unknown });
        } catch {
          ws.close(1002, 'unreadable answer');
          return;
        }
        const w = typeof id === 'number' ? waiting.get(id) : undefined;
        if (w === undefined) return;
        waiting.delete(id as number);
        w.resolve(result);
      });
    });

  const connected = async (): Promise<WebSocket | null> => {
    if (socket !== null && socket.readyState === WebSocket.OPEN) return socket;
    if (opening === null) {
      if (now() < retryAt) return null;
      opening = open().finally(() => (opening = null));
    }
    return opening;
  };

  return {
    shell: 'browser',
    async send(name, request) {
      const ws = await connected();
      if (ws === null || ws.readyState !== WebSocket.OPEN) return http.send(name, request);
      const id = nextId++;
      return new Promise<unknown>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        ws.send(JSON.stringify({ id, name, request }));
      });
    },
  };
}

export type TransportSetup = { ok: true; transport: Transport } | { ok: false; reason: 'no_token' };

/** Pick the bridge for the shell we run in. Called once at start-up. */
export function connectTransport(): TransportSetup {
  const api = preloadApi();
  if (api !== null) return { ok: true, transport: electronTransport(api) };
  const token = takeHostToken(window.location, window.history, window.sessionStorage);
  if (token === null) return { ok: false, reason: 'no_token' };
  const socketUrl = `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}${API_SOCKET_PATH}`;
  return { ok: true, transport: socketTransport(socketUrl, token, browserTransport(token)) };
}
