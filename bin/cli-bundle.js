// The `parkzero` command runs plain JavaScript: the CLI and its engine and report workers,
// bundled by esbuild into node_modules/.cache/parkzero-cli/<build>/. Compiling the TypeScript
// sources through tsx at every start cost about a second of CPU; the bundle starts in a blink.
//
// Why build on first use rather than at install: it needs no install script (allowScripts and
// `npm ci --ignore-scripts` cannot skip it), and it stays right while the sources change: a
// manifest records the size and mtime of every input, and any difference rebuilds (about a
// second). Where a build is impossible (esbuild missing, a read-only folder) the command still
// works: it runs the sources through tsx and says so on stderr. PARKZERO_CLI_SOURCES=1 forces
// the sources (for debugging with stack traces into .ts files).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Inside node_modules so `npm ci` starts afresh and git never sees it. */
export const CLI_CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'parkzero-cli');
const MANIFEST = join(CLI_CACHE_DIR, 'current.json');
/** Files that shape the bundle without being imported by it. */
const CONFIG_INPUTS = ['package.json', 'bin/cli-bundle.js'];
/** Older builds are removed after this long (a running command may still start workers from one). */
const KEEP_OLD_BUILDS_MS = 60 * 60 * 1000;

function statKey(file) {
  const s = statSync(join(ROOT, file));
  return [s.mtimeMs, s.size];
}

function readManifest() {
  try {
    return JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return null;
  }
}

/** The current build's folder when every input is unchanged since it was made, else null. */
export function freshBuildDir() {
  const manifest = readManifest();
  if (!manifest || typeof manifest.build !== 'string' || typeof manifest.inputs !== 'object') return null;
  const dir = join(CLI_CACHE_DIR, manifest.build);
  if (!existsSync(join(dir, 'main.mjs'))) return null;
  for (const [file, [mtimeMs, size]] of Object.entries(manifest.inputs)) {
    let now;
    try {
      now = statKey(file);
    } catch {
      return null;
    }
    if (now[0] !== mtimeMs || now[1] !== size) return null;
  }
  return dir;
}

/**
 * Bundles the CLI into a new build folder and makes it current (the manifest is replaced by a
 * rename, so concurrent first runs each finish with a complete build). Returns its folder.
 */
export async function buildCliBundle() {
  const { build } = await import('esbuild');
  const runtimeDependencies = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies);
  const id = `${Date.now().toString(36)}-${process.pid}`;
  const outdir = join(CLI_CACHE_DIR, id);
  mkdirSync(CLI_CACHE_DIR, { recursive: true });
  const startedMs = Date.now();
  const result = await build({
    absWorkingDir: ROOT,
    // The workers must sit beside the code that starts them (worker-pool.ts and
    // run-in-worker.ts look for engine-worker.mjs, report-worker.mjs and optimise-worker.mjs next to themselves),
    // so chunks go in the same folder.
    entryPoints: {
      main: 'electron/host/cli/main.ts',
      'engine-worker': 'electron/host/engine/engine-worker.ts',
      'report-worker': 'electron/host/reports/report-worker.ts',
      'optimise-worker': 'electron/host/optimise/optimise-worker.ts',
    },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    bundle: true,
    // Splitting keeps what a command does not use (PDF, Excel, the HTTP host) out of its start.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    // Runtime dependencies stay in node_modules: pdfkit reads its fonts beside itself and
    // better-sqlite3 is native.
    external: runtimeDependencies,
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'error',
  });
  const inputs = {};
  let editedDuringBuild = false;
  for (const file of [...Object.keys(result.metafile.inputs), ...CONFIG_INPUTS]) {
    inputs[file] = statKey(file);
    if (inputs[file][0] >= startedMs) editedDuringBuild = true;
  }
  // A source saved while bundling may or may not be in the bundle: use it once, rebuild next time.
  if (!editedDuringBuild) {
    const temporary = `${MANIFEST}.${id}.tmp`;
    writeFileSync(temporary, JSON.stringify({ build: id, inputs }));
    renameSync(temporary, MANIFEST);
  }
  pruneOldBuilds(id);
  return outdir;
}

function pruneOldBuilds(keep) {
  const current = readManifest()?.build;
  for (const name of readdirSync(CLI_CACHE_DIR)) {
    if (name === keep || name === current || name === 'current.json') continue;
    const path = join(CLI_CACHE_DIR, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > KEEP_OLD_BUILDS_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Another process pruned it first.
    }
  }
}

/** The CLI module ({ main }): the fresh bundle, a new one, or the sources through tsx. */
export async function loadCli() {
  if (process.env.PARKZERO_CLI_SOURCES === '1') return import('./cli-entry.js');
  let dir = freshBuildDir();
  if (dir === null) {
    try {
      dir = await buildCliBundle();
    } catch (error) {
      process.stderr.write(
        `parkzero: could not bundle the command (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); running the TypeScript sources instead (slower start)\n`,
      );
      return import('./cli-entry.js');
    }
  }
  return import(pathToFileURL(join(dir, 'main.mjs')).href);
}
