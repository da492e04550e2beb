import { beforeAll, describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePlanOrThrow } from '../../core/engine/index.ts';
import type { EngineReply } from '../../electron/host/engine/protocol.ts';
import type { OptimiseReply } from '../../electron/host/optimise/worker-protocol.ts';
// @ts-expect-error plain JavaScript build script without type declarations
import { buildElectron } from '../../scripts/build.js';

/**
 * The desktop app runs bundles, not sources. Electron itself cannot be downloaded here, but
 * the bundles can be built and the parts that run in plain Node (the engine worker) exercised.
 */
describe('Electron bundles', () => {
  beforeAll(async () => {
    await buildElectron();
  }, 120_000);

  it('builds a main bundle and a sandbox-compatible CommonJS preload that Node can parse', () => {
    for (const file of ['dist-electron/main.mjs', 'dist-electron/preload.cjs', 'dist-electron/report-worker.mjs'])
      execFileSync(process.execPath, ['--check', file]);
    const preload = readFileSync('dist-electron/preload.cjs', 'utf8');
    expect(preload).toContain('exposeInMainWorld');
    // The preload must stay small: call names only, no schema library.
    expect(preload.length).toBeLessThan(5_000);
  });

  it('runs the bundled engine worker on the sample park', async () => {
    const plan = parsePlanOrThrow(JSON.parse(readFileSync('tests/fixtures/sample-park-2024.plan.json', 'utf8')));
    const worker = new Worker(resolve('dist-electron/engine-worker.mjs'));
    try {
      const reply = await new Promise<EngineReply>((resolvePromise, reject) => {
        worker.on('message', (m: EngineReply) => m.kind !== 'progress' && m.kind !== 'ready' && resolvePromise(m));
        worker.on('error', reject);
        worker.postMessage({ kind: 'run', jobId: 1, plan, scenarioIds: ['baseline'], mac: false });
      });
      expect(reply.kind).toBe('done');
    } finally {
      await worker.terminate();
    }
  });

  it('runs the bundled optimiser worker (HiGHS WebAssembly from node_modules) on the sample park', async () => {
    const plan = parsePlanOrThrow(JSON.parse(readFileSync('tests/fixtures/sample-park-2024.plan.json', 'utf8')));
    const worker = new Worker(resolve('dist-electron/optimise-worker.mjs'));
    try {
      const reply = await new Promise<OptimiseReply>((resolvePromise, reject) => {
        worker.on('message', (m: OptimiseReply) => m.kind !== 'progress' && resolvePromise(m));
        worker.on('error', reject);
        const options = {
          scenario_id: 'clean-transition',
          new_scenario_id: 'x',
          new_scenario_name: 'x',
          days: 3,
          period_years: 20,
        };
        worker.postMessage({ plan: { ...plan, targets: [] }, options });
      });
      expect(reply.kind === 'done' && reply.result.status).toBe('meets_all');
    } finally {
      await worker.terminate();
    }
  });
});
