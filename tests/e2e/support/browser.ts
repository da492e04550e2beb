import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startBrowserHost, type BrowserHost } from '../../../electron/host/browser-host/server.ts';
import { REPO_ROOT, ensureRendererBuilt } from './build-renderer.ts';

export const CHROMIUM = process.env['PARKZERO_CHROMIUM'] ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-artifacts', 'screenshots');

/**
 * Leave a crashed session in `workDir`: a child host opens the sample, renames the park to
 * `name`, and is killed with SIGKILL so nothing gets cleaned up.
 */
export async function leaveCrashedSession(workDir: string, name: string): Promise<void> {
  const script = join(REPO_ROOT, 'tests', 'e2e', 'support', 'crashed-session.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, workDir, name], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`crashed-session exited early (${code}): ${stderr}`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** Everything one e2e file needs: a host on its own temp folder and a fresh Chromium page. */
export interface E2eSession {
  host: BrowserHost;
  /** This session's own temporary folder (also a safe place for saved projects). */
  workDir: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  /** API calls in order, `name -> ok` or `name -> CODE: message`, for diagnosing failures. */
  apiLog: string[];
  /**
   * Answers every later call `name` with `envelope` instead of the host (until `unfakeCall`),
   * over the app's API socket and over HTTP alike: for states the host is hard to bring into
   * (a full disk, an older host's answer).
   */
  fakeCall(name: string, envelope: unknown): void;
  /** API calls made over HTTP, by name: none while the app's socket is open. */
  httpApiCalls: string[];
  unfakeCall(name: string): void;
  close(): Promise<void>;
}

export interface E2eOptions {
  locale?: string;
  /** Runs on the fresh host data folder before the host starts (e.g. to leave a crashed session). */
  beforeHost?: (workDir: string) => Promise<void>;
}

export async function startE2e(options: E2eOptions = {}): Promise<E2eSession> {
  await ensureRendererBuilt();
  const workDir = mkdtempSync(join(tmpdir(), 'parkzero-e2e-'));
  await options.beforeHost?.(workDir);
  const host = await startBrowserHost({ port: 0, workDir, root: workDir, rendererDir: 'dist-renderer' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: options.locale ?? 'en-US',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  const apiLog: string[] = [];
  const fakes = new Map<string, unknown>();
  const logAnswer = (name: string, body: { ok?: boolean; error?: { code: string; message: string } }) =>
    apiLog.push(body.ok === true ? `${name} -> ok` : `${name} -> ${body.error?.code}: ${body.error?.message}`);
  // The app's calls go over one WebSocket (renderer/src/api/bridge.ts): pass every message
  // through, logging each answer by its call's name, or answer a faked call here.
  await context.routeWebSocket(/\/api\/socket$/, (ws) => {
    const server = ws.connectToServer();
    const names = new Map<number, string>();
    ws.onMessage((message) => {
      const call = JSON.parse(String(message)) as { id: number; name: string };
      if (fakes.has(call.name)) {
        logAnswer(call.name, fakes.get(call.name) as { ok?: boolean });
        ws.send(JSON.stringify({ id: call.id, result: fakes.get(call.name) }));
        return;
      }
      names.set(call.id, call.name);
      server.send(message);
    });
    server.onMessage((message) => {
      const text = String(message);
      const id = Number(/^\{"id":(\d+),/.exec(text)?.[1]);
      const name = names.get(id) ?? `call ${id}`;
      names.delete(id);
      // Only a refusal is read whole (results run to hundreds of kilobytes).
      if (text.startsWith(`{"id":${id},"result":{"ok":true`)) apiLog.push(`${name} -> ok`);
      else logAnswer(name, (JSON.parse(text) as { result: { ok?: boolean } }).result);
      ws.send(message);
    });
  });
  await context.route(/\/api\/[^/]+$/, async (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.slice(5));
    if (fakes.has(name)) await route.fulfill({ json: fakes.get(name) });
    else await route.fallback();
  });
  const httpApiCalls: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.pathname.startsWith('/api/')) httpApiCalls.push(decodeURIComponent(url.pathname.slice(5)));
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`http ${res.status()}: ${res.url()}`);
    const url = new URL(res.url());
    if (!url.pathname.startsWith('/api/')) return;
    const name = url.pathname.slice(5);
    res.json().then(
      (body: { ok?: boolean; error?: { code: string; message: string } }) => logAnswer(name, body),
      () => apiLog.push(`${name} -> unreadable`),
    );
  });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    host,
    workDir,
    browser,
    context,
    page,
    problems,
    apiLog,
    httpApiCalls,
    fakeCall: (name, envelope) => fakes.set(name, envelope),
    unfakeCall: (name) => fakes.delete(name),
    async close() {
      await browser.close();
      await host.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
