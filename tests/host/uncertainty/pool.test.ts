import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EngineWorkerPool } from '../../../electron/host/engine/worker-pool.ts';
import { monteCarloOnPool, tornadoOnPool } from '../../../electron/host/uncertainty/pool-runs.ts';
import { createHost } from '../../../electron/host/host.ts';
import { main } from '../../../electron/host/cli/main.ts';
import { contract } from '../../../core/api/contract.ts';
import { runMonteCarlo, tornadoFrom, tornadoPoints, evaluatePoints } from '../../../core/uncertainty/index.ts';
import { withInputs } from '../../core/uncertainty/fixtures.ts';

const SCENARIO = 'near-zero';
const INPUTS = [
  {
    id: 'carbon',
    address: 'settings.carbon_price_cny_per_t',
    mode: 'scale' as const,
    distribution: { kind: 'uniform' as const, min: 0.5, max: 2 },
  },
  {
    id: 'decline',
    address: 'settings.grid_factor_decline_rate',
    mode: 'set' as const,
    distribution: { kind: 'normal' as const, mean: 0.02, sd: 0.01, min: 0, max: 0.05 },
  },
  {
    id: 'pv-late',
    address: 'measures[ground-pv].start_year',
    mode: 'shift' as const,
    distribution: { kind: 'triangular' as const, min: 0, mode: 0, max: 4 },
  },
];

describe('Monte Carlo on the engine worker pool', () => {
  const plan = withInputs(INPUTS);
  const spec = { scenarioId: SCENARIO, runs: 9, seed: 4242, sampling: 'lhs' as const };

  it('gives bit-identical results with 1 and 2 workers, equal to the single-threaded run', async () => {
    const one = new EngineWorkerPool(1);
    const two = new EngineWorkerPool(2);
    try {
      const progress: number[] = [];
      const [a, b] = await Promise.all([
        monteCarloOnPool(one, plan, spec, { chunkSize: 2 }),
        monteCarloOnPool(two, plan, spec, { chunkSize: 1, onProgress: (done) => progress.push(done) }),
      ]);
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      expect(JSON.stringify(a)).toBe(JSON.stringify(runMonteCarlo(plan, spec)));
      expect(progress.at(-1)).toBe(9);
      expect(progress).toEqual([...progress].sort((x, y) => x - y));
      // The default chunks, which shrink as the runs run out, change nothing either.
      expect(JSON.stringify(await monteCarloOnPool(two, plan, spec))).toBe(JSON.stringify(a));
      // Tornado points split over two workers answer like the inline run.
      const t = await tornadoOnPool(two, plan, SCENARIO, { kind: 'cumulative_net_emissions' });
      const sp = tornadoPoints(plan);
      expect(t).toEqual(tornadoFrom(plan, SCENARIO, t.output, sp, evaluatePoints(plan, SCENARIO, t.output, sp.points)));
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it('stops handing out runs when cancelled', async () => {
    const pool = new EngineWorkerPool(1);
    try {
      let cancel = false;
      const run = monteCarloOnPool(
        pool,
        plan,
        { ...spec, runs: 500 },
        { chunkSize: 1, isCancelled: () => cancel, onProgress: () => (cancel = true) },
      );
      await expect(run).rejects.toMatchObject({
        code: 'CANCELLED',
        message: expect.stringMatching(/cancelled after \d+ of 500 runs/),
      });
    } finally {
      await pool.close();
    }
  });
});

describe('the uncertainty API and CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parkzero-uncertainty-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts a Monte Carlo job, reports progress, answers the result and refuses a plan without inputs', async () => {
    const host = createHost({ shell: 'cli', dataDir: join(dir, 'data'), version: '0.0.0-test', log: () => {} });
    try {
      const opened = (await host.call('project.openSample', {})) as { ok: true; value: { project_id: string; revision: number } };
      const projectId = opened.value.project_id;
      const refused = await host.call('uncertainty.start', { project_id: projectId, scenario_id: SCENARIO, runs: 4, seed: 1 });
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'INVALID_REQUEST', message: expect.stringMatching(/no uncertain inputs/) },
      });

      const offers = (await host.call('uncertainty.offers', { project_id: projectId, scenario_id: SCENARIO })) as {
        ok: true;
        value: { offers: { input: { id: string } }[] };
      };
      expect(contract['uncertainty.offers'].response.safeParse(offers.value).success).toBe(true);
      const edit = await host.call('project.edit', {
        project_id: projectId,
        base_revision: opened.value.revision,
        label: 'Add uncertain inputs',
        patches: [
          {
            op: 'add',
            path: ['uncertainty'],
            value: { inputs: INPUTS.map((i) => ({ ...i, name: i.id, group: null, source: '' })) },
          },
        ],
      });
      expect(edit.ok).toBe(true);
      const started = (await host.call('uncertainty.start', {
        project_id: projectId,
        scenario_id: SCENARIO,
        runs: 6,
        seed: 9,
      })) as {
        ok: true;
        value: { job_id: string; state: string };
      };
      expect(started.value.state).toBe('running');
      let status: { state: string; done: number; total: number; result: unknown } = {
        state: 'running',
        done: 0,
        total: 6,
        result: null,
      };
      while (status.state === 'running') {
        await new Promise((r) => setTimeout(r, 50));
        status = ((await host.call('uncertainty.status', { job_id: started.value.job_id })) as { ok: true; value: typeof status })
          .value;
      }
      expect(status).toMatchObject({ state: 'done', done: 6, total: 6 });
      expect(contract['uncertainty.status'].response.safeParse(status).success).toBe(true);

      const tornado = await host.call('uncertainty.tornado', {
        project_id: projectId,
        scenario_id: SCENARIO,
        output: { kind: 'npv_total_cost' },
      });
      expect(tornado.ok).toBe(true);
      expect(await host.call('uncertainty.status', { job_id: 'mc999' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    } finally {
      await host.close();
    }
  });

  it('runs parkzero montecarlo and sensitivity on a project file', async () => {
    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: () => {} };
    const file = join(dir, 'p.parkzero');
    expect(await main(['new', file], io)).toBe(0);
    const inputs = join(dir, 'inputs.json');
    writeFileSync(inputs, JSON.stringify(INPUTS.map((i) => ({ ...i, name: i.id }))));
    const json = join(dir, 'mc.json');
    expect(
      await main(
        [
          'montecarlo',
          file,
          '--scenario',
          SCENARIO,
          '--runs',
          '5',
          '--seed',
          '3',
          '--inputs',
          inputs,
          '--workers',
          '1',
          '-o',
          json,
        ],
        io,
      ),
    ).toBe(0);
    const result = JSON.parse(readFileSync(json, 'utf8')) as { runs: number; seed: number };
    expect(result).toMatchObject({ runs: 5, seed: 3 });
    expect(out.join('\n')).toMatch(/P\(.*met in 2030\): \d+\.\d%/);
    out.length = 0;
    expect(
      await main(
        [
          'sensitivity',
          file,
          '--scenario',
          SCENARIO,
          '--inputs',
          inputs,
          '--output',
          'margin:co2-per-tce:2030',
          '--workers',
          '1',
        ],
        io,
      ),
    ).toBe(0);
    const lines = out.join('\n').split('\n');
    expect(lines[0]).toMatch(/^central output: -?[\d,]+\.\d{4}$/); // tCO2/tce headroom
    expect(lines).toHaveLength(2 + INPUTS.length);
    expect(await main(['montecarlo', file, '--scenario', SCENARIO, '--runs', '0'], io)).toBe(2);
  });
});
