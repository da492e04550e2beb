import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { main } from '../../../electron/host/cli/main.ts';
import { parsePlan } from '../../../core/model/plan.ts';
import { PlanResults } from '../../../core/engine/index.ts';
import { SCHEMA_FILES, renderSchema } from '../../../scripts/write-schemas.ts';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const SAMPLE_JSON = 'tests/fixtures/sample-park-2024.plan.json';

describe('parkzero import, export and run', () => {
  let dir: string;
  let project: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parkzero-plan-cli-'));
    project = join(dir, 'park.parkzero');
    const imported = await run('import', SAMPLE_JSON, '-o', project);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exports exactly the plan that was imported, and re-importing gives the same file content', async () => {
    const exported = join(dir, 'plan.json');
    expect((await run('export', project, '-o', exported)).code).toBe(0);
    const original = parsePlan(JSON.parse(readFileSync(SAMPLE_JSON, 'utf8')));
    if (!original.ok) throw new Error('sample invalid');
    const roundTripped = JSON.parse(readFileSync(exported, 'utf8'));
    expect(roundTripped).toEqual(original.plan);

    const second = join(dir, 'second.parkzero');
    const exportedAgain = join(dir, 'plan-again.json');
    expect((await run('import', exported, '-o', second)).code).toBe(0);
    expect((await run('export', second, '-o', exportedAgain)).code).toBe(0);
    expect(readFileSync(exportedAgain, 'utf8')).toBe(readFileSync(exported, 'utf8'));
  });

  it('refuses an invalid plan with every JSON path and rule, and writes nothing', async () => {
    const plan = JSON.parse(readFileSync(SAMPLE_JSON, 'utf8'));
    plan.consumers[3].energy.coal_t = -1;
    plan.scenarios[1].parent_id = 'nowhere';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(plan));
    const target = join(dir, 'never.parkzero');
    const result = await run('import', bad, '-o', target);
    expect(result.code).toBe(1);
    expect(result.err).toContain('PLAN_INVALID');
    expect(result.err).toContain('consumers[3].energy.coal_t: Too small: expected number to be >=0');
    expect(result.err).toContain('scenarios[1].parent_id: unknown parent scenario "nowhere"');
    expect(existsSync(target)).toBe(false);
  });

  it('leaves an existing project untouched when an import over it is refused', async () => {
    const before = createHash('sha256').update(readFileSync(project)).digest('hex');
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, '{"format": "parkzero-plan", ');
    const result = await run('import', bad, '-o', project);
    expect(result.code).toBe(1);
    expect(result.err).toContain('cannot read the plan JSON');
    expect(createHash('sha256').update(readFileSync(project)).digest('hex')).toBe(before);
  });

  it('prints a readable table for one scenario chosen by name', async () => {
    const result = await run('run', project, '--scenario', 'Near-zero-carbon park');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Scenario Near-zero-carbon park (near-zero)');
    expect(result.out).toMatch(/^2030 /m);
    expect(result.out).toContain('Marginal abatement cost');
    expect(result.out).not.toContain('Business as usual');
  });

  it('writes JSON results that match the results schema, with the required fields per year', async () => {
    const out = join(dir, 'results.json');
    expect((await run('run', project, '--format', 'json', '-o', out)).code).toBe(0);
    const results = PlanResults.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(results.scenarios.map((s) => s.scenario_id)).toEqual(['baseline', 'clean-transition', 'near-zero']);
    const y2030 = results.scenarios[2]!.years.find((y) => y.year === 2030)!;
    expect(y2030.energy.tce_equivalent).toBeGreaterThan(0);
    expect(y2030.energy.tce_coal_method).toBeGreaterThan(y2030.energy.tce_equivalent);
    expect(y2030.emissions.net_tco2).toBeLessThan(results.scenarios[0]!.years.find((y) => y.year === 2030)!.emissions.net_tco2);
    for (const t of y2030.targets) expect(Object.keys(t)).toEqual(expect.arrayContaining(['id', 'value', 'limit', 'pass']));
  });

  it('keeps a park-wide growth path (and an explicit null) through import and export, and runs with it', async () => {
    const plan = JSON.parse(readFileSync(SAMPLE_JSON, 'utf8'));
    const path = [
      { year: 2030, value: 0.08 },
      { year: 2031, value: 0.05 },
      { year: 2035, value: 0.05 },
      { year: 2036, value: 0.02 },
    ];
    plan.scenarios[1].settings = { ...plan.scenarios[1].settings, output_growth_path: path };
    plan.scenarios[2].settings = { ...plan.scenarios[2].settings, output_growth_path: null };
    const input = join(dir, 'growth.json');
    writeFileSync(input, JSON.stringify(plan));
    const file = join(dir, 'growth.parkzero');
    expect((await run('import', input, '-o', file)).code).toBe(0);
    const exported = join(dir, 'growth-out.json');
    expect((await run('export', file, '-o', exported)).code).toBe(0);
    const back = JSON.parse(readFileSync(exported, 'utf8'));
    expect(back.scenarios[1].settings.output_growth_path).toEqual(path);
    expect(back.scenarios[2].settings.output_growth_path).toBeNull();
    expect(back.scenarios[0].settings).not.toHaveProperty('output_growth_path');

    const out = join(dir, 'growth-results.json');
    expect((await run('run', file, '--format', 'json', '-o', out)).code).toBe(0);
    const results = PlanResults.parse(JSON.parse(readFileSync(out, 'utf8')));
    const output2025 = (i: number) => results.scenarios[i]!.years.find((y) => y.year === 2025)!.activity.output_value_10k_cny;
    const base = results.scenarios[0]!.years[0]!.activity.output_value_10k_cny;
    expect(output2025(1)).toBeCloseTo(base * 1.08, 3);
    expect(results.scenarios[1]!.warnings.map((w) => w.code)).toContain('output_growth_rates_ignored');
    // The near-zero child says null: back to the enterprises' own rates, like the baseline.
    expect(output2025(2)).toBe(output2025(0));
  });

  it('names the scenarios a plan has when asked for one it lacks', async () => {
    const result = await run('run', project, '--scenario', 'nope');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^NOT_FOUND: no scenario "nope"; the plan has baseline/);
  });

  it('keeps resources/schemas in step with the zod schemas (run "npm run schemas" after a model change)', () => {
    for (const [file, make] of Object.entries(SCHEMA_FILES)) expect(readFileSync(file, 'utf8'), file).toBe(renderSchema(make));
  });

  it('reports a missing output folder as IO_ERROR with the path, not as an internal error', async () => {
    const out = join(dir, 'no-such-folder', 'plan.json');
    const result = await run('export', project, '-o', out);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`IO_ERROR: "${out}": could not write the file: the folder does not exist`);
  });
});
