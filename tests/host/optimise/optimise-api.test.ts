import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { SAMPLE_2024_JSON } from '../../fixtures/sample-park-2024.ts';
import { execFileSync } from 'node:child_process';
import { main } from '../../../electron/host/cli/main.ts';
import { createHost, type Host } from '../../../electron/host/host.ts';
import { ProjectHandle, contract, type ResponseOf } from '../../../core/api/contract.ts';
import { readPlanFile } from '../../../electron/host/store/index.ts';
import { offerCandidates } from '../../../core/optimise/candidate-offers.ts';
import { OptimiserRecord } from '../../../core/model/optimiser-record.ts';
import { scanChinese } from '../reports/language-scan.ts';

type Status = ResponseOf<'optimise.status'>;
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const BASE = 'clean-transition';
/** A coarse run (4 days, 10-year periods) keeps the test short; the formulation is the same. */
const COARSE = { scenario_id: BASE, days: 4, period_years: 10, name: 'Least cost' };

async function call<T = unknown>(host: Host, name: string, request: unknown): Promise<T> {
  const r = await host.call(name, request);
  if (!r.ok) throw new Error(`${name}: ${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

/** Polls until the job is over, collecting every status seen (progress). */
async function follow(host: Host, jobId: string, until: (s: Status) => boolean = (s) => s.state !== 'running') {
  const seen: Status[] = [];
  for (let i = 0; i < 6000; i++) {
    const s = contract['optimise.status'].response.parse(await call(host, 'optimise.status', { job_id: jobId }));
    seen.push(s);
    if (until(s)) return seen;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the optimiser job never ended');
}

describe('optimise.* calls on a real project file', () => {
  let dir: string;
  let file: string;
  let host: Host;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parkzero-optimise-api-'));
    file = join(dir, 'park.parkzero');
    // The 2024 sample park, whose figures these checks pin (the shipped samples are remade).
    expect(await main(['import', SAMPLE_2024_JSON, '-o', file], { out: () => {}, err: () => {} })).toBe(0);
    host = createHost({
      shell: 'browser',
      dataDir: join(dir, 'data'),
      version: '0.0.0-test',
      log: () => {},
      now: () => new Date('2026-05-04T10:00:00Z'),
    });
  });
  afterAll(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a cancelled run and a refused one leave the project and its file unchanged', async () => {
    const before = sha(file);
    const handle = ProjectHandle.parse(await call(host, 'project.open', { path: file }));
    const id = handle.project_id;
    // A bound outside what a plan may state is refused before any work.
    const refused = await host.call('optimise.start', {
      ...COARSE,
      project_id: id,
      candidates: [{ id: 'nope', include: true }],
    });
    expect(refused.ok ? null : refused.error.code).toBe('NOT_FOUND');

    const job = await call<Status>(host, 'optimise.start', { ...COARSE, project_id: id });
    expect(job.state).toBe('running');
    // Cancel mid-solve: the worker is terminated at once.
    const seen = await follow(host, job.job_id, (s) => s.phase === 'solve' || s.state !== 'running');
    expect(seen.at(-1)!.state).toBe('running');
    const cancelled = await call<Status>(host, 'optimise.cancel', { job_id: job.job_id });
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.result).toBeNull();
    const create = await host.call('optimise.createScenario', {
      project_id: id,
      base_revision: handle.revision,
      job_id: job.job_id,
    });
    expect(create.ok ? null : create.error.code).toBe('INVALID_REQUEST');

    const after = ProjectHandle.parse(await call(host, 'project.get', { project_id: id }));
    expect(after.revision).toBe(handle.revision);
    expect(after.dirty).toBe(false);
    expect(after.plan).toEqual(handle.plan);
    expect(await call(host, 'project.close', { project_id: id })).toEqual({ closed: true });
    expect(sha(file)).toBe(before);
  });

  it('reports progress by phase, answers the LP beside the engine, and creates an undoable child scenario with its record', async () => {
    const handle = ProjectHandle.parse(await call(host, 'project.open', { path: file }));
    const id = handle.project_id;
    const offers = offerCandidates(handle.plan, BASE);
    const pv = offers.find((o) => o.kind === 'pv')!;
    // The sample's measures state their own unit costs; without one the library's value and source show.
    expect(pv.costs[0]).toMatchObject({ origin: 'measure', source: '' });
    const { capex_cny_per_unit: _own, ...noOwn } = handle.plan.scenarios.flatMap((s) => s.measures).find((m) => m.id === pv.id)!;
    const libraryPlan = {
      ...handle.plan,
      scenarios: handle.plan.scenarios.map((s) => ({ ...s, measures: s.measures.map((m) => (m.id === pv.id ? noOwn : m)) })),
    };
    const fromLibrary = offerCandidates(libraryPlan, BASE).find((o) => o.id === pv.id)!;
    expect(fromLibrary.costs[0]).toMatchObject({ origin: 'library', unit: 'CNY/kW', source: expect.stringMatching(/CPIA/) });
    // Half the planned ground PV, at a unit cost the user typed.
    const job = await call<Status>(host, 'optimise.start', {
      ...COARSE,
      project_id: id,
      candidates: [
        {
          id: pv.id,
          include: true,
          bounds: [{ part: 'capacity', max: pv.bounds[0]!.max / 2, min: pv.bounds[0]!.max / 4 }],
          costs: [{ part: 'capacity', value: 2500 }],
        },
      ],
      // The park's own limits: a yearly budget of 50 million CNY (5,000 wan) that the PV minimum fits in.
      bounds: { yearly_budget_cny: 5e7, import_limit_mw: 500 },
    });
    const seen = await follow(host, job.job_id);
    const done = seen.at(-1)!;
    expect(done.state, JSON.stringify(done.error)).toBe('done');
    const phases = [...new Set(seen.map((s) => s.phase).filter((p) => p !== null))];
    expect(phases).toEqual(expect.arrayContaining(['solve', 'check']));
    expect(seen.map((s) => s.step)).toEqual([...seen.map((s) => s.step)].sort((a, b) => a - b));

    const record = OptimiserRecord.parse(done.result!.record);
    // 0.2 tCO2/tce is out of reach of these candidates, and within the budget the fuel switches
    // (which alone meet the coal cap, tests/host/optimise/samples.test.ts) fall short of it too:
    // a plain report naming the budget, not a solver status.
    expect(record.status).toBe('infeasible');
    expect(record.shortfalls.some((s) => s.target_id === 'co2-per-tce')).toBe(true);
    const coalShort = record.shortfalls.find((s) => s.target_id === 'coal-cap');
    expect(coalShort?.limited_by).toContainEqual({ kind: 'budget', year: expect.any(Number), cny: 5e7 });
    const pvBuilt = record.builds.filter((b) => b.candidate_id === pv.id).reduce((a, b) => a + b.amount, 0);
    expect(pvBuilt).toBeLessThanOrEqual(pv.bounds[0]!.max / 2 + 1);
    // The minimum typed holds: at least a quarter of the planned PV is built.
    expect(pvBuilt).toBeGreaterThanOrEqual(pv.bounds[0]!.max / 4 - 1);
    expect(record.settings.bounds).toEqual({ yearly_budget_cny: 5e7, import_limit_mw: 500 });
    const limits = record.shortfalls.flatMap((s) => s.limited_by);
    expect(limits).toContainEqual({ kind: 'budget', year: expect.any(Number), cny: 5e7 });
    // Annual measures the answer builds are listed too, in their own unit.
    expect(record.builds.some((b) => b.part === 'size' && b.amount > 0)).toBe(true);
    const pvRecord = record.candidates.find((c) => c.id === pv.id)!;
    expect(pvRecord.costs[0]).toMatchObject({ value: 2500, origin: 'edited' });
    expect(pvRecord.bounds[0]).toMatchObject({ max: pv.bounds[0]!.max / 2, min: pv.bounds[0]!.max / 4 });
    expect(record.cost.engine_delta_cny).not.toBeNull();
    expect(record.emissions.map((e) => e.year)).toContain(2030);
    expect(record.targets.some((t) => t.target_id === 'co2-per-tce' && t.year === 2030 && !t.pass)).toBe(true);
    expect(record.created_on).toBe('2026-05-04');

    // Nothing changed yet.
    expect(ProjectHandle.parse(await call(host, 'project.get', { project_id: id })).revision).toBe(handle.revision);
    const created = await call<ResponseOf<'optimise.createScenario'>>(host, 'optimise.createScenario', {
      project_id: id,
      base_revision: handle.revision,
      job_id: job.job_id,
      name: 'Cheapest to the targets',
    });
    expect(created.revision).toBe(handle.revision + 1);
    expect(created.patch).toMatchObject({ op: 'add', path: ['scenarios', handle.plan.scenarios.length] });
    const again = await host.call('optimise.createScenario', {
      project_id: id,
      base_revision: created.revision,
      job_id: job.job_id,
    });
    expect(again.ok).toBe(false);

    // Saved and reopened from SQLite: an ordinary child scenario that keeps its record.
    await call(host, 'project.save', { project_id: id });
    const stored = readPlanFile(file).scenarios.find((s) => s.id === created.scenario_id)!;
    expect(stored.parent_id).toBe(BASE);
    expect(stored.name).toBe('Cheapest to the targets');
    expect(stored.optimiser).toEqual(record);
    const run = await call<ResponseOf<'scenario.run'>>(host, 'scenario.run', {
      project_id: id,
      scenario_ids: [stored.id],
      mac: false,
    });
    expect(run.results[0]!.summary.npv_cost_vs_parent_excl_carbon_cny).toBeCloseTo(record.cost.engine_delta_cny!, 0);

    // The PDF and Word reports show the planner's part as an annex, in Chinese without English words.
    const exportReport = async (lang: 'zh' | 'en', format: 'pdf' | 'docx') => {
      const out = join(dir, `report-${lang}.${format}`);
      await call(host, 'report.export', {
        project_id: id,
        format,
        lang,
        scenario_ids: [BASE, stored.id],
        path: out,
        overwrite: true,
      });
      return out;
    };
    const pdf = async (lang: 'zh' | 'en') =>
      execFileSync('pdftotext', ['-layout', await exportReport(lang, 'pdf'), '-'], { encoding: 'utf8' });
    const en = await pdf('en');
    expect(en).toContain('Least-cost plan: Cheapest to the targets');
    expect(en).toContain('Verdict: no plan of these candidates within their bounds meets every target');
    expect(en).toMatch(/CO2 per unit of energy use[^:]*\d{4}: [\d.]+ tCO2\/tce at best, target 0\.2 tCO2\/tce/);
    // Annual measures are candidates too: a fuel switch at its largest share limits it.
    expect(en).toMatch(/the maximum of [^(]+\(100%\)/);
    expect(en).toMatch(/the \d{4} budget \(50 million CNY\)/);
    expect(en).toContain('The park’s limits for this run: grid connection 500 MW; investment at most 5,000 10^4 CNY a year.');
    const zh = await pdf('zh');
    // The annex's body (its line in the contents comes first), to the end of the document.
    const part = zh.slice(zh.lastIndexOf('附件4 最低成本规划'));
    expect(part).toContain('最低成本优化方案');
    expect(part).toContain('结论：在现有上限内，任何候选措施组合都无法满足全部目标');
    expect(part).toMatch(/\d{4}年.+：最低只能降到[\d,.]+ 吨/);
    expect(part).toContain('线性规划估算');
    expect(part).toMatch(/\d{4}年投资预算（5,000万元）/);
    expect(part).toContain('本次优化的园区约束：电网接入容量500兆瓦；每年投资不超过5,000万元。');
    // Page headers and footers (park name, fingerprint) are the report's, not this part's; the
    // plan's names are English only, so the annex names candidates and targets by kind and indicator.
    const own = part
      .split('\n')
      .filter((l) => !l.includes('近零碳园区建设方案') && !l.includes('SHA-256'))
      .join('\n');
    expect(scanChinese(own)).toEqual([]);
    expect(part).toMatch(/附表4-1\s+候选措施/);
    // The Word document carries the same annex with its numbered tables.
    const word = execFileSync('unzip', ['-p', await exportReport('zh', 'docx'), 'word/document.xml'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }).replace(/<[^>]+>/g, '');
    const annex = word.slice(word.lastIndexOf('附件4 最低成本规划'));
    expect(annex).toContain('结论：在现有上限内，任何候选措施组合都无法满足全部目标');
    expect(annex).toContain('附表4-1');
    expect(annex).toContain('线性规划估算');

    // Undo is an ordinary edit removing it.
    await call(host, 'project.edit', {
      project_id: id,
      base_revision: created.revision,
      label: 'Undo',
      patches: [{ op: 'remove', path: ['scenarios', handle.plan.scenarios.length] }],
    });
    const undone = ProjectHandle.parse(await call(host, 'project.get', { project_id: id }));
    expect(undone.plan.scenarios.map((s) => s.id)).toEqual(handle.plan.scenarios.map((s) => s.id));
    await call(host, 'project.close', { project_id: id, discard_changes: true });
  });
});
