import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { main } from '../../../electron/host/cli/main.ts';
import { createHost, type Host } from '../../../electron/host/host.ts';
import { contract, ProjectHandle } from '../../../core/api/contract.ts';
import { readPlanFile } from '../../../electron/host/store/index.ts';
import { runPlan } from '../../../core/engine/index.ts';
import { lookupClimate, synthesizeWeather } from '../../../core/profiles/index.ts';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** 8760 rows with a header: all the energy at night. */
function nightCsv(): string {
  const rows = ['kwh'];
  for (let h = 0; h < 8760; h++) rows.push(h % 24 >= 20 || h % 24 < 6 ? '120.5' : '0');
  return `${rows.join('\n')}\n`;
}

/** A valid EPW text from the synthetic weather of Suining (the sample park's city). */
function epwText(): string {
  const c = lookupClimate('Suining', 'Sichuan');
  if (!c.ok) throw new Error(c.message);
  const w = synthesizeWeather(c.value.climate);
  const lines = [
    'LOCATION,Suining,Sichuan,CHN,Test,575000,30.5,105.6,8.0,279.0',
    ...Array.from({ length: 7 }, (_, i) => `HEADER${i + 2}`),
  ];
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let h = 0;
  days.forEach((n, m) => {
    for (let d = 1; d <= n; d++)
      for (let hr = 1; hr <= 24; hr++, h++) {
        const ghi = Math.round(w.ghi_w_per_m2[h]!);
        const f = Array.from({ length: 35 }, () => '0');
        f[0] = '2005';
        f[1] = String(m + 1);
        f[2] = String(d);
        f[3] = String(hr);
        f[6] = w.temp_c[h]!.toFixed(1);
        f[13] = String(ghi);
        f[14] = '0';
        f[15] = String(Math.min(ghi, 1000));
        f[21] = w.wind_m_per_s[h]!.toFixed(1);
        lines.push(f.join(','));
      }
  });
  return `${lines.join('\n')}\n`;
}

describe('parkzero series', () => {
  let dir: string;
  let project: string;
  let csv: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parkzero-series-cli-'));
    project = join(dir, 'park.parkzero');
    expect((await run('import', 'tests/fixtures/sample-park-2024.plan.json', '-o', project)).code).toBe(0);
    csv = join(dir, 'load.csv');
    writeFileSync(csv, nightCsv());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds a load series, lists it, and the engine uses it', async () => {
    const added = await run('series', project, 'add', '--kind', 'load', '--consumer', 'pcb', '--csv', csv);
    expect(added.err).toBe('');
    expect(added.code).toBe(0);
    expect(added.out).toBe(`added load series load-pcb from load.csv to ${project}`);
    const list = await run('series', project, 'list');
    expect(list.out).toMatch(/^load-pcb\tload\tconsumer pcb\t"load"\tload\.csv\t\d{4}-\d\d-\d\dT.*\tsum 439825, max 120\.5$/);
    const plan = readPlanFile(project);
    expect(plan.hourly_series).toHaveLength(1);
    const r = runPlan(plan, { mac: false });
    expect(r.scenarios[0]!.dispatch.notes.join('\n')).toContain('imported hourly series "load" (load.csv');
  });

  it('refuses a bad file with the row and the reason, leaving the project byte-identical', async () => {
    const bad = join(dir, 'bad.csv');
    const text = nightCsv().split('\n');
    text[4521] = 'abc';
    writeFileSync(bad, text.join('\n'));
    const before = sha(project);
    const r = await run('series', project, 'add', '--kind', 'pv', '--measure', 'rooftop-pv', '--csv', bad);
    expect(r.code).toBe(1);
    expect(r.err).toBe('INVALID_REQUEST: bad.csv: row 4522: value "abc" is not a number');
    expect(sha(project)).toBe(before);
  });

  it('refuses wrong targets and a second series for the same target, one line per problem', async () => {
    const before = sha(project);
    const r = await run('series', project, 'add', '--kind', 'wind', '--measure', 'rooftop-pv', '--csv', csv);
    expect(r.code).toBe(1);
    expect(r.err).toBe('INVALID_REQUEST: load.csv: measure "rooftop-pv" is a pv measure, not wind');
    const again = await run('series', project, 'add', '--kind', 'load', '--consumer', 'pcb', '--csv', csv);
    expect(again.err).toBe(
      'INVALID_REQUEST: load.csv: consumer pcb already has a load series ("load", id load-pcb); remove it first',
    );
    const short = join(dir, 'short.csv');
    writeFileSync(short, '1\n2\n3\n');
    const both = await run('series', project, 'add', '--kind', 'load', '--consumer', 'nobody', '--csv', short);
    expect(both.err).toBe('INVALID_REQUEST: short.csv: consumer "nobody" does not exist');
    const length = await run('series', project, 'add', '--kind', 'load', '--consumer', 'display', '--csv', short);
    expect(length.err).toBe('INVALID_REQUEST: short.csv: expected 8760 rows, got 3');
    expect(sha(project)).toBe(before);
    expect((await run('series', project, 'add', '--kind', 'load', '--csv', csv)).code).toBe(2);
  });

  it('adds an EPW weather file and removes series by id', async () => {
    const epw = join(dir, 'suining.epw');
    writeFileSync(epw, epwText());
    const added = await run('series', project, 'add', '--weather', epw);
    expect(added.err).toBe('');
    expect(added.out).toContain('added weather series weather from suining.epw');
    const plan = readPlanFile(project);
    const w = plan.hourly_series.find((s) => s.kind === 'weather');
    expect(w?.kind === 'weather' && w.weather.ghi_w_per_m2).toHaveLength(8760);
    const near = runPlan(plan, { mac: false }).scenarios.find((s) => s.scenario_id === 'near-zero')!;
    expect(near.dispatch.notes.join('\n')).toContain('imported weather "suining" (suining.epw');

    expect((await run('series', project, 'remove', 'weather')).code).toBe(0);
    expect((await run('series', project, 'remove', 'load-pcb')).code).toBe(0);
    expect(readPlanFile(project).hourly_series).toEqual([]);
    const missing = await run('series', project, 'remove', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('NOT_FOUND: no hourly series "nope"; the plan has: none');
  });
});

describe('series.import over the API', () => {
  let dir: string;
  let host: Host;
  afterEach(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('parses on the host, adds with one edit (revision + patch for undo), and refuses bad text with the row', async () => {
    dir = mkdtempSync(join(tmpdir(), 'parkzero-series-api-'));
    host = createHost({ shell: 'browser', dataDir: join(dir, 'data'), version: '0.0.0-test', log: () => {} });
    const opened = await host.call('project.openSample', {});
    const handle = ProjectHandle.parse(opened.ok ? opened.value : null);
    const request = {
      project_id: handle.project_id,
      base_revision: handle.revision,
      kind: 'load',
      target: { consumer_id: 'pcb' },
      file_name: 'load.csv',
      text: nightCsv(),
    };
    const bad = await host.call('series.import', { ...request, text: nightCsv().replace('\n0\n', '\nx\n') });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatchObject({ code: 'INVALID_REQUEST' });
    expect(!bad.ok && bad.error.message).toMatch(/^load\.csv: row \d+: value "x" is not a number$/);

    const r = await host.call('series.import', request);
    expect(r.ok).toBe(true);
    const value = contract['series.import'].response.parse(r.ok ? r.value : null);
    expect(value).toMatchObject({ revision: handle.revision + 1, dirty: true, series_id: 'load-pcb', warnings: [] });
    expect(value.patch).toMatchObject({ op: 'add', path: ['hourly_series', 0] });
    const after = await host.call('project.get', { project_id: handle.project_id });
    const plan = ProjectHandle.parse(after.ok ? after.value : null).plan;
    expect(plan.hourly_series.map((s) => s.id)).toEqual(['load-pcb']);

    // Undo in the app is an ordinary edit removing it again.
    const undo = await host.call('project.edit', {
      project_id: handle.project_id,
      base_revision: value.revision,
      label: 'Undo import',
      patches: [{ op: 'remove', path: ['hourly_series', 0] }],
    });
    expect(undo.ok).toBe(true);

    const tooBig = await host.call('series.import', { ...request, text: 'x'.repeat(8_000_001) });
    expect(!tooBig.ok && tooBig.error.code).toBe('INVALID_REQUEST');
    const folder = await host.call('series.import', { ...request, file_name: '../etc/passwd' });
    expect(!folder.ok && folder.error.code).toBe('INVALID_REQUEST');
  });
});
