import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const RENDERER_OUT = join(REPO_ROOT, 'dist-renderer');

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Build the renderer with Vite's JS API when dist-renderer/ is missing or older than its
 * sources, so an end-to-end run never tests a stale bundle. Sources include core/ because the
 * renderer bundles the contract and model schemas.
 */
export async function ensureRendererBuilt(): Promise<void> {
  const index = join(RENDERER_OUT, 'index.html');
  if (existsSync(index)) {
    const built = statSync(index).mtimeMs;
    const sources = ['renderer', 'core', 'vite.config.ts'].map((p) => join(REPO_ROOT, p));
    if (sources.every((s) => newestMtime(s) <= built)) return;
  }
  const { build } = await import('vite');
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build; the
  // e2e tests must exercise the same bundle the hosts ship.
  const previous = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ configFile: join(REPO_ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    if (previous === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = previous;
  }
}
