import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../electron/host/cli/main.ts';
import { PlanResults } from '../../../core/engine/index.ts';
import { etsPlan, etsPlanInput } from '../../core/carbon-market/fixtures.ts';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('parkzero with a covered enterprise', () => {
  let dir: string;
  let planFile: string;
  let project: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parkzero-ets-cli-'));
    planFile = join(dir, 'ets.plan.json');
    writeFileSync(planFile, JSON.stringify(etsPlanInput({})));
    project = join(dir, 'ets.parkzero');
    expect((await run('import', planFile, '-o', project)).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exports the very plan it imported (plan JSON -> file -> plan JSON)', async () => {
    const exported = join(dir, 'out.json');
    expect((await run('export', project, '-o', exported)).code).toBe(0);
    expect(JSON.parse(readFileSync(exported, 'utf8'))).toEqual(JSON.parse(JSON.stringify(etsPlan())));
  });

  it('prints the carbon-market lines in the table: the hand-computed 650,000 CNY of 2025', async () => {
    const r = await run('run', project, '--scenario', 'base');
    expect(r.code).toBe(0);
    const section = r.out.slice(r.out.indexOf('Carbon market'));
    const line2025 = section.split('\n').find((l) => l.startsWith('2025') && l.includes('plant'))!;
    expect(line2025.trim().split(/\s{2,}/)).toEqual([
      '2025',
      'plant',
      'cn-ets',
      '100,000',
      '90,000',
      '-10,000',
      '5,000',
      '5,000',
      '0',
      '65.0',
    ]);
    expect(section).toContain('offsets at most 5.0% of verified emissions');
  });

  it('writes the carbon-market section into the JSON results', async () => {
    const out = join(dir, 'results.json');
    expect((await run('run', project, '--scenario', 'base', '--format', 'json', '-o', out)).code).toBe(0);
    const results = PlanResults.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(results.scenarios[0]!.carbon_market!.years.map((y) => y.totals.cost_cny)).toEqual([650_000, 750_000]);
  });
});
