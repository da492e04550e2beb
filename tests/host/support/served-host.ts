import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHost, type Host } from '../../../electron/host/host.ts';
import { startHttpApiServer, type HttpApiServer } from '../../../electron/host/browser-host/http-server.ts';

export interface ServedHost {
  /** The test's own temporary folder (the host's data under `data/`). */
  dir: string;
  host: Host;
  server: HttpApiServer;
  close(): Promise<void>;
}

/**
 * A real host behind the browser host's server, as `parkzero serve` runs them, on a temporary
 * folder with a one-line stand-in for the built renderer and a fixed token.
 */
export async function startServedHost(prefix: string): Promise<ServedHost> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>ParkZero</title>');
  const host = createHost({ shell: 'browser', dataDir: join(dir, 'data'), version: '0.0.0-test', log: () => {} });
  const server = await startHttpApiServer({
    port: 0,
    rendererDir,
    callJson: (n, r) => host.callJson(n, r),
    token: 'a'.repeat(48),
  });
  return {
    dir,
    host,
    server,
    async close() {
      await server.close();
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
