// Builds what the desktop shell loads: the renderer (Vite) into dist-renderer/ and the Electron
// main process and preload (esbuild) into dist-electron/. The CLI and tests need no build.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { readFileSync } from 'node:fs';

// Runtime dependencies stay in node_modules (electron-builder packages them): some read their
// own data files relative to __dirname (pdfkit's fonts) or are native (better-sqlite3).
const runtimeDependencies = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies);

export async function buildRenderer() {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}

export async function buildElectron() {
  const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'warning' };
  // Native and Electron modules stay external; everything of ours is bundled.
  await esbuild({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist-electron/main.mjs',
    format: 'esm',
    external: ['electron', ...runtimeDependencies],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  // The engine worker thread runs beside the main bundle (electron/host/engine/worker-pool.ts).
  await esbuild({
    ...common,
    entryPoints: ['electron/host/engine/engine-worker.ts'],
    outfile: 'dist-electron/engine-worker.mjs',
    format: 'esm',
    external: runtimeDependencies,
  });
  // Reports (PDF, xlsx) take about a second, so they run on their own worker too.
  await esbuild({
    ...common,
    entryPoints: ['electron/host/reports/report-worker.ts'],
    outfile: 'dist-electron/report-worker.mjs',
    format: 'esm',
    external: runtimeDependencies,
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  // The least-cost planner (HiGHS WebAssembly) runs on a worker of its own per run.
  await esbuild({
    ...common,
    entryPoints: ['electron/host/optimise/optimise-worker.ts'],
    outfile: 'dist-electron/optimise-worker.mjs',
    format: 'esm',
    external: runtimeDependencies,
  });
  // Sandboxed preloads must be CommonJS.
  await esbuild({
    ...common,
    entryPoints: ['electron/main/preload.ts'],
    outfile: 'dist-electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const only = process.argv[2];
  if (only !== 'electron') await buildRenderer();
  if (only !== 'renderer') await buildElectron();
  console.log('built dist-renderer/ and dist-electron/');
}
