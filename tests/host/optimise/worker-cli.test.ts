import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { main } from '../../../electron/host/cli/main.ts';
import { readPlanFile } from '../../../electron/host/store/index.ts';
import { SAMPLE_2024_JSON, sample2024Plan } from '../../fixtures/sample-park-2024.ts';
import { optimiseInWorker } from '../../../electron/host/optimise/run-in-worker.ts';
import { ParkZeroError } from '../../../core/api/result.ts';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the optimiser worker', () => {
  it('reports progress by phase and stops when cancelled', async () => {
    const abort = new AbortController();
    const phases: string[] = [];
    const job = optimiseInWorker(
      sample2024Plan(),
      { scenario_id: 'clean-transition', new_scenario_id: 'x', new_scenario_name: 'x', days: 4, period_years: 10 },
      {
        signal: abort.signal,
        onProgress: (p) => {
          phases.push(p.phase);
          if (p.phase === 'solve') abort.abort();
        },
      },
    );
    const error = await job.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ParkZeroError);
    expect((error as ParkZeroError).code).toBe('CANCELLED');
    expect(phases.slice(0, 3)).toEqual(['prepare', 'build', 'solve']);
  });
});

describe('parkzero optimise', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parkzero-optimise-'));
    file = join(dir, 'sample.parkzero');
    expect((await run('import', SAMPLE_2024_JSON, '-o', file)).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses wrong usage without touching the file', async () => {
    const before = sha(file);
    expect((await run('optimise', file)).code).toBe(2);
    expect((await run('optimise', file, '--scenario', 'baseline', '--days', '1')).err).toMatch(/--days must be/);
    const unknown = await run('optimise', file, '--scenario', 'nope');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^NOT_FOUND: no scenario "nope"/);
    expect(sha(file)).toBe(before);
  });

  it('prints the plan, the LP beside the engine, plain infeasibility sentences, and adds the scenario', async () => {
    const mps = join(dir, 'model.mps');
    const bounds = join(dir, 'bounds.json');
    writeFileSync(bounds, JSON.stringify({ candidates: { 'ground-pv': { area_m2: 300000 } } }));
    const r = await run(
      'optimise',
      file,
      '--scenario',
      'clean-transition',
      '--name',
      'Cheapest',
      '--days',
      '4',
      '--period-years',
      '10',
      '--write-mps',
      mps,
      '--lang',
      'zh',
      '--bounds',
      bounds,
    );
    expect(r.code).toBe(1); // the sample's 0.20 tCO2/tce cannot be met within these bounds
    expect(r.out).toContain('Least-cost plan: no plan of these candidates within their bounds meets every target');
    expect(r.out).toMatch(/LP estimate -?[\d,.]+ M CNY {2}\| {2}engine -?[\d,.]+ M CNY/);
    expect(r.out).toMatch(/LP: [\d,]+ columns, [\d,]+ rows, [\d,]+ non-zeros/);
    // The ground PV's area bound (300,000 m2 at 12 m2 per kW = 25 MW) is among the limits named.
    expect(r.out).toMatch(
      /\d{4}年CO2 per unit of energy use.*：最低只能降到[\d.]+ 吨二氧化碳\/吨标准煤.*；受限于.*Ground-mounted PV.*上限（25兆瓦）/,
    );
    expect(r.out).toMatch(/Total coal consumption cap: met in every year/);
    expect(r.out).not.toMatch(/Optimal|Infeasible|kInfeasible|modelStatus/);
    expect(readFileSync(mps, 'utf8')).toMatch(/^NAME clean-transition-least-cost\nROWS\n/);
    const plan = readPlanFile(file);
    const added = plan.scenarios.find((s) => s.id === 'clean-transition-least-cost')!;
    expect(added.name).toBe('Cheapest');
    expect(added.parent_id).toBe('clean-transition');
    expect(added.measures.map((m) => m.kind)).toEqual(expect.arrayContaining(['pv', 'fuel_switch']));
    // With the planner's record, for the report.
    expect(added.optimiser?.base_scenario_id).toBe('clean-transition');
    expect(added.optimiser?.status).toBeDefined();
    // 300,000 m2 at 12 m2 per kW: the ground PV is at most 25 MW.
    const pv = added.measures.filter((m) => m.kind === 'pv' && m.id.startsWith('ground-pv'));
    expect(pv.reduce((s, m) => s + (m.kind === 'pv' ? m.params.capacity_kw : 0), 0)).toBeLessThanOrEqual(25_000);
  });

  it('refuses a bounds file that names no candidate or a wrong field, in plain words, without touching the file', async () => {
    const before = sha(file);
    const bad = join(dir, 'bad-bounds.json');
    writeFileSync(bad, JSON.stringify({ max_green_share: 2 }));
    const r = await run('optimise', file, '--scenario', 'clean-transition', '--bounds', bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/the bounds in .*bad-bounds.json are not valid: max_green_share/);
    writeFileSync(bad, JSON.stringify({ candidates: { roof: { max: 3 } } }));
    const r2 = await run(
      'optimise',
      file,
      '--scenario',
      'clean-transition',
      '--bounds',
      bad,
      '--days',
      '2',
      '--period-years',
      '20',
    );
    expect(r2.code).toBe(1);
    expect(r2.err).toMatch(/the bounds name candidate "roof", which is not among the candidates \(.*ground-pv/);
    expect(sha(file)).toBe(before);
  });
});
