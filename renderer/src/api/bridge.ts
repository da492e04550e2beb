import { splitCallName, type CallName } from '../../../core/api/contract.ts';

/**
 * The only module that touches a host bridge. Everything else talks to the typed client in
 * `client.ts`. Two shells exist:
 *  - Electron: the preload exposes `window.api.<namespace>.<method>(request)`, one method per
 *    contract call, each returning a Promise of the Result envelope.
 *  - Local browser host: `POST /api/<call name>` with the request as JSON and a bearer token;
 *    the response body is the Result envelope.
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

export type TransportSetup = { ok: true; transport: Transport } | { ok: false; reason: 'no_token' };

/** Pick the bridge for the shell we run in. Called once at start-up. */
export function connectTransport(): TransportSetup {
  const api = preloadApi();
  if (api !== null) return { ok: true, transport: electronTransport(api) };
  const token = takeHostToken(window.location, window.history, window.sessionStorage);
  if (token === null) return { ok: false, reason: 'no_token' };
  return { ok: true, transport: browserTransport(token) };
}
