import { homedir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Where the host keeps its own data (working copies, recent files) when it is not running
 * inside Electron (which supplies `app.getPath('userData')`). PARKZERO_HOME wins so tests and
 * scripts can isolate themselves; otherwise the XDG data folder.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PARKZERO_HOME) return resolve(env.PARKZERO_HOME);
  const xdg = env.XDG_DATA_HOME && env.XDG_DATA_HOME.length > 0 ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(xdg, 'parkzero');
}

/**
 * The repository (or packaged app) root: the nearest folder above this module holding
 * package.json. Searching rather than counting levels keeps it right both for the sources
 * (electron/host/) and for the bundled Electron main (dist-electron/).
 */
function findAppRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
}

export const APP_ROOT = findAppRoot(dirname(fileURLToPath(import.meta.url)));

export function resourcesDir(): string {
  return join(APP_ROOT, 'resources');
}

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(APP_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
