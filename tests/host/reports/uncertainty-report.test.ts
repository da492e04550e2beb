import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanChinese } from './language-scan.ts';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadSamplePlan } from '../../../electron/host/host.ts';
import { main } from '../../../electron/host/cli/main.ts';
import { generateReport } from '../../../electron/host/reports/index.ts';
import { uncertaintyStringKeys, ut } from '../../../electron/host/reports/uncertainty/text.ts';
import { parsePlanOrThrow } from '../../../core/engine/index.ts';
import { runMonteCarlo } from '../../../core/uncertainty/index.ts';
import type { Plan, PlanInput } from '../../../core/model/plan.ts';

/**
 * The uncertainty chapter of the PDF and Word reports and its workbook sheets, on the sample park with three
 * uncertain inputs (one of them a technology's unit cost): printed in plain Chinese (no
 * addresses), numbers equal to a Monte Carlo run on its own with the report's seed.
 */

const RUNS = 24;
const SCENARIO = 'near-zero';
const ARTIFACTS = join('test-artifacts', 'report');

function planWithInputs(): Plan {
  const base = loadSamplePlan();
  const input = (id: string, address: string, low: number, high: number, source: string) => ({
    id,
    name: id,
    address,
    mode: 'scale',
    distribution: { kind: 'three_point', low, central: 1, high },
    group: null,
    source,
  });
  return parsePlanOrThrow({
    ...base,
    uncertainty: {
      inputs: [
        // Added from an offer in the English app: ParkZero's own source text, given in Chinese in a Chinese report.
        input(
          'carbon',
          'settings.carbon_price_cny_per_t',
          0.5,
          2,
          'ParkZero default range (stated judgement, not a published distribution); replace with your own',
        ),
        input('coal', 'settings.energy_prices.coal_cny_per_t', 0.8, 1.3, '经验判断'),
        input('roof-cost', 'costs[pv_rooftop].capex_cny_per_unit', 0.85, 1.15, '中国光伏行业协会路线图（转引）'),
      ],
    },
  } as PlanInput);
}

describe('the uncertainty section of reports', () => {
  let dir: string;
  let plan: Plan;
  let text: string;
  let wb: ExcelJS.Workbook;
  let docx: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parkzero-risk-report-'));
    plan = planWithInputs();
    const request = {
      plan,
      lang: 'zh' as const,
      scenarioIds: ['baseline', SCENARIO],
      date: '2026-11-22',
      appVersion: '0.0.0',
      uncertaintyRuns: RUNS,
    };
    const pdf = await generateReport({ ...request, format: 'pdf' });
    writeFileSync(join(dir, 'risk.pdf'), pdf.bytes);
    text = execFileSync('pdftotext', ['-layout', join(dir, 'risk.pdf'), '-'], { encoding: 'utf8' });
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', join(dir, 'risk.pdf'), join(ARTIFACTS, 'risk-zh')]);
    const word = await generateReport({ ...request, format: 'docx' });
    writeFileSync(join(dir, 'risk.docx'), word.bytes);
    const xml = execFileSync('unzip', ['-p', join(dir, 'risk.docx'), 'word/document.xml'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    // Paragraph texts (runs joined).
    docx = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join(''),
    );
    const xlsx = await generateReport({ ...request, format: 'xlsx' });
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints tornados, bands, distributions, target probabilities and rank correlations in plain Chinese', () => {
    // The chapter after the nine of a park plan; its body, not its line in the contents.
    const start = text.lastIndexOf(`第十章 ${ut('zh', 'sec')}`);
    expect(start).toBeGreaterThan(0);
    const section = text.slice(start, text.indexOf('附件1', start));
    for (const key of ['inputs', 'tornadoNpv', 'tornadoEm', 'bands', 'dist', 'targets', 'rank'] as const)
      expect(section).toContain(ut('zh', key));
    expect(section).toContain('碳价路径');
    expect(section).toContain('能源价格：煤炭');
    expect(section).toContain('屋顶光伏单位造价');
    // The unit cost moves the rooftop PV measure; the sample states no own unit cost for it, so
    // through the library's path, and the report says which.
    const roof = plan.scenarios.flatMap((s) => s.measures).find((m) => m.id === 'rooftop-pv')!;
    expect(roof.capex_cny_per_unit).toBeUndefined();
    expect(section.replace(/\s+/g, '')).toContain(`影响措施：${roof.name}（成本库路径）`.replace(/\s+/g, ''));
    // No addresses, modes or English words of our own.
    expect(section).not.toMatch(/costs\[|settings\.|energy_prices|capex|scale|Monte|tornado|npv/i);
    expect(text).not.toContain('undefined');
    expect(section).not.toContain('stated judgement');
    expect(section.replace(/\s+/g, '')).toContain('经验判断，非公开发布的分布');
  });

  it('leaves the whole Chinese report, this chapter included, clean of English words, identifiers and JSON paths', () => {
    expect(scanChinese(text)).toEqual([]);
    // The DOCX paragraphs as XML gives them: entities decoded first.
    const xmlText = docx
      .join('\n')
      .replace(/&(quot|apos|lt|gt|amp);/g, (_, e: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[e]!);
    expect(scanChinese(xmlText)).toEqual([]);
  });

  it('is the same chapter in the Word document, with its numbered tables and figures', () => {
    const start = docx.lastIndexOf(`第十章 ${ut('zh', 'sec')}`);
    expect(start).toBeGreaterThan(0);
    const chapter = docx.slice(
      start,
      docx.findIndex((p, i) => i > start && p.startsWith('附件1')),
    );
    for (const key of ['inputs', 'tornadoNpv', 'tornadoEm', 'targets', 'rank'] as const) expect(chapter).toContain(ut('zh', key));
    expect(chapter.some((p) => p.startsWith('图10-1'))).toBe(true);
    expect(chapter.some((p) => p.startsWith('表10-1'))).toBe(true);
    expect(chapter.join('\n')).toContain('能源价格：煤炭');
    expect(chapter.join('\n')).toMatch(/蒙特卡洛模拟 24 次/);
  });

  it('writes sheets whose numbers are those of the same Monte Carlo run on its own', () => {
    const mc = runMonteCarlo(plan, { scenarioId: SCENARIO, runs: RUNS, seed: 1, sampling: 'lhs' });
    const dist = wb.getWorksheet(ut('zh', 'shDist'))!;
    expect(dist).toBeDefined();
    expect(dist.getRow(2).getCell(4).value).toBe(mc.summaries.npv_total_cost_cny.p50);
    expect(dist.getRow(3).getCell(2).value).toBe(mc.summaries.cumulative_net_emissions_tco2.mean);
    const targets = wb.getWorksheet(ut('zh', 'shTargets'))!;
    const header = targets.getRow(1).values as unknown[];
    const col2030 = header.indexOf('2030');
    const first = mc.targets[0]!;
    expect(targets.getRow(2).getCell(1).value).toBe(first.name);
    expect(targets.getRow(2).getCell(col2030).value ?? null).toBe(first.probability[mc.years.indexOf(2030)] ?? null);
    const rank = wb.getWorksheet(ut('zh', 'shRank'))!;
    expect(rank.rowCount).toBe(4); // header + three inputs
    // The carbon price scale drives total-cost NPV most among these inputs.
    expect(rank.getRow(2).getCell(1).value).toBe('碳价路径');
    for (const name of ['shInputs', 'shTornadoNpv', 'shTornadoEm', 'shBands'] as const)
      expect(wb.getWorksheet(ut('zh', name))).toBeDefined();
  });

  it('is left out with parkzero report --risk-runs 0, and a bad count is refused', async () => {
    const json = join(dir, 'plan.json');
    const project = join(dir, 'park.parkzero');
    writeFileSync(json, JSON.stringify(plan));
    const io = { out: () => {}, err: () => {} };
    expect(await main(['import', json, '-o', project], io)).toBe(0);
    const pdf = join(dir, 'no-risk.pdf');
    const args = ['report', project, '-o', pdf, '--scenario', 'baseline', '--date', '2026-11-22'];
    expect(await main([...args, '--risk-runs', 'many'], io)).toBe(2);
    expect(await main([...args, '--risk-runs', '0'], io)).toBe(0);
    const without = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(without).toContain('附件1');
    expect(without).not.toContain(ut('zh', 'sec'));
  }, 120_000);

  it('has every string in both languages', () => {
    for (const key of uncertaintyStringKeys()) {
      expect(ut('en', key)).not.toBe('');
      expect(ut('zh', key)).not.toBe('');
    }
  });
});
