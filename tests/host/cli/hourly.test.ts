import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../electron/host/cli/main.ts';
import { HOURLY_CSV_COLUMNS, parsePlanOrThrow, runScenario } from '../../../core/engine/index.ts';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('parkzero run --hourly', () => {
  let dir: string;
  let project: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parkzero-hourly-'));
    project = join(dir, 'sample.parkzero');
    expect((await run('import', 'tests/fixtures/sample-park-2024.plan.json', '-o', project)).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a header and 8760 hourly rows that add up to the annual results', async () => {
    const csv = join(dir, 'hours.csv');
    const r = await run('run', project, '--scenario', 'near-zero', '--hourly', '2030', '-o', csv);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^wrote 8760 hours of near-zero in 2030 to /);
    const lines = readFileSync(csv, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(8761);
    expect(lines[0]).toBe(HOURLY_CSV_COLUMNS.join(','));
    expect(lines[0]).toBe(
      'hour,timestamp_cst,load_mw,pv_mw,wind_mw,other_generation_mw,self_consumed_mw,charge_mw,discharge_mw,soc_mwh,export_mw,curtailed_mw,import_mw,import_price_cny_per_mwh,export_price_cny_per_mwh',
    );
    expect(lines[1]).toMatch(/^0,2030-01-01 00:00,/);
    expect(lines[8760]).toMatch(/^8759,2030-12-31 23:00,/);
    const col = (name: string) => HOURLY_CSV_COLUMNS.indexOf(name as (typeof HOURLY_CSV_COLUMNS)[number]);
    let imp = 0;
    for (const line of lines.slice(1)) {
      const f = line.split(',');
      expect(f).toHaveLength(HOURLY_CSV_COLUMNS.length);
      imp += Number(f[col('import_mw')]);
    }
    const plan = parsePlanOrThrow(JSON.parse(readFileSync('tests/fixtures/sample-park-2024.plan.json', 'utf8')));
    const year = runScenario(plan, 'near-zero', { mac: false }).years.find((y) => y.year === 2030)!;
    // six decimals per hour: within 8760 x 5e-7 MWh
    expect(Math.abs(imp - year.energy.electricity.grid_import_mwh)).toBeLessThan(0.005);
  });

  it('accepts the scenario by name and writes to stdout without -o', async () => {
    const r = await run('run', project, '--scenario', 'Near-zero-carbon park', '--hourly', '2024');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toHaveLength(8761);
  });

  it('refuses without exactly one scenario, with a year outside the pathway or not a year', async () => {
    const csv = join(dir, 'refused.csv');
    const none = await run('run', project, '--hourly', '2030', '-o', csv);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/exactly one --scenario/);
    const two = await run('run', project, '--scenario', 'baseline', '--scenario', 'near-zero', '--hourly', '2030', '-o', csv);
    expect(two.code).toBe(2);
    const late = await run('run', project, '--scenario', 'near-zero', '--hourly', '2061', '-o', csv);
    expect(late.code).toBe(1);
    expect(late.err).toBe("INVALID_REQUEST: year 2061 is outside the plan's pathway 2024-2060");
    const early = await run('run', project, '--scenario', 'near-zero', '--hourly', '2023', '-o', csv);
    expect(early.code).toBe(1);
    const word = await run('run', project, '--scenario', 'near-zero', '--hourly', 'next', '-o', csv);
    expect(word.code).toBe(2);
    expect(word.err).toMatch(/--hourly needs a year/);
    const unknown = await run('run', project, '--scenario', 'nope', '--hourly', '2030', '-o', csv);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^NOT_FOUND: no scenario "nope"/);
    expect(existsSync(csv)).toBe(false);
  });
});
