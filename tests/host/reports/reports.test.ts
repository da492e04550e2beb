import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../electron/host/cli/main.ts';
import { createHost } from '../../../electron/host/host.ts';
import { sample2024Plan } from '../../fixtures/sample-park-2024.ts';
import { generateReport } from '../../../electron/host/reports/index.ts';
import { stringKeys, t } from '../../../electron/host/reports/i18n.ts';
import { reportWarningText } from '../../../electron/host/reports/warning-text.ts';
import { d } from '../../../electron/host/reports/document/strings.ts';
import { amount } from '../../../electron/host/reports/document/units.ts';
import { planFingerprint } from '../../../core/fingerprint/index.ts';
import { runPlan, type PlanResults } from '../../../core/engine/index.ts';
import type { Plan } from '../../../core/model/plan.ts';

/**
 * Reports end to end, on real files: the CLI writes PDFs and a workbook of the sample park with a
 * fixed date; poppler reads the PDFs back (text, fonts, pages) and exceljs opens the workbook.
 * Page images go to test-artifacts/report/ for a person to look at.
 */

const SAMPLE_JSON = 'tests/fixtures/sample-park-2024.plan.json';
const DATE = '2026-11-22';
const ARTIFACTS = join('test-artifacts', 'report');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const pdftotext = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const pdfinfoPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

/** `pdffonts` rows: name, embedded, subset. */
function pdffonts(file: string): { name: string; emb: string; sub: string }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    // name type... encoding emb sub uni object-id gen: count from the right (the type has spaces).
    const cols = line.trim().split(/\s+/);
    const n = cols.length;
    return { name: cols[0]!, emb: cols[n - 5]!, sub: cols[n - 4]! };
  });
}

/** The `net` column of `parkzero run`'s table for one year, per scenario id, as printed. */
function runTableNet(table: string, year: number): Map<string, string> {
  const nets = new Map<string, string>();
  let scenario: string | null = null;
  let netColumn = -1;
  for (const line of table.split('\n')) {
    const head = /^Scenario .* \(([^)]+)\)/.exec(line);
    if (head) scenario = head[1]!;
    if (line.startsWith('year '))
      netColumn = line
        .trim()
        .split(/\s{2,}/)
        .indexOf('net');
    if (scenario !== null && line.startsWith(`${year} `)) nets.set(scenario, line.trim().split(/\s+/)[netColumn]!);
  }
  return nets;
}

describe('reports', () => {
  let dir: string;
  let project: string;
  let plan: Plan;
  let results: PlanResults;
  let runTable: string;
  const zhPdf = () => join(dir, 'report-zh.pdf');
  const enPdf = () => join(dir, 'report-en.pdf');
  const xlsx = () => join(dir, 'report-en.xlsx');
  const zhXlsx = () => join(dir, 'report-zh.xlsx');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parkzero-reports-'));
    project = join(dir, 'park.parkzero');
    expect((await cli('import', SAMPLE_JSON, '-o', project)).code).toBe(0);
    plan = sample2024Plan();
    results = runPlan(plan);
    const run = await cli('run', project);
    expect(run.code).toBe(0);
    runTable = run.out;
    for (const args of [
      ['-o', zhPdf(), '--lang', 'zh'],
      ['-o', enPdf(), '--lang', 'en', '--scenario', 'baseline', '--scenario', 'Clean energy transition'],
      ['-o', xlsx(), '--lang', 'en'],
      ['-o', zhXlsx(), '--lang', 'zh'],
    ]) {
      const made = await cli('report', project, '--date', DATE, ...args);
      expect(made.err).toBe('');
      expect(made.code).toBe(0);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', zhPdf(), join(ARTIFACTS, 'zh')]);
    execFileSync('pdftoppm', ['-png', '-r', '60', enPdf(), join(ARTIFACTS, 'en')]);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the park, Chinese headings, the illustrative label, the fingerprint and page X of Y', () => {
    const text = pdftotext(zhPdf());
    const pages = pdfinfoPages(zhPdf());
    expect(text).toContain(plan.park.name);
    for (const key of ['title', 'chBasis', 'chBaseline', 'chTasks', 'chProjects', 'chSafeguards', 'anFactors'] as const)
      expect(text).toContain(d('zh', key));
    expect(text).toContain(t('zh', 'illustrative'));
    expect(text).toContain('2026年11月22日');
    expect(text).toContain(planFingerprint(plan));
    expect(text).toContain(`第 1 页，共 ${pages} 页`);
    expect(text).toContain(`第 ${pages} 页，共 ${pages} 页`);
    // Every page has the fingerprint in its footer.
    expect(text.split('\f').filter((p) => p.includes(planFingerprint(plan))).length).toBe(pages);
  });

  it('defines every target (numerator, denominator, energy method) before the scorecard, in both languages', () => {
    const zh = pdftotext(zhPdf());
    const zhCard = zh.slice(zh.indexOf(d('zh', 'definitions')));
    expect(zh).toContain(d('zh', 'definitions'));
    // Cells wrap, so look for short pieces: the non-fossil target's method and its denominator.
    expect(zhCard).toContain('发电煤耗法');
    expect(zhCard).toContain('综合能源消费量');
    const en = pdftotext(enPdf());
    const enCard = en.slice(en.indexOf(d('en', 'definitions')));
    expect(enCard).toContain('coal-consumption');
    expect(enCard).toContain('calorific-equivalent');
  });

  it("says the engine's warnings in Chinese in the warnings appendix", () => {
    const text = pdftotext(zhPdf());
    const appendix = text.slice(text.lastIndexOf(d('zh', 'anWarnings')));
    // Sentences wrap inside their table cell, so look for short pieces of them.
    expect(appendix).toContain('寿命期于');
    expect(appendix).toContain('储能从未充电');
    expect(appendix).not.toContain('like-for-like');
    expect(appendix).not.toMatch(/[{}]/);
  });

  it('keeps the English engine message and adds the report language in the warnings sheet', async () => {
    for (const [file, lang] of [
      [xlsx(), 'en'],
      [zhXlsx(), 'zh'],
    ] as const) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet(t(lang, 'sheetWarnings'))!;
      const header = ws.getRow(1).values as unknown[];
      const english = header.indexOf(t(lang, 'engineMessage'));
      const translated = header.indexOf(t(lang, 'message'));
      expect(english, lang).toBeGreaterThan(0);
      expect(translated, lang).toBeGreaterThan(0);
      const expected = results.scenarios.flatMap((r) => r.warnings);
      expect(ws.rowCount - 1).toBe(expected.length);
      expected.forEach((w, i) => {
        const row = ws.getRow(i + 2);
        expect(row.getCell(english).value).toBe(w.message);
        expect(row.getCell(translated).value).toBe(reportWarningText(w, lang).text);
      });
      if (lang === 'zh') expect(String(ws.getRow(2).getCell(translated).value)).toMatch(/\p{Script=Han}/u);
    }
  });

  it("prints each chosen scenario's 2030 net emissions as parkzero run computes them", () => {
    const nets = runTableNet(runTable, 2030);
    expect(nets.size).toBe(3);
    const net2030 = (id: string) =>
      amount(
        'wan_tco2',
        results.scenarios.find((s) => s.scenario_id === id)!.years.find((y) => y.year === 2030)!.emissions.net_tco2,
      );
    const zh = pdftotext(zhPdf());
    for (const [id, net] of nets) {
      // The run table's tonnes and the report's 10^4 tonnes are the same figure.
      expect(Math.abs(Number(net.replace(/,/g, '')) / 1e4 - Number(net2030(id).replace(/,/g, '')))).toBeLessThanOrEqual(0.005);
      // In the milestone table: the year, then the net figure first.
      expect(zh, id).toMatch(new RegExp(`\\n\\s*2030\\s+${net2030(id)}\\s`));
    }
    const en = pdftotext(enPdf());
    expect(en).toMatch(new RegExp(`\\n\\s*2030\\s+${net2030('baseline')}\\s`));
    expect(en).toMatch(new RegExp(`\\n\\s*2030\\s+${net2030('clean-transition')}\\s`));
  });

  it('writes English headings and only the chosen scenarios', () => {
    const text = pdftotext(enPdf());
    for (const key of ['title', 'chBasis', 'chBaseline', 'chTasks', 'chProjects', 'anWarnings'] as const)
      expect(text).toContain(d('en', key));
    expect(text).toContain('22 November 2026');
    expect(text).toContain('Business as usual');
    expect(text).toContain('Clean energy transition');
    // A measure only the near-zero scenario has; its scenario was not chosen.
    expect(text).not.toContain('Distributed wind on the eastern hills');
    const pages = pdfinfoPages(enPdf());
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it('embeds every font as a subset (no standard fonts, nothing left unembedded)', () => {
    for (const file of [zhPdf(), enPdf()]) {
      const fonts = pdffonts(file);
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) {
        expect(f.emb, f.name).toBe('yes');
        expect(f.sub, f.name).toBe('yes');
        expect(f.name).toMatch(/^[A-Z]{6}\+NotoSansSCParkZero-(Regular|Bold)$/);
      }
    }
    // Subsetting keeps a 3.5 MB font out of a report that uses a few hundred glyphs.
    expect(readFileSync(zhPdf()).length).toBeLessThan(600_000);
  });

  it('writes a workbook whose numbers are the run JSON, as numbers, under frozen headers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx());
    const names = wb.worksheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Park',
        'Consumers',
        'Scenarios',
        'Measures',
        'Targets',
        'Targets summary',
        'Scorecard',
        'MAC',
        'Factors',
        'Warnings',
      ]),
    );
    for (const ws of wb.worksheets) expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });

    const column = (ws: ExcelJS.Worksheet, header: string) => {
      const row = ws.getRow(1).values as unknown[];
      const index = row.findIndex((v) => v === header);
      expect(index, `${ws.name}: ${header}`).toBeGreaterThan(0);
      return index;
    };
    // One sheet per scenario, a row per year.
    results.scenarios.forEach((r, i) => {
      const ws = wb.getWorksheet(`S${i + 1} ${r.scenario_name}`.slice(0, 31))!;
      expect(ws, r.scenario_id).toBeDefined();
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 }); // the year column stays in view
      const headers = (ws.getRow(1).values as unknown[]).filter((v) => v !== undefined);
      expect(
        headers.filter((h, k) => headers.indexOf(h) !== k),
        `${ws.name}: duplicated headers`,
      ).toEqual([]);
      for (const year of [r.years[0]!, r.years.find((y) => y.year === 2030)!, r.years.at(-1)!]) {
        const row = ws.getRow(r.years.indexOf(year) + 2);
        expect(row.getCell(1).value).toBe(year.year);
        expect(row.getCell(column(ws, 'Net emissions [tCO2]')).value).toBe(year.emissions.net_tco2);
        expect(row.getCell(column(ws, 'Coal [t]')).value).toBe(year.energy.by_carrier.coal_t);
        expect(row.getCell(column(ws, 'Energy (equivalent) [tce]')).value).toBe(year.energy.tce_equivalent);
        expect(row.getCell(column(ws, 'Scope 2 [tCO2]')).value).toBe(year.emissions.scope2_tco2);
        expect(row.getCell(column(ws, 'Non-fossil share (coal method) [%]')).value).toBe(
          year.indicators.non_fossil_share_coal_method,
        );
        // Money in one unit, 10^4 CNY as in the PDF.
        expect(row.getCell(column(ws, 'Total cost [10^4 CNY]')).value).toBe(year.costs.total_cny / 1e4);
        // The cost columns add up to the total; the residual value is its own column, apart.
        const parts = ['Capex', 'Fixed opex', 'Fuel cost', 'Electricity cost', 'Carbon cost', 'Offsets cost'].map(
          (h) => row.getCell(column(ws, `${h} [10^4 CNY]`)).value as number,
        );
        expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(year.costs.total_cny / 1e4, 4);
        expect(row.getCell(column(ws, 'Residual value [10^4 CNY]')).value).toBe(year.costs.residual_value_cny / 1e4);
        expect(row.getCell(column(ws, 'Hydrogen produced [t]')).value).toBe(year.energy.hydrogen.produced_t);
        expect(row.getCell(column(ws, 'Hydrogen bought [t]')).value).toBe(year.energy.hydrogen.bought_t);
      }
    });
    expect(results.scenarios.at(-1)!.years.at(-1)!.costs.residual_value_cny).toBeGreaterThan(0);

    // The cost library with its sources and flags.
    const costs = wb.getWorksheet('Technology cost library')!;
    expect(costs).toBeDefined();
    const costRows = costs.getRows(2, costs.rowCount - 1)!;
    const groundPv = costRows.find((r) => r.getCell(1).value === 'Ground-mounted PV' && r.getCell(2).value === 'Capex per unit')!;
    expect(String(groundPv.getCell(column(costs, 'Source')).value)).toMatch(/CPIA/);
    expect(groundPv.getCell(column(costs, 'Secondary')).value).toBe('yes');

    const consumers = wb.getWorksheet('Consumers')!;
    plan.consumers.forEach((c, i) => {
      expect(consumers.getRow(i + 2).getCell(1).value).toBe(c.id);
      expect(consumers.getRow(i + 2).getCell(column(consumers, 'Electricity [MWh]')).value).toBe(c.energy.electricity_mwh);
    });

    const mac = wb.getWorksheet('MAC')!;
    const nearZero = results.scenarios.find((s) => s.scenario_id === 'near-zero')!;
    const macRows = mac.getRows(2, mac.rowCount - 1)!;
    for (const m of nearZero.mac) {
      const row = macRows.find((r) => r.getCell(1).value === nearZero.scenario_name && r.getCell(2).value === m.measure_id)!;
      expect(row.getCell(column(mac, 'MAC [CNY/tCO2]')).value).toBe(m.mac_cny_per_tco2);
      expect(row.getCell(column(mac, 'NPV cost [CNY]')).value).toBe(m.npv_cost_cny);
    }

    const scorecard = wb.getWorksheet('Scorecard')!;
    const check = nearZero.years.find((y) => y.year === 2030)!.targets[0]!;
    const scoreRow = scorecard
      .getRows(2, scorecard.rowCount - 1)!
      .find((r) => r.getCell(1).value === nearZero.scenario_name && r.getCell(4).value === 2030)!;
    expect(scoreRow.getCell(5).value).toBe(check.value);
    expect(scoreRow.getCell(6).value).toBe(check.limit);
    expect(scoreRow.getCell(8).value).toBe(check.pass ? 'met' : 'MISSED');

    // The tidy long table: one row per scenario, year and indicator, the same numbers and units.
    const long = wb.getWorksheet('Long table')!;
    expect(long.getRow(1).values).toEqual([undefined, 'Scenario', 'Year', 'Indicator', 'Value', 'Unit']);
    const longRows = long.getRows(2, long.rowCount - 1)!.map((r) => r.values as unknown[]);
    const find = (scenario: string, year: number, indicator: string) =>
      longRows.find((v) => v[1] === scenario && v[2] === year && v[3] === indicator);
    const y2030 = nearZero.years.find((y) => y.year === 2030)!;
    expect(find(nearZero.scenario_name, 2030, 'Net emissions')?.slice(4)).toEqual([y2030.emissions.net_tco2, 'tCO2']);
    expect(find(nearZero.scenario_name, 2030, 'Total cost')?.slice(4)).toEqual([y2030.costs.total_cny / 1e4, '10^4 CNY']);
    expect(find(nearZero.scenario_name, 2030, 'Residual value')?.[5]).toBe('10^4 CNY');
    expect(longRows.every((v) => typeof v[4] === 'number' || v[4] === undefined)).toBe(true);

    // The scenario summary: NPV, cumulative emissions, peak year, targets met and missed.
    const summary = wb.getWorksheet('Scenario summary')!;
    expect(summary.getRow(1).values).toEqual([
      undefined,
      'Scenario',
      'NPV of total cost [10^4 CNY]',
      'Cumulative net emissions [tCO2]',
      'Peak year of net emissions',
      'Targets met',
      'Targets missed',
    ]);
    results.scenarios.forEach((r, i) => {
      const v = summary.getRow(i + 2).values as unknown[];
      expect(v[1]).toBe(r.scenario_name);
      expect(v[2]).toBe(r.summary.npv_total_cost_cny / 1e4);
      expect(v[3]).toBe(r.summary.cumulative_net_emissions_tco2);
      expect(v[4]).toBe(r.summary.peak_year_net_emissions);
      expect(v[5]).toBe(`${r.targets.filter((x) => x.pass).length} / ${r.targets.length}`);
      const missed = r.targets.filter((x) => !x.pass).map((x) => x.name);
      expect(v[6] ?? '').toBe(missed.join('; '));
    });

    // Labels, not codes: the load profile and yes/no are words.
    expect(consumers.getRow(2).getCell(column(consumers, 'Load profile')).value).not.toMatch(/_/);
    for (const ws of wb.worksheets)
      ws.eachRow((row) => row.eachCell((cell) => expect(typeof cell.value, `${ws.name} ${cell.address}`).not.toBe('boolean')));

    const factors = wb.getWorksheet('Factors')!;
    const first = results.scenarios[0]!.factors_used[0]!;
    expect(factors.getRow(2).getCell(1).value).toBe(first.key);
    expect(factors.getRow(2).getCell(2).value).toBe(first.value);
    expect(factors.getRow(2).getCell(4).value).toBe(first.source);
  });

  it('is reproducible, labels only illustrative data, and prints rare hanzi with a full system font', async () => {
    const real: Plan = structuredClone(plan);
    real.park.illustrative = false;
    // 喆 is not in GB 2312, so not in the bundled font: the writer must fall back.
    real.park.name = '遂宁喆源工业园';
    const request = {
      plan: real,
      format: 'pdf' as const,
      lang: 'zh' as const,
      scenarioIds: ['baseline'],
      date: DATE,
      appVersion: 'test',
    };
    const a = await generateReport(request);
    const b = await generateReport(request);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const file = join(dir, 'real.pdf');
    writeFileSync(file, a.bytes);
    const text = pdftotext(file);
    expect(text).not.toContain(t('zh', 'illustrative'));
    if (existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')) {
      expect(text).toContain('遂宁喆源工业园');
      const fonts = pdffonts(file);
      expect(fonts.map((f) => f.name.slice(7))).toContain('NotoSansCJKsc-Regular');
      expect(fonts.every((f) => f.emb === 'yes' && f.sub === 'yes')).toBe(true);
    }
  }, 30_000);

  it('exports through the host API on a worker, and refuses a path that does not match the format', async () => {
    const host = createHost({ shell: 'cli', dataDir: join(dir, 'host'), version: 'test', now: () => new Date(2026, 10, 22, 9) });
    try {
      const opened = (await host.call('project.open', { path: project })) as { ok: true; value: { project_id: string } };
      expect(opened.ok).toBe(true);
      const id = opened.value.project_id;
      const out = join(dir, 'api.xlsx');
      const made = await host.call('report.export', {
        project_id: id,
        format: 'xlsx',
        lang: 'zh',
        scenario_ids: ['near-zero'],
        path: out,
      });
      expect(made).toMatchObject({
        ok: true,
        value: { path: out, pages: null, fingerprint: planFingerprint(plan), scenario_ids: ['near-zero'] },
      });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.worksheets.map((s) => s.name)).toContain('目标核查');

      const wrong = await host.call('report.export', {
        project_id: id,
        format: 'pdf',
        lang: 'en',
        scenario_ids: [],
        path: join(dir, 'x.sh'),
      });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
      const missing = await host.call('report.export', {
        project_id: id,
        format: 'pdf',
        lang: 'en',
        scenario_ids: ['nope'],
        path: join(dir, 'x.pdf'),
      });
      expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
    } finally {
      await host.close();
    }
  }, 30_000);

  it('has every report string in both languages', () => {
    for (const key of stringKeys()) {
      if (key === 'no') continue;
      expect(t('zh', key), key).not.toBe('');
      expect(t('en', key), key).not.toBe('');
    }
  });

  it('refuses a bad --lang or --format with a usage error', async () => {
    expect((await cli('report', project, '-o', join(dir, 'a.pdf'), '--lang', 'fr')).code).toBe(2);
    expect((await cli('report', project, '-o', join(dir, 'a.doc'), '--format', 'doc')).code).toBe(2);
    expect((await cli('report', project, '--lang', 'en')).code).toBe(2);
  });

  it('writes nothing under a wrong name: an unknown extension or a --format that contradicts it is refused', async () => {
    const doc = join(dir, 'plan.doc');
    const unknown = await cli('report', project, '-o', doc);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('"pdf" (.pdf) or "docx" (.docx) or "xlsx" (.xlsx)');
    expect(existsSync(doc)).toBe(false);
    const txt = join(dir, 'r.txt');
    expect((await cli('report', project, '-o', txt, '--format', 'pdf')).code).toBe(2);
    expect(existsSync(txt)).toBe(false);
    const xlsx = join(dir, 'r.xlsx');
    const mismatch = await cli('report', project, '--format', 'pdf', '-o', xlsx);
    expect(mismatch.code).toBe(2);
    expect(mismatch.err).toContain('does not match');
    expect(existsSync(xlsx)).toBe(false);
  });
});
