import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
    );
    expect(r.code).toBe(1); // the sample's coal cap cannot be met by the supported candidates
    expect(r.out).toContain('Least-cost plan: no plan of these candidates within their bounds meets every target');
    expect(r.out).toMatch(/LP estimate -?[\d,.]+ M CNY {2}\| {2}engine -?[\d,.]+ M CNY/);
    expect(r.out).toMatch(/LP: [\d,]+ columns, [\d,]+ rows, [\d,]+ non-zeros/);
    expect(r.out).toMatch(/\d{4}年Total coal consumption cap：最低只能降到/);
    expect(r.out).not.toMatch(/Optimal|Infeasible|kInfeasible|modelStatus/);
    expect(readFileSync(mps, 'utf8')).toMatch(/^NAME clean-transition-least-cost\nROWS\n/);
    const plan = readPlanFile(file);
    const added = plan.scenarios.find((s) => s.id === 'clean-transition-least-cost')!;
    expect(added.name).toBe('Cheapest');
    expect(added.parent_id).toBe('clean-transition');
    expect(added.measures.map((m) => m.kind).sort()).toEqual(['pv', 'wind']);
  });
});
