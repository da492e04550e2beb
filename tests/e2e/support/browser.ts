import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startBrowserHost, type BrowserHost } from '../../../electron/host/browser-host/server.ts';
import { REPO_ROOT, ensureRendererBuilt } from './build-renderer.ts';

export const CHROMIUM = process.env['PARKZERO_CHROMIUM'] ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-artifacts', 'screenshots');

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

export async function startE2e(options: { locale?: string } = {}): Promise<E2eSession> {
  await ensureRendererBuilt();
  const workDir = mkdtempSync(join(tmpdir(), 'parkzero-e2e-'));
  const host = await startBrowserHost({ port: 0, workDir, rendererDir: 'dist-renderer' });
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
