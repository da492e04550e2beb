import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { createHost, type Host } from '../host.ts';
import { APP_ROOT, appVersion } from '../paths.ts';
import { startHttpApiServer } from './http-server.ts';
import { confinedTo } from '../path-policy.ts';

export interface BrowserHostOptions {
  /** 0 picks a free port. */
  port?: number;
  /** The host's data folder (working copies, recent files). */
  workDir: string;
  /**
   * The project folder: requests may read and write only inside it, never in dot-folders
   * (electron/host/path-policy.ts). `parkzero serve --root DIR`; default ~/Documents.
   */
  root: string;
  /** Built renderer folder, absolute or relative to the app root; default dist-renderer. */
  rendererDir?: string;
  /** Fixed token for tests; random per run otherwise. */
  token?: string;
  /** Open a project before the page loads and put its id in the URL. */
  open?: { sample: true } | { path: string };
}

export interface BrowserHost {
  url: string;
  token: string;
  host: Host;
  close(): Promise<void>;
}

/**
 * The local browser host: the same renderer and the same API as the desktop app, served on
 * 127.0.0.1 for machines where the desktop shell cannot be installed and for end-to-end tests.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const rendererDir = resolveRendererDir(options.rendererDir ?? 'dist-renderer');
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error(`the renderer is not built (${rendererDir}/index.html is missing); run "npm run build"`);
  const host = createHost({
    shell: 'browser',
    dataDir: options.workDir,
    version: appVersion(),
    paths: confinedTo(options.root),
  });
  const server = await startHttpApiServer({
    port: options.port ?? 0,
    rendererDir,
    callJson: (name, request) => host.callJson(name, request),
    ...(options.token !== undefined ? { token: options.token } : {}),
  });

  let url = server.url;
  if (options.open) {
    const result =
      'sample' in options.open
        ? await host.call('project.openSample', {})
        : await host.call('project.open', { path: options.open.path });
    if (!result.ok) {
      await server.close();
      await host.close();
      throw new Error(`${result.error.code}: ${result.error.message}`);
    }
    url += `&project=${(result.value as { project_id: string }).project_id}`;
  }

  return {
    url,
    token: server.token,
    host,
    close: async () => {
      await server.close();
      await host.close();
    },
  };
}

function resolveRendererDir(dir: string): string {
  return isAbsolute(dir) ? dir : join(APP_ROOT, dir);
}
