import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { err, type Result } from '../../../core/api/result.ts';
import { CONTENT_SECURITY_POLICY } from '../security-policy.ts';
import { createApiSocket } from './api-socket.ts';
import { API_SOCKET_PATH } from '../../../core/api/socket.ts';

/** Requests larger than this are refused before parsing (a whole plan is far smaller). */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface HttpApiServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Folder with the built renderer (index.html and assets). */
  rendererDir: string;
  /**
   * Runs one API call and gives its Result envelope as JSON text (Host.callJson); the server
   * only moves bytes and checks who is asking.
   */
  callJson: (name: string, request: unknown) => Promise<string>;
  /** Fixed token for tests; by default a random one per run. */
  token?: string;
}

export interface HttpApiServer {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

const JSON_TYPE = 'application/json; charset=utf-8';

function sendResult(res: ServerResponse, status: number, result: Result<unknown>): void {
  send(res, status, JSON.stringify(result), JSON_TYPE);
}

function bearerMatches(header: string | undefined, token: string): boolean {
  return tokenMatches(header?.startsWith('Bearer ') ? header.slice(7) : '', token);
}

function tokenMatches(presented: string, token: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The local browser host: the renderer's files and the API over HTTP, on 127.0.0.1 only.
 * Every API request must carry the per-run token, and the Host header must name this server,
 * which stops other web pages (including DNS-rebinding tricks) from driving the API. The same
 * API is also served over a WebSocket (api-socket.ts), with the same checks at its handshake.
 */
export async function startHttpApiServer(options: HttpApiServerOptions): Promise<HttpApiServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let allowedHosts: Set<string> = new Set();
  const socket = createApiSocket({ maxMessageBytes: MAX_BODY_BYTES, callJson: options.callJson });

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendResult(res, 500, err('INTERNAL', 'the browser host failed to answer'));
      else res.destroy();
    });
  });

  server.on('upgrade', (req: IncomingMessage, stream: Duplex, head: Buffer) => {
    if (decodePath(new URL(req.url ?? '/', 'http://localhost').pathname) !== API_SOCKET_PATH) {
      stream.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    socket.upgrade(req, stream, head, {
      hostAllowed: (host) => allowedHosts.has(host ?? ''),
      tokenMatches: (presented) => tokenMatches(presented, token),
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      sendResult(res, 403, err('UNAUTHORIZED', 'requests must be addressed to this local host'));
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    // A malformed escape (`/api/%E0%A4%A`) is the client's error (400), not the host's (500).
    const pathname = decodePath(url.pathname);
    if (pathname === null) {
      sendResult(res, 400, err('INVALID_REQUEST', 'the URL has a malformed percent-encoding'));
      return;
    }
    if (pathname.startsWith('/api/')) {
      await handleApi(req, res, pathname.slice(5));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendResult(res, 405, err('INVALID_REQUEST', 'only GET is served outside /api/'));
      return;
    }
    await serveStatic(res, pathname);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') {
      sendResult(res, 405, err('INVALID_REQUEST', 'API calls are POST requests'));
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      sendResult(res, 403, err('UNAUTHORIZED', 'cross-origin API requests are refused'));
      return;
    }
    if (!bearerMatches(req.headers.authorization, token)) {
      sendResult(res, 401, err('UNAUTHORIZED', 'missing or wrong session token; open the URL the host printed'));
      return;
    }
    const body = await readBody(req);
    if (body === null) {
      sendResult(res, 413, err('INVALID_REQUEST', `request body larger than ${MAX_BODY_BYTES} bytes`));
      return;
    }
    let request: unknown;
    try {
      // fatal: invalid UTF-8 is refused, never silently turned into U+FFFD.
      request = body.length === 0 ? {} : JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    } catch {
      sendResult(res, 400, err('INVALID_REQUEST', 'request body is not valid UTF-8 JSON'));
      return;
    }
    send(res, 200, await options.callJson(name, request), JSON_TYPE);
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
    const root = normalize(options.rendererDir + sep);
    const file = normalize(join(root, relative));
    // Refuse anything that would resolve outside the renderer folder.
    if (!file.startsWith(root) || relative.includes('\0')) {
      send(res, 404, 'not found', 'text/plain; charset=utf-8');
      return;
    }
    try {
      const content = await readFile(file);
      send(res, 200, content, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      send(res, 404, 'not found', 'text/plain; charset=utf-8');
    }
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolvePromise());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolvePromise) => {
        socket.close();
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}

function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}
