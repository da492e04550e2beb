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
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`http ${res.status()}: ${res.url()}`);
    const url = new URL(res.url());
    if (!url.pathname.startsWith('/api/')) return;
    const name = url.pathname.slice(5);
    res.json().then(
      (body: { ok?: boolean; error?: { code: string; message: string } }) =>
        apiLog.push(body.ok === true ? `${name} -> ok` : `${name} -> ${body.error?.code}: ${body.error?.message}`),
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
    async close() {
      await browser.close();
      await host.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
